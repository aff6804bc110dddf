// Which frames and fields of a tab a fill may write to, and whether an opened form landed where the registry
// says it lives (docs/forms.md, "A hostile page"). A page can put any site's frame into itself and
// any redirect in front of a form: values from a case go only to the top page's own origin, to an
// origin the platform registry names for that form, or to one the person said yes to in the panel.

// The origin of an address as the browser compares them ("null" for opaque ones: data:, about:,
// sandboxed documents report theirs themselves).
export function urlOrigin(url) {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

// The frames of a tab that run our content script, top frame first, with the origin each document
// itself reports (self.origin: "null" in a sandboxed frame, whatever its address). Uses the
// scripting permission Takedown already has; webNavigation would need another one.
export async function contentFrameInfo(api, tabId) {
  const results = await api.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => (globalThis.takedownFormFill ? { origin: String(globalThis.origin), url: location.href } : null),
  });
  return results.filter((r) => r.result && typeof r.result === 'object')
    .map((r) => ({ frameId: r.frameId, origin: r.result.origin, url: r.result.url }))
    .sort((a, b) => a.frameId - b.frameId);
}

// Origins a fill writes to without asking: the top page's (unless opaque) and the route's
// registry-named form frames.
export function trustedOrigins(topOrigin, route) {
  const origins = new Set(route?.form_frame_origins ?? []);
  if (topOrigin && topOrigin !== 'null') origins.add(topOrigin);
  return origins;
}

// Whether a tab's final address is on the route's form host (the host of the route's address or
// of a registry-named form frame), over https.
export function onFormHost(url, route) {
  let final;
  try {
    final = new URL(url);
  } catch {
    return false;
  }
  if (final.protocol !== 'https:') return false;
  const hosts = [route.url, ...(route.form_frame_origins ?? [])].map((address) => {
    try {
      return new URL(address).host;
    } catch {
      return null;
    }
  });
  return hosts.includes(final.host);
}

// A plan whose values go only to fields the snapshot says a person can see.
export function onlyShownValues(planned, snapshot, reason) {
  const byRef = new Map((snapshot?.fields ?? []).map((f) => [f.ref, f]));
  const shown = (f) => Boolean(f?.visible) && !f.concealed;
  return {
    ...planned,
    fields: planned.fields.map((step) => {
      if (shown(byRef.get(step.ref)) || !['fill', 'select', 'check'].includes(step.action)) return step;
      const { value, option, ...rest } = step;
      return { ...rest, action: 'skip', reason };
    }),
  };
}
