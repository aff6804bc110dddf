// One connectNative port to takedown-host, opened on first use: requests carry ids, answers are
// matched to them, each request has a time limit, and a closed port fails every pending request.
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
    this.settle(answer?.id, ({ resolve, reject }) => {
      if (answer.ok) resolve(answer.result);
      else reject(new MessageError(answer.error?.code ?? ErrorCode.internal, answer.error?.message ?? 'no message'));
    });
  }

  onDisconnect(port) {
    const reason = this.disconnectReason(port) || 'the native host closed the connection';
    const code = this.answered ? ErrorCode.host_disconnected : ErrorCode.host_unavailable;
    if (this.port === port) this.port = null;
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
