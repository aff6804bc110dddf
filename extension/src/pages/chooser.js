// Which of the page's media did the person mean? Opened by "Report this page" (in the popup) or the
// report-page command (in a small window) when the page shows several plausible ones: thumbnails
// cut from a screenshot of the tab, one button each, and "only the page" for none of them.
import { api } from '../platform/browser-api.js';
import { send } from '../common/messages.js';
import { localize } from '../common/i18n.js';

localize(api);
const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const byId = (id) => document.getElementById(id);
const choice = new URLSearchParams(location.search).get('choice') ?? '';
const KINDS = { video: 'kindVideo', audio: 'captureKindAudio' };

function candidateButton(candidate, count) {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.index = String(candidate.index);
  const kind = message(KINDS[candidate.target] ?? 'kindImage');
  const label = message('chooserCandidate', [kind, String(candidate.index + 1), String(count), `${candidate.width}×${candidate.height}`]);
  if (candidate.thumb) {
    const img = Object.assign(document.createElement('img'), { src: candidate.thumb, alt: '' });
    button.append(img);
  } else {
    button.append(Object.assign(document.createElement('span'), { className: 'no-thumb' }));
  }
  button.append(Object.assign(document.createElement('span'), { textContent: label }));
  button.addEventListener('click', () => choose(candidate.index));
  const item = document.createElement('li');
  item.append(button);
  return item;
}

async function choose(index) {
  const result = byId('chooser-result');
  for (const button of document.querySelectorAll('button')) button.disabled = true;
  result.dataset.state = 'working';
  result.textContent = message('popupReporting');
  try {
    const outcome = await send(api, 'capture.choose', { choice, index });
    result.dataset.state = 'ok';
    result.dataset.case = outcome.case;
    result.textContent = message(outcome.notCaptured.length ? 'popupReportedPartly' : 'popupReported', [String(outcome.record.artifacts.length)]);
    result.append(' ', Object.assign(document.createElement('a'), {
      href: `case.html?case=${encodeURIComponent(outcome.case)}`, target: '_blank', textContent: message('popupOpenCase'),
    }));
  } catch (error) {
    result.dataset.state = 'error';
    result.textContent = message('popupReportFailed', [error.message]);
  }
  const close = byId('close');
  close.hidden = false;
  close.disabled = false;
  close.focus();
}

byId('page-only').addEventListener('click', () => choose(-1));
byId('close').addEventListener('click', () => window.close());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') window.close();
});

send(api, 'capture.choices', { choice }).then((offer) => {
  byId('chooser-page').textContent = offer.page_url;
  byId('candidates').replaceChildren(...offer.candidates.map((c) => candidateButton(c, offer.candidates.length)));
  byId('candidates').querySelector('button')?.focus();
}, (error) => {
  const result = byId('chooser-result');
  result.dataset.state = 'error';
  result.textContent = message('popupReportFailed', [error.message]);
  byId('page-only').disabled = true;
}).finally(() => {
  document.body.dataset.ready = 'true';
});
