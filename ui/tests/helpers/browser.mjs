// Launches Debian's Chromium through playwright-core: no downloaded browser,
// a fresh profile each time, and the flags that keep it quiet and offline.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-results");
mkdirSync(RESULTS, { recursive: true });

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "diplograph-chromium-"));
  // launchPersistentContext is how playwright takes a --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(process.env.CHROMIUM_EXTRA_ARGS ?? "").split(" ").filter(Boolean),
    ],
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Collects page errors so a test can fail on an uncaught exception. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}

/** Waits for the app to have drawn its graph (or failed). */
export async function waitForGraph(page, { settled = false, timeout = 30_000 } = {}) {
  await page.waitForFunction(
    (settled) => {
      const d = window.__diplograph;
      if (!d) return false;
      if (d.error) return true;
      return d.ready && d.nodeCount > 0 && d.firstDrawMs !== null && (!settled || d.layout === "settled");
    },
    settled,
    { timeout },
  );
  const error = await page.evaluate(() => window.__diplograph.error);
  if (error) throw new Error(`the app failed to load: ${error}`);
}

export function shot(page, name) {
  return page.screenshot({ path: join(RESULTS, `${name}.png`) });
}
