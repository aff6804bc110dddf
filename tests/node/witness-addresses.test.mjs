// The second witness never reaches the person's own network (issue #17, part 1). A witness URL comes
// from a page, so the host refuses every address that is not public: by name, by IP literal in any
// spelling, by IPv6 form carrying an IPv4 address, after redirects and when a name is rebound between
// two hops. The test names resolve through takedown_test_witness_host's test-only resolver
// (TAKEDOWN_TEST_RESOLVE, no DNS, no /etc/hosts); that executable also counts 127.0.0.0/8 as public,
// so a fetch from the local HTTPS server proves the allowed path still works. The product
// takedown-host has no such allowance: the same loopback server is refused by it in every spelling,
// and the test resolver's variable changes nothing there. Also: https only (http is tried over
// https, else insecure_url) and a browser's User-Agent and Accept, never one naming Takedown.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runHost } from './vault-support.mjs';

const PRODUCT_HOST = process.env.TAKEDOWN_HOST;
const TEST_HOST = process.env.TAKEDOWN_TEST_WITNESS_HOST;
const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-witness-addresses-')));
const vault = path.join(work, 'vault');
const caseId = 'case-addresses';
const body = crypto.randomBytes(4096);
const bodySha = crypto.createHash('sha256').update(body).digest('hex');
const CHROME_UA = /^Mozilla\/5\.0 \(Windows NT 10\.0; Win64; x64\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) Chrome\/\d+\.0\.0\.0 Safari\/537\.36$/;

// Test names and the non-public address each one answers, with the rule that must refuse it.
const PRIVATE_NAMES = [
  ['lan.test', '192.168.1.1', '192.168.0.0/16'],
  ['ten.test', '10.0.0.1', '10.0.0.0/8'],
  ['corp.test', '172.20.0.5', '172.16.0.0/12'],
  ['metadata.test', '169.254.169.254', '169.254.0.0/16'],
  ['cgnat.test', '100.64.0.1', '100.64.0.0/10'],
  ['zero.test', '0.0.0.0', '0.0.0.0/8'],
  ['broadcast.test', '255.255.255.255', '255.255.255.255/32'],
  ['mdns.test', '224.0.0.251', '224.0.0.0/4'],
  ['reserved.test', '240.0.0.1', '240.0.0.0/4'],
  ['doc4.test', '192.0.2.10', '192.0.2.0/24'],
  ['v6-loopback.test', '::1', '::1/128'],
  ['v6-unspecified.test', '::', '::/128'],
  ['v6-link.test', 'fe80::1', 'fe80::/10'],
  ['v6-ula.test', 'fd00::1', 'fc00::/7'],
  ['v6-multicast.test', 'ff02::1', 'ff00::/8'],
  ['v6-doc.test', '2001:db8::1', '2001:db8::/32'],
  ['v6-mapped.test', '::ffff:192.168.0.1', '192.168.0.0/16'],
  ['v6-nat64.test', '64:ff9b::a9fe:a9fe', '169.254.0.0/16'],
  ['v6-6to4.test', '2002:c0a8:101::1', '192.168.0.0/16'],
];

const RESOLVE = [
  'public.test=127.0.0.1',
  'upgrade.test=127.0.0.1',
  'mixed.test=10.0.0.1,127.0.0.1',
  'mixed-v6.test=fd00::5,127.0.0.1,fe80::9',
  'mixed-bad.test=192.168.0.1,::1',
  // The first lookup answers loopback (public for the test host), every later one a private address.
  'rebind.test=127.0.0.1|10.0.0.7',
  ...PRIVATE_NAMES.map(([name, address]) => `${name}=${address}`),
].join(';');

let server;
let plainServer;
let port;
let plainPort;
const seen = [];  // every request the HTTPS server got: {path, headers, remote}
const sockets = new Set();

