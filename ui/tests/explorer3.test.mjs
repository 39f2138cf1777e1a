// Browser tests for issue 11, items 4 and 6: expanding a node on double-click
// (Backspace undoes it) and the curator's upload box. Like the other browser
// tests they run when DIPLOGRAPH_URL is set (make test); the upload test
// starts its own server, with an admin token, from bin/diplograph.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, shot, waitForGraph, watchErrors } from "./helpers/browser.mjs";
import { graphql } from "./helpers/api.mjs";
import { startSeedServer } from "./helpers/server.mjs";

const BASE = process.env.DIPLOGRAPH_URL?.replace(/\/$/, "");
const skip = BASE ? false : "DIPLOGRAPH_URL is not set (make test sets it)";
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = process.env.DIPLOGRAPH_BIN ?? join(REPO, "bin", "diplograph");

describe("explorer: expand and upload (issue 11)", { skip }, () => {
  let browser;
  let igf;

  before(async () => {
    browser = await launch();
    const hits = await graphql(BASE, `{ search(text: "Internet Governance Forum", first: 5) { entity { id name } } }`);
    igf = hits.search.find((h) => /^internet governance forum$/i.test(h.entity.name))?.entity ?? hits.search[0]?.entity;
    assert.ok(igf, "the seed graph has no Internet Governance Forum");
  });

  after(async () => {
    await browser?.close();
  });

  /** The drawn graph: node IDs with positions and degrees, edge IDs. */
  function snapshot(page) {
    return page.evaluate(() => {
      const g = window.__diplograph.session.graph;
      const nodes = {};
      const degrees = {};
      g.forEachNode((id, a) => {
        nodes[id] = [a.x, a.y];
        degrees[id] = g.degree(id);
      });
      return { nodes, degrees, edges: g.edges(), nodeCount: g.order, edgeCount: g.size };
    });
  }

  test("double-click adds a node's neighbours to the view; Backspace takes them away", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${BASE}/?focus=${encodeURIComponent(igf.id)}&depth=1`);
    await waitForGraph(page, { settled: true });
    await page.waitForTimeout(800); // the camera's framing animation
    // A drawn neighbour with relations the neighbourhood does not show: its
    // degree (from the API) is above the relations drawn at it.
    const target = await page.evaluate((focus) => {
      const d = window.__diplograph;
      const sigma = d.view.sigma;
      const g = d.session.graph;
      const { width, height } = sigma.getDimensions();
      let best = null;
      g.forEachNode((id, a) => {
        if (id === focus || !d.view.isNodeVisible(id)) return;
        const missing = a.degree - g.degree(id);
        if (missing <= 0) return;
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(id));
        if (p.x < 30 || p.y < 30 || p.x > width - 30 || p.y > height - 30) return;
        if (!best || missing > best.missing) best = { id, name: a.label, missing, x: p.x, y: p.y };
      });
      return best;
    }, igf.id);
    assert.ok(target, "no drawn neighbour of the IGF has relations outside its neighbourhood");
    const beforeView = await snapshot(page);
    const box = await page.locator("#graph").boundingBox();
    // A double-click at a person's pace: the first click opens the details
    // panel, which narrows the canvas and moves the nodes before the second
    // click lands (a tenth of a second later, inside the double-click time).
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForTimeout(120);
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await page.waitForFunction((n) => window.__diplograph.nodeCount > n, beforeView.nodeCount, { timeout: 15_000 });
    const expanded = await snapshot(page);
    assert.ok(expanded.nodeCount > beforeView.nodeCount, `no node was added (${expanded.nodeCount})`);
    assert.ok(expanded.edgeCount > beforeView.edgeCount, `no relation was added (${expanded.edgeCount})`);
    const drawnDegree = (id) => page.evaluate((id) => window.__diplograph.session.graph.degree(id), id);
    assert.ok(
      (await drawnDegree(target.id)) > beforeView.degrees[target.id],
      `${target.name}'s relations were not added: another node was expanded`,
    );
    for (const [id, [x, y]] of Object.entries(beforeView.nodes)) {
      assert.ok(expanded.nodes[id], `${id} left the view when ${target.name} was expanded`);
      assert.deepEqual(expanded.nodes[id], [x, y], `${id} moved when ${target.name} was expanded`);
    }
    for (const e of beforeView.edges) assert.ok(expanded.edges.includes(e), `relation ${e} left the view`);
    const state = await page.evaluate(() => ({
      expansions: window.__diplograph.expansionCount,
      focus: window.__diplograph.state.focus,
      visible: window.__diplograph.visibleNodeCount,
    }));
    assert.equal(state.expansions, 1);
    assert.equal(state.focus, igf.id, "expanding changed the neighbourhood shown instead of adding to it");
    await page.locator(".toast", { hasText: "Backspace" }).waitFor();
    await page.waitForTimeout(400);
    await shot(page, "issue11-expanded");

    await page.keyboard.press("Backspace");
    await page.waitForFunction((n) => window.__diplograph.nodeCount === n, beforeView.nodeCount, { timeout: 5_000 });
    const undone = await snapshot(page);
    assert.equal(undone.nodeCount, beforeView.nodeCount);
    assert.equal(undone.edgeCount, beforeView.edgeCount);
    assert.deepEqual(Object.keys(undone.nodes).sort(), Object.keys(beforeView.nodes).sort());
    assert.deepEqual([...undone.edges].sort(), [...beforeView.edges].sort());
    assert.equal(await page.evaluate(() => window.__diplograph.expansionCount), 0);
    // Nothing left to undo: Backspace is harmless.
    await page.keyboard.press("Backspace");
    assert.equal(await page.evaluate(() => window.__diplograph.nodeCount), beforeView.nodeCount);
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
    await page.close();
  });

  test("without the admin token the explorer shows no upload box", async () => {
    const page = await browser.context.newPage();
    await page.goto(BASE + "/");
    await waitForGraph(page);
    assert.equal(await page.locator(".upload-menu").count(), 0);
    await page.close();
  });

  test("a curator uploads a document and its entities appear", { skip: existsSync(BIN) ? false : `${BIN} is missing (make build)` }, async () => {
    const token = "curator-s3cret";
    const server = await startSeedServer({ bin: BIN, seeds: join(REPO, "seeds"), token, name: "diplograph-upload-" });
    const url = server.url;
    try {
      const before = await graphql(url, `{ search(text: "Uruguay", first: 3) { entity { id name } } }`);
      assert.ok(!before.search.some((h) => h.entity.id === "actor:uruguay"), "the seed graph already knows Uruguay");

      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${url}/#token=${token}`);
      await waitForGraph(page);
      assert.equal(new URL(page.url()).hash, "", "the token stays in the address bar");
      const nodesBefore = await page.evaluate(() => window.__diplograph.nodeCount);
      await page.locator(".upload-menu summary").click();
      // Our own words: two states not in the seeds and a forum that is.
      const text =
        "Uruguay and Estonia cooperate on digital identity.\n\n" +
        "At the Internet Governance Forum, Uruguay supported the Global Digital Compact, " +
        "and Estonia took part in the Forum's session on data protection.\n";
      await page.setInputFiles("#upload-file", { name: "uruguay-estonia.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
      await page.getByRole("button", { name: "Load into the graph" }).click();
      await page.locator(".upload-message", { hasText: "Loaded" }).waitFor({ timeout: 15_000 });
      const message = await page.locator(".upload-message").textContent();
      assert.match(message, /Loaded “uruguay-estonia\.txt”: [1-9]\d* entities, [1-9]\d* relations/);
      await page.waitForFunction((n) => window.__diplograph.nodeCount > n && window.__diplograph.ready, nodesBefore, { timeout: 15_000 });
      const drawn = await page.evaluate(() => {
        const g = window.__diplograph.session.graph;
        return { uruguay: g.hasNode("actor:uruguay"), estonia: g.hasNode("actor:estonia"), nodes: g.order };
      });
      assert.ok(drawn.uruguay && drawn.estonia, `the new states are not drawn: ${JSON.stringify(drawn)}`);
      // And search finds the new entity.
      await page.locator("#search-input").fill("Urugu");
      await page.getByRole("option", { name: /Uruguay/ }).first().waitFor({ timeout: 10_000 });
      await shot(page, "issue11-upload");
      // A wrong token is refused, and the box says so.
      await page.goto(`${url}/#token=wrong`);
      await waitForGraph(page);
      await page.locator(".upload-menu summary").click();
      await page.locator("#upload-text").fill("Chile supports the Internet Governance Forum.");
      await page.getByRole("button", { name: "Load into the graph" }).click();
      await page.locator(".upload-message.error").waitFor({ timeout: 10_000 });
      const after = await graphql(url, `{ search(text: "Chile", first: 3) { entity { id } } }`);
      assert.ok(!after.search.some((h) => h.entity.id === "actor:chile"), "a wrong token loaded a document");
      assert.deepEqual(errors.filter((e) => !/favicon|401|403|Failed to load resource/.test(e)), []);
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
