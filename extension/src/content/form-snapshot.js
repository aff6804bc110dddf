// Reads the fields of a form into a snapshot the core can classify (docs/forms.md). A classic script:
// content scripts cannot be modules. It reads only; filling is form-fill.js. The walk enters open
// shadow roots and, where the browser lets an extension (platform/content-platform.js), closed ones;
// frames are not entered because every frame runs its own copy.
(() => {
  const MAX_FIELDS = 2000;
  const MAX_TEXT = 1000;
  const MAX_OPTIONS = 500;
  const NEARBY_CHARS = 200;
  const CUSTOM_ROLES = new Set(['combobox', 'listbox', 'checkbox', 'radio', 'textbox', 'switch']);
  const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
  const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION', 'DATALIST']);
  // Another field between a field and a text means the text belongs to that other field.
  const FIELD_SELECTOR = 'input, select, textarea, [contenteditable], [role="combobox"], [role="listbox"], [role="checkbox"], [role="radio"], [role="textbox"], [role="switch"]';
  // Elements Takedown itself adds to a page (its panel and notices) are never part of a form.
  const OWN_HOST = /^takedown-/;

  const clip = (text, max = MAX_TEXT) => String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  // The HTML elements attachShadow accepts (DOM standard), besides custom elements (a hyphen in the
  // name). Asking the browser for the shadow root of anything else (an inline <svg>, MathML) throws.
  const SHADOW_HOSTS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5',
    'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);
  const canHostShadow = (el) => el.namespaceURI === HTML_NS && (el.localName.includes('-') || SHADOW_HOSTS.has(el.tagName));
  function shadowRootOf(el) {
    if (!canHostShadow(el)) return null;
    try {
      return globalThis.takedownPlatform?.shadowRoot(el) ?? el.shadowRoot ?? null;
    } catch {
      return null;   // one odd element never aborts the walk
    }
  }

  // Text of a node without the text of form controls inside it (a wrapping label's select options
  // are not its label) and without the field itself.
  function ownText(node, field) {
    let text = '';
    const walk = (n) => {
      if (n === field) return;
      if (n.nodeType === Node.TEXT_NODE) { text += n.data + ' '; return; }
      if (n.nodeType !== Node.ELEMENT_NODE || CONTROL_TAGS.has(n.tagName)) return;
      if (n.tagName === 'SCRIPT' || n.tagName === 'STYLE' || n.hidden) return;
      for (const child of n.childNodes) {
        walk(child);
        if (text.length > MAX_TEXT * 2) return;
      }
    };
    walk(node);
    return clip(text);
  }

  function textOfIds(el, attribute) {
    const ids = (el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
    const root = el.getRootNode();
    return clip(ids.map((id) => root.getElementById?.(id) ?? document.getElementById(id))
      .filter(Boolean).map((target) => ownText(target, el)).join(' '));
  }

  // The nearest text before `el`: its previous siblings, then those of its ancestors, a few levels up.
  function textBefore(el) {
    let node = el;
    for (let level = 0; node && level < 4; level++, node = node.parentElement) {
      if (node.tagName === 'FORM' || node.tagName === 'FIELDSET') break;
      for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
        if (sibling.nodeType === Node.ELEMENT_NODE && (CONTROL_TAGS.has(sibling.tagName) || sibling.matches(FIELD_SELECTOR) || sibling.querySelector(FIELD_SELECTOR))) return '';
        const text = sibling.nodeType === Node.TEXT_NODE ? clip(sibling.data) : sibling.nodeType === Node.ELEMENT_NODE ? ownText(sibling) : '';
        if (text) return text.slice(-NEARBY_CHARS);
      }
    }
    return '';
  }

  // The text right after a checkbox or radio, where its statement usually stands.
  function textAfter(el) {
    for (let sibling = el.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.nodeType === Node.ELEMENT_NODE && CONTROL_TAGS.has(sibling.tagName)) return '';
      const text = sibling.nodeType === Node.TEXT_NODE ? clip(sibling.data) : sibling.nodeType === Node.ELEMENT_NODE ? ownText(sibling) : '';
      if (text) return text;
    }
    return '';
  }

  // A table cell's row header or a definition's term: where forms laid out as tables keep labels.
  function ancestorText(el) {
    const cell = el.closest('td, dd, li');
    if (!cell) return '';
    if (cell.tagName === 'TD') {
      const previous = cell.previousElementSibling;
      return previous ? ownText(previous, el) : '';
    }
    if (cell.tagName === 'DD') {
      let term = cell.previousElementSibling;
      while (term && term.tagName !== 'DT') term = term.previousElementSibling;
      return term ? ownText(term, el) : '';
    }
    return '';
  }

  function labelsOf(el, isCheckable) {
    const labels = [];
    const add = (text, source) => {
      const clipped = clip(text);
      if (clipped && labels.length < 8 && !labels.some((l) => l.text === clipped)) labels.push({ text: clipped, source });
    };
    for (const label of el.labels ?? []) add(ownText(label, el), label.contains(el) ? 'wrap' : 'for');
    if (!el.labels?.length) {
      // label[for] in the same shadow root as the field, which el.labels misses for custom elements.
      const root = el.getRootNode();
      if (el.id && root.querySelector) {
        for (const label of root.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) add(ownText(label, el), 'for');
      }
      const wrapping = el.parentElement?.closest('label');
      if (wrapping) add(ownText(wrapping, el), 'wrap');
    }
    add(textOfIds(el, 'aria-labelledby'), 'labelledby');
    add(clip(el.getAttribute('aria-label')), 'aria');
    if (isCheckable && !labels.length) add(el.getAttribute('role') ? ownText(el) : textAfter(el), 'after');
    // A radio's preceding text is its group's question, which `group` carries.
    if (el.type !== 'radio' && el.getAttribute('role') !== 'radio') add(textBefore(el), 'sibling');
    add(ancestorText(el), 'ancestor');
    // A field inside a custom element (web component) is labelled by its host's label attribute.
    const host = el.getRootNode().host;
    if (host) add(clip(host.getAttribute('label') ?? host.getAttribute('aria-label')), 'aria');
    return labels;
  }

  function groupOf(el) {
    const group = el.closest('[role="radiogroup"], [role="group"], fieldset');
    if (!group) {
      // Radios without a fieldset: the question stands before the group's first radio.
      const first = el.name ? el.getRootNode().querySelector?.(`input[type="radio"][name="${CSS.escape(el.name)}"]`) : null;
      return textBefore(first ?? el);
    }
    if (group.tagName === 'FIELDSET') return clip(group.querySelector(':scope > legend')?.textContent);
    return textOfIds(group, 'aria-labelledby') || clip(group.getAttribute('aria-label'));
  }

  function optionsOf(el) {
    let options = [];
    if (el.tagName === 'SELECT') options = [...el.options].map((o) => ({ value: o.value, text: clip(o.text) }));
    else {
      const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
      const list = (listId && el.getRootNode().getElementById?.(listId)) || el;
      options = [...list.querySelectorAll('[role="option"]')]
        .map((o) => ({ value: o.getAttribute('data-value') ?? clip(o.textContent), text: clip(o.textContent) }));
    }
    return options.slice(0, MAX_OPTIONS).map((o) => ({ value: clip(o.value), text: o.text }));
  }

  function kindOf(el) {
    const tag = el.tagName;
    if (tag === 'INPUT') return SKIPPED_INPUT_TYPES.has(el.type) ? null : 'input';
    if (tag === 'SELECT' || tag === 'TEXTAREA') return tag.toLowerCase();
    if (el.isContentEditable && !el.parentElement?.isContentEditable) return 'editable';
    const role = el.getAttribute('role');
    // A button that pops up a listbox is a picker (a country list drawn by the page), read as a combobox.
    if (tag === 'BUTTON' && !role && el.getAttribute('aria-haspopup') === 'listbox') return 'custom';
    if (role && CUSTOM_ROLES.has(role) && !el.parentElement?.closest('[role="listbox"], [role="combobox"]')) return 'custom';
    return null;
  }

  function isVisible(el) {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  }

  function describe(el, tag, ref, section) {
    const role = el.getAttribute('role') ?? (el.getAttribute('aria-haspopup') === 'listbox' ? 'combobox' : '');
    const type = tag === 'input' ? el.type : '';
    const isCheckable = type === 'checkbox' || type === 'radio' || role === 'checkbox' || role === 'radio' || role === 'switch';
    const maxlength = el.maxLength ?? -1;
    return {
      ref,
      tag,
      type,
      role,
      autocomplete: clip(el.getAttribute('autocomplete')).toLowerCase(),
      name: clip(el.getAttribute('name')),
      id: clip(el.id),
      labels: labelsOf(el, isCheckable),
      placeholder: clip(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder')),
      title: clip(el.getAttribute('title')),
      description: textOfIds(el, 'aria-describedby'),
      section,
      group: type === 'radio' || role === 'radio' ? groupOf(el) : '',
      options: tag === 'select' || role === 'listbox' || role === 'combobox' ? optionsOf(el) : [],
      // A password's value is never read.
      value: type === 'password' ? '' : clip(isCheckable ? (el.getAttribute('value') ?? '') : tag === 'editable' ? el.textContent : (el.value ?? el.textContent)),
      checked: isCheckable ? Boolean(el.checked ?? el.getAttribute('aria-checked') === 'true') : false,
      required: Boolean(el.required || el.getAttribute('aria-required') === 'true'),
      multiple: Boolean(el.multiple),
      readonly: Boolean(el.readOnly || el.getAttribute('aria-readonly') === 'true'),
      disabled: Boolean(el.disabled || el.getAttribute('aria-disabled') === 'true'),
      visible: isVisible(el),
      maxlength: Number.isInteger(maxlength) && maxlength >= 0 && maxlength < 1e6 ? maxlength : -1,
      // What the page expects typed: a one-time code or a card number is often a `tel` input told apart only by these.
      inputmode: clip(el.getAttribute('inputmode')).toLowerCase(),
      pattern: clip(el.getAttribute('pattern')),
    };
  }

  const isHeading = (el) => /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading';

  // Walks elements in document order, entering shadow roots, remembering the last heading seen. One
  // element that cannot be read is left out; it never aborts the snapshot.
  // `target`: the element the person right-clicked when the fill started from the menu; `form`: an
  // element of a group chosen earlier (a wizard's next step stays in the same form).
  function build(root = document, { target = null, form = null } = {}) {
    const fields = [];
    const elements = [];
    let heading = '';
    const visit = (node) => {
      for (let el = node.firstElementChild; el && fields.length < MAX_FIELDS; el = el.nextElementSibling) {
        if (OWN_HOST.test(el.id)) continue;
        try {
          if (isHeading(el)) heading = clip(el.textContent, 300);
          const tag = kindOf(el);
          if (tag) {
            const legend = el.closest('fieldset')?.querySelector(':scope > legend');
            const field = describe(el, tag, `f${fields.length}`, legend ? clip(legend.textContent, 300) : heading);
            elements.push(el);
            fields.push(field);
            if (tag !== 'custom') continue;
          }
        } catch (error) {
          console.warn('Takedown: left out an element the form snapshot could not read', error?.message);
          continue;
        }
        const shadow = shadowRootOf(el);
        if (shadow) visit(shadow);
        visit(el);
      }
    };
    visit(root.nodeType === Node.DOCUMENT_NODE ? root.documentElement : root);
    const scope = globalThis.takedownFormScope;
    const groups = scope ? scope.group(elements) : { forms: [], fieldGroup: [], elementOf: new Map() };
    fields.forEach((field, i) => {
      field.form = groups.fieldGroup[i] ?? '';
      field.concealed = scope ? scope.concealed(elements[i], field.visible) : '';
    });
    const snapshot = {
      url: location.href.slice(0, 8192),
      lang: clip(document.documentElement.lang, 35).toLowerCase(),
      title: clip(document.title, 300),
      forms: groups.forms,
      target_form: groupAround(target, elements, groups) || groupAround(form, elements, groups),
      fields,
    };
    return { snapshot, elements, groupElements: groups.elementOf };
  }

  // The group of the field that is (or holds, or is held by) `node`, else of the group element around it.
  function groupAround(node, elements, groups) {
    const scope = globalThis.takedownFormScope;
    if (!node || !scope) return '';
    let i = elements.findIndex((el) => el === node || scope.contains(el, node));
    // A label or a web component around one field (a closed shadow root shows the page only its host).
    const inside = elements.flatMap((el, j) => (scope.contains(node, el) ? [j] : []));
    if (i < 0 && inside.length === 1) i = inside[0];
    if (i >= 0 && groups.fieldGroup[i]) return groups.fieldGroup[i];
    for (const [id, element] of groups.elementOf) if (element === node || scope.contains(element, node)) return id;
    return '';
  }

  globalThis.takedownFormSnapshot = { build };
})();
