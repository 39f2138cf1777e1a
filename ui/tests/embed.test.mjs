// The embed: /embed inside an iframe on a page of another origin, loaded
// through the <diplograph-graph> custom element of dist/embed.js, must draw
// and tell the host page which node was clicked.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { launch, shot, watchErrors } from "./helpers/browser.mjs";
import { graphql } from "./helpers/api.mjs";

const BASE = process.env.DIPLOGRAPH_URL?.replace(/\/$/, "");
const skip = BASE ? false : "DIPLOGRAPH_URL is not set (make test sets it)";

describe("embed", { skip }, () => {
  let browser;
  let host;
  let hostURL;
  let igf;

  before(async () => {
    browser = await launch();
    const hits = await graphql(BASE, `{ search(text: "IGF", first: 5) { entity { id name } } }`);
    igf = hits.search.find((h) => /internet governance forum/i.test(h.entity.name))?.entity;
    assert.ok(igf, "the seed graph has no Internet Governance Forum");
    // The host page lives on another port, hence another origin; "localhost"
    // rather than 127.0.0.1 makes the host name differ too.
    host = createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html>
<html><head><title>A page that embeds Diplograph</title>
<style>body{font-family:sans-serif;margin:1rem} diplograph-graph{height:420px;border:1px solid #ccc}</style></head>
<body>
<h1>Partner page</h1>
<p id="picked">Nothing picked yet.</p>
<diplograph-graph id="widget" focus="${igf.id}" depth="1" src="${BASE}"></diplograph-graph>
<script src="${BASE}/embed.js"></script>
<script>
  window.events = [];
  window.messages = [];
  document.addEventListener("diplograph-select", (e) => {
    window.events.push(e.detail);
    document.getElementById("picked").textContent = "Picked: " + e.detail.name + " (" + e.detail.kind + ")";
  });
  window.addEventListener("message", (e) => window.messages.push({ origin: e.origin, data: e.data }));
</script>
</body></html>`);
    });
    await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
    hostURL = `http://localhost:${host.address().port}/`;
  });

  after(async () => {
    await browser?.close();
    host?.close();
  });

  test("/embed draws inside an iframe of another origin and posts the selection", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(hostURL);
    const frameElement = await page.waitForSelector("diplograph-graph >> iframe");
    const frame = await frameElement.contentFrame();
    assert.ok(frame, "no iframe");
    assert.equal(new URL(frame.url()).pathname, "/embed");
    assert.notEqual(new URL(frame.url()).origin, new URL(hostURL).origin);
    await frame.waitForFunction(() => window.__diplograph?.ready && window.__diplograph.layout === "settled", null, { timeout: 60_000 });
    const drawn = await frame.evaluate(() => ({ mode: window.__diplograph.mode, nodes: window.__diplograph.nodeCount }));
    assert.equal(drawn.mode, "embed");
    assert.ok(drawn.nodes > 1, "the embed drew no neighbourhood");
    assert.equal(await frame.locator(".topbar").count(), 0, "the embed shows the explorer's chrome");

    // Click a real node on the canvas: its position comes from the renderer.
    const target = await frame.evaluate((focus) => {
      const d = window.__diplograph;
      const sigma = d.view.sigma;
      let best = null;
      d.session.graph.forEachNode((id, a) => {
        if (id === focus) return;
        const p = sigma.graphToViewport({ x: a.x, y: a.y });
        const { width, height } = sigma.getDimensions();
        if (p.x < 20 || p.y < 20 || p.x > width - 60 || p.y > height - 60) return;
        if (!best || a.degree > best.degree) best = { id, name: a.label, kind: a.kind, degree: a.degree, x: p.x, y: p.y };
      });
      return best;
    }, igf.id);
    assert.ok(target, "no clickable node in the embed");
    const box = await frameElement.boundingBox();
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForFunction(() => window.events.length > 0, null, { timeout: 10_000 });
    const [event] = await page.evaluate(() => window.events);
    assert.deepEqual(event, { id: target.id, name: target.name, kind: target.kind });
    const message = await page.evaluate(() => window.messages.find((m) => m.data?.type === "diplograph:select"));
    assert.equal(message.origin, new URL(BASE).origin);
    assert.deepEqual(message.data, { type: "diplograph:select", id: target.id, name: target.name, kind: target.kind });
    await page.locator("#picked", { hasText: target.name }).waitFor();
    await shot(page, "embed-host");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the embed script defaults its server to its own origin", async () => {
    const page = await browser.context.newPage();
    await page.goto(hostURL);
    await page.evaluate(() => {
      const el = document.createElement("diplograph-graph");
      el.setAttribute("focus", "x");
      el.id = "second";
      document.body.append(el);
    });
    const src = await page.locator("#second >> iframe").getAttribute("src");
    assert.equal(new URL(src).origin, new URL(BASE).origin);
    assert.equal(new URL(src).pathname, "/embed");
    await page.close();
  });
});
