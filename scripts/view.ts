#!/usr/bin/env -S npx tsx
/**
 * `npm run view -- DIR`: open a bundle built by `build:graph` in the explorer. Starts the Vite dev server
 * (as `npm start` does) and prints the address that opens DIR's bundle. A folder under `public/` is
 * served as it is (`?bundle=data/x/bundle.json`); any other folder is served read-only under `/_view/`
 * (only its bundle.json, preview.json, report.json and abstracts: `abstracts/<i>.json` chunks or a format-2 abstracts.json).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { BUNDLE_FILE, PREVIEW_FILE } from '../src/core/bundle/file-names';

const ROOT = resolve(import.meta.dirname, '..');
const PUBLIC = join(ROOT, 'public');
// the preview file too: the overview's first picture, drawn before the bundle is in
const SERVED = new Set([BUNDLE_FILE, PREVIEW_FILE, 'abstracts.json', 'report.json']);
const VIEW_PREFIX = '/_view/';

function fail(msg: string): never {
  process.stderr.write(`view: ${msg}\n`);
  process.exit(1);
}

/** The folder holding bundle.json, from a folder or a bundle.json path. */
export function bundleFolder(arg: string): string {
  const abs = resolve(arg);
  if (!existsSync(abs)) fail(`${arg}: no such file or folder`);
  const dir = statSync(abs).isDirectory() ? abs : dirname(abs);
  if (!existsSync(join(dir, BUNDLE_FILE))) fail(`${arg}: no bundle.json there (build one with \`npm run build:graph -- <paper list> --out ${arg}\`)`);
  return dir;
}

/** The query that opens the bundle in `dir`: `?bundle=…` relative to the app root. */
export function viewQuery(dir: string): string {
  const rel = relative(PUBLIC, dir);
  const path = rel.startsWith('..') || resolve(PUBLIC, rel) !== dir ? `${VIEW_PREFIX.slice(1)}${BUNDLE_FILE}` : `${rel.split('\\').join('/')}/${BUNDLE_FILE}`;
  return `?bundle=${path}`;
}

/** A chunk file of a format-3 bundle's abstracts: `abstracts/12.json`. */
const CHUNK = /^abstracts\/\d+\.json$/;

/** Serves bundle.json, preview.json, report.json and the abstracts (chunk files or abstracts.json) of `dir` under /_view/. */
function serveFolder(dir: string): Plugin {
  return {
    name: 'atlas-view-folder',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        if (!url.startsWith(VIEW_PREFIX)) return next();
        const name = url.slice(VIEW_PREFIX.length);
        if (!(SERVED.has(name) || CHUNK.test(name)) || !existsSync(join(dir, name))) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(join(dir, name)));
      });
    },
  };
}

async function main() {
  const arg = process.argv[2];
  if (!arg || arg === '-h' || arg === '--help') {
    process.stdout.write('Usage: npm run view -- DIR   (DIR: an --out folder of build:graph, or its bundle.json)\n');
    process.exit(arg ? 0 : 1);
  }
  const dir = bundleFolder(arg);
  const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), plugins: [serveFolder(dir)] });
  await server.listen();
  const base = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
  process.stdout.write(`Explorer for ${relative(process.cwd(), dir) || '.'}: ${base}${viewQuery(dir)}\n(Ctrl+C to stop)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
