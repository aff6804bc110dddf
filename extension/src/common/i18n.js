// Fills an extension page's text from _locales: an element's data-i18n attribute names the message
// for its text, and the page's language follows the browser's UI language.
export function localize(api, root = document) {
  document.documentElement.lang = api.i18n.getUILanguage();
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = api.i18n.getMessage(element.dataset.i18n);
  }
}
