// Browser tests for issue 12, item 5: the stance view (actors x targets,
// cells coloured by stance, a click shows the sentences behind a cell) and
// the alignment panel of an actor. They run when DIPLOGRAPH_URL is set
// (make test), against the seed graph.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, shot, waitForGraph, watchErrors } from "./helpers/browser.mjs";
import { graphql } from "./helpers/api.mjs";

const BASE = process.env.DIPLOGRAPH_URL?.replace(/\/$/, "");
const skip = BASE ? false : "DIPLOGRAPH_URL is not set (make test sets it)";

describe("explorer: stances and alignment (issue 12)", { skip }, () => {
  let browser;
  let matrix;

  before(async () => {
    browser = await launch();
    matrix = (
      await graphql(BASE, `{ stances { actors { id name } targets { id name }
        cells { actor { id } target { id } evidenceCount stances { type evidence { text } } } } }`)
    ).stances;
    assert.ok(matrix.cells.length > 0, "the seed graph has no stance");
  });

  after(async () => {
    await browser?.close();
  });

  test("the stance view lays the API's matrix out and a cell opens its evidence", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${BASE}/?view=stances`);
    await waitForGraph(page);
    await page.waitForSelector("#stance-view .stance-grid");
    const rows = await page.$$eval("#stance-view tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-id")));
    assert.deepEqual(rows, matrix.actors.map((a) => a.id));
    const cells = await page.$$eval("#stance-view .stance-cell", (bs) =>
      bs.map((b) => ({ actor: b.dataset.actor, target: b.dataset.target, count: Number(b.textContent), colour: getComputedStyle(b).backgroundColor })),
    );
    assert.equal(cells.length, matrix.cells.length);
    for (const [i, c] of matrix.cells.entries()) {
      assert.deepEqual([cells[i].actor, cells[i].target, cells[i].count], [c.actor.id, c.target.id, c.evidenceCount]);
    }
    // Cells with different strongest stances are told apart by colour.
    const stances = await page.$$eval("#stance-view .stance-cell", (bs) => bs.map((b) => b.dataset.stance));
    const colours = new Map(cells.map((c, i) => [stances[i], c.colour]));
    assert.equal(new Set(colours.values()).size, colours.size, `one colour per stance: ${[...colours]}`);

    const cell = matrix.cells[0];
    await page.click(`#stance-view .stance-cell[data-actor="${cell.actor.id}"][data-target="${cell.target.id}"]`);
    const shown = await page.$$eval("#stance-view .stance-evidence q", (qs) => qs.map((q) => q.textContent));
    const want = cell.stances.flatMap((s) => s.evidence.map((e) => e.text));
    assert.deepEqual(shown, want);
    await shot(page, "stance-view");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("an actor's panel shows the actors closest to it", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const eu = "actor:european-union";
    const closest = (await graphql(BASE, `{ alignedWith(id: "${eu}", first: 5) { b { name } } }`)).alignedWith;
    await page.goto(`${BASE}/?node=${encodeURIComponent(eu)}`);
    await waitForGraph(page);
    await page.waitForSelector(".alignment-panel .alignment-list");
    const names = await page.$$eval(".alignment-panel .alignment-list:first-of-type li button", (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(names, closest.map((a) => a.b.name));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
