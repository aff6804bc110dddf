// Recording what plays (issue #15 part 2), for content/media-stream.js: captureStream() and
// MediaRecorder on the page's video or audio element, chunks sent through takedownMediaTransport as
// they come, a panel in the page (progress, time, Stop) in a closed shadow root, and the finished
// file's length read by the browser itself.
globalThis.takedownMediaRecord = (() => {
  const api = globalThis.browser ?? globalThis.chrome;

  // A promise of the page's own (a media element's play(), a recorded Blob's bytes), adopted by a
  // promise of ours: Firefox's content scripts may not await the page's promises directly (Xray).
  const adopt = (promise) => new Promise((resolve, reject) => promise.then(resolve, reject));

  // The bytes of the page's ArrayBuffer copied into one of ours (in Firefox a view of the page's
  // buffer belongs to the page, and slicing it would ask the page for its constructor).
  const ownBytes = (buffer) => {
    const view = new Uint8Array(buffer);
    const copy = new Uint8Array(view.length);
    copy.set(view);
    return copy;
  };

  let stopRecording = null;   // the running recording's stop, for the Stop button

  // A failure whose reason goes into the record as it is; `code` tells the background what to try next.
  const refused = (code, message) => Object.assign(new Error(message), { code });

  // By what the stream holds: a type naming a track the stream lacks can keep a recorder from
  // starting (Firefox waits for it).
  const RECORDING_TYPES = {
    both: ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'],
    video: ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'],
    audio: ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'],
  };

  // The browser refused: a SecurityError means the element shows media from another site that did
  // not allow reading it (no CORS headers), which taints it.
  const refusedRecording = (error) => (error.name === 'SecurityError'
    ? refused('tainted', `the browser refused to record it (${error.name}: ${error.message}): it shows media from another site that does not allow reading it (no CORS headers)`)
    : refused('blocked', `the browser refused to record it (${error.name}: ${error.message})`));

  // Why recording this element is impossible, before trying: DRM, or nothing to record.
  function recordingRefusal(el) {
    if (el.mediaKeys) return refused('drm', 'the media is protected by DRM (Encrypted Media Extensions): browsers let no extension record or copy its pictures');
    if (el.error) return refused('media_error', `the media failed to play (${el.error.message || `error ${el.error.code}`})`);
    return null;
  }

  // Records what plays, from now until the person presses Stop, the media ends, or maxMs passes,
  // sending the recording's chunks as they come. Throws (with a code) when recording is impossible.
  async function record(el, { channel, maxBytes, maxMs, videoBitsPerSecond = 2_500_000 }) {
    const refusal = recordingRefusal(el);
    if (refusal) throw refusal;
    let stream;
    try {
      stream = (el.captureStream ?? el.mozCaptureStream).call(el);
    } catch (error) {
      throw refusedRecording(error);
    }
    if (el.paused) await adopt(el.play()).catch((error) => { throw refused('paused', `the media is paused and could not be started (${error.name})`); });
    if (!stream.getTracks().length) await new Promise((resolve) => { stream.addEventListener('addtrack', resolve, { once: true }); setTimeout(resolve, 2000); });
    const video = stream.getVideoTracks().length > 0;
    if (!stream.getTracks().length) throw refused('no_tracks', 'the media gave nothing to record (no playing picture or sound)');
    const holds = video && stream.getAudioTracks().length ? 'both' : video ? 'video' : 'audio';
    const mimeType = RECORDING_TYPES[holds].find((type) => MediaRecorder.isTypeSupported(type));
    const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond, audioBitsPerSecond: 128_000 });
    const queue = [];
    let wake = null;
    let finished = false;
    const parts = [];   // kept (browser-managed Blobs) to measure the finished file's length
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size) queue.push(event.data);
      if (event.data.size) parts.push(event.data);
      wake?.();
    });
    let endStopped;
    // The recorder's stop event, or (should a browser never send it) 5 s after stop was asked.
    const stopped = new Promise((resolve) => {
      recorder.addEventListener('stop', resolve, { once: true });
      endStopped = () => setTimeout(resolve, 5000);
    });
    const failed = new Promise((resolve) => recorder.addEventListener('error', (event) => resolve(event.error ?? new Error('recording failed')), { once: true }));
    const started = new Promise((resolve, reject) => {
      recorder.addEventListener('start', resolve, { once: true });
      failed.then(reject);
      setTimeout(() => reject(new Error('the recorder did not start within 5 s')), 5000);
    });
    try {
      recorder.start(1000);
      await started;
    } catch (error) {
      throw refusedRecording(error);
    }
    const startedAt = performance.now();
    const startMs = Math.round(el.currentTime * 1000);
    let stoppedBy = null;
    let looped = false;
    const onSeek = () => { looped = true; };
    el.addEventListener('seeking', onSeek);
    const stop = (by) => {
      if (stoppedBy) return;
      stoppedBy = by;
      if (recorder.state !== 'inactive') recorder.stop();
      endStopped();
    };
    stopRecording = () => stop('person');
    const onEnded = () => stop('ended');
    el.addEventListener('ended', onEnded);
    failed.then(() => stop('error'));
    const limit = setTimeout(() => stop('limit'), maxMs);
    // A quiet recording (sound only) may fill a transport chunk only every minute or so; a message
    // every 20 s keeps Chromium's service worker (and Firefox's event page) awake meanwhile.
    const awake = setInterval(() => {
      api.runtime.sendMessage({ v: 1, id: `stream-${Date.now().toString(36)}`, action: 'core.call', payload: { method: 'core.echo', params: { value: 'recording' } } })
        .catch(() => {});
    }, 20_000);
    const panel = showProgress({ video, maxMs, startedAt, onStop: () => stop('person') });
    let endMs = null;
    let stoppedAt = null;
    stopped.then(() => {
      stoppedAt = performance.now();
      endMs = Math.round(el.currentTime * 1000);
      finished = true;
      wake?.();
    });
    async function* chunks() {
      for (;;) {
        if (queue.length) {
          yield ownBytes(await adopt(queue.shift().arrayBuffer()));
        } else if (finished) {
          return;
        } else {
          await new Promise((resolve) => { wake = resolve; });
          wake = null;
        }
      }
    }
    const start = { ok: true, status: 200, final_url: null, mime: recorder.mimeType || mimeType, length: null, headers: {} };
    let sent = 0;
    try {
      ({ sent } = await globalThis.takedownMediaTransport.send({ channel, maxBytes, start, chunks: chunks() }));
    } finally {
      stop('error');   // only when the transport gave up before the recording ended
      clearTimeout(limit);
      clearInterval(awake);
      el.removeEventListener('ended', onEnded);
      el.removeEventListener('seeking', onSeek);
      stopRecording = null;
      panel.remove();
      stream.getTracks().forEach((track) => track.stop());
    }
    const playsMs = await fileDuration(new Blob(parts, { type: start.mime }), video);
    return {
      sent,
      mime: start.mime,
      codec: start.mime.split(';')[1]?.replace(/^\s*codecs=/, '') ?? null,
      duration_ms: playsMs ?? Math.round((stoppedAt ?? performance.now()) - startedAt),
      time_range: !looped && endMs !== null && endMs >= startMs ? { start_ms: startMs, end_ms: endMs } : null,
      stopped_by: stoppedBy,
      width: video ? el.videoWidth || null : null,
      height: video ? el.videoHeight || null : null,
    };
  }

  // How long the recorded file plays, read by the browser itself from a detached element (never in
  // the page's DOM). Chromium writes no duration into a recording's header and reports Infinity until
  // the element has seen the end, so it is sent there first. Null when it cannot be read in time.
  async function fileDuration(blob, video) {
    const el = document.createElement(video ? 'video' : 'audio');
    const address = URL.createObjectURL(blob);
    const event = (name) => new Promise((resolve) => el.addEventListener(name, resolve, { once: true }));
    try {
      el.muted = true;
      el.preload = 'metadata';
      const loaded = event('loadedmetadata');
      el.src = address;
      const timeout = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
      if (await Promise.race([loaded, timeout]) === 'timeout') return null;
      if (!Number.isFinite(el.duration)) {
        const known = event('durationchange');
        el.currentTime = 1e9;
        if (await Promise.race([known, timeout]) === 'timeout' || !Number.isFinite(el.duration)) return null;
      }
      return Math.round(el.duration * 1000);
    } finally {
      el.removeAttribute('src');
      el.load();
      URL.revokeObjectURL(address);
    }
  }

  // The recording's progress in the page, in a closed shadow root (page styles cannot change it,
  // page scripts cannot read it), with a Stop button that the keyboard reaches like any button.
  function showProgress({ video, maxMs, startedAt, onStop }) {
    document.getElementById('takedown-stream-host')?.remove();
    const host = document.createElement('div');
    host.id = 'takedown-stream-host';
    const root = host.attachShadow({ mode: 'closed' });
    const box = document.createElement('div');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', api.i18n.getMessage(video ? 'streamRecordingVideo' : 'streamRecordingAudio'));
    box.style.cssText = [
      'position:fixed', 'z-index:2147483647', 'left:16px', 'bottom:16px', 'max-width:380px', 'padding:12px 16px',
      'border-radius:8px', 'font:15px/1.4 system-ui,sans-serif', 'background:#1f2a44', 'color:#fff',
      'box-shadow:0 4px 16px rgba(0,0,0,.3)', 'display:grid', 'gap:8px',
    ].join(';');
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.style.margin = '0';
    status.textContent = api.i18n.getMessage(video ? 'streamRecordingVideo' : 'streamRecordingAudio');
    const progress = document.createElement('progress');
    progress.max = maxMs;
    progress.value = 0;
    progress.style.width = '100%';
    const time = document.createElement('span');
    const clock = (ms) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
    const tick = () => {
      const elapsed = Math.min(maxMs, performance.now() - startedAt);
      progress.value = elapsed;
      time.textContent = api.i18n.getMessage('streamElapsed', [clock(elapsed), clock(maxMs)]);
    };
    tick();
    const timer = setInterval(tick, 500);
    const stop = document.createElement('button');
    stop.type = 'button';
    stop.textContent = api.i18n.getMessage('streamStop');
    stop.style.cssText = 'font:inherit;color:inherit;background:#b3261e;border:1px solid #fff;border-radius:4px;padding:4px 12px;cursor:pointer;justify-self:start';
    stop.addEventListener('click', onStop);
    box.append(status, progress, time, stop);
    root.append(box);
    document.documentElement.append(host);
    return { remove: () => { clearInterval(timer); host.remove(); } };
  }

  return { record, stop: () => (stopRecording ? (stopRecording(), true) : false) };
})();
