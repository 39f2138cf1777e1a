// Browser tests for issue 11: the explorer a visitor trusts at first sight.
// Like explorer.test.mjs they run against the real server on the seed graph
// (DIPLOGRAPH_URL, set by `make test`) and are skipped without it.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, shot, waitForGraph, watchErrors } from "./helpers/browser.mjs";
import { graphql } from "./helpers/api.mjs";

const BASE = process.env.DIPLOGRAPH_URL?.replace(/\/$/, "");
const skip = BASE ? false : "DIPLOGRAPH_URL is not set (make test sets it)";

/**
 * How many pixels of an element differ from the stage's background, read
 * from a real screenshot (what a person sees) decoded by the page itself.
 */
async function inkedPixels(page, selector) {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 235) inked++;
    return inked;
  }, png.toString("base64"));
}

describe("explorer: issue 11", { skip }, () => {
  let browser;
  let igf;

  before(async () => {
    browser = await launch();
    const hits = await graphql(BASE, `{ search(text: "Internet Governance Forum", first: 5) { entity { id name } } }`);
    igf = hits.search.find((h) => /^internet governance forum$/i.test(h.entity.name))?.entity ?? hits.search[0]?.entity;
    assert.ok(igf, "the seed graph has no Internet Governance Forum");
  });

  /** Waits for the layout to settle and the camera to stop. */
  async function settle(page) {
    await page.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 60_000 });
    await page.waitForTimeout(700);
  }

  /** Where the visible nodes sit on screen, against the canvas's size. */
  function onScreen(page) {
    return page.evaluate(() => {
      const { view } = window.__diplograph;
      const sigma = view.sigma;
      const { width, height } = sigma.getDimensions();
      const out = [];
      sigma.getGraph().forEachNode((id) => {
        if (!view.isNodeVisible(id)) return;
        const d = sigma.getNodeDisplayData(id);
        const p = sigma.framedGraphToViewport(d);
        if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) out.push(id);
      });
      const camera = sigma.getCamera().getState();
      return { outside: out, width, height, camera };
    });
  }

  after(async () => {
    await browser?.close();
  });

  async function open(path = "/", viewport) {
    const page = await browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors = watchErrors(page);
    await page.goto(BASE + path);
    await waitForGraph(page);
    return { page, errors };
  }

  test("closing the filters drawer leaves the graph drawn", async () => {
    const { page, errors } = await open("/", { width: 1280, height: 800 });
    await page.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 60_000 });
    const drawer = page.locator("#filters-drawer");
    if (await drawer.isHidden()) await page.getByRole("button", { name: "Filters", exact: true }).click();
    await drawer.waitFor();
    await page.waitForTimeout(300);
    const before = await inkedPixels(page, "#graph");
    assert.ok(before > 200, `the graph shows nothing even with the drawer open (${before} pixels)`);
    for (const close of [() => page.getByRole("button", { name: "Close filters" }).click(), () => page.getByRole("button", { name: "Filters", exact: true }).click()]) {
      await close();
      await page.waitForTimeout(400);
      const inked = await inkedPixels(page, "#graph");
      assert.ok(inked > before / 3, `the canvas went blank (${inked} inked pixels, ${before} before)`);
      if (await drawer.isHidden()) await page.getByRole("button", { name: "Filters", exact: true }).click();
      await page.waitForTimeout(400);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("GraphiQL works with every other origin unreachable and keeps no headers", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const origin = new URL(BASE).origin;
    const blocked = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      blocked.push(url);
      return route.abort("internetdisconnected");
    });
    await page.goto(`${BASE}/graphiql`);
    await page.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    assert.equal(await page.getByText("Loading...").count(), 0);
    // Paste a token into the headers editor, run the default query, see data.
    await page.getByText("Headers", { exact: true }).click();
    const headers = page.locator(".graphiql-editor-tool .graphiql-editor").last();
    await headers.click();
    await page.keyboard.type('{"Authorization": "Bearer secret-token-42"', { delay: 5 });
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".result-window").filter({ hasText: '"search"' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(600); // GraphiQL saves its state after a debounce
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    assert.ok(stored.includes("search"), "GraphiQL persisted nothing (the query should persist)");
    assert.ok(!stored.includes("secret-token-42"), `the token stayed in localStorage: ${stored}`);
    assert.deepEqual(blocked, [], "GraphiQL asked another origin for something");
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
    await shot(page, "graphiql-offline");
    await page.close();
  });

  test("the first view hides unconnected entities behind a switch and names its hubs", async () => {
    const { page, errors } = await open("/");
    await settle(page);
    const d = await page.evaluate(() => ({ all: window.__diplograph.nodeCount, shown: window.__diplograph.visibleNodeCount }));
    assert.ok(d.shown < d.all, `every entity is drawn (${d.shown} of ${d.all}): the loose ones should wait behind the switch`);
    const toggle = page.locator(".isolated-toggle");
    assert.match(await toggle.innerText(), new RegExp(`^Show ${d.all - d.shown} unconnected$`));
    // No two labels overlap, and there are enough of them to read the picture.
    const labels = await page.evaluate(() => window.__diplograph.labels);
    assert.ok(labels.length >= 20, `only ${labels.length} labels on the first view`);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        assert.ok(!(a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0), `labels overlap: ${a.label} / ${b.label}`);
      }
    // Everything shown is on screen.
    assert.deepEqual((await onScreen(page)).outside, []);
    await shot(page, "issue11-first-view");
    await toggle.click();
    await page.waitForFunction(() => window.__diplograph.visibleNodeCount === window.__diplograph.nodeCount);
    assert.equal(new URL(page.url()).searchParams.get("isolated"), "1");
    assert.match(await toggle.innerText(), /^Hide \d+ unconnected$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a selection names its neighbours; a focused neighbourhood is framed beside the open panel", async () => {
    const { page, errors } = await open(`/?focus=${encodeURIComponent(igf.id)}&node=${encodeURIComponent(igf.id)}`);
    await page.locator(".node-panel h2").waitFor();
    await settle(page);
    const framing = await onScreen(page);
    assert.deepEqual(framing.outside, [], `part of the neighbourhood is off screen: ${JSON.stringify(framing)}`);
    const labelled = await page.evaluate((id) => {
      const { view } = window.__diplograph;
      const sigma = view.sigma;
      const names = [];
      let forced = 0;
      let neighbours = 0;
      sigma.getGraph().forEachNeighbor(id, (n) => {
        if (!view.isNodeVisible(n)) return;
        neighbours++;
        if (sigma.getNodeDisplayData(n).forceLabel) forced++;
      });
      for (const l of window.__diplograph.labels) names.push(l.label);
      return { forced, neighbours, names, own: sigma.getGraph().getNodeAttribute(id, "label") };
    }, igf.id);
    assert.ok(labelled.neighbours > 3);
    assert.equal(labelled.forced, labelled.neighbours, "some neighbours of the selection are not labelled");
    assert.ok(labelled.names.includes(labelled.own), "the selected node has no label");
    assert.ok(labelled.names.length >= Math.min(12, labelled.neighbours), `only ${labelled.names.length} labels drawn`);
    await shot(page, "issue11-focus-igf");
    assert.deepEqual(errors, []);
    await page.close();
  });

  /** Hovers relations until one shows its tooltip; returns its ID. */
  async function hoverSomeEdge(page) {
    const candidates = await page.evaluate(() => {
      const { view } = window.__diplograph;
      const graph = view.sigma.getGraph();
      const out = [];
      graph.forEachEdge((id, _a, s, t) => {
        if (!view.isEdgeVisible(id)) return;
        const a = view.sigma.framedGraphToViewport(view.sigma.getNodeDisplayData(s));
        const b = view.sigma.framedGraphToViewport(view.sigma.getNodeDisplayData(t));
        out.push({ id, length: Math.hypot(a.x - b.x, a.y - b.y), mid: view.edgeMidpoint(id) });
      });
      return out.sort((x, y) => y.length - x.length).slice(0, 25);
    });
    const box = await page.locator("#graph").boundingBox();
    for (const c of candidates) {
      await page.mouse.move(box.x + c.mid.x, box.y + c.mid.y);
      // The tooltip must stay on one relation and show its sentence.
      const shown = await page
        .waitForFunction(() => {
          const tip = document.querySelector(".edge-tip");
          return !tip.hidden && tip.querySelector(".edge-tip-sentence:not(.muted)") ? tip.dataset.edge : null;
        }, null, { timeout: 2000 })
        .then((h) => h.jsonValue())
        .catch(() => null);
      if (shown) return { id: shown, at: { x: box.x + c.mid.x, y: box.y + c.mid.y } };
    }
    return null;
  }

  test("a relation shows its sentence on hover and opens a relation panel on click", async () => {
    const { page, errors } = await open("/");
    await settle(page);
    const hovered = await hoverSomeEdge(page);
    assert.ok(hovered, "no relation answered the pointer");
    const tip = page.locator(".edge-tip");
    assert.match(await tip.locator(".edge-tip-title").innerText(), /\S+ .+ \S+/);
    assert.ok((await tip.locator(".edge-tip-sentence").innerText()).length > 12, "the tooltip has no sentence");
    await page.mouse.click(hovered.at.x, hovered.at.y);
    const panel = page.locator(".relation-panel");
    await panel.waitFor();
    assert.equal(await panel.getAttribute("data-relation"), hovered.id);
    assert.equal(new URL(page.url()).searchParams.get("rel"), hovered.id);
    assert.equal(await panel.locator(".relation-end .entity-link").count(), 2, "the panel does not show both ends");
    assert.ok((await panel.locator(".evidence blockquote").count()) > 0, "no evidence sentence");
    const level = panel.locator(".confidence-level");
    assert.match(await level.innerText(), /^(High|Medium|Low)$/);
    assert.match(await level.locator("xpath=..").getAttribute("title"), /\d+%/);
    assert.ok((await panel.locator(".rule-name").innerText()).length > 2, "no rule");
    // Documents by title, not by file name.
    for (const name of await panel.locator(".evidence-source button").allInnerTexts()) assert.doesNotMatch(name, /\.(txt|md|html)$/);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    await shot(page, "issue11-edge-panel");
    // Esc closes it.
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the 13 relation types have distinct colours and line styles, and a confidence floor hides weak ones", async () => {
    const { page, errors } = await open("/");
    const legend = page.locator(".edge-legend");
    if (!(await legend.evaluate((d) => d.open))) await legend.locator("summary").click();
    const looks = await legend.locator("li[data-rel] .edge-swatch").evaluateAll((els) =>
      els.map((e) => { const s = getComputedStyle(e); return `${s.borderTopColor} ${s.borderTopStyle}`; }),
    );
    assert.equal(looks.length, 13);
    assert.equal(new Set(looks).size, 13, `two relation types look alike: ${looks.join(", ")}`);
    assert.equal(new Set(looks.map((l) => l.split(" ").slice(0, 3).join(" "))).size, 13, "two relation types share a colour");

    if (await page.locator("#filters-drawer").isHidden()) await page.getByRole("button", { name: "Filters", exact: true }).click();
    const before = await page.evaluate(() => window.__diplograph.visibleEdgeCount);
    await page.locator("input[name=minConfidence]").evaluate((el) => {
      el.value = "0.65";
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.get("minConfidence") === "0.65");
    const after = await page.evaluate(() => {
      const d = window.__diplograph;
      let weak = 0;
      d.session.graph.forEachEdge((id, a) => {
        if (d.view.isEdgeVisible(id) && a.confidence < 0.65) weak++;
      });
      return { weak, shown: d.visibleEdgeCount };
    });
    assert.equal(after.weak, 0, "a weak relation is still shown");
    assert.ok(after.shown < before, "the floor hid nothing");
    assert.match(await page.locator("output[name=minConfidenceValue]").innerText(), /65% \(high/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("panels speak plainly: documents by title, metrics explained, confidence in words", async () => {
    const { page, errors } = await open(`/?node=${encodeURIComponent(igf.id)}`);
    const panel = page.locator(".node-panel");
    await panel.waitFor();
    const terms = await panel.locator(".figures dt").allInnerTexts();
    for (const t of ["Influence", "Bridging", "Cluster"]) assert.ok(terms.some((x) => x.startsWith(t)), `no ${t} figure: ${terms}`);
    for (const title of await panel.locator(".figures > div").evaluateAll((els) => els.map((e) => e.title)))
      assert.ok(title.length > 30, `a figure has no explanation: "${title}"`);
    const confidences = panel.locator(".relation .confidence");
    assert.ok((await confidences.count()) > 0);
    for (const c of await confidences.evaluateAll((els) => els.map((e) => ({ text: e.textContent, title: e.title })))) {
      assert.match(c.text, /^(high|medium|low) confidence$/);
      assert.match(c.title, /\d+%/);
    }
    const docs = await panel.locator(".doc-list button, .evidence-source button").allInnerTexts();
    assert.ok(docs.length > 0);
    for (const d of docs) assert.doesNotMatch(d, /^\d+_[0-9a-f]+\.(txt|md|html)$/, "a document is named by its file name");
    // The reader's heading is the title too.
    await panel.locator(".evidence-source button").first().click();
    const heading = page.locator("#reader-title");
    await heading.waitFor();
    assert.doesNotMatch(await heading.innerText(), /\.(txt|md|html)$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("on a 390 px phone every toolbar action is on screen and usable", async () => {
    const { page, errors } = await open("/", { width: 390, height: 844 });
    const controls = page.locator(".topbar .toolbar > *, .topbar .toolbar .segmented > button, .topbar .toolbar summary");
    const boxes = await controls.evaluateAll((els) =>
      els
        .filter((e) => !e.classList.contains("segmented") && e.tagName !== "DETAILS")
        .map((e) => {
          const r = e.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { name: e.textContent.trim() || e.getAttribute("aria-label"), left: r.left, right: r.right, width: r.width, reachable: !!hit && (hit === e || e.contains(hit)) };
        }),
    );
    assert.ok(boxes.length >= 8, `the toolbar has ${boxes.length} controls`);
    for (const b of boxes) {
      assert.ok(b.left >= 0 && b.right <= 390 && b.width > 20, `${b.name} is off screen (${b.left}-${b.right})`);
      assert.ok(b.reachable, `${b.name} is covered`);
    }
    // Each action works from there: colour, export menu, share, filters.
    await page.locator("select[aria-label='Colour nodes by']").selectOption("community");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("color") === "community");
    await page.locator(".toolbar summary", { hasText: "Export" }).click();
    const png = page.locator("button[data-export=png]");
    assert.ok(await png.isVisible());
    const pngBox = await png.boundingBox();
    assert.ok(pngBox.x >= 0 && pngBox.x + pngBox.width <= 390, "the export menu runs off screen");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    await page.locator("#filters-drawer").waitFor();
    await page.getByRole("button", { name: "Close filters" }).click();
    // A selection opens the bottom sheet; the graph stays drawn above it.
    await page.goto(`${BASE}/?node=${encodeURIComponent(igf.id)}`);
    await waitForGraph(page);
    await page.locator(".node-panel h2").waitFor();
    await settle(page);
    await shot(page, "issue11-phone");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
