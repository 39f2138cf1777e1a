import { launch } from "./tests/helpers/browser.mjs";
import { startStaticServer } from "./bench/serve.mjs";
const server = await startStaticServer({ dataFile: process.argv[2] ?? "bench-5000-20000.json" });
const { context, close } = await launch();
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(() => window.__diplograph?.firstDrawMs != null, null, { timeout: 60000 });
await page.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 120000, polling: 250 });
async function measure(label, setup) {
  const r = await page.evaluate(async (setup) => {
    const sigma = window.__diplograph.view.sigma;
    eval(setup);
    const camera = sigma.getCamera(); const start = camera.getState();
    const frames = []; const t0 = performance.now(); let last = t0;
    await new Promise((res) => { const tick = (now) => { frames.push(now - last); last = now; camera.setState({ x: start.x + 0.2*Math.sin((now-t0)/500), y: start.y, ratio: 0.6 }); if (now - t0 < 2500) requestAnimationFrame(tick); else res(); }; requestAnimationFrame(tick); });
    camera.setState(start);
    const f = frames.slice(1); return { fps: 1000 / (f.reduce((a, b) => a + b, 0) / f.length), n: f.length };
  }, setup);
  console.log(label, r.fps.toFixed(1), r.n);
}
await measure("full", "");
await measure("hideEdges(all)", "sigma.setSetting('edgeReducer', (e, d) => ({...d, hidden: true})); sigma.refresh();");
await measure("hide all", "sigma.setSetting('nodeReducer', (e, d) => ({...d, hidden: true})); sigma.refresh();");
await measure("no labels too", "sigma.setSetting('renderLabels', false); sigma.refresh();");
console.log(await page.evaluate(() => [window.devicePixelRatio, innerWidth, innerHeight, Object.keys(window.__diplograph.view.sigma.getCanvases())]));
await close(); server.close();
