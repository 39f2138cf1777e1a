// Browser tests for issue 13, item 4: a lens, a citable view. The explorer
// saves a view, /lens/ID reopens it with its citations, the lens says so
// once a loaded document has changed its graph, and <diplograph-lens> shows
// it on another site. They start their own server, with an admin token to
// load that document, from bin/diplograph on the seeds, and run when
// DIPLOGRAPH_URL is set (make test).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, shot, waitForGraph, watchErrors } from "./helpers/browser.mjs";
import { startSeedServer } from "./helpers/server.mjs";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = process.env.DIPLOGRAPH_BIN ?? join(REPO, "bin", "diplograph");
const skip = !process.env.DIPLOGRAPH_URL ? "DIPLOGRAPH_URL is not set (make test sets it)" : existsSync(BIN) ? false : `${BIN} is missing (make build)`;
const IGF = "forum:internet-governance-forum";

describe("lenses: save, reopen, flag and embed a view (issue 13)", { skip }, () => {
  const token = "lens-s3cret";
  let browser, server, url, host, hostURL;
  let lensUrl, lensId;

  async function gql(query, variables = {}, auth = false) {
    const headers = { "Content-Type": "application/json" };
    if (auth) headers.Authorization = `Bearer ${token}`;
    const body = await (await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) })).json();
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
    return body.data;
  }

  before(async () => {
    browser = await launch();
    server = await startSeedServer({ bin: BIN, seeds: join(REPO, "seeds"), token, name: "diplograph-lens-" });
    url = server.url;
    // A partner site on another origin, embedding whatever lens the query names.
    host = createServer((req, res) => {
      const id = new URL(req.url, "http://x").searchParams.get("lens") ?? "";
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html><head><title>A page that cites a lens</title>
<style>diplograph-lens{height:420px;border:1px solid #ccc}</style></head>
<body><h1>Our finding</h1><diplograph-lens id="${id}" src="${url}"></diplograph-lens>
<script src="${url}/embed.js"></script></body></html>`);
    });
    await new Promise((r) => host.listen(0, "127.0.0.1", r));
    hostURL = `http://localhost:${host.address().port}/`;
  });

  after(async () => {
    await browser?.close();
    host?.close();
    await server?.stop();
  });

  test("the explorer saves the view it shows as a lens with a short link", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}/?focus=${encodeURIComponent(IGF)}`);
    await waitForGraph(page);
    await page.click(".save-lens summary");
    await page.fill("input[name=lensTitle]", "Who stands by the IGF");
    await page.click("button[name=saveLens]");
    const field = await page.waitForSelector("input[name=lensUrl]");
    lensUrl = await field.inputValue();
    const m = /\/lens\/([a-z2-7]{10})$/.exec(lensUrl);
    assert.ok(m, `the lens link ${lensUrl} is not /lens/ID`);
    lensId = m[1];
    assert.match(await page.inputValue("textarea[name=lensEmbed]"), new RegExp(`<diplograph-lens id="${lensId}">`));
    await shot(page, "lens-save");
    const saved = (await gql(`query($id: ID!) { lens(id: $id) { title view { focus depth } stale } }`, { id: lensId })).lens;
    assert.deepEqual(saved, { title: "Who stands by the IGF", view: { focus: IGF, depth: 1 }, stale: false });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("/lens/ID reopens the view, says the graph is unchanged and copies its citations as BibTeX", async () => {
    assert.ok(lensUrl, "no lens was saved");
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(lensUrl);
    await waitForGraph(page);
    assert.equal(await page.evaluate(() => window.__diplograph.state.focus), IGF);
    const bar = page.locator(".lens-bar");
    assert.equal(await bar.getAttribute("data-stale"), "false");
    assert.match(await bar.innerText(), /Who stands by the IGF.*saved on \d{4}-\d{2}-\d{2}\. The graph is as it was then/s);
    await page.click(".lens-bar button[name=citations]");
    const items = page.locator(".citations-list li");
    assert.ok((await items.count()) > 0, "the lens cites no sentence");
    await page.click("button[name=copyBibtex]");
    const bibtex = await page.inputValue(".citations-copy");
    assert.match(bibtex, /^@misc\{[^,]+,\n  title = \{/);
    assert.ok(bibtex.includes(`Diplograph lens ${lensId}`), "the BibTeX does not name the lens");
    await page.click("button[name=copyText]");
    assert.match(await page.inputValue(".citations-copy"), /Internet Governance Forum: ".+" .+, characters \d+–\d+\. Diplograph lens /);
    await shot(page, "lens-current");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("after a loaded document changes the graph, the lens says so and names what its view gained", async () => {
    assert.ok(lensUrl, "no lens was saved");
    await gql(`mutation($name: String!, $text: String!) { ingestDocument(name: $name, text: $text) { relationCount } }`,
      { name: "lens-change.txt", text: "Chile supports the Internet Governance Forum." }, true);
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(lensUrl);
    await waitForGraph(page);
    const bar = page.locator(".lens-bar");
    assert.equal(await bar.getAttribute("data-stale"), "true");
    assert.match(await bar.innerText(), /The graph has changed since: 1 relation added, 0 removed\./);
    await page.click(".lens-changes summary");
    assert.match(await page.locator(".lens-added").innerText(), /Chile supports Internet Governance Forum/);
    assert.ok(await page.evaluate(() => window.__diplograph.session.graph.hasNode("actor:chile")), "the lens does not draw the graph as it is now");
    await shot(page, "lens-stale");
    await page.click(".lens-bar button[name=showCurrent]");
    await page.waitForURL((u) => !u.pathname.includes("/lens/"));
    await waitForGraph(page);
    assert.equal(await page.locator(".lens-bar").count(), 0);
    assert.equal(await page.evaluate(() => window.__diplograph.state.focus), IGF);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("<diplograph-lens id> shows the lens on another site and flags the change", async () => {
    assert.ok(lensId, "no lens was saved");
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${hostURL}?lens=${lensId}`);
    const frame = await (await page.waitForSelector("diplograph-lens >> iframe")).contentFrame();
    assert.ok(frame, "no iframe");
    assert.equal(new URL(frame.url()).searchParams.get("lens"), lensId);
    await frame.waitForFunction(() => window.__diplograph?.ready && window.__diplograph.nodeCount > 1, null, { timeout: 60_000 });
    assert.equal(await frame.evaluate(() => window.__diplograph.state.focus), IGF);
    const note = frame.locator(".embed-lens");
    assert.equal(await note.getAttribute("data-lens-id"), lensId);
    assert.equal(await note.getAttribute("data-stale"), "true");
    assert.match(await frame.locator(".embed-open").getAttribute("href"), new RegExp(`/lens/${lensId}$`));
    await shot(page, "lens-embed");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