function openssl(args) {
  const run = spawnSync('openssl', args, { cwd: work, encoding: 'utf8' });
  assert.equal(run.status, 0, `openssl ${args.join(' ')}: ${run.stderr}`);
}

function route(req, res) {
  const url = new URL(req.url, 'https://x');
  seen.push({ path: url.pathname + url.search, headers: req.headers, remote: req.socket.remoteAddress });
  if (url.pathname === '/plain') {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': body.length });
    res.end(body);
  } else if (url.pathname === '/to') {
    res.writeHead(302, { Location: url.searchParams.get('u') });
    res.end();
  } else {
    res.writeHead(404);
    res.end();
  }
}

const host = (binary, args, { input = '', env = {} } = {}) => runHost(binary, args, { input, env: { TAKEDOWN_VAULT: vault, ...env } });

// One vault.witness call; every result, refused or not, is also stored in the case.
async function witness(binary, url) {
  const run = await host(binary, ['call', 'vault.witness'], {
    input: JSON.stringify({ case: caseId, url }),
    env: { TAKEDOWN_EXTRA_CA: path.join(work, 'ca.pem'), TAKEDOWN_WITNESS_TIMEOUT_MS: '3000', TAKEDOWN_TEST_RESOLVE: RESOLVE },
  });
  assert.equal(run.signal, null);
  const envelope = JSON.parse(run.stdout);
  assert.equal(envelope.ok, true, `vault.witness ${url}: ${JSON.stringify(envelope.error)} ${run.stderr}`);
  const result = envelope.result;
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(vault, 'cases', caseId, result.file), 'utf8')), result);
  assert.equal(result.url, url);
  return result;
}

// A refusal: address_not_public, no body, and the local server never saw the refused hop.
function assertRefused(result, { address, range, hops }) {
  assert.equal(result.ok, false, JSON.stringify(result));
  assert.equal(result.error.kind, 'address_not_public', result.error.message);
  assert.ok(result.error.message.includes(address), `${result.error.message} names ${address}`);
  assert.ok(result.error.message.includes(range), `${result.error.message} names ${range}`);
  assert.equal(result.sha256, null);
  assert.equal(result.bytes, null);
  assert.equal(result.hops.length, hops);
  const last = result.hops.at(-1);
  assert.equal(last.status, 0);
  assert.equal(last.remote, '', 'no connection was made');
  assert.ok(last.refused.some((line) => line.startsWith(`${address} is `) && line.includes(range)), JSON.stringify(last.refused));
}

async function counting(task) {
  const before = seen.length;
  const result = await task();
  return { result, requests: seen.slice(before) };
}

const to = (target) => `https://public.test:${port}/to?u=${encodeURIComponent(target)}`;

before(async () => {
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Takedown test address CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  const names = ['localhost', 'public.test', 'upgrade.test', 'mixed.test', 'mixed-v6.test', 'mixed-bad.test', 'rebind.test',
    ...PRIVATE_NAMES.map(([name]) => name)];
  fs.writeFileSync(path.join(work, 'leaf.ext'), `subjectAltName=${[...names.map((n) => `DNS:${n}`),
    'IP:127.0.0.1', 'IP:::1', 'IP:0.0.0.0'].join(',')}\nextendedKeyUsage=serverAuth\n`);
  openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'leaf.key',
    '-out', 'leaf.csr', '-subj', '/CN=localhost']);
  openssl(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2',
    '-out', 'leaf.pem', '-extfile', 'leaf.ext']);
  server = https.createServer({ key: fs.readFileSync(path.join(work, 'leaf.key')), cert: fs.readFileSync(path.join(work, 'leaf.pem')) }, route);
  server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  // '::' listens on every address, IPv6 and IPv4 alike: a refused 0.0.0.0, ::1 or ::ffff:127.0.0.1
  // would otherwise reach this server, so "no request seen" means the host did not connect.
  port = await new Promise((resolve) => server.listen(0, '::', () => resolve(server.address().port)));
  plainServer = http.createServer(route);
  plainServer.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  plainPort = await new Promise((resolve) => plainServer.listen(0, '127.0.0.1', () => resolve(plainServer.address().port)));
  fs.mkdirSync(vault);
  const note = { type: 'note', at: { utc: '2026-12-07T10:00:00.000Z', tz: 'Europe/Amsterdam', offset_minutes: 60 },
    data: { text: 'addresses' }, artifacts: [] };
  const appended = await host(PRODUCT_HOST, ['call', 'vault.append'], { input: JSON.stringify({ case: caseId, record: note }) });
  assert.equal(appended.code, 0, appended.stderr);
});

