// Chromium's face for content scripts (classic script, loaded before the others): a closed shadow
// root is reachable only through chrome.dom, which exists in content scripts.
globalThis.takedownPlatform = {
  shadowRoot: (el) => globalThis.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot ?? null,
};
