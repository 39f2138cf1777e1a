// A server of a test's own: a free port to start it on, and waiting until it answers.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

export async function waitHealthy(url, server, log) {
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`the server stopped: ${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not come up: ${log()}`);
}

// startSeedServer runs the binary on the seed documents in a data folder of
// its own, on a free port, with the admin token when one is given; stop()
// ends it and removes the folder.
export async function startSeedServer({ bin, seeds, token = "", name = "diplograph-test-" }) {
  const work = mkdtempSync(join(tmpdir(), name));
  const port = await freePort();
  const server = spawn(bin, ["serve", "-addr", `127.0.0.1:${port}`, "-data", join(work, "graph.db"), "-seed", seeds, "-rate", "-1"], {
    env: { ...process.env, NEO4J_URI: "", DIPLOGRAPH_ADMIN_TOKEN: token },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  server.stderr.on("data", (b) => (log += b));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r() : server.once("exit", r)));
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitHealthy(url, server, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}
