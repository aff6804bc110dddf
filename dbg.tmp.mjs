import { launchBrowser, serveSite } from './tests/e2e/harness.mjs';
const site = await serveSite();
const b = await launchBrowser(process.env.B ?? 'chromium');
const url = `${site.origin}/capture.html`;
await b.openWithContentScript(url);
const click = await b.hookResult('menuClick', { url, info: { mediaType: 'image', srcUrl: `${site.origin}/photo.svg` } });
console.log(JSON.stringify(click, null, 1).slice(0, 3000));
await b.close(); await site.close();
