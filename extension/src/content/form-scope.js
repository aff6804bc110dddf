// Which form each field belongs to, and whether a person can see it (docs/forms.md, "Form groups and
// concealment"). A classic script loaded before form-snapshot.js, which asks it. Only reads the page.
//   groups: a <form> element, or for fields outside any form the nearest container that also holds a
//           submit control (div-based apps); the core chooses the one form to fill among them.
//   concealed: why a person cannot see a field that is rendered (off-screen, transparent, clipped,
//           covered...): honeypots for robots hide fields this way, and such a field is never filled.
(() => {
  const MAX_GROUPS = 200;
  const MAX_TEXT = 300;
  const clip = (text, max = MAX_TEXT) => String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
  const BUTTONS = 'button, input[type="submit"], input[type="image"], input[type="button"], [role="button"]';
  // Buttons that act on one field or section (add a URL, show the password, open a list), not on the form.
  const FIELD_ACTION = /^\s*([+×x\u2715\u2716-]|add\b|add another|more|remove|delete|show|hide|clear|toggle|browse|upload|choose|toevoegen|nog een|verwijder|wissen|tonen|verberg|hinzuf|weitere|entfernen|anzeigen|ajouter|supprimer|afficher|agregar|añadir|anadir|eliminar|mostrar|aggiungi|rimuovi|mostra|adicionar|remover|dodaj|usu)/i;

  // Ancestors of an element, crossing shadow roots to their hosts.
  function* ancestors(el) {
    for (let node = el; node;) {
      yield node;
      node = node.parentElement ?? node.parentNode?.host ?? null;
    }
  }
  const closestAcross = (el, test) => {
    for (const node of ancestors(el)) if (test(node)) return node;
    return null;
  };
  const contains = (outer, inner) => Boolean(closestAcross(inner, (n) => n === outer));

  function buttonText(button) {
    return clip(button.getAttribute('aria-label') || button.textContent || button.value || button.getAttribute('title'), 120);
  }

  // A control that sends the form: not one that acts on a field (adds a URL, opens a list, makes text
  // bold in an editor's toolbar).
  function isSubmitControl(button) {
    if (button.closest('[role="combobox"], [role="listbox"], [role="toolbar"], [role="menu"], [role="tablist"]') ||
        button.hasAttribute('aria-expanded') || button.hasAttribute('aria-haspopup') || button.hasAttribute('aria-pressed')) return false;
    if (isRealSubmit(button)) return true;
    const type = (button.getAttribute('type') ?? '').toLowerCase();
    if (type === 'reset') return false;
    const text = buttonText(button);
    return text.length >= 3 && !FIELD_ACTION.test(text);
  }
  // A button the browser itself submits a form with.
  function isRealSubmit(button) {
    const type = (button.getAttribute('type') ?? '').toLowerCase();
    if (button.tagName === 'INPUT') return type === 'submit' || type === 'image';
    return button.tagName === 'BUTTON' && (type === 'submit' || type === '') && !FIELD_ACTION.test(buttonText(button));
  }

  function submitControlIn(container) {
    const buttons = [...container.querySelectorAll(BUTTONS)].filter(isSubmitControl);
    return buttons.find(isRealSubmit) ?? buttons[0] ?? null;
  }

  const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend';
  const FIELDS = 'input:not([type="hidden"]), select, textarea, [contenteditable], [role="textbox"], [role="combobox"]';

  // The name a group shows a person: its aria label, a heading inside it above its first field, the
  // heading right before it (up to three levels up), else any heading inside.
  function headingOf(container) {
    const named = clip(container.getAttribute('aria-label'));
    if (named) return named;
    const labelledby = (container.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
      .map((id) => container.getRootNode().getElementById?.(id)?.textContent).join(' ');
    if (clip(labelledby)) return clip(labelledby);
    const inside = container.querySelector(HEADINGS);
    const firstField = container.querySelector(FIELDS);
    if (inside && (!firstField || inside.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING)) return clip(inside.textContent);
    let node = container;
    for (let level = 0; node && level < 3; level++, node = node.parentElement) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.matches(HEADINGS)) return clip(sibling.textContent);
        if (sibling.querySelector(FIELDS)) { node = null; break; }   // another form's box: its heading is not ours
      }
      if (!node) break;
    }
    return inside ? clip(inside.textContent) : '';
  }

  function actionPath(form) {
    try {
      return clip(new URL(form.getAttribute('action') ?? '', location.href).pathname, 300);
    } catch {
      return '';
    }
  }

  // One group per <form>, and per container of formless fields: for each formless field, its nearest
  // ancestor that holds a submit control. Returns {forms, groupOf(el) -> id, elementOf(id)}.
  function group(elements) {
    const byElement = new Map();   // group element -> {id, ...}
    const fieldGroup = [];
    const add = (element, kind) => {
      if (!byElement.has(element)) {
        if (byElement.size >= MAX_GROUPS) return null;
        const own = kind === 'form' ? [...element.elements ?? []].filter((e) => e.matches?.(BUTTONS) && isSubmitControl(e)) : [];
        const submit = own.find(isRealSubmit) ?? submitControlIn(element) ?? own[0] ?? null;
        byElement.set(element, {
          id: `g${byElement.size}`,
          kind,
          name: clip(element.getAttribute('name') || element.id || element.getAttribute('aria-label') || ''),
          action_path: kind === 'form' ? actionPath(element) : '',
          heading: headingOf(element),
          submit_text: submit ? buttonText(submit) : '',
          field_count: 0,
        });
      }
      return byElement.get(element);
    };
    for (const el of elements) {
      let entry = null;
      const form = el.form ?? closestAcross(el, (n) => n.tagName === 'FORM');
      if (form) entry = add(form, 'form');
      else {
        const container = closestAcross(el.parentElement ?? el, (n) => n !== document.documentElement && n.querySelector && submitControlIn(n));
        if (container && container !== document.body) entry = add(container, 'container');
      }
      if (entry) entry.field_count++;
      fieldGroup.push(entry?.id ?? '');
    }
    const elementOf = new Map([...byElement].map(([element, entry]) => [entry.id, element]));
    return { forms: [...byElement.values()], fieldGroup, elementOf };
  }

  // --- Concealment ----------------------------------------------------------------------------------

  const CHECKABLE = (el) => el.type === 'checkbox' || el.type === 'radio';

  function collapsedBy(el) {
    for (const node of ancestors(el)) {
      if (node === el || node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.tagName === 'DETAILS' && !node.open && !el.closest?.('summary')) return true;
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      if ((box.height < 1 || box.width < 1) && /hidden|clip|scroll|auto/.test(style.overflow + style.overflowY + style.overflowX)) return true;
      if (node.id) {
        const toggle = node.getRootNode().querySelector?.(`[aria-controls~="${CSS.escape(node.id)}"][aria-expanded="false"]`);
        if (toggle) return true;
      }
    }
    return false;
  }

  function clippedAway(style) {
    if (style.clip && style.clip !== 'auto' && /absolute|fixed/.test(style.position)) {
      const numbers = (style.clip.match(/-?[\d.]+/g) ?? []).map(Number);
      if (numbers.length === 4 && (numbers[2] - numbers[0] <= 1 || numbers[1] - numbers[3] <= 1)) return true;
    }
    const path = style.clipPath ?? 'none';
    return /inset\(\s*(50|100)%|circle\(\s*0|polygon\(\s*0px 0px, 0px 0px|rect\(\s*0px 0px 0px 0px/.test(path);
  }

  // Another element at the field's centre that is no part of it (not its label, not text in its own box).
  function coveredAt(el, rect) {
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;   // out of view: cannot tell
    if (getComputedStyle(el).pointerEvents === 'none') return false;
    const root = el.getRootNode();
    const hit = (root.elementFromPoint ? root.elementFromPoint(x, y) : document.elementFromPoint(x, y));
    if (!hit || hit === el || contains(el, hit) || contains(hit, el)) return false;
    if (closestAcross(hit, (n) => /^takedown-/.test(n.id ?? ''))) return false;   // our own panel
    if ([...(el.labels ?? [])].some((label) => contains(label, hit)) || hit.closest?.('label')) return false;
    // A cookie banner or a dialog's backdrop covers the whole page, not one field: that is no decoy.
    const cover = hit.getBoundingClientRect();
    if (cover.width > Math.max(3 * rect.width, rect.width + 100) || cover.height > Math.max(3 * rect.height, rect.height + 100)) return false;
    // A floating label or placeholder drawn over its field: text in the field's own wrapper.
    const wrapper = el.parentElement?.parentElement;
    return !(wrapper && contains(wrapper, hit) && clip(hit.textContent));
  }

  // Why a person cannot see a rendered field: '' when they can.
  function concealment(el, visible) {
    if (!visible) return 'not_rendered';
    if (closestAcross(el, (n) => n.getAttribute?.('aria-hidden') === 'true')) return 'aria_hidden';
    if (closestAcross(el, (n) => n.hasAttribute?.('inert'))) return 'inert';
    if (collapsedBy(el)) return 'collapsed';
    const rect = el.getBoundingClientRect();
    if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0 ||
        rect.left + scrollX >= Math.max(document.documentElement.scrollWidth, innerWidth)) return 'offscreen';
    if (rect.width <= 1 || rect.height <= 1) return 'zero_size';
    for (const node of ancestors(el)) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const style = getComputedStyle(node);
      if (Number(style.opacity) === 0) return 'transparent';
      if (clippedAway(style)) return 'clipped';
    }
    if (coveredAt(el, rect)) return 'covered';
    return '';
  }

  // A styled checkbox, radio or select hides the native control and shows a proxy the person uses:
  // its label, or the widget a select library draws right after it.
  function hasVisibleProxy(el) {
    const shown = (node) => node && node.getClientRects().length && concealment(node, true) === '';
    if (CHECKABLE(el)) return [...(el.labels ?? [])].some(shown);
    if (el.tagName === 'SELECT') return Boolean(shown(el.nextElementSibling));
    return false;
  }

  function concealed(el, visible) {
    try {
      const why = concealment(el, visible);
      return why && hasVisibleProxy(el) ? '' : why;
    } catch {
      return '';
    }
  }

  globalThis.takedownFormScope = { group, concealed, contains, closestAcross };
})();
