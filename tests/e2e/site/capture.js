// Like streaming sites do, the page gives the video an object URL and releases it at once: the
// blob: address then names nothing that anyone, Takedown included, can read.
const blob = new Blob([new Uint8Array(4096)], { type: 'video/webm' });
const url = URL.createObjectURL(blob);
document.getElementById('stream').src = url;
URL.revokeObjectURL(url);
