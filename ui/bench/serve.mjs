// A static server for the benchmark and for working on the UI without the Go
// server: it serves dist/ like the binary does ("/" and "/embed" get
// index.html) but makes the page read a JSON graph instead of the API.
//
//   node bench/serve.mjs [graph.json in bench/out] [port]

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".map": "application/json" };

export function startStaticServer({ dataFile = "graph.json", port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/" || url.pathname === "/embed") {
        const html = (await readFile(join(root, "dist/index.html"), "utf8")).replace(
          "<head>",
          `<head><script>window.__DIPLOGRAPH_DATA__ = "/data/${dataFile}";</script>`,
        );
        res.writeHead(200, { "Content-Type": TYPES[".html"] }).end(html);
        return;
      }
      const file = url.pathname.startsWith("/data/")
        ? join(root, "bench/out", normalize(url.pathname.slice(6)).replace(/^(\.\.[/\\])+/, ""))
        : join(root, "dist", normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""));
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startStaticServer({ dataFile: process.argv[2] ?? "graph.json", port: Number(process.argv[3] ?? 5173) });
  console.log(`serving on http://127.0.0.1:${server.address().port}/`);
}
