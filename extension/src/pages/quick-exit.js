// Quick exit, as victim-support sites have it: one button or the Escape key hides the page at once,
// opens the browser's own new-tab page and closes every Takedown page, so someone walking in sees
// nothing of the case. Any extension page can install it.

// Opens a neutral tab, then closes all of Takedown's page tabs (this one included).
export async function quickExit(api) {
  document.body.hidden = true;   // nothing stays readable while the tabs close
  const own = api.runtime.getURL('');
  const [tabs, current] = await Promise.all([api.tabs.query({}), api.tabs.getCurrent()]);
  await api.tabs.create({});   // no url: the browser's own new-tab page
  const ours = new Set(tabs.filter((tab) => (tab.url ?? tab.pendingUrl ?? '').startsWith(own)).map((tab) => tab.id));
  if (current) ours.add(current.id);
  // Where a browser hides tab addresses, each open page of ours can still name its own tab.
  for (const view of api.extension?.getViews?.({ type: 'tab' }) ?? []) {
    const tab = await Promise.resolve((view.browser ?? view.chrome)?.tabs?.getCurrent()).catch(() => null);
    if (tab) ours.add(tab.id);
  }
  await api.tabs.remove([...ours]);
}

// The button, and Escape when no dialog is open (in a dialog, Escape closes the dialog, as people expect).
export function installQuickExit(api, button) {
  let leaving = false;
  const leave = () => {
    if (leaving) return;
    leaving = true;
    quickExit(api).catch(() => { leaving = false; document.body.hidden = false; });
  };
  button.addEventListener('click', leave);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    leave();
  });
}
