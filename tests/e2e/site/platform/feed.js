// The feed's script: draws a pattern on one canvas and another site's picture (no CORS) on the other.
const canvas = document.getElementById('canvas').getContext('2d');
for (let i = 0; i < 14; i++) {
  canvas.fillStyle = `hsl(${i * 25}, 70%, 50%)`;
  canvas.fillRect(i * 20, 0, 20, 200);
}
canvas.fillStyle = '#fff';
canvas.fillText('drawn by script', 20, 100);
const tainted = document.getElementById('tainted');
const picture = new Image();
picture.onload = () => tainted.getContext('2d').drawImage(picture, 0, 0, 280, 200);
picture.src = tainted.dataset.picture;
