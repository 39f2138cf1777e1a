// A server of a test's own: a free port to start it on, and waiting until it answers.
import { createServer } from "node:net";

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
