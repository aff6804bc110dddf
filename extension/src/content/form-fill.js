// Applies a fill plan (docs/forms.md) to the fields of this frame, marks what it did, and can undo it.
// A classic script. It never submits, never touches passwords or captchas, and never ticks a statement:
// the core plans those as `attention` and they are only highlighted. Values are set the way a person's
// typing sets them (the prototype's value setter, then bubbling input and change events), so pages
// built with React or Vue see the change in their state.
(() => {
  const FILLED_OUTLINE = '2px solid #15803d';
  const ATTENTION_OUTLINE = '3px dashed #b45309';
  const journal = [];   // what was changed, newest last, for undo

  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  function prototypeOf(el) {
    if (el instanceof HTMLTextAreaElement) return HTMLTextAreaElement.prototype;
    if (el instanceof HTMLSelectElement) return HTMLSelectElement.prototype;
    return HTMLInputElement.prototype;
  }

  function setValue(el, value) {
    Object.getOwnPropertyDescriptor(prototypeOf(el), 'value').set.call(el, value);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // Some pages enable their buttons only after key events; send them around the assignment.
  function setValueLikeTyping(el, value) {
    const key = (type) => el.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true, key: 'Unidentified' }));
    key('keydown');
    setValue(el, value);
    key('keyup');
  }

  function setEditableText(el, text) {
    el.focus({ preventScroll: true });
    const selection = el.ownerDocument.getSelection();
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
    // insertText goes through the editor's own input handling; an editor that refuses it gets text.
    const inserted = text ? el.ownerDocument.execCommand('insertText', false, text) : el.ownerDocument.execCommand('delete');
    if (!inserted || el.textContent.trim() !== text.trim()) {
      el.textContent = text;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    }
  }

  const isChecked = (el) => (el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.getAttribute('aria-checked') === 'true');
  const isNative = (el) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

  // Whether clicking the element could submit a form or leave the page: it is (or sits inside, also
  // across shadow roots) a link, a submit button or another button that submits its form. A page can
  // dress such a control as a checkbox, radio, option or switch; Takedown then leaves it alone.
  function couldNavigate(el) {
    for (let node = el; node; node = node.parentElement ?? node.getRootNode?.().host ?? null) {
      if ((node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement) && node.hasAttribute('href')) return true;
      // A button without a type submits its form; without a form (and without type=submit) it does nothing.
      if (node instanceof HTMLButtonElement && node.type === 'submit' && (node.form || node.getAttribute('type'))) return true;
      if (node instanceof HTMLInputElement && (node.type === 'submit' || node.type === 'image')) return true;
    }
    return false;
  }

  // --- Custom pickers: listboxes, comboboxes, type-ahead ---------------------------------------------
  // Real forms draw their own pickers: a button that opens a role=listbox drawn elsewhere (a portal),
  // an input with aria-controls whose options appear only once typed into, lists that exist only
  // while open. Each is operated as a person would: open it, type, wait for the options, click the
  // one wanted, check that it took, close it; keys (ArrowDown, Enter) where clicks do nothing.
  const PICKER_WAIT_MS = 1500;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const fold = (text) => String(text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const shown = (el) => el.isConnected && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const textOf = (el) => el.getAttribute('aria-label') || el.textContent;

  async function until(check, ms = PICKER_WAIT_MS) {
    for (const end = Date.now() + ms; ; await sleep(30)) {
      const found = check();
      if (found || Date.now() > end) return found;
    }
  }

  const pointer = (el, type) => el.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type,
    { bubbles: true, cancelable: true, composed: true, view: window, button: 0 }));
  function key(name) {
    const target = deepActive() ?? document.body;
    for (const type of ['keydown', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, key: name, code: name }));
  }
  function deepActive() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  // Pickers that are not a <select>: ARIA comboboxes and listboxes, and buttons that pop up a listbox.
  const isPicker = (el) => ['combobox', 'listbox'].includes(el.getAttribute('role')) || el.getAttribute('aria-haspopup') === 'listbox';
  const isTypeAhead = (el) => el instanceof HTMLInputElement &&
    (isPicker(el) || ['list', 'both'].includes(el.getAttribute('aria-autocomplete')));

  const visibleLists = () => new Set([...document.querySelectorAll('[role="listbox"]')].filter(shown));

  // The list a picker shows: named by aria-controls/aria-owns (some libraries set them only when open),
  // the list of its active option, else the one list that appeared since it was opened (a portal).
  function popupOf(el, before) {
    const root = el.getRootNode();
    const byId = (id) => (id ? (root.getElementById?.(id) ?? document.getElementById(id)) : null);
    for (const attribute of ['aria-controls', 'aria-owns']) {
      for (const id of (el.getAttribute(attribute) ?? '').split(/\s+/)) {
        const list = byId(id);
        if (list && shown(list)) return list;
      }
    }
    const active = byId(el.getAttribute('aria-activedescendant'));
    if (active && shown(active)) return active.closest('[role="listbox"]') ?? active.parentElement;
    if (el.getAttribute('role') === 'listbox') return el;
    const appeared = [...visibleLists()].filter((list) => !before.has(list) && !list.contains(el));
    return appeared.length === 1 ? appeared[0] : null;
  }

  const optionsIn = (list) => (list ? [...list.querySelectorAll('[role="option"]')].filter(shown) : []);

  // The option wanted: by value, by its whole text, else the one option whose text begins with it.
  function matchOption(options, wanted) {
    const text = fold(wanted.text);
    const byValue = wanted.value && options.find((o) => (o.getAttribute('data-value') ?? o.getAttribute('value')) === wanted.value);
    if (byValue) return byValue;
    const exact = options.find((o) => fold(textOf(o)) === text);
    if (exact || text.length < 3) return exact ?? null;
    // "Netherlands" for "Netherlands (the)" or "The Netherlands", when only one option reads so.
    for (const fits of [(t) => t.startsWith(text), (t) => ` ${t} `.includes(` ${text} `)]) {
      const found = options.filter((o) => fits(fold(textOf(o))));
      if (found.length) return found.length === 1 ? found[0] : null;
    }
    return null;
  }

  // Whether the picker now holds the option: selected, or shown in the control.
  function holds(el, option, wanted) {
    if (option?.isConnected && option.getAttribute('aria-selected') === 'true') return true;
    // A listbox holding its own options shows all their texts: only the selection tells.
    const inner = el.querySelectorAll('[role="option"]');
    if (inner.length) return (option ?? matchOption([...inner], wanted))?.getAttribute('aria-selected') === 'true';
    const shownText = fold(el instanceof HTMLInputElement ? el.value : el.textContent);
    const names = [wanted.text, option ? textOf(option) : ''].map(fold).filter(Boolean);
    return names.some((name) => shownText === name || (!(el instanceof HTMLInputElement) && shownText.includes(name)));
  }

  async function clickOption(option) {
    if (couldNavigate(option)) return;   // an option that is a link would navigate: keys only
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) pointer(option, type);
    option.click();
    await tick();
  }

  // The keyboard way: move through the list with ArrowDown until the wanted option is the active one.
  async function chooseByKeys(el, wanted, before) {
    el.focus({ preventScroll: true });
    for (let step = 0; step < 500; step++) {
      const list = popupOf(el, before);
      const match = matchOption(optionsIn(list), wanted);
      const active = (el.getRootNode().getElementById?.(el.getAttribute('aria-activedescendant') ?? '')) ?? deepActive();
      if (match && (active === match || match.contains(active) || match.getAttribute('aria-selected') === 'true' && step > 0)) {
        key('Enter');
        await sleep(30);
        return match;
      }
      if (list && !match) return null;
      key('ArrowDown');
      await sleep(20);
    }
    return null;
  }

  function closePopup(el) {
    if (el.getAttribute('aria-expanded') !== 'true') return;
    el.focus({ preventScroll: true });
    key('Escape');
  }

  // A button or custom combobox: open it (click; else a press; else ArrowDown), click the option, check.
  async function choosePicker(el, wanted) {
    if (holds(el, null, wanted)) return true;
    const before = visibleLists();
    const hasOptions = () => optionsIn(popupOf(el, before)).length > 0;
    if (!couldNavigate(el)) el.click();
    if (!(await until(hasOptions, 400))) {
      for (const type of ['pointerdown', 'mousedown']) pointer(el, type);
      if (!(await until(hasOptions, 400))) {
        el.focus({ preventScroll: true });
        key('ArrowDown');
        await until(hasOptions);
      }
    }
    let match = matchOption(optionsIn(popupOf(el, before)), wanted);
    if (match) await clickOption(match);
    if (!match || !holds(el, match, wanted)) match = await chooseByKeys(el, wanted, before);
    await tick();
    const took = Boolean(match) && holds(el, match, wanted);
    closePopup(el);
    return took;
  }

  // An input whose options follow what is typed: type, wait for the match, click it, check.
  async function typeAndPick(el, wanted) {
    const before = visibleLists();
    const earlier = el.value;
    el.focus({ preventScroll: true });
    setValueLikeTyping(el, wanted.text);
    const match = await until(() => matchOption(optionsIn(popupOf(el, before)), wanted));
    const list = popupOf(el, before);
    if (!match) {
      if (!optionsIn(list).length) return 'typed';   // no suggestions at all: free text, as typed
      setValue(el, earlier);
      closePopup(el);
      return 'no_such_option';
    }
    await clickOption(match);
    if (!holds(el, match, wanted)) {
      el.focus({ preventScroll: true });
      key('ArrowDown');
      await chooseByKeys(el, wanted, before);
    }
    const took = holds(el, match, wanted);
    closePopup(el);
    return took ? 'chosen' : 'no_such_option';
  }

  // --- "Add another URL" -----------------------------------------------------------------------------
  const ADD_WORDS = /(^| )(add|voeg|toevoegen|hinzufugen|ajouter|anadir|agregar|aggiungi|adicionar|acrescentar|dodaj)( |$)/;
  const MORE_WORDS = /(^| )(url|urls|link|links|another|more|extra|nog|weitere|weiteren|weiteres|autre|lien|otra|otro|enlace|altro|altra|outro|outra|kolejny|kolejna|adres|row|field|veld)( |$)/;
  const MAX_ADDED = 20;

  // A control that adds a field and cannot submit: a type=button (or a formless button), never a link.
  function isAddButton(el) {
    if (!shown(el) || el.disabled || el.getAttribute('aria-disabled') === 'true' || el.closest('a[href]')) return false;
    const safe = el instanceof HTMLButtonElement ? el.getAttribute('type') === 'button' || (!el.hasAttribute('type') && el.form === null)
      : el instanceof HTMLInputElement ? el.type === 'button' : el.getAttribute('role') === 'button';
    const text = fold([el.textContent, el.getAttribute('aria-label'), el.getAttribute('title'), el.value].filter(Boolean).join(' '));
    return safe && ADD_WORDS.test(text) && MORE_WORDS.test(text);
  }

  function addButtonNear(el) {
    for (let node = el.parentElement, level = 0; node && level < 6; node = node.parentElement, level++) {
      const button = [...node.querySelectorAll('button, input[type="button"], [role="button"]')].find(isAddButton);
      if (button) return { button, scope: node };
      if (node.tagName === 'FORM') break;
    }
    return null;
  }

  const TEXT_FIELDS = 'input:not([type]), input[type="text"], input[type="url"], textarea';

  // The case has more URLs than the form shows fields for: add fields with the form's own button and
  // fill them, one URL each, as long as the button adds an empty field.
  async function addMore(el, field, values, result, handled) {
    const found = addButtonNear(el);
    if (!found) return;
    for (const [n, value] of values.slice(0, MAX_ADDED).entries()) {
      const known = new Set(found.scope.querySelectorAll(TEXT_FIELDS));
      found.button.click();
      const added = await until(() => [...found.scope.querySelectorAll(TEXT_FIELDS)]
        .find((f) => !known.has(f) && shown(f) && !f.disabled && !f.readOnly && f.value === ''));
      if (!added) return;
      handled.add(added);   // filled here: a wizard step's later plan leaves it alone
      added.focus({ preventScroll: true });
      setValue(added, value);
      added.blur();
      journal.push({ el: added, kind: 'state', before: { value: '' } });
      outline(added, FILLED_OUTLINE);
      result.filled.push({ ref: `${field.ref}+${n + 1}`, type: field.type, action: 'fill' });
      if (!isAddButton(found.button)) return;
    }
  }

  function outline(el, style) {
    journal.push({ el, kind: 'style', style: el.getAttribute('style') });
    el.style.outline = style;
    el.style.outlineOffset = '2px';
  }

  function readState(el) {
    if (!isNative(el) && el.isContentEditable) return { text: el.textContent };
    if (el.type === 'checkbox' || el.type === 'radio' || !isNative(el)) return { checked: isChecked(el) };
    return { value: el.value };
  }

  async function applyOne(field, el) {
    if (el.disabled || el.readOnly || el.getAttribute('aria-disabled') === 'true') return 'readonly';
    const before = readState(el);
    switch (field.action) {
      case 'fill': {
        if (!isNative(el)) {
          if (isPicker(el)) {
            if (!(await choosePicker(el, { text: field.value }))) return 'no_such_option';
            break;
          }
          if (!el.isContentEditable) return 'not_text';
          setEditableText(el, field.value);
          break;
        }
        if (isTypeAhead(el)) {
          const outcome = await typeAndPick(el, { text: field.value });
          if (outcome === 'no_such_option') return outcome;
          break;
        }
        el.focus({ preventScroll: true });
        setValue(el, field.value);
        await tick();
        if (el.value !== field.value) setValueLikeTyping(el, field.value);   // a page script reset it: once more
        el.blur();
        if (el.value !== field.value) return 'page_reverted';
        break;
      }
      case 'select': {
        if (el instanceof HTMLSelectElement) {
          if (![...el.options].some((o) => o.value === field.option.value)) return 'no_such_option';
          setValue(el, field.option.value);
        } else if (couldNavigate(el)) {
          return 'would_navigate';
        } else if (el instanceof HTMLInputElement) {
          if ((await typeAndPick(el, field.option)) !== 'chosen') return 'no_such_option';
        } else if (!(await choosePicker(el, field.option))) {
          return 'no_such_option';
        }
        break;
      }
      case 'check': {
        if (el.type === 'radio' && el.name) {
          // Undo must give the group back its earlier choice, which this click clears.
          const scope = el.form ?? el.getRootNode();
          before.groupChoice = [...scope.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].find((r) => r.checked) ?? null;
        }
        if (couldNavigate(el)) return 'would_navigate';
        if (!isChecked(el)) el.click();   // click, not .checked: the page's handlers must run
        await tick();
        if (!isChecked(el)) return 'page_reverted';
        break;
      }
      default:
        return 'not_planned';
    }
    journal.push({ el, kind: 'state', before });
    return null;
  }

  // Applies the plan's fields to their elements (elements[i] belongs to the snapshot's field `f<i>`).
  // Fields that are not visible are left for later: a hidden field may be a trap for robots, and
  // a wizard's next step is filled when it shows (the watcher in content.js).
  async function apply(planFields, elements, handled) {
    const result = { filled: [], attention: [], failed: [], answered: [] };
    const byRef = new Map(elements.map((el, i) => [`f${i}`, el]));
    for (const field of planFields) {
      const el = byRef.get(field.ref);
      if (!el || handled.has(el)) continue;
      // Not rendered (yet): planned again when it shows, whatever this plan said about it.
      if (!el.getClientRects().length) continue;
      handled.add(el);
      if (field.action === 'skip') continue;
      if (field.action === 'attention') {
        outline(el, ATTENTION_OUTLINE);
        result.attention.push({ ref: field.ref, type: field.type, reason: field.reason ?? '', label: labelOf(el) });
        continue;
      }
      const problem = await applyOne(field, el);
      if (problem) {
        result.failed.push({ ref: field.ref, type: field.type, reason: problem, label: labelOf(el) });
        outline(el, ATTENTION_OUTLINE);
      } else {
        result.filled.push({ ref: field.ref, type: field.type, action: field.action });
        outline(el, FILLED_OUTLINE);
        // What Takedown answered for the person, for the panel to list (summary.answered).
        if (field.answered) result.answered.push({ type: field.type, text: String(field.option?.text ?? field.value ?? labelOf(el)).replace(/\s+/g, ' ').trim().slice(0, 160) });
        if (field.action === 'fill' && field.more_values?.length) await addMore(el, field, field.more_values, result, handled);
      }
    }
    return result;
  }

  function labelOf(el) {
    const text = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.name ?? '';
    return text.replace(/\s+/g, ' ').trim().slice(0, 120);
  }

  function restoreRadioGroup(el, earlier) {
    if (earlier) {
      earlier.click();
      return;
    }
    el.checked = false;   // a click cannot clear a radio
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // Restores every change, newest first, with the same events, so the page's state follows.
  async function undo() {
    let restored = 0;
    while (journal.length) {
      const entry = journal.pop();
      const { el } = entry;
      if (!el.isConnected) continue;
      if (entry.kind === 'style') {
        if (entry.style === null) el.removeAttribute('style');
        else el.setAttribute('style', entry.style);
        continue;
      }
      const { before } = entry;
      if ('text' in before) setEditableText(el, before.text);
      else if (before.groupChoice !== undefined) restoreRadioGroup(el, before.groupChoice);
      else if ('checked' in before) { if (isChecked(el) !== before.checked) el.click(); }
      else if (el instanceof HTMLSelectElement || isNative(el)) setValue(el, before.value);
      restored++;
      await tick();
    }
    return restored;
  }

  globalThis.takedownFormFill = { apply, undo };
})();
