import { launch } from "./tests/helpers/browser.mjs";
import { startStaticServer } from "./bench/serve.mjs";
const server = await startStaticServer({ dataFile: process.argv[2] ?? "bench-5000-20000.json" });
const { context, close } = await launch();
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/` + (process.argv[3] ?? ""));
await page.waitForFunction(() => window.__diplograph?.firstDrawMs != null, null, { timeout: 60000 });
await page.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 120000, polling: 250 });
const r = await page.evaluate(async () => {
  const frames = []; const t0 = performance.now(); let last = t0;
  await new Promise((res) => { const tick = (now) => { frames.push(now - last); last = now; if (now - t0 < 2000) requestAnimationFrame(tick); else res(); }; requestAnimationFrame(tick); });
  return frames.length;
});
console.log("idle rAF frames in 2s", r);
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable"); await cdp.send("Profiler.start");
await page.waitForTimeout(2000);
const { profile } = await cdp.send("Profiler.stop");
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); }
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v/1000).toFixed(0)}ms ${k}`).join("\n"));
await close(); server.close();
