// The small panel shown after a fill: what was filled, what needs the person, questions to answer,
// undo, move, collapse and close. It lives in a closed shadow root (page styles cannot change it, page
// scripts cannot read it), in the browser's top layer (a manual popover, above everything the page
// draws), placed clear of the form's own controls, and takes every word from _locales. A page that
// removes, hides, covers, moves or fades it gets the fill undone and the person told (onHidden).
// A classic script, used by content.js in the top frame only.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const HOST_ID = 'takedown-form-panel';
  const t = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const MARGIN = 16;
  const CHECK_MS = 400;        // how often the panel checks that it is still shown
  const RAISES = 3;            // times a panel covered by the page's own top layer is put back on top
  const KEY_STEP = 24;         // pixels per arrow key when moving the panel

  const STYLE = `
    section { box-sizing: border-box; width: var(--width, 360px); max-height: 70vh; overflow: auto; padding: 10px 14px 12px;
      border-radius: 10px; font: 15px/1.45 system-ui, sans-serif; background: #fff; color: #1b1b1b;
      border: 1px solid #8a8a8a; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
    header { display: flex; align-items: center; gap: 6px; cursor: move; user-select: none; }
    h2 { font-size: 15px; margin: 0; flex: 1; }
    h2:focus { outline: none; }
    .status { font-size: 13px; margin: 2px 0 0; }
    .body[hidden] { display: none; }
    p { margin: 6px 0; }
    ul { margin: 4px 0 8px; padding-left: 20px; }
    .question { border: 2px solid #1f2a44; border-radius: 8px; padding: 6px 10px; margin: 8px 0; }
    .choices, .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
    .buttons { justify-content: flex-end; margin-top: 10px; }
    .warning { font-weight: 600; }
    button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #1f2a44; background: #fff; color: #1f2a44; cursor: pointer; }
    header button { font-size: 13px; padding: 2px 8px; }
    button.primary { background: #1f2a44; color: #fff; }
    button:focus-visible, h2:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
    @media (prefers-color-scheme: dark) {
      section { background: #1d1f24; color: #eee; border-color: #555; }
      .question { border-color: #aaa; }
      button { background: #1d1f24; color: #eee; border-color: #aaa; }
      button.primary { background: #e5e7eb; color: #111; }
    }`;

  // A constructed sheet (CSSOM) applies under any page CSP; a <style> is the fallback.
  function styleInto(root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(element('style', STYLE));
    }
  }

  function element(tag, text, attributes = {}) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  }

  // Field types (docs/forms.md) and their names in _locales.
  const TYPE_NAMES = {
    given_name: 'formType_given_name',
    family_name: 'formType_family_name',
    middle_name: 'formType_middle_name',
    full_name: 'formType_full_name',
    email: 'formType_email',
    email_confirm: 'formType_email_confirm',
    phone: 'formType_phone',
    country: 'formType_country',
    street_address: 'formType_street_address',
    address_line2: 'formType_address_line2',
    postal_code: 'formType_postal_code',
    city: 'formType_city',
    region: 'formType_region',
    organisation: 'formType_organisation',
    relationship: 'formType_relationship',
    content_url: 'formType_content_url',
    content_urls: 'formType_content_urls',
    reported_account: 'formType_reported_account',
    search_results_url: 'formType_search_results_url',
    description: 'formType_description',
    signature: 'formType_signature',
    date: 'formType_date',
    consent_checkbox: 'formType_consent_checkbox',
    good_faith_statement: 'formType_good_faith_statement',
    sworn_statement: 'formType_sworn_statement',
    file_upload: 'formType_file_upload',
    captcha: 'formType_captcha',
    password: 'formType_password',
    ai_generated: 'formType_ai_generated',
    consent_to_share: 'formType_consent_to_share',
    report_category: 'formType_report_category',
    subject: 'formType_subject',
    unknown: 'formType_unknown',
  };
  const typeName = (type) => (TYPE_NAMES[type] ? t(TYPE_NAMES[type]) : type);

  // The host's own style, every property that could hide or move it pinned with !important (a page
  // stylesheet cannot beat an inline !important; a page script that edits it is caught by the check).
  const hostStyle = (left, top) => [
    'all: initial', 'display: block', 'position: fixed', 'inset: auto', `left: ${Math.round(left)}px`, `top: ${Math.round(top)}px`,
    'margin: 0', 'padding: 0', 'border: 0', 'background: transparent', 'overflow: visible', 'width: auto', 'height: auto',
    'max-width: none', 'max-height: none', 'opacity: 1', 'visibility: visible', 'filter: none', 'transform: none',
    'clip-path: none', 'mask: none', 'mix-blend-mode: normal', 'pointer-events: auto', 'z-index: 2147483647',
    'content-visibility: visible', 'zoom: 1', 'color-scheme: light dark',
  ].map((rule) => `${rule} !important`).join('; ');

  let state = null;   // the panel now shown: {host, section, body, handlers, session, ...}
  let remembered = { session: null, moved: null, collapsed: false };   // kept across a session's re-shows

  // summary: {filled, filledTypes, attention: [{type, label}], failed: [{type, label}], questions?: [{id, kind,
  // text, choices: [{id, text}]}], answered?: [{type, text}], form?: {label, kind}, undone?, restored?, hidden?,
  // unconfirmed?, error?}
  // handlers: {session, formArea() -> [{left, top, right, bottom}], onUndo, onAnswer(question, choice), onClosed, onHidden}
  function show(summary, handlers = {}) {
    const sameSession = handlers.session && remembered.session === handlers.session;
    if (!sameSession) remembered = { session: handlers.session ?? null, moved: null, collapsed: false, asked: '' };
    const asked = (summary.questions ?? []).map((q) => q.id).join(' ');
    const newQuestion = asked !== '' && asked !== remembered.asked;
    remembered.asked = asked;
    remove();
    const host = element('div', undefined, { id: HOST_ID, popover: 'manual' });
    const root = host.attachShadow({ mode: 'closed' });
    const section = element('section', undefined, { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'takedown-title' });
    const header = element('header');
    const title = element('h2', t('formPanelTitle'), { id: 'takedown-title', tabindex: '-1' });
    const collapse = element('button', t('formPanelCollapse'), { type: 'button', class: 'collapse', 'aria-expanded': 'true' });
    const move = element('button', t('formPanelMove'), { type: 'button', class: 'move', 'aria-label': t('formPanelMoveLabel') });
    header.append(title, move, collapse);
    const status = element('p', statusLine(summary), { class: 'status', role: 'status' });
    const body = element('div', undefined, { class: 'body' });
    fillBody(body, summary, handlers);
    section.append(header, status, body);
    styleInto(root);
    root.append(section);
    state = { host, section, body, collapse, handlers, summary, expected: '', raises: 0, reported: false, timer: null, observer: null };
    host.style.cssText = hostStyle(-10000, 0);
    state.expected = host.getAttribute('style');
    document.documentElement.append(host);
    host.showPopover();
    setCollapsed(remembered.collapsed);
    if (remembered.moved) moveTo(remembered.moved.left, remembered.moved.top);
    else placeClear();

    collapse.addEventListener('click', () => setCollapsed(!remembered.collapsed));
    move.addEventListener('click', () => cycleSpot());
    move.addEventListener('keydown', (event) => {
      const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
      const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[event.key];
      if (!delta) return;
      event.preventDefault();
      const box = host.getBoundingClientRect();
      personMoved(box.left + delta[0], box.top + delta[1]);
    });
    dragWith(header, host);
    section.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        closeByPerson();
      }
    });
    // Focus goes into the panel when it has news for the person, not on every wizard step (the
    // person may be typing in the form).
    const news = !sameSession || newQuestion || summary.undone || summary.error;
    if (news) (body.querySelector('.question button') ?? title).focus({ preventScroll: true });
    if (!summary.undone && handlers.onHidden) watch();
    return true;
  }

  const typeList = (items) => items.map((item) => (item.label ? `${typeName(item.type)}: ${item.label}` : typeName(item.type)));

  function statusLine(summary) {
    if (summary.hidden) return t('formPanelHiddenUndone', [String(summary.restored ?? 0)]);
    if (summary.undone) return t('formPanelUndone', [String(summary.restored ?? 0)]);
    if (summary.error) return t('formPanelError', [summary.error]);
    if (!summary.filled && summary.questions?.length) return t('formPanelAsks');
    if (!summary.filled && !summary.attention.length) return t('formPanelNothing');
    return t('formPanelFilled', [String(summary.filled)]);
  }

  function fillBody(body, summary, handlers) {
    if (summary.hidden) body.append(element('p', t('formPanelHiddenWhy'), { class: 'warning' }));
    // Which form was filled: its own heading or button text, shown as text only.
    if (summary.form?.label && !summary.undone) body.append(element('p', t('formPanelWhichForm', [summary.form.label])));
    for (const question of summary.questions ?? []) body.append(questionBox(question, handlers));
    if (!summary.undone && summary.filledTypes?.length) body.append(element('p', t('formPanelFilledKinds', [summary.filledTypes.map(typeName).join(', ')])));
    // Answers Takedown gave that the person did not type: each shown, page text as text only.
    if (summary.answered?.length && !summary.undone) {
      body.append(element('p', t('formPanelAnswered')));
      const list = element('ul', undefined, { class: 'answered' });
      for (const item of summary.answered.slice(0, 20)) list.append(element('li', `${typeName(item.type)}: ${item.text}`));
      body.append(list);
    }
    const needs = [...summary.attention, ...summary.failed];
    if (needs.length && !summary.undone) {
      body.append(element('p', t('formPanelNeedsYou')));
      const list = element('ul');
      for (const text of typeList(needs.slice(0, 20))) list.append(element('li', text));
      body.append(list);
    }
    if (summary.unconfirmed) body.append(element('p', t('formPanelUnconfirmed')));
    body.append(element('p', t('formPanelNeverSubmits')));
    body.append(element('p', t('formPanelShortcut')));
    const buttons = element('div', undefined, { class: 'buttons' });
    if (!summary.undone && summary.filled) {
      const undo = element('button', t('formPanelUndo'), { type: 'button' });
      undo.addEventListener('click', () => {
        undo.disabled = true;
        stopWatching();
        handlers.onUndo?.();
      });
      buttons.append(undo);
    }
    const closeButton = element('button', t('formPanelClose'), { type: 'button', class: 'primary' });
    closeButton.addEventListener('click', closeByPerson);
    buttons.append(closeButton);
    body.append(buttons);
  }

  // A question with one button per choice; its text (it may name a page's origin) is shown as text.
  function questionBox(question, handlers) {
    const id = `q-${question.id}`.replace(/[^a-zA-Z0-9_-]/g, '_');
    const box = element('div', undefined, { class: 'question', role: 'group', 'aria-labelledby': id });
    box.append(element('p', question.text, { id }));
    const choices = element('div', undefined, { class: 'choices' });
    for (const choice of question.choices) {
      const button = element('button', choice.text, { type: 'button', 'data-question': question.id, 'data-choice': choice.id });
      button.addEventListener('click', () => {
        for (const b of choices.querySelectorAll('button')) b.disabled = true;
        handlers.onAnswer?.(question.id, choice.id);
      });
      choices.append(button);
    }
    box.append(choices);
    return box;
  }

  function setCollapsed(collapsed) {
    remembered.collapsed = collapsed;
    state.body.hidden = collapsed;
    state.collapse.setAttribute('aria-expanded', String(!collapsed));
    state.collapse.textContent = t(collapsed ? 'formPanelExpand' : 'formPanelCollapse');
    const box = state.host.getBoundingClientRect();
    if (remembered.moved || box.left >= 0) moveTo(box.left, box.top);   // keep it inside the viewport
  }

  // --- Placement ---------------------------------------------------------------------------------
  const viewport = () => ({ width: document.documentElement.clientWidth || innerWidth, height: innerHeight });

  function moveTo(left, top) {
    const { width, height } = viewport();
    const box = state.section.getBoundingClientRect();
    const x = Math.max(0, Math.min(left, width - box.width));
    const y = Math.max(0, Math.min(top, height - box.height));
    state.host.style.cssText = hostStyle(x, y);   // CSSOM: a page's CSP does not block it
    state.expected = state.host.getAttribute('style');
  }

  function personMoved(left, top) {
    moveTo(left, top);
    const box = state.host.getBoundingClientRect();
    remembered.moved = { left: box.left, top: box.top };
  }

  // The spots a panel of this size can take: corners first, then the middles of the edges.
  function spots(width, height) {
    const view = viewport();
    const xs = { left: MARGIN, centre: (view.width - width) / 2, right: view.width - width - MARGIN };
    const ys = { top: MARGIN, middle: (view.height - height) / 2, bottom: view.height - height - MARGIN };
    return [['right', 'bottom'], ['left', 'bottom'], ['right', 'top'], ['left', 'top'], ['right', 'middle'], ['left', 'middle'],
      ['centre', 'bottom'], ['centre', 'top']].map(([x, y]) => ({ left: Math.max(0, xs[x]), top: Math.max(0, ys[y]) }));
  }

  const overlap = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

  const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, a[href], summary, [contenteditable=""], [contenteditable="true"], ' +
    '[role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="option"], [role="combobox"], [role="listbox"], [role="switch"], [role="textbox"], [role="tab"]';

  // The page's own controls in view (not ours): the panel must not cover any of them.
  function controlsInView() {
    const view = viewport();
    const boxes = [];
    for (const el of [...document.querySelectorAll(CONTROLS)].slice(0, 3000)) {
      const box = el.getBoundingClientRect();
      if (box.width && box.height && box.right > 0 && box.bottom > 0 && box.left < view.width && box.top < view.height) boxes.push(box);
    }
    return boxes;
  }

  // Chooses the spot and width that cover the fewest controls, then the least of the form, then
  // the widest panel, then the preferred corner.
  function placeClear() {
    const areas = state.handlers.formArea?.() ?? [];
    const controls = controlsInView();
    let best = null;
    for (const [w, widthCost] of [[360, 0], [300, 1], [240, 2]]) {
      state.section.style.setProperty('--width', `${Math.min(w, viewport().width - 2 * MARGIN)}px`);
      const { width, height } = state.section.getBoundingClientRect();
      spots(width, height).forEach((spot, rank) => {
        const box = { left: spot.left, top: spot.top, right: spot.left + width, bottom: spot.top + height };
        const covered = controls.filter((c) => overlap(box, c) > 0).length;
        const formShare = areas.reduce((sum, a) => sum + overlap(box, a), 0) / (width * height);
        const score = covered * 1000 + formShare * 100 + widthCost * 2 + rank * 0.1;
        if (!best || score < best.score) best = { score, w, spot };
      });
    }
    state.section.style.setProperty('--width', `${Math.min(best.w, viewport().width - 2 * MARGIN)}px`);
    moveTo(best.spot.left, best.spot.top);
  }

  // The Move button: the next spot, in the order of spots().
  function cycleSpot() {
    const box = state.section.getBoundingClientRect();
    const all = spots(box.width, box.height);
    const now = all.findIndex((s) => Math.abs(s.left - box.left) < 2 && Math.abs(s.top - box.top) < 2);
    const next = all[(now + 1) % all.length];
    personMoved(next.left, next.top);
  }

  function dragWith(handle, host) {
    handle.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || event.target.closest?.('button')) return;
      const box = host.getBoundingClientRect();
      const dx = event.clientX - box.left;
      const dy = event.clientY - box.top;
      handle.setPointerCapture(event.pointerId);
      const onMove = (e) => personMoved(e.clientX - dx, e.clientY - dy);
      const onUp = () => {
        handle.removeEventListener('pointermove', onMove);
        handle.removeEventListener('pointerup', onUp);
      };
      handle.addEventListener('pointermove', onMove);
      handle.addEventListener('pointerup', onUp);
    });
  }

  // --- Still shown? ------------------------------------------------------------------------------
  // What a page did to hide the panel, or null while a person can see and use it.
  function tampering() {
    const { host } = state;
    if (!host.isConnected) return 'removed';
    if (!host.matches(':popover-open')) return 'hidden';
    if (host.getAttribute('style') !== state.expected) return 'restyled';
    if (host.closest('[inert], [aria-hidden="true"]')) return 'inert';
    if (!host.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return 'hidden';
    const style = getComputedStyle(host);
    if (Number(style.opacity) < 1 || style.filter !== 'none' || style.transform !== 'none' || style.clipPath !== 'none') return 'restyled';
    const box = host.getBoundingClientRect();
    const view = viewport();
    if (box.width < 40 || box.height < 20 || box.left < -1 || box.top < -1 || box.right > view.width + 1 || box.bottom > view.height + 1) return 'moved';
    const points = [[box.left + box.width / 2, box.top + Math.min(box.height / 2, 20)], [box.left + 8, box.top + 8],
      [box.right - 8, box.bottom - 8], [box.left + box.width / 2, box.top + box.height / 2]];
    if (points.some(([x, y]) => document.elementFromPoint(x, y) !== host)) return 'covered';
    return null;
  }

  function check() {
    if (!state || state.reported) return;
    const problem = tampering();
    if (!problem) return;
    // A panel covered by something the page put in the top layer later is put back on top a few
    // times; one the window outgrew (the page did not restyle it) is placed again.
    if ((problem === 'covered' || problem === 'moved') && state.raises < RAISES) {
      state.raises++;
      if (problem === 'covered') {
        state.host.hidePopover();
        state.host.showPopover();
      } else {
        state.onViewport();
      }
      return;
    }
    state.reported = true;
    const { handlers } = state;
    stopWatching();
    remove();
    handlers.onHidden?.(problem);
  }

  function watch() {
    let queued = false;
    const soon = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        check();
      });
    };
    state.observer = new MutationObserver(soon);
    state.observer.observe(document, { childList: true, subtree: true, attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'inert', 'popover', 'aria-hidden', 'open'] });
    state.host.addEventListener('toggle', soon);
    state.timer = setInterval(check, CHECK_MS);
    state.onViewport = () => {
      if (remembered.moved) moveTo(remembered.moved.left, remembered.moved.top);
      else placeClear();
    };
    addEventListener('resize', state.onViewport);
    // Scrolling can bring a control under the panel: then it finds a clear spot again (unless the
    // person put it where it is).
    let settle = null;
    state.onScroll = () => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (!state || remembered.moved) return;
        const box = state.host.getBoundingClientRect();
        if (controlsInView().some((c) => overlap(box, c) > 0)) placeClear();
      }, 250);
    };
    addEventListener('scroll', state.onScroll, { capture: true, passive: true });
  }

  function stopWatching() {
    if (!state) return;
    state.observer?.disconnect();
    clearInterval(state.timer);
    if (state.onViewport) removeEventListener('resize', state.onViewport);
    if (state.onScroll) removeEventListener('scroll', state.onScroll, { capture: true });
    state.observer = null;
    state.timer = null;
  }

  function remove() {
    if (!state) {
      document.getElementById(HOST_ID)?.remove();
      return;
    }
    stopWatching();
    const { host } = state;
    state = null;
    if (host.isConnected && host.matches(':popover-open')) host.hidePopover();
    host.remove();
  }

  function closeByPerson() {
    const handlers = state?.handlers;
    remove();
    handlers?.onClosed?.();
  }

  // A way back to the panel from anywhere on the page: Alt+Shift+T (the panel names it).
  addEventListener('keydown', (event) => {
    if (!state || !event.altKey || !event.shiftKey || event.code !== 'KeyT') return;
    event.preventDefault();
    if (remembered.collapsed) setCollapsed(false);
    (state.body.querySelector('.question button:not([disabled])') ?? state.section.querySelector('h2')).focus();
  }, true);

  // Whether an element is the panel (a page element "covered" by it is not hidden by the page).
  const isPanel = (el) => Boolean(state && el === state.host);

  globalThis.takedownFormPanel = { show, close: remove, isPanel };
})();
