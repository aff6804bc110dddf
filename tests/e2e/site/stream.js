// A player built the way streaming platforms build theirs. `?config=<address of a JSON file>`:
// {element: 'video'|'audio', buffers: [{mime, urls}]} feeds a Media Source, one SourceBuffer per
// entry, fetching round-robin (init segments first) as a DASH player does; {element, src} plays a
// file. Playback is muted (autoplay) and loops, so a test always finds it playing.
(async () => {
  const config = await (await fetch(new URLSearchParams(location.search).get('config'))).json();
  const media = document.createElement(config.element);
  Object.assign(media, { muted: true, loop: true, autoplay: true, controls: true, width: 320, height: 240 });
  document.getElementById('player').append(media);
  // Browsers let muted video play by itself, not audio: a click on the page starts it.
  document.addEventListener('click', () => media.play().catch(() => {}));
  if (config.src) {
    media.src = config.src;
    return;
  }
  const source = new MediaSource();
  media.src = URL.createObjectURL(source);
  await new Promise((resolve) => source.addEventListener('sourceopen', resolve, { once: true }));
  const buffers = config.buffers.map((b) => ({ ...b, buffer: source.addSourceBuffer(b.mime) }));
  const longest = Math.max(...buffers.map((b) => b.urls.length));
  for (let i = 0; i < longest; i++) {
    for (const { urls, buffer } of buffers) {
      if (i >= urls.length) continue;
      const bytes = await (await fetch(urls[i])).arrayBuffer();
      buffer.appendBuffer(bytes);
      await new Promise((resolve) => buffer.addEventListener('updateend', resolve, { once: true }));
    }
  }
  source.endOfStream();
  media.play().catch(() => {});
})();
