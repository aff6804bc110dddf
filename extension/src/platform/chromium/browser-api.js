// Chromium's face of the WebExtension API. Firefox has a same-named file; the build copies one of
// them to platform/browser-api.js, so no code asks which browser it runs in.
export const api = globalThis.chrome;

// Chromium reports why a native port closed through runtime.lastError, read inside onDisconnect.
export function disconnectReason() {
  return api.runtime.lastError?.message ?? '';
}

export async function findTabsByUrl(url) {
  return api.tabs.query({ url });
}
