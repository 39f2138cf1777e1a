// Builds dist/: the explorer (app.js, app.css, index.html) and the separate
// embed script (embed.js). Everything is bundled: the binary serves it with
// no CDN. dist/.keep survives so go:embed always has a file to match.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
mkdirSync(dist, { recursive: true });
for (const name of readdirSync(dist)) if (name !== ".keep") rmSync(join(dist, name), { recursive: true, force: true });
writeFileSync(join(dist, ".keep"), "");

const common = {
  bundle: true,
  minify: true,
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  legalComments: "linked",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};

const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: [join(root, "src/main.ts")], outfile: join(dist, "app.js"), format: "esm", sourcemap: process.env.DIPLOGRAPH_SOURCEMAP ? "linked" : false }),
  build({ ...common, entryPoints: [join(root, "src/styles.css")], outfile: join(dist, "app.css") }),
  build({ ...common, entryPoints: [join(root, "src/embed/element.ts")], outfile: join(dist, "embed.js"), format: "iife" }),
  // GraphiQL (/graphiql) from the pinned npm packages; its CSS import becomes graphiql.css.
  build({ ...common, entryPoints: [join(root, "graphiql/main.js")], outfile: join(dist, "graphiql.js"), format: "esm", loader: { ".woff": "dataurl", ".woff2": "dataurl", ".svg": "dataurl" } }),
]);

// A content hash in the asset URLs lets the server cache them for long
// while a rebuilt binary still ships fresh code.
const hash = createHash("sha256");
for (const name of ["app.js", "app.css"]) hash.update(readFileSync(join(dist, name)));
const version = hash.digest("hex").slice(0, 12);
const html = readFileSync(join(root, "src/index.html"), "utf8").replaceAll("__VERSION__", version);
writeFileSync(join(dist, "index.html"), html);
const giqlHash = createHash("sha256");
for (const name of ["graphiql.js", "graphiql.css"]) giqlHash.update(readFileSync(join(dist, name)));
const giql = readFileSync(join(root, "graphiql/index.html"), "utf8").replaceAll("__VERSION__", giqlHash.digest("hex").slice(0, 12));
writeFileSync(join(dist, "graphiql.html"), giql);

const sizes = readdirSync(dist)
  .filter((n) => !n.startsWith("."))
  .map((n) => `${n} ${(readFileSync(join(dist, n)).length / 1024).toFixed(1)} KiB`);
console.log(`built dist/ in ${Date.now() - started} ms: ${sizes.join(", ")}`);
