/** A tiny static file server (node:http) for the built app: tests and the browser benchmark use it. */
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  /** Every path requested, in order (tests check the app asks for nothing else). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serve `root` at `/`, plus extra folders mounted at URL prefixes (e.g. `{ '/bench-data/acl/': dir }`).
 * `base` serves the app under a sub-path (e.g. '/atlas/') to check it works from any sub-path.
 */
export async function serveStatic(root: string, mounts: Record<string, string> = {}, base = '/'): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(urlPath);
    let dir = root;
    let rest: string | null = null;
    for (const [prefix, mounted] of Object.entries(mounts)) {
      if (urlPath.startsWith(prefix)) {
        dir = mounted;
        rest = urlPath.slice(prefix.length);
        break;
      }
    }
    if (rest === null) {
      if (!urlPath.startsWith(base)) {
        res.writeHead(404).end('not found');
        return;
      }
      rest = urlPath.slice(base.length);
    }
    let file = path.join(path.resolve(dir), rest);
    if (!file.startsWith(path.resolve(dir))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) file = path.join(file, 'index.html');
      await fs.access(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
