import { launch } from "./tests/helpers/browser.mjs";
const { context, close } = await launch();
const page = await context.newPage();
await page.setContent(`<canvas id=c width=1280 height=800></canvas><canvas id=d width=1280 height=800></canvas>`);
const r = await page.evaluate(async () => {
  const gl = document.getElementById('c').getContext('webgl2', {preserveDrawingBuffer:false, antialias:false});
  const ctx = document.getElementById('d').getContext('2d');
  const frames = []; const t0 = performance.now(); let last = t0; let i = 0;
  await new Promise((res) => { const tick = (now) => { frames.push(now - last); last = now; i++; gl.clearColor(i%2,0,0,1); gl.clear(gl.COLOR_BUFFER_BIT); ctx.clearRect(0,0,1280,800); ctx.fillText('x'+i, 10, 10); if (now - t0 < 2000) requestAnimationFrame(tick); else res(); }; requestAnimationFrame(tick); });
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return [frames.length, gl.getParameter(info.UNMASKED_RENDERER_WEBGL)];
});
console.log(process.env.CHROMIUM_EXTRA_ARGS, r);
await close();
