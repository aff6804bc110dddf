// One connectNative port to takedown-host, opened on first use: requests carry ids, answers are
// matched to them, each request has a time limit, and a closed port fails every pending request.
// Listeners given to onRecovered() hear when the host answers again after it was missing or went
// away (the vault mirror catches up then).
import { ErrorCode } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';

export class NativeHost {
  constructor({ api, hostName, disconnectReason, timeoutMs = 15_000 }) {
    this.api = api;
    this.hostName = hostName;
    this.disconnectReason = disconnectReason;
    this.timeoutMs = timeoutMs;
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

  call(method, params = {}) {
    const port = this.port ?? this.connect();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new MessageError(ErrorCode.timeout, `the native host did not answer "${method}" within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
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
    this.settle(answer?.id, ({ resolve, reject }) => {
      if (answer.ok) resolve(answer.result);
      else reject(new MessageError(answer.error?.code ?? ErrorCode.internal, answer.error?.message ?? 'no message'));
    });
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
    action(entry);
  }
}
