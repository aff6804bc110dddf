// Firefox's face for content scripts (classic script, loaded before the others): content scripts
// see a closed shadow root through the element's openOrClosedShadowRoot. Any element that cannot
// host one (an inline <svg>) simply has none.
globalThis.takedownPlatform = {
  shadowRoot: (el) => {
    try {
      return el.openOrClosedShadowRoot ?? el.shadowRoot ?? null;
    } catch {
      return el.shadowRoot ?? null;
    }
  },
};
