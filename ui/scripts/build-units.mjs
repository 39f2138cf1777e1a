// Bundles tests/unit/entry.ts into test-results/units.mjs so node's test
// runner can import the TypeScript modules under test.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [join(root, "tests/unit/entry.ts")],
  outfile: join(root, "test-results/units.mjs"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
