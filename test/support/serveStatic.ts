import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 at a random port, like a static host would:
 * directories resolve to index.html, anything else is a 404 with the site's 404.html.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false, dotfiles: false });
  const notFound = join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  return listenLocally(server);
}

/** Starts a server on 127.0.0.1 at a free port: its URL, and how to stop it (open connections too). */
export async function listenLocally(server: Server): Promise<StaticServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
