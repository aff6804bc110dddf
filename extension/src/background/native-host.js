// One connectNative port to takedown-host, opened on first use: requests carry ids, answers are
// matched to them, each request has a time limit, and a closed port fails every pending request.
// Listeners given to onRecovered() hear when the host answers again after it was missing or went
// away (the vault mirror catches up then).
//
// Time limits follow the kind of call. The host answers short calls at once, so a short call that
// stays silent for 15 s means the host is stuck. Long calls (LONG_HOST_METHODS: a witness fetch, a
// timestamp, verify, erase) run beside the others and send a progress frame every
// LIMITS.host_progress_interval_ms; each frame restarts the call's clock, so a fetch may take minutes
// while a host that stopped working is still noticed within seconds (docs/protocol.md "Concurrency
// and progress").
import { ErrorCode, LIMITS, LONG_HOST_METHODS } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';

const LONG_METHODS = new Set(LONG_HOST_METHODS);

export const TIME_LIMITS = Object.freeze({
  shortMs: 15_000,
  longSilenceMs: 10 * LIMITS.host_progress_interval_ms,   // ten progress frames missed in a row
  longTotalMs: 15 * 60_000,   // a backstop only: the host's own limits end every job sooner (a witness fetch: 10 min)
});

// {silenceMs, totalMs}: how long `method` may go without a frame, and how long it may take at most.
export function timeLimitFor(method, limits = TIME_LIMITS) {
  return LONG_METHODS.has(method)
    ? { silenceMs: limits.longSilenceMs, totalMs: limits.longTotalMs }
    : { silenceMs: limits.shortMs, totalMs: limits.shortMs };
}

export class NativeHost {
  constructor({ api, hostName, disconnectReason, timeLimits = TIME_LIMITS }) {
    this.api = api;
    this.hostName = hostName;
    this.disconnectReason = disconnectReason;
    this.timeLimits = timeLimits;
    this.port = null;
    this.nextId = 1;
    this.pending = new Map();
    this.answered = false;   // whether this port ever answered: tells "not installed" from "went away"
    this.failed = false;     // whether the last port ended without answering or went away
    this.recoveredListeners = [];
  }

  onRecovered(listener) {
    this.recoveredListeners.push(listener);
  }

  // Closes the port (the host sees end of input and exits); pending requests fail as disconnected.
  close() {
    const port = this.port;
    if (!port) return;
    port.disconnect();   // a port's own disconnect() does not fire its onDisconnect
    this.onDisconnect(port, 'the port was closed by the extension');
    this.failed = false;   // closed on purpose: the host did not fail
  }

  // `onProgress({state, elapsed_ms})` hears a long call's progress frames (optional).
  call(method, params = {}, { onProgress = null } = {}) {
    const port = this.port ?? this.connect();
    const id = this.nextId++;
    const limit = timeLimitFor(method, this.timeLimits);
    return new Promise((resolve, reject) => {
      const expire = (ms, what) => () => this.settle(id, () => reject(new MessageError(ErrorCode.timeout, `the native host ${what} "${method}" within ${ms} ms`)));
      const entry = { resolve, reject, onProgress, timer: null, deadline: null };
      entry.restart = () => {
        clearTimeout(entry.timer);
        entry.timer = setTimeout(expire(limit.silenceMs, limit.silenceMs === limit.totalMs ? 'did not answer' : 'sent no progress for'), limit.silenceMs);
      };
      entry.restart();
      if (limit.totalMs !== limit.silenceMs) entry.deadline = setTimeout(expire(limit.totalMs, 'did not finish'), limit.totalMs);
      this.pending.set(id, entry);
      try {
        port.postMessage({ id, method, params });
      } catch (error) {
        this.failed = true;
        this.settle(id, () => reject(new MessageError(ErrorCode.host_unavailable, error.message)));
      }
    });
  }

  connect() {
    const port = this.api.runtime.connectNative(this.hostName);
    this.port = port;
    this.answered = false;
    port.onMessage.addListener((answer) => this.onAnswer(answer));
    port.onDisconnect.addListener(() => this.onDisconnect(port));
    return port;
  }

  onAnswer(answer) {
    this.answered = true;
    if (this.failed) {
      this.failed = false;
      for (const listener of this.recoveredListeners) {
        try { listener(); } catch (error) { console.error('Takedown: a native host listener failed', error); }
      }
    }
    if (answer?.progress && answer.ok === undefined) {
      this.progress(answer.id, answer.progress);
      return;
    }
    this.settle(answer?.id, ({ resolve, reject }) => {
      if (answer.ok) resolve(answer.result);
      else reject(new MessageError(answer.error?.code ?? ErrorCode.internal, answer.error?.message ?? 'no message'));
    });
  }

  // A long call is still at work: its clock starts again, and its caller may hear it.
  progress(id, progress) {
    const entry = this.pending.get(id);
    if (!entry) return;
    entry.restart();
    try {
      entry.onProgress?.(progress);
    } catch (error) {
      console.error('Takedown: a progress listener failed', error);
    }
  }

  onDisconnect(port, closedHere = null) {
    const reason = closedHere ?? (this.disconnectReason(port) || 'the native host closed the connection');
    const code = this.answered ? ErrorCode.host_disconnected : ErrorCode.host_unavailable;
    if (this.port !== port) return;
    this.port = null;
    this.failed = true;
    for (const id of [...this.pending.keys()]) {
      this.settle(id, ({ reject }) => reject(new MessageError(code, reason)));
    }
  }

  settle(id, action) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    clearTimeout(entry.deadline);
    action(entry);
  }
}