after(() => {
  for (const socket of sockets) socket.destroy();
  server?.close();
  plainServer?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('takedown-host (the product) never fetches from this computer', () => {
  test('loopback in every spelling is refused before connecting; the test resolver is ignored', async () => {
    const spellings = [
      [`https://localhost:${port}/plain`, '127.0.0.1', '127.0.0.0/8'],
      [`https://127.0.0.1:${port}/plain`, '127.0.0.1', '127.0.0.0/8'],
      [`https://127.7.7.7:${port}/plain`, '127.7.7.7', '127.0.0.0/8'],
      [`https://[::1]:${port}/plain`, '::1', '::1/128'],
      [`https://0.0.0.0:${port}/plain`, '0.0.0.0', '0.0.0.0/8'],
      [`https://[::ffff:127.0.0.1]:${port}/plain`, '::ffff:127.0.0.1', '127.0.0.0/8'],
      [`https://[::]:${port}/plain`, '::', '::/128'],
      // glibc reads hexadecimal and short IPv4 forms in a host name: only the address decides.
      [`https://0x7f.0.0.1:${port}/plain`, '127.0.0.1', '127.0.0.0/8'],
      [`https://0x7f000001:${port}/plain`, '127.0.0.1', '127.0.0.0/8'],
      [`http://localhost:${port}/plain`, '127.0.0.1', '127.0.0.0/8'],
    ];
    for (const [url, address, range] of spellings) {
      const { result, requests } = await counting(() => witness(PRODUCT_HOST, url));
      assertRefused(result, { address, range, hops: 1 });
      assert.equal(requests.length, 0, `${url} reached the server`);
    }
  });

  test('a test name means nothing to it: DNS is asked, and nothing is fetched', async () => {
    const { result, requests } = await counting(() => witness(PRODUCT_HOST, `https://public.test:${port}/plain`));
    assert.equal(result.ok, false);
    // No DNS server knows .test (RFC 6761); without a network the lookup may time out instead.
    assert.ok(['dns', 'timeout'].includes(result.error.kind), result.error.message);
    assert.equal(requests.length, 0);
  });

  test('the TSA is not a witness fetch: vault.timestamp still reaches a TSA on loopback', async () => {
    // A TSA that answers garbage: the call fails as tsa_failed (an answer came), not as an address refusal.
    const run = await host(PRODUCT_HOST, ['call', 'vault.timestamp'], {
      input: JSON.stringify({ case: caseId }), env: { TAKEDOWN_TSA_URL: `http://127.0.0.1:${plainPort}/tsr` } });
    const envelope = JSON.parse(run.stdout);
    assert.equal(envelope.ok, false);
    assert.equal(envelope.error.code, 'tsa_failed');
    assert.doesNotMatch(envelope.error.message, /not public/);
    assert.match(envelope.error.message, /404/);
  });
});

describe('the witness test host: public addresses only, on every hop', () => {
  test('a public address (loopback, by the test allowance) is fetched, with a browser\'s headers', async () => {
    const { result, requests } = await counting(() => witness(TEST_HOST, `https://public.test:${port}/plain`));
    assert.equal(result.ok, true, JSON.stringify(result.error));
    assert.equal(result.sha256, bodySha);
    assert.match(result.hops[0].remote, /^127\.0\.0\.1:\d+$/);
    assert.deepEqual(result.hops[0].refused, []);
    assert.equal(requests.length, 1);
    const sent = requests[0].headers;
    assert.match(sent['user-agent'], CHROME_UA);
    assert.equal(sent.accept, 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8');
    for (const [name, value] of Object.entries(sent)) {
      assert.doesNotMatch(`${name}: ${value}`, /takedown/i, 'nothing sent names Takedown');
    }
    assert.equal(sent.cookie, undefined);
    assert.deepEqual(result.request, { method: 'GET', cookies: false, credentials: false, user_agent: sent['user-agent'],
      accept: sent.accept, upgraded_to_https: false });
  });

  test('localhost: ::1 is left out (IPv6 loopback is never public), 127.0.0.1 is used', async () => {
    const result = await witness(TEST_HOST, `https://localhost:${port}/plain`);
    assert.equal(result.ok, true, JSON.stringify(result.error));
    assert.match(result.hops[0].remote, /^127\.0\.0\.1:\d+$/);
    for (const line of result.hops[0].refused) assert.match(line, /^::1 is in ::1\/128/);
  });

  test('a name that resolves to a non-public address is refused, for every range', async () => {
    for (const [name, address, range] of PRIVATE_NAMES) {
      const { result, requests } = await counting(() => witness(TEST_HOST, `https://${name}:${port}/plain`));
      assertRefused(result, { address, range, hops: 1 });
      assert.ok(result.error.message.includes(name), result.error.message);
      assert.equal(requests.length, 0);
    }
  });

  test('IP literals that are not public are refused, the IPv6 forms judged by the IPv4 they carry', async () => {
    const literals = [
      ['10.1.2.3', '10.1.2.3', '10.0.0.0/8'],
      ['169.254.169.254', '169.254.169.254', '169.254.0.0/16'],
      ['0.0.0.0', '0.0.0.0', '0.0.0.0/8'],
      ['[::1]', '::1', '::1/128'],
      ['[::ffff:10.0.0.1]', '::ffff:10.0.0.1', '10.0.0.0/8'],
      ['[::ffff:c0a8:101]', '::ffff:192.168.1.1', '192.168.0.0/16'],
      ['[64:ff9b::a00:1]', '64:ff9b::a00:1', '10.0.0.0/8'],
      ['[2002:a00:1::1]', '2002:a00:1::1', '10.0.0.0/8'],
      ['[fe80::1]', 'fe80::1', 'fe80::/10'],
    ];
    for (const [literal, address, range] of literals) {
      const { result, requests } = await counting(() => witness(TEST_HOST, `https://${literal}:${port}/plain`));
      assertRefused(result, { address, range, hops: 1 });
      assert.equal(requests.length, 0);
    }
  });

  test('public name -> 302 -> a private address: refused at the second hop, the redirect recorded', async () => {
    const targets = [
      [`https://lan.test:${port}/plain`, '192.168.1.1', '192.168.0.0/16'],
      [`https://10.0.0.1:${port}/plain`, '10.0.0.1', '10.0.0.0/8'],
      [`https://[::1]:${port}/plain`, '::1', '::1/128'],
      [`https://0.0.0.0:${port}/plain`, '0.0.0.0', '0.0.0.0/8'],
      ['https://169.254.169.254/latest/meta-data/', '169.254.169.254', '169.254.0.0/16'],
      [`https://v6-mapped.test:${port}/plain`, '::ffff:192.168.0.1', '192.168.0.0/16'],
      [`https://[fd00::1]:${port}/plain`, 'fd00::1', 'fc00::/7'],
    ];
    for (const [target, address, range] of targets) {
      const { result, requests } = await counting(() => witness(TEST_HOST, to(target)));
      assertRefused(result, { address, range, hops: 2 });
      assert.equal(result.hops[0].status, 302);
      assert.match(result.hops[0].remote, /^127\.0\.0\.1:\d+$/);
      assert.equal(result.hops[1].url, new URL(target).href);
      assert.equal(requests.length, 1, `only the redirect reached the server for ${target}`);
    }
  });

  test('several public hops, then a private one: refused there', async () => {
    const url = to(to(to(`https://metadata.test:${port}/plain`)));
    const { result, requests } = await counting(() => witness(TEST_HOST, url));
    assertRefused(result, { address: '169.254.169.254', range: '169.254.0.0/16', hops: 4 });
    assert.deepEqual(result.hops.slice(0, 3).map((h) => h.status), [302, 302, 302]);
    assert.equal(requests.length, 3);
  });

  test('a name rebound between two hops: each hop is resolved and checked again', async () => {
    const url = `https://rebind.test:${port}/to?u=${encodeURIComponent(`https://rebind.test:${port}/plain`)}`;
    const { result, requests } = await counting(() => witness(TEST_HOST, url));
    assertRefused(result, { address: '10.0.0.7', range: '10.0.0.0/8', hops: 2 });
    assert.equal(result.hops[0].status, 302);
    assert.equal(requests.length, 1);
  });

  test('mixed answers: only the public addresses are connected to, the others are named', async () => {
    for (const name of ['mixed.test', 'mixed-v6.test']) {
      const result = await witness(TEST_HOST, `https://${name}:${port}/plain`);
      assert.equal(result.ok, true, JSON.stringify(result.error));
      assert.equal(result.sha256, bodySha);
      assert.match(result.hops[0].remote, /^127\.0\.0\.1:\d+$/);
    }
    const mixed = await witness(TEST_HOST, `https://mixed.test:${port}/plain`);
    assert.deepEqual(mixed.hops[0].refused, ['10.0.0.1 is in 10.0.0.0/8, private network (RFC 1918)']);
    const v6 = await witness(TEST_HOST, `https://mixed-v6.test:${port}/plain`);
    assert.equal(v6.hops[0].refused.length, 2);
    assert.match(v6.hops[0].refused[0], /^fd00::5 is in fc00::\/7/);
    assert.match(v6.hops[0].refused[1], /^fe80::9 is in fe80::\/10/);
    const { result, requests } = await counting(() => witness(TEST_HOST, `https://mixed-bad.test:${port}/plain`));
    assertRefused(result, { address: '192.168.0.1', range: '192.168.0.0/16', hops: 1 });
    assert.match(result.error.message, /::1 is in ::1\/128/);
    assert.equal(requests.length, 0);
  });

  test('https only: http is fetched over https when it can be, else refused as insecure_url', async () => {
    const upgraded = await witness(TEST_HOST, `http://upgrade.test:${port}/plain`);
    assert.equal(upgraded.ok, true, JSON.stringify(upgraded.error));
    assert.equal(upgraded.final_url, `https://upgrade.test:${port}/plain`);
    assert.equal(upgraded.request.upgraded_to_https, true);
    assert.notEqual(upgraded.tls, null);

    // Only plain http answers on this port: the https attempt fails, and that is the reason given.
    const { result, requests } = await counting(() => witness(TEST_HOST, `http://public.test:${plainPort}/plain`));
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'insecure_url');
    assert.match(result.error.message, new RegExp(`https://public\\.test:${plainPort}/plain was tried instead and failed \\(tls\\)`));
    assert.equal(result.request.upgraded_to_https, true);
    assert.equal(requests.length, 0, 'nothing went over plain http');

    // The address rule comes first: a private address stays address_not_public.
    const refused = await witness(TEST_HOST, `http://lan.test:${plainPort}/plain`);
    assertRefused(refused, { address: '192.168.1.1', range: '192.168.0.0/16', hops: 1 });

    // A redirect from https to http is never followed (insecure_redirect, as before).
    const downgrade = await witness(TEST_HOST, to(`http://public.test:${plainPort}/plain`));
    assert.equal(downgrade.error.kind, 'insecure_redirect');
  });
});
