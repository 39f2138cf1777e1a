import { launch, watchErrors, waitForGraph, shot } from "/work/main/ui/tests/helpers/browser.mjs";
const url = process.argv[2]; const name = process.argv[3] ?? "dev";
const { context, close } = await launch();
const page = await context.newPage();
const errors = watchErrors(page);
await page.goto(url);
try { await waitForGraph(page, { settled: true, timeout: 30000 }); } catch (e) { console.log("wait failed", e.message); }
console.log(await page.evaluate(() => { const d = window.__diplograph; return d && { n: d.nodeCount, e: d.edgeCount, v: d.visibleNodeCount, layout: d.layout, first: d.firstDrawMs, lm: d.layoutMs }; }));
await shot(page, name);
console.log("errors", errors);
await close();
