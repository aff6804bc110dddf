// Lets a driver that can only evaluate in pages (Firefox over WebDriver BiDi) call the background's
// test hooks: runHook(name, payload) resolves to the hook's {ok, result | error}.
const api = globalThis.browser ?? globalThis.chrome;
const port = api.runtime.connect({ name: 'takedown-test' });
const pending = new Map();
let nextId = 1;
port.onMessage.addListener(({ id, answer }) => {
  pending.get(id)?.(answer);
  pending.delete(id);
});
globalThis.runHook = (name, payload) => new Promise((resolve) => {
  const id = nextId++;
  pending.set(id, resolve);
  port.postMessage({ id, name, payload });
});
document.documentElement.dataset.harness = 'ready';
