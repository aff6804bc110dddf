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

  // The element under the last right-click, remembered so that a capture can find its box. Nothing
  // is read from it until the person chooses Takedown's menu item.
  let contextTarget = null;
  // The innermost element under it (inside open shadow roots too): when the person then chooses "Fill
  // this form", the fill is for the form around this field.
  let contextField = null;
  document.addEventListener('contextmenu', (event) => {
    contextTarget = event.target;
    contextField = event.composedPath?.()[0] ?? event.target;
  }, { capture: true, passive: true });

  const actions = {
    // A round trip through every context: background -> here -> background -> wasm -> here -> background.
    'content.ping': async ({ echo = null }) => ({
      url: location.href,
      title: document.title,
      echoed: (await askBackground('core.call', { method: 'core.echo', params: { value: echo } })).value,
    }),
    'content.notice': async ({ text }) => ({ shown: showNotice(String(text ?? '')) }),
    'content.describe': async ({ srcUrl = null, linkUrl = null, htmlMaxChars, safe = false, textMaxChars }) =>
      (safe ? describeSafely(srcUrl, linkUrl, textMaxChars) : describePage(srcUrl, linkUrl, htmlMaxChars)),
    'content.fetch_media': async ({ url, channel, maxBytes, accept = null }) => globalThis.takedownMediaTransport.sendFetch(url, {
      channel, maxBytes, init: accept ? { headers: { Accept: accept } } : {},
    }),
    'content.find_media': async ({ srcUrl = null, mode = 'point' }) => globalThis.takedownMediaFind.find({ srcUrl, mode }),
    'content.send_canvas': async ({ ref, channel, maxBytes }) => {
      const { bytes, width, height } = await globalThis.takedownMediaFind.canvasPng(String(ref));
      const sent = await globalThis.takedownMediaTransport.send({
        channel, maxBytes, start: { ok: true, status: null, final_url: null, mime: 'image/png', length: bytes.length, headers: {} }, chunks: [bytes],
      });
      return { ...sent, width, height };
    },
    'content.form_fill': async ({ session, form = null, probe = false, from_menu: fromMenu = false }) => (probe ? probeForm()
      : fillForm(String(session), { form: typeof form === 'string' ? form : null, fromMenu: fromMenu === true })),
    'content.form_undo': async () => ({ restored: await undoFill() }),
    'content.form_stop': async () => ({ stopped: stopWatching() }),
    'content.form_panel': async ({ session, summary }) => ({ shown: showPanel(String(session), summary) }),
    // Streamed video and audio: segments, recording, frames (content/media-stream.js).
    ...globalThis.takedownMediaStream?.actions,
    // The watcher's questions (content/watcher.js), top frame only.
    ...globalThis.takedownWatcher?.actions,
  };

  // Filling a removal form (docs/forms.md): snapshot this frame, let the core plan, apply, then keep
  // watching for a wizard's next step until the person closes the panel or undoes.
  const handled = new WeakSet();   // elements already planned: a field is filled at most once
  const touched = [];              // the same, in order, to find the form's box for the panel
  let watcher = null;
  let chosenForm = null;           // the element of the form being filled: a wizard's next step stays in it

  const shownField = (field) => field.visible && !field.concealed;

  // `form`: the group id the person chose when asked; `fromMenu`: the fill started from the menu, so
  // the right-clicked field's form is the one meant.
  async function fillOnce(session, { form = null, fromMenu = false } = {}) {
    const { snapshot, elements, groupElements } = globalThis.takedownFormSnapshot.build(document, {
      target: fromMenu ? contextField : null,
      form: form === null ? chosenForm : null,
    });
    const empty = { fields: snapshot.fields.length, filled: [], attention: [], failed: [] };
    const fresh = snapshot.fields.filter((field, i) => !handled.has(elements[i]) && shownField(field));
    if (!fresh.length) return empty;
    const plan = await askBackground('forms.plan_frame', { session, snapshot, ...(form === null ? {} : { form }) });
    // Unsure which form is meant: nothing is touched until the person says.
    if (plan.form?.uncertain) return { ...empty, needs_choice: plan.form };
    if (plan.form?.id && groupElements.has(plan.form.id)) chosenForm = groupElements.get(plan.form.id);
    const applied = await globalThis.takedownFormFill.apply(plan.fields, elements, handled);
    for (const field of [...applied.filled, ...applied.attention, ...applied.failed]) touched.push(elements[Number(field.ref.slice(1))]);
    touched.splice(0, Math.max(0, touched.length - 500));
    const acted = applied.filled.length || applied.attention.length;
    return { fields: snapshot.fields.length, ...applied, ...(acted && plan.form ? { form: { label: plan.form.label, kind: plan.form.kind } } : {}) };
  }

  async function fillForm(session, options) {
    const result = await fillOnce(session, options);
    // A wizard's next step stays in the form chosen now (chosenForm).
    if (!result.needs_choice) watchForNextStep(session);
    return { url: location.href, top: window === window.top, ...result };
  }

  // How many fields a person can see here, to decide whether to ask about this frame at all.
  function probeForm() {
    const { snapshot } = globalThis.takedownFormSnapshot.build(document);
    return { url: location.href, top: window === window.top, fields: snapshot.fields.length, visible: snapshot.fields.filter(shownField).length };
  }

  // The panel (top frame only). Closing it stops the wizard watcher here and, through the
  // background, in every frame; a page that hides or removes it gets the fill undone.
  function showPanel(session, summary) {
    return globalThis.takedownFormPanel.show(summary, {
      session,
      formArea: () => formArea(),
      onUndo: () => askBackground('forms.undo', { session }).catch(() => {}),
      onAnswer: (question, choice) => askBackground('forms.answer', { session, question, choice }).catch((error) => {
        console.warn('Takedown: the answer was not taken', error.message);
      }),
      onClosed: () => {
        stopWatching();
        askBackground('forms.close', { session }).catch(() => {});
      },
      onHidden: () => {
        stopWatching();
        askBackground('forms.undo', { session, reason: 'panel_hidden' }).catch(() => {});
      },
    });
  }

  // Where the form is in the viewport: the boxes of the forms (or, for formless fields, their
  // nearest containers) around the fields Takedown touched, and the frames that hold fields.
  function formArea() {
    const boxes = [];
    for (const el of touched) {
      if (!el.isConnected) continue;
      const area = el.closest('form') ?? el.parentElement?.parentElement ?? el;
      boxes.push(area.getBoundingClientRect());
    }
    for (const frame of document.querySelectorAll('iframe, frame')) {
      const box = frame.getBoundingClientRect();
      if (box.width >= 120 && box.height >= 80) boxes.push(box);
    }
    return boxes.filter((b) => b.width > 0 && b.height > 0).map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
  }

  const WATCH_MS = 30 * 60 * 1000;
  const WATCH_ROUNDS = 25;
  const SETTLE_MS = 300;

  // A wizard shows its next step without a page load: when new fields appear, fill them too.
  function watchForNextStep(session) {
    watcher?.disconnect();
    let timer = null;
    let rounds = 0;
    let busy = false;
    const started = Date.now();
    let observer = null;
    const check = async () => {
      // A step that shows after the panel was closed (or the fill undone) is left alone.
      if (watcher !== observer || busy || Date.now() - started > WATCH_MS || rounds >= WATCH_ROUNDS) return;
      busy = true;
      try {
        const result = await fillOnce(session);
        if (result.filled.length || result.attention.length || result.failed.length) {
          rounds++;
          await askBackground('forms.step_filled', { session, url: location.href, result });
        }
      } catch (error) {
        console.warn('Takedown: could not fill the next step', error.message);
      } finally {
        busy = false;
      }
    };
    observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    });
    watcher = observer;
    watcher.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  }

  function stopWatching() {
    const was = watcher !== null;
    watcher?.disconnect();
    watcher = null;
    return was;
  }

  async function undoFill() {
    stopWatching();
    return globalThis.takedownFormFill.undo();
  }

  const clip = (text, max) => (typeof text === 'string' ? text.slice(0, max) : null);

  // The clicked element: the remembered right-click target when it shows the URL, else the first
  // element of the page that does.
  function clickedElement(srcUrl, linkUrl) {
    const shows = (el) => el && (el.currentSrc === srcUrl || el.src === srcUrl || el.href === linkUrl ||
      [...(el.querySelectorAll?.('source') ?? [])].some((s) => s.src === srcUrl));
    for (let el = contextTarget; el && el !== document.documentElement; el = el.parentElement) if (shows(el)) return el;
    if (!srcUrl && !linkUrl) return contextTarget?.isConnected ? contextTarget : null;
    return [...document.querySelectorAll('img, video, audio, source, a[href]')].find(shows) ?? null;
  }

  // A data: address is a picture (or another file) itself: the facts name only its type, so that no
  // record ever carries an image (the page's HTML, kept apart, still has it whole).
  const DATA_URL = /^\s*data:/i;
  const named = (value) => (typeof value === 'string' && DATA_URL.test(value) ? `${value.trim().split(',')[0]},…` : value);

  function describePage(srcUrl, linkUrl, htmlMaxChars = 5_000_000) {
    const meta = {};
    for (const el of document.querySelectorAll('meta[property], meta[name]')) {
      const key = el.getAttribute('property') ?? el.getAttribute('name');
      if (/^(og:|twitter:|article:|description$|author$)/.test(key) && Object.keys(meta).length < 64) meta[clip(key, 64)] = named(clip(el.content, 2000));
    }
    const authorHints = [
      ...[...document.querySelectorAll('link[rel~="author"], a[rel~="author"]')].map((el) => el.href),
      ...[...document.querySelectorAll('[itemprop="author"]')].map((el) => el.textContent.trim()),
    ].filter(Boolean).slice(0, 20).map((hint) => named(clip(hint, 500)));
    const element = clickedElement(srcUrl, linkUrl);
    const rect = element?.getBoundingClientRect();
    const box = rect && rect.width > 0 && rect.height > 0
      ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
    const html = doctype + document.documentElement.outerHTML;
    return {
      url: location.href,
      canonical_url: document.querySelector('link[rel="canonical"]')?.href ?? null,
      title: clip(document.title, 2000),
      selection: clip(getSelection()?.toString() || null, 100_000),
      meta,
      author_hints: authorHints,
      box,
      viewport: { width: innerWidth, height: innerHeight, device_pixel_ratio: devicePixelRatio },
      html: html.slice(0, htmlMaxChars),
      html_truncated: html.length > htmlMaxChars,
      html_chars: html.length,
    };
  }

  // A safe capture (a child's case): the same facts, and the visible text, never the HTML (which may
  // hold inline pictures).
  function describeSafely(srcUrl, linkUrl, textMaxChars = 200_000) {
    const { html, html_truncated, html_chars, ...facts } = describePage(srcUrl, linkUrl, 0);
    const text = document.body?.innerText ?? '';
    return { ...facts, text: text.slice(0, textMaxChars), text_truncated: text.length > textMaxChars };
  }

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
