// Test certificates made by the openssl CLI in a folder of the test's own, and the local RFC 3161 TSA
// (tests/support/tsa_server.cpp) signing with one of them. Shared by the proofs tests on Linux and Windows.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function testCertificates(certs) {
  fs.mkdirSync(certs, { recursive: true });
  const openssl = (args, options = {}) => {
    const run = spawnSync('openssl', args, { cwd: certs, encoding: 'utf8', ...options });
    assert.equal(run.status, 0, `openssl ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };
  // A CA; its key and certificate are `<name>.key` and `<name>.pem` in `certs`.
  const makeCa = (name) => {
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-keyout', `${name}.key`, '-out', `${name}.pem`, '-subj', `/CN=Takedown test ${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
    return path.join(certs, `${name}.pem`);
  };
  // A leaf signed by the CA named `ca`, with the extensions given (an openssl config section).
  const makeLeaf = (name, ca, extensions) => {
    fs.writeFileSync(path.join(certs, `${name}.ext`), `${extensions}\n`);
    openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`,
      '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial',
      '-days', '2', '-out', `${name}.pem`, '-extfile', `${name}.ext`]);
    return { cert: path.join(certs, `${name}.pem`), key: path.join(certs, `${name}.key`) };
  };
  return { openssl, makeCa, makeLeaf };
}

// Starts the test TSA (`binary`) with a signer made under a new CA named `caName`; returns its plain-HTTP
// URL, the CA file and the process (kill it when done).
export async function startTestTsa(binary, { makeCa, makeLeaf }, caName = 'tsa-ca') {
  const ca = makeCa(caName);
  const signer = makeLeaf('tsa', caName,
    'extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\nbasicConstraints=CA:FALSE');
  const process = spawn(binary, ['--cert', signer.cert, '--key', signer.key, '--policy', '1.3.6.1.4.1.4146.1.99']);
  const port = await new Promise((resolve, reject) => {
    process.stdout.once('data', (chunk) => resolve(Number(chunk.toString().trim())));
    process.once('exit', (code) => reject(new Error(`the test TSA exited with ${code}`)));
  });
  assert.ok(port > 0);
  return { url: `http://127.0.0.1:${port}/tsr`, ca, process };
}
