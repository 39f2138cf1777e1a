// `npm run bench`: draws a generated graph of 5,000 nodes and 20,000 edges
// in headless Chromium (the UI reading a JSON file instead of the API) and
// prints time to first draw, layout time until settled, and frame times
// while panning. Software WebGL (SwiftShader) on a shared CPU is the
// pessimistic case: a laptop's GPU does better.

import { existsSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, RESULTS } from "../tests/helpers/browser.mjs";
import { startStaticServer } from "./serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const NODES = Number(process.env.BENCH_NODES ?? 5000);
const EDGES = Number(process.env.BENCH_EDGES ?? 20000);
const dataFile = `bench-${NODES}-${EDGES}.json`;
if (!existsSync(join(here, "out", dataFile))) {
  execFileSync(process.execPath, [join(here, "generate.mjs"), String(NODES), String(EDGES), join(here, "out", dataFile)], { stdio: "inherit" });
}

const server = await startStaticServer({ dataFile });
const base = `http://127.0.0.1:${server.address().port}`;
const { context, close } = await launch();
const results = {};
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${base}/?color=community`);
  await page.waitForFunction(() => window.__diplograph?.firstDrawMs != null, null, { timeout: 60_000 });
  results.nodes = await page.evaluate(() => window.__diplograph.nodeCount);
  results.edges = await page.evaluate(() => window.__diplograph.edgeCount);
  results.firstDrawMs = await page.evaluate(() => window.__diplograph.firstDrawMs);
  await page.waitForFunction(() => window.__diplograph.edgesDrawnMs != null, null, { timeout: 60_000 });
  results.edgesDrawnMs = await page.evaluate(() => window.__diplograph.edgesDrawnMs);
  results.marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.replace("diplograph:", ""), Math.round(m.startTime)])),
  );

  // Panning while ForceAtlas2 still runs in its worker: the main thread
  // also copies positions in and re-renders every iteration.
  results.panDuringLayout = await page.evaluate(panFor, 3000);

  await page.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 120_000, polling: 250 });
  results.layoutMs = await page.evaluate(() => window.__diplograph.layoutMs);
  results.layout = await page.evaluate(() => window.__diplograph.view.layoutIterations);

  results.panSettled = await page.evaluate(panFor, 4000);
  results.dragSettled = await dragFor(page, 3000);
  await page.screenshot({ path: join(RESULTS, "bench-5000.png") });
} finally {
  await close();
  server.close();
}

const f = (n) => n.toFixed(0);
console.log(`graph: ${results.nodes} nodes, ${results.edges} edges`);
console.log(`time to first draw (from navigation, fetch + parse included; nodes): ${f(results.firstDrawMs)} ms; edges drawn too at ${f(results.edgesDrawnMs)} ms`);
console.log(`  data fetched and parsed at ${results.marks.data} ms, graph built at ${results.marks.graph} ms, renderer created at ${results.marks.renderer} ms, layout started at ${results.marks.view} ms`);
console.log(
  `layout until settled (ForceAtlas2 in a web worker): ${f(results.layoutMs)} ms, ${results.layout.iterations} iterations ` +
    `(${(results.layoutMs / Math.max(1, results.layout.iterations)).toFixed(0)} ms each), ${results.layout.converged ? "converged" : "stopped at its time budget"}`,
);
for (const [label, r] of [
  ["panning during layout", results.panDuringLayout],
  ["panning after layout (camera)", results.panSettled],
  ["dragging after layout (mouse)", results.dragSettled],
]) {
  console.log(
    `${label}: ${r.fps.toFixed(1)} fps, frame median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, render median ${r.renderMedian.toFixed(1)} ms (${r.frames} frames)`,
  );
}
writeFileSync(join(here, "out", "results.json"), JSON.stringify(results, null, 2));

// The figures in the row format `make bench` gathers into its table.
const rows = [
  { figure: "ui first draw (5,000 nodes, 20,000 edges)", value: results.firstDrawMs, unit: "ms", goal: "< 1000" },
  { figure: "ui layout until settled", value: results.layoutMs, unit: "ms" },
  { figure: "ui panning after layout (camera)", value: results.panSettled.fps, unit: "fps", goal: ">= 30" },
  { figure: "ui dragging after layout (mouse)", value: results.dragSettled.fps, unit: "fps", goal: ">= 30" },
  { figure: "ui panning during layout", value: results.panDuringLayout.fps, unit: "fps" },
];
const benchDir = join(here, "..", "..", ".cache", "bench");
if (existsSync(benchDir)) writeFileSync(join(benchDir, "ui.json"), JSON.stringify(rows, null, 2));

// Runs in the page: moves the camera every frame and records frame intervals
// and sigma's own render time.
function panFor(ms) {
  const sigma = window.__diplograph.view.sigma;
  const camera = sigma.getCamera();
  const start = camera.getState();
  const renders = [];
  let renderStart = 0;
  const before = () => (renderStart = performance.now());
  const after = () => renders.push(performance.now() - renderStart);
  sigma.on("beforeRender", before);
  sigma.on("afterRender", after);
  return new Promise((resolve) => {
    const frames = [];
    const t0 = performance.now();
    let last = t0;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      const t = (now - t0) / 1000;
      camera.setState({ x: start.x + 0.25 * Math.sin(t * 2), y: start.y + 0.15 * Math.cos(t * 2), ratio: 0.6 });
      if (now - t0 < ms) requestAnimationFrame(tick);
      else {
        sigma.off("beforeRender", before);
        sigma.off("afterRender", after);
        camera.setState(start);
        resolve(stats(frames.slice(1), renders));
      }
    };
    requestAnimationFrame(tick);
    function stats(frames, renders) {
      const sorted = [...frames].sort((a, b) => a - b);
      const rs = [...renders].sort((a, b) => a - b);
      const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
      return {
        frames: frames.length,
        fps: 1000 / mean,
        median: sorted[Math.floor(sorted.length / 2)],
        p95: sorted[Math.floor(sorted.length * 0.95)],
        renderMedian: rs[Math.floor(rs.length / 2)] ?? 0,
      };
    }
  });
}

// A real mouse drag through sigma's own handlers, measured by the page.
async function dragFor(page, ms) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__renders = [];
    const sigma = window.__diplograph.view.sigma;
    let start = 0;
    sigma.on("beforeRender", () => (start = performance.now()));
    sigma.on("afterRender", () => window.__renders.push(performance.now() - start));
    let last = performance.now();
    window.__recording = true;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = await page.locator("#graph").boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < ms) {
    i++;
    await page.mouse.move(cx + 200 * Math.sin(i / 10), cy + 120 * Math.cos(i / 10));
  }
  await page.mouse.up();
  return page.evaluate(() => {
    window.__recording = false;
    const frames = window.__frames.slice(1);
    const sorted = [...frames].sort((a, b) => a - b);
    const rs = [...window.__renders].sort((a, b) => a - b);
    const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
    return {
      frames: frames.length,
      fps: 1000 / mean,
      median: sorted[Math.floor(sorted.length / 2)],
      p95: sorted[Math.floor(sorted.length * 0.95)],
      renderMedian: rs[Math.floor(rs.length / 2)] ?? 0,
    };
  });
}
