// Browser tests for issue 11: the explorer a visitor trusts at first sight.
// Like explorer.test.mjs they run against the real server on the seed graph
// (DIPLOGRAPH_URL, set by `make test`) and are skipped without it.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, shot, waitForGraph, watchErrors } from "./helpers/browser.mjs";

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

  before(async () => {
    browser = await launch();
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
});
