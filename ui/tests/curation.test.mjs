// Browser tests for issue 12, item 5: a curator's corrections from the
// explorer's panels. They start their own server, with an admin token, from
// bin/diplograph on the seeds, and run when DIPLOGRAPH_URL is set (make test).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, waitForGraph, watchErrors } from "./helpers/browser.mjs";
import { graphql } from "./helpers/api.mjs";
import { startSeedServer } from "./helpers/server.mjs";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = process.env.DIPLOGRAPH_BIN ?? join(REPO, "bin", "diplograph");
const skip = !process.env.DIPLOGRAPH_URL ? "DIPLOGRAPH_URL is not set (make test sets it)" : existsSync(BIN) ? false : `${BIN} is missing (make build)`;

describe("explorer: curator corrections (issue 12)", { skip }, () => {
  const token = "curator-s3cret";
  let browser, server, url;

  before(async () => {
    browser = await launch();
    server = await startSeedServer({ bin: BIN, seeds: join(REPO, "seeds"), token, name: "diplograph-curation-" });
    url = server.url;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("a curator rejects a relation from its panel and the log says who and why", async () => {
    const rels = (await graphql(url, `{ relations(filter: { types: [ENGAGES_ON] }, first: 1) { edges { node { id } } } }`)).relations.edges;
    assert.ok(rels.length, "the seed graph has no ENGAGES_ON relation");
    const id = rels[0].node.id;
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}/?rel=${encodeURIComponent(id)}#token=${token}`);
    await waitForGraph(page);
    await page.locator(".relation-panel").waitFor();
    await page.locator(".curator-controls summary").click();
    await page.getByPlaceholder("Why (kept in the curation log)").fill("engagement read from a list");
    await page.getByRole("button", { name: "Reject relation" }).click();
    // The graph is redrawn as corrected, and a toast says so.
    await page.locator(".toast", { hasText: "The relation is rejected." }).waitFor({ timeout: 15_000 });
    const after = await graphql(url, `{ relations(filter: { types: [ENGAGES_ON] }, first: 500) { edges { node { id } } } curationLog { op reason relation } }`);
    assert.ok(!after.relations.edges.some((e) => e.node.id === id), "the rejected relation is still served");
    assert.deepEqual(after.curationLog, [{ op: "REJECT_RELATION", reason: "engagement read from a list", relation: id }]);
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
    await page.close();
  });

  test("a curator merges an entity into another from its panel", async () => {
    const into = "actor:european-union";
    const from = "actor:european-commission";
    const page = await browser.context.newPage();
    await page.goto(`${url}/?node=${encodeURIComponent(into)}#token=${token}`);
    await waitForGraph(page);
    await page.locator(".curator-controls summary").click();
    await page.locator(".merge-from").fill(from);
    await page.locator(".correction").first().getByPlaceholder("Why (kept in the curation log)").fill("one body here");
    await page.getByRole("button", { name: "Merge" }).click();
    await page.locator(".toast", { hasText: "The entities are merged." }).waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate((id) => window.__diplograph.session.graph.hasNode(id), from), false, "the absorbed entity is still drawn");
    const after = await graphql(url, `{ gone: node(id: "${from}") { id } eu: node(id: "${into}") { ... on Actor { aliases } } }`);
    assert.equal(after.gone, null);
    assert.ok(after.eu.aliases.includes("European Commission"), `aliases ${after.eu.aliases}`);
    await page.close();
  });
});
