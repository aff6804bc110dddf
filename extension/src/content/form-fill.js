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

  // Picks an option of a custom listbox (role=listbox or combobox): open it, click the option.
  async function chooseCustomOption(el, option) {
    if (couldNavigate(el)) return 'would_navigate';
    el.click();
    await tick();
    const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    const scope = (listId && el.getRootNode().getElementById?.(listId)) || el.getRootNode();
    const wanted = (option.text ?? '').trim().toLowerCase();
    const match = [...scope.querySelectorAll('[role="option"]')].find((o) =>
      (o.getAttribute('data-value') ?? '') === option.value || o.textContent.trim().toLowerCase() === wanted);
    if (!match) return 'no_such_option';
    if (couldNavigate(match)) return 'would_navigate';
    match.click();
    await tick();
    return null;
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
          if (!el.isContentEditable) return 'not_text';
          setEditableText(el, field.value);
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
        } else {
          const problem = await chooseCustomOption(el, field.option);
          if (problem) return problem;
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
    const result = { filled: [], attention: [], failed: [] };
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
