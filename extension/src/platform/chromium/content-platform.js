// Chromium's face for content scripts (classic script, loaded before the others): a closed shadow
// root is reachable only through chrome.dom, which exists in content scripts. It throws for an
// element that cannot host a shadow root (an inline <svg>), which is simply none.
globalThis.takedownPlatform = {
  shadowRoot: (el) => {
    try {
      return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot ?? null;
    } catch {
      return el.shadowRoot ?? null;
    }
  },
};
