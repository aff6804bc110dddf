// The response headers worth keeping as evidence (and for a web archive's response record), read
// from a fetch Response's Headers. A classic script, since content scripts cannot import modules:
// the manifest loads it before content/media-transport.js, and background/media-fetch.js imports it
// for its effect.
globalThis.takedownKeptHeaders = (() => {
  const KEPT = ['content-type', 'content-length', 'content-range', 'last-modified', 'etag', 'date', 'cache-control',
    'expires', 'age', 'server', 'content-disposition', 'accept-ranges', 'vary', 'x-cache'];
  return (headers) => {
    const kept = {};
    for (const name of KEPT) {
      const value = headers.get(name);
      if (value !== null) kept[name] = value.slice(0, 8192).replace(/[\r\n]+/g, ' ');
    }
    return kept;
  };
})();
