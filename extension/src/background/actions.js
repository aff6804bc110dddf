// The background's actions, one handler each; protocol.json declares who may send them.
import { ErrorCode } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';
import { appendRecord, getCase, recordTime } from './case-log.js';
import { api } from '../platform/browser-api.js';
import { CHILD_MENU_ID, onMenuClicked } from './context-menu.js';

// Records an extension page may add to a case (what the person did or was told); captures and form
// fills come only from the background's own handlers.
const PAGE_RECORD_TYPES = new Set(['note', 'export_made', 'request_sent', 'answer_received', 'deadline_passed', 'correction', 'description']);

// The core methods a content script may call (it runs beside pages that may be hostile): only what
// content.js itself asks for. Its form work goes through the forms.* actions, which check the fill.
export const CONTENT_CORE_METHODS = new Set(['core.echo']);

export function createActions({ core, nativeHost, forms, reminders, vaultMirror, redaction, pageReport }) {
  return {
    'core.call': ({ method, params = {} }, { from } = {}) => {
      if (typeof method !== 'string') throw new MessageError(ErrorCode.bad_message, 'payload.method must be a string');
      if (from === 'content' && !CONTENT_CORE_METHODS.has(method)) {
        throw new MessageError(ErrorCode.forbidden_sender, `a content script may not call the core method "${method.slice(0, 64)}"`);
      }
      return core.call(method, params);
    },
    'host.call': ({ method, params = {} }) => {
      if (typeof method !== 'string') throw new MessageError(ErrorCode.bad_message, 'payload.method must be a string');
      return nativeHost.call(method, params);
    },
    'case.append': async ({ case: caseId, type, data }) => {
      if (!PAGE_RECORD_TYPES.has(type)) throw new MessageError(ErrorCode.bad_message, `payload.type must be one of ${[...PAGE_RECORD_TYPES].join(', ')}`);
      if (typeof caseId !== 'string' || !(await getCase(caseId))) throw new MessageError(ErrorCode.bad_message, `no case "${caseId}"`);
      const sealed = await appendRecord(core, caseId, { type, at: recordTime(), data, artifacts: [] });
      // A request sent or answered changes what is awaited, so the reminders follow at once.
      if (type === 'request_sent' || type === 'answer_received') await reminders?.sync(caseId).catch((error) => console.error('Takedown: reminders not updated', error));
      return sealed;
    },
    // The case page's "Get a trusted timestamp" copies the case to the vault first and waits for it,
    // so that the stamp covers the browser's latest record.
    'vault.mirror_case': async ({ case: caseId }) => {
      if (typeof caseId !== 'string' || !(await getCase(caseId))) throw new MessageError(ErrorCode.bad_message, `no case "${caseId}"`);
      const outcome = await vaultMirror.mirrorCase(caseId);
      if (outcome === 'done') return { case: caseId, outcome };
      const failure = vaultMirror.failureOf(caseId);
      if (outcome === 'absent') throw new MessageError(ErrorCode.host_unavailable, failure?.message ?? 'no evidence vault answered');
      throw new MessageError(failure?.code ?? ErrorCode.internal, failure?.message ?? `case ${caseId} was not copied to the evidence vault`);
    },
    // The popup's "Report this page": the page's main media found and captured as the context menu
    // would; {needs_choice} when the person must choose among several (pages/chooser.html).
    'case.report_page': async ({ tab }) => {
      if (!Number.isInteger(tab)) throw new MessageError(ErrorCode.bad_message, 'payload.tab must be an integer');
      const outcome = await pageReport.reportPage(await api.tabs.get(tab));
      if (outcome.error) throw new MessageError(outcome.error.code, outcome.error.message);
      return outcome;
    },
    'capture.choices': (payload) => pageReport.choices(payload),
    'capture.choose': (payload) => pageReport.choose(payload),
    // The popup's "Report: it shows my child": the context menu's safe capture of the tab's page.
    'capture.safe': async ({ tab }) => {
      if (!Number.isInteger(tab)) throw new MessageError(ErrorCode.bad_message, 'payload.tab must be an integer');
      const target = await api.tabs.get(tab);
      const outcome = await onMenuClicked({ api, core, forms }, { menuItemId: CHILD_MENU_ID, pageUrl: target.url, frameId: 0 }, target);
      if (outcome.error) throw new MessageError(outcome.error.code, outcome.error.message);
      return outcome;
    },
    // The case page's "Remove the pictures, keep the proof" (after its confirm step).
    'case.redact': ({ case: caseId, reason }) => redaction.redactCase(caseId, reason),
    'forms.fill': async ({ case: caseId, tab, purpose = null }) => {
      if (typeof caseId !== 'string' || !Number.isInteger(tab)) throw new MessageError(ErrorCode.bad_message, 'payload needs case (string) and tab (integer)');
      return forms.fillTab({ tabId: tab, caseId, purpose });
    },
    'forms.open': async ({ case: caseId, platform, purpose }) => {
      if (![caseId, platform, purpose].every((v) => typeof v === 'string')) throw new MessageError(ErrorCode.bad_message, 'payload needs case, platform and purpose (strings)');
      return forms.openForm({ caseId, platform, purpose });
    },
    'forms.plan_frame': (payload, { sender }) => forms.plan(payload, sender),
    'forms.step_filled': (payload, { sender }) => forms.stepFilled(payload, sender),
    'forms.undo': (payload, { sender }) => forms.undo(payload, sender),
    'forms.answer': (payload, { sender }) => forms.answer(payload, sender),
    'forms.close': (payload, { sender }) => forms.close(payload, sender),
    'status.get': async () => ({
      core: await outcome(core.call('core.version')),
      host: await outcome(nativeHost.call('version')),
      vault: await outcome(nativeHost.call('vault.info')),
    }),
  };
}

// A part's state for a status display: its result, or its error code and message.
async function outcome(promise) {
  try {
    return { ok: true, result: await promise };
  } catch (error) {
    return { ok: false, error: { code: error.code ?? ErrorCode.internal, message: error.message } };
  }
}
