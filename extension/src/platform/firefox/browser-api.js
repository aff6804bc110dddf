// Firefox's face of the WebExtension API (see the Chromium file of the same name).
export const api = globalThis.browser;

// Firefox puts a native port's disconnect reason on port.error, not on runtime.lastError.
export function disconnectReason(port) {
  return port?.error?.message ?? '';
}

// tabs.query({url}) returns [] in Firefox when the pattern holds a port: compare URLs instead.
export async function findTabsByUrl(url) {
  const tabs = await api.tabs.query({});
  return tabs.filter((tab) => tab.url === url);
}
