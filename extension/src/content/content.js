// Takedown's content script: reads and writes the page's DOM on the background's request and asks
// the background for core work. It never hosts the wasm (the page's CSP may forbid it), and until the
// person acts it leaves no trace the page could read, so a site cannot tell that Takedown is installed.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const MESSAGE_VERSION = 1;
  // crypto.randomUUID exists only in secure contexts, and people report from http:// pages too.
  let sent = 0;
  const nextId = () => `cs-${Date.now().toString(36)}-${++sent}`;

  const ok = (id, result) => ({ id, ok: true, result });
  const failed = (id, code, message) => ({ id, ok: false, error: { code, message } });

  async function askBackground(action, payload) {
    const answer = await api.runtime.sendMessage({ v: MESSAGE_VERSION, id: nextId(), action, payload });
    if (answer?.ok) return answer.result;
    const error = new Error(answer?.error?.message ?? `no answer to ${action}`);
    error.code = answer?.error?.code ?? 'internal';
    throw error;
  }

  const actions = {
    // A round trip through every context: background -> here -> background -> wasm -> here -> background.
    'content.ping': async ({ echo = null }) => ({
      url: location.href,
      title: document.title,
      echoed: (await askBackground('core.call', { method: 'core.echo', params: { value: echo } })).value,
    }),
    'content.notice': async ({ text }) => ({ shown: showNotice(String(text ?? '')) }),
  };

  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own background may ask: its messages carry our id and no tab.
    if (sender.id !== api.runtime.id || sender.tab) return false;
    const id = typeof message?.id === 'string' ? message.id : null;
    const action = actions[message?.action];
    if (message?.v !== MESSAGE_VERSION || !action) {
      sendResponse(failed(id, 'unknown_action', `the content script has no action "${message?.action}"`));
      return false;
    }
    Promise.resolve()
      .then(() => action(message.payload ?? {}))
      .then((result) => sendResponse(ok(id, result)), (error) => sendResponse(failed(id, error.code ?? 'internal', error.message)));
    return true;
  });

  // A short, dismissible acknowledgement in a closed shadow root, so page styles cannot change it and
  // page scripts cannot read it.
  function showNotice(text) {
    document.getElementById('takedown-notice-host')?.remove();
    const host = document.createElement('div');
    host.id = 'takedown-notice-host';
    const root = host.attachShadow({ mode: 'closed' });
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.style.cssText = [
      'position:fixed', 'z-index:2147483647', 'right:16px', 'bottom:16px', 'max-width:360px',
      'padding:12px 16px', 'border-radius:8px', 'font:15px/1.4 system-ui,sans-serif',
      'background:#1f2a44', 'color:#fff', 'box-shadow:0 4px 16px rgba(0,0,0,.3)', 'display:flex', 'gap:12px',
    ].join(';');
    const message = document.createElement('span');
    message.textContent = text;
    const close = document.createElement('button');
    close.textContent = api.i18n.getMessage('noticeClose');
    close.style.cssText = 'font:inherit;color:inherit;background:transparent;border:1px solid #fff;border-radius:4px;cursor:pointer';
    close.addEventListener('click', () => host.remove());
    box.append(message, close);
    root.append(box);
    document.documentElement.append(host);
    setTimeout(() => host.remove(), 8000);
    return true;
  }
})();
