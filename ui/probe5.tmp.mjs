import { launch } from "./tests/helpers/browser.mjs";
import { createServer } from "node:http"; import { readFile } from "node:fs/promises";
const server = createServer(async (q, s) => { const f = q.url.split("?")[0] === "/" ? "/index.html" : q.url.split("?")[0]; try { const b = await readFile("/tmp/sp" + f); s.writeHead(200, {"Content-Type": f.endsWith(".js") ? "text/javascript" : "text/html"}).end(b); } catch { s.writeHead(404).end(); } });
await new Promise(r => server.listen(0, "127.0.0.1", r));
const { context, close } = await launch();
for (const v of process.argv.slice(2)) {
  const page = await context.newPage(); await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`http://127.0.0.1:${server.address().port}/?${v}`);
  await page.waitForFunction(() => window.measure);
  console.log(v, (await page.evaluate(() => window.measure())).toFixed(1));
  await page.close();
}
await close(); server.close();
