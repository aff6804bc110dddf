// The extension's strings in a given language, whatever the browser's UI language: a form or a letter
// is written in its own language. Read from the packaged _locales once per language.
const loaded = new Map();

export function messagesIn(lang) {
  if (!loaded.has(lang)) {
    const url = (globalThis.browser ?? globalThis.chrome).runtime.getURL(`_locales/${lang}/messages.json`);
    loaded.set(lang, fetch(url).then((response) => response.json()).then((messages) =>
      Object.fromEntries(Object.entries(messages).map(([key, entry]) => [key, entry.message]))));
  }
  return loaded.get(lang);
}
