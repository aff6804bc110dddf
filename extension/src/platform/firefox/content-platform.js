// Firefox's face for content scripts (classic script, loaded before the others): content scripts
// see a closed shadow root through the element's openOrClosedShadowRoot.
globalThis.takedownPlatform = {
  shadowRoot: (el) => el.openOrClosedShadowRoot ?? el.shadowRoot ?? null,
};
