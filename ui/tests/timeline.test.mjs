// Browser tests for issue 13, item 3: the timeline strip under the graph. Its
// brush narrows the graph to the relations that held in a window of years,
// a switch hides the undated ones, and the play button steps through the
// years. Like the other browser tests they run when DIPLOGRAPH_URL is set.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, shot, waitForGraph, watchErrors } from "./helpers/browser.mjs";

const BASE = process.env.DIPLOGRAPH_URL?.replace(/\/$/, "");
const skip = BASE ? false : "DIPLOGRAPH_URL is not set (make test sets it)";

describe("explorer: the timeline strip (issue 13)", { skip }, () => {
  let browser;

  before(async () => {
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
  });

  /** The drawn edges with the years they began and ended, and which are shown. */
  function edges(page) {
    return page.evaluate(() => {
      const d = window.__diplograph;
      const out = [];
      d.session.graph.forEachEdge((id, a) => out.push({ id, from: a.fromYear, until: a.untilYear, shown: d.view.isEdgeVisible(id) }));
      return out;
    });
  }

  const holds = (e, from, to) => !(e.from !== null && e.from > to) && !(e.until !== null && e.until < from);
  const dated = (e) => e.from !== null || e.until !== null;

  test("moving the brush hides the relations that did not hold and shows them again", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${BASE}/`);
    await waitForGraph(page);
    const strip = page.locator("section.timeline");
    await strip.waitFor({ state: "visible" });
    const all = await edges(page);
    const years = all.filter(dated).map((e) => e.from ?? e.until);
    assert.ok(years.length > 0, "the seed overview draws no dated relation");
    const [min, max] = [Math.min(...years), Math.max(...years)];
    assert.ok(min < max, `the dated relations all fall in ${min}`);
    assert.equal(await page.locator(".timeline-bar").count(), max - min + 1, "one bar per year");
    assert.ok(all.every((e) => e.shown), "some relation is hidden before the brush moved");

    // The window narrows to the first year: what began only later is gone.
    await page.locator("input[name=yearTo]").fill(String(min));
    await page.waitForFunction((y) => window.__diplograph.state.years?.[1] === y, min);
    let now = await edges(page);
    const gone = now.filter((e) => !e.shown);
    assert.ok(gone.length > 0, `no relation disappeared when the window became ${min}`);
    for (const e of now) assert.equal(e.shown, holds(e, min, min) || !dated(e), `${e.id} (${e.from}-${e.until}) in ${min}`);
    assert.equal(await page.evaluate(() => window.__diplograph.visibleEdgeCount), now.filter((e) => e.shown).length);
    assert.match(page.url(), new RegExp(`years=${min}(&|$)`));
    await shot(page, "timeline-first-year");

    // The undated switch takes away every relation no sentence dates.
    await page.locator("section.timeline input[name=undated]").uncheck();
    await page.waitForFunction(() => window.__diplograph.state.undated === false);
    now = await edges(page);
    for (const e of now) assert.equal(e.shown, dated(e) && holds(e, min, min), `${e.id} (${e.from}-${e.until}) without undated`);
    assert.match(page.url(), /undated=0/);

    // The whole span again: the relations hidden before come back, the undated ones still off.
    await page.locator("input[name=yearTo]").fill(String(max));
    await page.waitForFunction(() => window.__diplograph.state.years === null);
    now = await edges(page);
    for (const e of gone) {
      assert.equal(now.find((n) => n.id === e.id).shown, true, `${e.id} did not come back with the whole span`);
    }
    for (const e of now) assert.equal(e.shown, dated(e), `${e.id} (${e.from}-${e.until}) with the whole span, undated off`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("play steps a one-year window through the years", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${BASE}/`);
    await waitForGraph(page);
    await page.locator("section.timeline").waitFor({ state: "visible" });
    const first = Number(await page.locator("input[name=yearFrom]").getAttribute("min"));
    await page.locator("section.timeline button[name=play]").click();
    await page.waitForFunction((y) => window.__diplograph.state.years?.[0] === y && window.__diplograph.state.years?.[1] === y, first);
    await page.waitForFunction((y) => window.__diplograph.state.years?.[0] === y + 1, first, { timeout: 5000 });
    await page.locator("section.timeline button[name=play]").click(); // stop
    const stopped = await page.evaluate(() => window.__diplograph.state.years);
    await page.waitForTimeout(1500);
    assert.deepEqual(await page.evaluate(() => window.__diplograph.state.years), stopped, "the window moved after stop");
    await page.close();
  });
});
