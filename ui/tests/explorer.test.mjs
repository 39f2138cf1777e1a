// Browser tests of the explorer against the real server on the seed graph.
// `make test` starts `diplograph serve` and passes its address in
// DIPLOGRAPH_URL; without it every test here is skipped, not failed.
//
// Screenshots land in ui/test-results/ for a person to look at.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, shot, waitForGraph, watchErrors } from "./helpers/browser.mjs";
import { graphql } from "./helpers/api.mjs";

const BASE = process.env.DIPLOGRAPH_URL?.replace(/\/$/, "");
const skip = BASE ? false : "DIPLOGRAPH_URL is not set (make test sets it)";

describe("explorer", { skip }, () => {
  let browser;
  let igf;

  before(async () => {
    browser = await launch();
    const hits = await graphql(BASE, `{ search(text: "IGF", first: 5) { entity { id name } } }`);
    igf = hits.search.find((h) => /internet governance forum/i.test(h.entity.name))?.entity;
    assert.ok(igf, `the seed graph has no Internet Governance Forum: ${JSON.stringify(hits.search)}`);
  });

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

  test("the seed graph draws", async () => {
    const { page, errors } = await open();
    assert.ok((await page.locator("#graph canvas").count()) > 0, "sigma made no canvas");
    const d = await page.evaluate(() => ({ n: window.__diplograph.nodeCount, e: window.__diplograph.edgeCount }));
    assert.ok(d.n > 0, "no nodes drawn");
    assert.ok(d.e > 0, "no edges drawn");
    assert.equal(await page.locator("#graph").getAttribute("data-node-count"), String(d.n));
    await page.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 60_000 });
    await shot(page, "explorer-initial");
    // The canvas is a keyboard control too: arrows pan.
    const x0 = await page.evaluate(() => window.__diplograph.view.sigma.getCamera().x);
    await page.locator("#graph").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((x0) => window.__diplograph.view.sigma.getCamera().x > x0, x0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("searching IGF selects the Internet Governance Forum and lists its evidence", async () => {
    const { page, errors } = await open();
    // Keyboard only: the search box takes focus with "/", suggestions with the arrows.
    await page.keyboard.press("/");
    await page.keyboard.type("IGF");
    const suggestion = page.locator(`.suggestion[data-id="${igf.id}"]`);
    await suggestion.waitFor();
    const index = await page.locator(".main-search .suggestion[data-id]").evaluateAll(
      (items, id) => items.findIndex((i) => i.dataset.id === id),
      igf.id,
    );
    for (let i = 0; i <= index; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.locator(".node-panel h2", { hasText: igf.name }).waitFor();
    assert.equal(await page.evaluate(() => window.__diplograph.selected), igf.id);
    assert.equal(new URL(page.url()).searchParams.get("node"), igf.id);
    const evidence = page.locator(".node-panel .evidence blockquote");
    assert.ok((await evidence.count()) > 0, "the panel lists no evidence sentence");
    assert.ok((await evidence.first().innerText()).length > 10);
    assert.ok((await page.locator(".node-panel .relation-group h4").count()) > 0, "no relation groups");
    await page.waitForTimeout(600);
    await shot(page, "explorer-igf-selected");
    // Esc closes the panel.
    await page.keyboard.press("Escape");
    await page.locator(".node-panel").waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => window.__diplograph.selected), null);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the document view highlights the entities of an evidence sentence's document", async () => {
    const { page, errors } = await open(`/?node=${encodeURIComponent(igf.id)}`);
    await page.locator(".node-panel .evidence-source button").first().click();
    await page.locator(".doc-text .mention").first().waitFor();
    const docId = new URL(page.url()).searchParams.get("read");
    assert.ok(docId, "the reader is not in the URL");
    assert.ok((await page.locator(".doc-text .evidence-mark, .doc-text .in-evidence").count()) > 0, "the evidence sentence is not highlighted");
    // Mentions must cover exactly the code points the API says.
    const { document } = await graphql(
      BASE,
      `query($id: ID!) { document(id: $id) { text mentions { start end entity { id } } } }`,
      { id: docId },
    );
    const chars = Array.from(document.text);
    // The evidence highlight may cut a mention into two links: join them by mention start.
    const links = await page
      .locator(".doc-text a.mention")
      .evaluateAll((all) => all.map((a) => ({ id: a.dataset.id, start: Number(a.dataset.start), text: a.textContent })));
    const joined = [];
    for (const link of links) {
      const last = joined[joined.length - 1];
      if (last && last.start === link.start) last.text += link.text;
      else joined.push({ ...link });
    }
    const expected = [];
    let reach = 0;
    for (const m of [...document.mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (m.start < reach || m.end <= m.start) continue;
      expected.push({ id: m.entity.id, start: m.start, text: chars.slice(m.start, m.end).join("") });
      reach = m.end;
    }
    assert.ok(expected.length > 0, "the document has no mentions");
    assert.deepEqual(joined, expected);
    await shot(page, "explorer-document");
    await page.keyboard.press("Escape");
    await page.locator(".reader").waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("filters hide what they should", async () => {
    // Unconnected entities shown too, so hiding a kind hides exactly its entities.
    const { page, errors } = await open("/?isolated=1");
    const total = await page.evaluate(() => window.__diplograph.nodeCount);
    if (await page.locator("#filters-drawer").isHidden()) await page.getByRole("button", { name: "Filters" }).click();
    await page.locator('input[data-kind="ISSUE"]').uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("kinds") !== null);
    const afterKind = await page.evaluate(() => {
      const d = window.__diplograph;
      const graph = d.session.graph;
      let issuesShown = 0;
      let issues = 0;
      graph.forEachNode((id, a) => {
        if (a.kind !== "ISSUE") return;
        issues++;
        if (d.view.isNodeVisible(id)) issuesShown++;
      });
      return { issues, issuesShown, visible: d.visibleNodeCount };
    });
    assert.ok(afterKind.issues > 0, "the seed graph has no issue to hide");
    assert.equal(afterKind.issuesShown, 0, "an issue is still shown");
    assert.equal(afterKind.visible, total - afterKind.issues);
    assert.equal(new URL(page.url()).searchParams.get("kinds"), "ACTOR,FORUM,TREATY");

    // A relation type: no edge of that type stays visible.
    const relType = await page.evaluate(() => {
      const graph = window.__diplograph.session.graph;
      const counts = new Map();
      graph.forEachEdge((_, a) => counts.set(a.relation, (counts.get(a.relation) ?? 0) + 1));
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    });
    await page.locator(`input[data-rel="${relType}"]`).uncheck();
    const shownOfType = await page.evaluate((type) => {
      const d = window.__diplograph;
      let n = 0;
      d.session.graph.forEachEdge((id, a) => {
        if (a.relation === type && d.view.isEdgeVisible(id)) n++;
      });
      return n;
    }, relType);
    assert.equal(shownOfType, 0, `a ${relType} edge is still shown`);

    // The minimum-degree slider: every visible node has at least that many relations.
    await page.locator('input[name="minDegree"]').evaluate((el) => {
      el.value = "3";
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const low = await page.evaluate(() => {
      const d = window.__diplograph;
      let n = 0;
      d.session.graph.forEachNode((id, a) => {
        if (d.view.isNodeVisible(id) && a.degree < 3) n++;
      });
      return n;
    });
    assert.equal(low, 0, "a node under the minimum degree is still shown");
    await shot(page, "explorer-filtered");

    // Reset brings everything back.
    await page.getByRole("button", { name: "Reset filters" }).click();
    assert.equal(await page.evaluate(() => window.__diplograph.visibleNodeCount), total);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a shared URL restores the same view", async () => {
    const { page, errors } = await open(`/?node=${encodeURIComponent(igf.id)}`);
    await page.locator(".node-panel h2", { hasText: igf.name }).waitFor();
    await page.locator(".node-panel .depth-select").selectOption("2");
    await page.locator(".node-panel button", { hasText: "Focus neighbourhood" }).click();
    await page.waitForFunction((id) => window.__diplograph.state.focus === id && window.__diplograph.ready, igf.id);
    await page.waitForFunction(() => document.querySelector(".focus-bar:not([hidden])"));
    await page.getByLabel("Colour nodes by").selectOption("community");
    if (await page.locator("#filters-drawer").isHidden()) await page.getByRole("button", { name: "Filters" }).click();
    await page.locator('input[data-kind="TREATY"]').uncheck();
    await page.locator("#search-input").fill("forum");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "forum");
    const shared = page.url();
    const before = await snapshot(page);
    await shot(page, "explorer-before-share");

    const { page: second, errors: secondErrors } = await open(new URL(shared).pathname + new URL(shared).search);
    await second.locator(".node-panel h2", { hasText: igf.name }).waitFor();
    await second.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 60_000 });
    const restored = await snapshot(second);
    assert.deepEqual(restored, before);
    assert.equal(await second.locator("#search-input").inputValue(), "forum");
    assert.equal(await second.getByLabel("Colour nodes by").inputValue(), "community");
    assert.equal(await second.locator('input[data-kind="TREATY"]').isChecked(), false);
    await shot(second, "explorer-restored");
    assert.deepEqual(errors, []);
    assert.deepEqual(secondErrors, []);
    await page.close();
    await second.close();

    async function snapshot(p) {
      return p.evaluate(() => {
        const d = window.__diplograph;
        const visible = [];
        d.session.graph.forEachNode((id) => d.view.isNodeVisible(id) && visible.push(id));
        return { state: d.state, selected: d.selected, nodes: d.nodeCount, visible: visible.sort(), panel: document.querySelector(".node-panel h2")?.textContent };
      });
    }
  });

  test("the path finder shows a path between two seed entities and each step's evidence", async () => {
    // A target two or more hops away, found through the API, so the test
    // follows whatever the seed extraction produces.
    const near = await graphql(BASE, `query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 500) { nodes { id } } }`, { id: igf.id });
    const far = await graphql(BASE, `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500) { nodes { id name } } }`, { id: igf.id });
    const adjacent = new Set(near.neighbourhood.nodes.map((n) => n.id));
    // ...and one the search box offers when its name is typed.
    let target = null;
    for (const candidate of far.neighbourhood.nodes.filter((n) => !adjacent.has(n.id))) {
      const found = await graphql(BASE, `query($t: String!) { search(text: $t, first: 8) { entity { id } } }`, { t: candidate.name });
      if (found.search.some((h) => h.entity.id === candidate.id)) {
        target = candidate;
        break;
      }
    }
    assert.ok(target, "no searchable entity two hops from the IGF in the seed graph");

    const { page, errors } = await open("/");
    await page.getByRole("button", { name: "Path", exact: true }).click();
    const from = page.locator(".path-panel input").nth(0);
    const to = page.locator(".path-panel input").nth(1);
    await from.fill("IGF");
    await page.locator(`.path-panel .suggestion[data-id="${igf.id}"]`).click();
    await to.fill(target.name);
    await page.locator(`.path-panel .suggestion[data-id="${target.id}"]`).click();
    await page.locator(".path-steps").waitFor();
    const steps = await page.locator(".path-steps .path-node").allInnerTexts();
    assert.ok(steps.length >= 3, `a path of ${steps.length} nodes`);
    assert.equal(steps[0].trim(), igf.name);
    assert.equal(steps[steps.length - 1].trim(), target.name);
    assert.ok((await page.locator(".path-steps .path-edge .evidence blockquote").count()) >= steps.length - 1, "a step has no evidence");
    const highlighted = await page.evaluate(() => window.__diplograph.pathNodes);
    assert.equal(highlighted.length, steps.length);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("from"), igf.id);
    assert.equal(url.searchParams.get("to"), target.id);
    await page.waitForTimeout(700);
    await shot(page, "explorer-path");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("exports the view as PNG, GraphML and JSON", async () => {
    const { page, errors } = await open("/");
    await page.waitForFunction(() => window.__diplograph.layout === "settled", null, { timeout: 60_000 });
    const files = {};
    for (const format of ["png", "graphml", "json"]) {
      await page.locator(".menu summary", { hasText: "Export" }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-export="${format}"]`).click()]);
      files[format] = await readFile(await download.path());
    }
    const visible = await page.evaluate(() => window.__diplograph.visibleNodeCount);
    assert.deepEqual([...files.png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "not a PNG");
    assert.ok(files.png.length > 5000, `a ${files.png.length}-byte PNG is likely blank`);
    assert.equal((files.graphml.toString().match(/<node /g) ?? []).length, visible);
    assert.equal(JSON.parse(files.json.toString()).nodes.length, visible);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the list view shows the same entities for screen readers", async () => {
    const { page, errors } = await open("/?view=list");
    await page.locator(".list-view table").first().waitFor();
    const rows = await page.locator(".list-view table").first().locator("tbody tr").count();
    const visible = await page.evaluate(() => window.__diplograph.visibleNodeCount);
    assert.equal(rows, Math.min(visible, 1500));
    await page.locator(".list-view tbody th button").first().click();
    await page.locator(".node-panel h2").waitFor();
    await shot(page, "explorer-list");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("is usable on a phone", async () => {
    const { page, errors } = await open(`/?node=${encodeURIComponent(igf.id)}`, { width: 390, height: 844 });
    await page.locator(".node-panel h2").waitFor();
    await page.waitForTimeout(500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    const panel = await page.locator("#side-panel").boundingBox();
    assert.ok(panel && panel.width <= 390, "the panel is wider than the phone");
    await shot(page, "explorer-phone");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
