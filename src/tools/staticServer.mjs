// A tiny static file server for dist/ on the loopback interface: `npm start` serves the browser
// preview with it where there is no Excel, and the browser tests and the bench open pages from it.
// Plain http on 127.0.0.1 only — the preview needs no Office certificates and must not be reachable
// from the network (it shows staff data). JavaScript, not TypeScript, so start.mjs runs it without tsx.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` on http://127.0.0.1:`port` (0: any free port). "/" redirects to /preview.html.
 *
 * @param {string} root
 * @param {number} [port]
 * @returns {Promise<{ url: string; port: number; close: () => Promise<void> }>}
 */
export async function serveStatic(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/") {
      response.writeHead(302, { Location: "/preview.html" }).end();
      return;
    }
    const file = resolve(base, `.${path}`);
    // No ../ out of dist/.
    if (!file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${path}\n`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": info.size,
      // Always the latest build: a developer rebuilds and reloads.
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done(undefined));
  });
  const address = server.address();
  const actual = typeof address === "object" && address !== null ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}
