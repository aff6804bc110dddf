// The small panel shown after a fill: what was filled, what needs the person, undo and close. It lives
// in a closed shadow root (page styles cannot change it, page scripts cannot read it) and takes
// every word from _locales. A classic script, used by content.js in the top frame only.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const HOST_ID = 'takedown-form-panel';
  const t = (key, substitutions) => api.i18n.getMessage(key, substitutions);

  const STYLE = `
    :host { all: initial; }
    section { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; width: min(380px, calc(100vw - 32px));
      max-height: 70vh; overflow: auto; padding: 14px 16px; border-radius: 10px; font: 15px/1.45 system-ui, sans-serif;
      background: #fff; color: #1b1b1b; border: 1px solid #8a8a8a; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
    h2 { font-size: 16px; margin: 0 0 6px; }
    p { margin: 6px 0; }
    ul { margin: 4px 0 8px; padding-left: 20px; }
    .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; }
    button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #1f2a44; background: #fff; color: #1f2a44; cursor: pointer; }
    button.primary { background: #1f2a44; color: #fff; }
    button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
    @media (prefers-color-scheme: dark) {
      section { background: #1d1f24; color: #eee; border-color: #555; }
      button { background: #1d1f24; color: #eee; border-color: #aaa; }
      button.primary { background: #e5e7eb; color: #111; }
    }`;

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
    unknown: 'formType_unknown',
  };
  const typeName = (type) => (TYPE_NAMES[type] ? t(TYPE_NAMES[type]) : type);

  // summary: {filled, filledTypes, attention: [{type, label}], failed: [{type, label}], undone?, restored?, unconfirmed?, error?}
  function show(summary, { onUndo, onAnswer = () => {} }) {
    close();
    const host = element('div', undefined, { id: HOST_ID });
    const root = host.attachShadow({ mode: 'closed' });
    const style = element('style', STYLE);
    const panel = element('section', undefined, { role: 'region', 'aria-label': t('formPanelTitle') });
    panel.append(element('h2', t('formPanelTitle')));
    if (summary.undone) {
      panel.append(element('p', t('formPanelUndone', [String(summary.restored ?? 0)])));
    } else if (summary.error) {
      panel.append(element('p', t('formPanelError', [summary.error])));
    } else if (!summary.filled && !summary.attention.length && !summary.questions?.length) {
      panel.append(element('p', t('formPanelNothing')));
    } else {
      panel.append(element('p', t('formPanelFilled', [String(summary.filled)])));
      if (summary.filledTypes?.length) panel.append(element('p', t('formPanelFilledKinds', [summary.filledTypes.map(typeName).join(', ')])));
    }
    // Which form was filled, and questions to the person (minimal; page texts only ever as text).
    if (summary.form?.label && !summary.undone) panel.append(element('p', t('formPanelWhichForm', [summary.form.label])));
    for (const question of summary.undone ? [] : summary.questions ?? []) {
      const box = element('div', undefined, { role: 'group', 'data-question': question.id, 'aria-label': question.text });
      box.append(element('p', question.text));
      for (const choice of question.choices) {
        const button = element('button', choice.text, { type: 'button', 'data-choice': choice.id });
        button.addEventListener('click', () => { button.disabled = true; onAnswer(question.id, choice.id); });
        box.append(button);
      }
      panel.append(box);
    }
    const needs = [...summary.attention, ...summary.failed];
    if (needs.length && !summary.undone) {
      panel.append(element('p', t('formPanelNeedsYou')));
      const list = element('ul');
      for (const item of needs.slice(0, 20)) {
        list.append(element('li', item.label ? `${typeName(item.type)}: ${item.label}` : typeName(item.type)));
      }
      panel.append(list);
    }
    if (summary.unconfirmed) panel.append(element('p', t('formPanelUnconfirmed')));
    panel.append(element('p', t('formPanelNeverSubmits')));
    const buttons = element('div', undefined, { class: 'buttons' });
    if (!summary.undone && summary.filled) {
      const undo = element('button', t('formPanelUndo'), { type: 'button' });
      undo.addEventListener('click', () => { undo.disabled = true; onUndo(); });
      buttons.append(undo);
    }
    const closeButton = element('button', t('formPanelClose'), { type: 'button', class: 'primary' });
    closeButton.addEventListener('click', close);
    buttons.append(closeButton);
    panel.append(buttons);
    panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') close(); });
    root.append(style, panel);
    document.documentElement.append(host);
    return true;
  }

  function close() {
    document.getElementById(HOST_ID)?.remove();
  }

  globalThis.takedownFormPanel = { show, close };
})();
