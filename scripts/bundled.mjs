#!/usr/bin/env node
/**
 * Runs one of the project's TypeScript command-line scripts from a JavaScript bundle:
 *
 *   node scripts/bundled.mjs build-graph [args...]        (what `npm run build:graph` runs)
 *   node scripts/bundled.mjs lib/bench-build-child [args...]   (what `npm run bench` times)
 *   node scripts/bundled.mjs --bundle-only build-graph        (make the bundle now, run nothing)
 *
 * The script (`scripts/<name>.ts`) and the build's worker thread (`scripts/lib/build-worker.ts`) are bundled by
 * esbuild into node_modules/.cache/coauthor-atlas-cli/<checkout>/, once, and again whenever a file under src/ or scripts/
 * (or package-lock.json) changed since: the check is one `stat` per source file, a few milliseconds. Running the
 * bundle with plain node instead of through tsx saves tsx's start-up (a second node process, a loader thread
 * transpiling and resolving some 150 modules one by one: 0.6–0.8 s of a 30k-paper build, on each of the two threads).
 * The bundle is the same code, so the output is the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// one folder per checkout (git worktrees may share one node_modules)
const CACHE = join(ROOT, 'node_modules', '.cache', 'coauthor-atlas-cli', createHash('sha256').update(ROOT).digest('hex').slice(0, 12));
/**
 * Node flags the build runs with (`npm run build:graph` and the bench's builds put them before this file).
 * `--single-threaded-gc`: garbage collection on the thread that allocates, without V8's helper threads. On 2 cores
 * the build's two threads already take both, and the helpers (2.8–3.9 CPU-s of a 30k build) only took turns with
 * them: 30k build pairs, with / without, wall 7.30 / 7.92 / 7.91 / 9.04 / 9.94 s against 7.47 / 8.43 / 9.09 / 9.72 /
 * 10.24 s and peak RSS 548–590 against 597–640 MB (1 Dec 2026, load 14–22, run at autogroup nice -20).
 * `--no-concurrent-recompilation`: TurboFan compiles a hot function on the thread that runs it, not on V8's helper
 * threads. The helpers took 1.7–1.8 CPU-s of a 30k build for what costs the two threads 0.8–0.9 CPU-s more when
 * they compile themselves, and they too took turns with the build's threads: 30k build pairs, without / with,
 * CPU 12.1 / 12.1 / 11.7 s against 11.2 / 11.1 / 11.2, the main thread's run-queue wait 1.0 / 0.9 / 0.9 s against
 * 0.2 / 0.2 / 0.3, wall 6.98 / 7.07 / 6.67 s against 6.57 / 6.55 / 6.62, peak RSS 589 / 594 / 581 MB against
 * 508 / 558 / 517; 70k: wall 11.98 / 11.91 s against 11.98 / 11.80 (2 Dec 2026, load 13–15, autogroup nice -20).
 * Neither flag changes what the build computes: the output is the same bytes.
 */
export const NODE_FLAGS = ['--single-threaded-gc', '--no-concurrent-recompilation'];
/** Bundled beside every script: the CLI build's second thread (scripts/lib/build-threads.ts starts it from there). */
const WORKER = 'lib/build-worker';

/** Every source file the bundles may hold, with its modification time: the bundles' fingerprint. */
function fingerprint() {
  const parts = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (/\.(ts|tsx|mts|js|mjs|json)$/.test(e.name)) parts.push(`${relative(ROOT, p)}:${statSync(p).mtimeMs}`);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'scripts'));
  for (const f of ['package-lock.json', 'package.json', 'tsconfig.json']) {
    try {
      parts.push(`${f}:${statSync(join(ROOT, f)).mtimeMs}`);
    } catch {
      // absent: nothing to fingerprint
    }
  }
  return parts.sort().join('\n');
}

/** The bundle of `scripts/<name>.ts` (built now when missing or older than the sources); its file path. */
export async function bundleFor(name) {
  const entry = join(ROOT, 'scripts', `${name}.ts`);
  statSync(entry); // a name that is not a script: ENOENT here, not an esbuild error
  const key = name.replace(/[\\/]/g, '+');
  const out = join(CACHE, `${key}.mjs`);
  const stamp = join(CACHE, `${key}.stamp`);
  const print = fingerprint();
  try {
    if (readFileSync(stamp, 'utf8') === print) return out;
  } catch {
    // no bundle yet
  }
  const { build } = await import('esbuild');
  // built into a folder of its own, then moved into place: two runs bundling at once never read half a file
  const tmp = join(CACHE, `.tmp-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    await build({
      entryPoints: { [key]: entry, [WORKER.replace(/[\\/]/g, '+')]: join(ROOT, 'scripts', `${WORKER}.ts`) },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // packages' ES module builds (some UMD builds load their parts with a require esbuild cannot follow)
      mainFields: ['module', 'main'],
      // CommonJS packages inside an ES module bundle still call require
      banner: { js: "import { createRequire as __atlasRequire } from 'node:module'; const require = __atlasRequire(import.meta.url);" },
      sourcemap: 'linked',
      logLevel: 'error',
    });
    mkdirSync(CACHE, { recursive: true });
    for (const f of readdirSync(tmp)) renameSync(join(tmp, f), join(CACHE, f));
    writeFileSync(stamp, print);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

// node scripts/bundled.mjs <name> [args...]: the script runs in this process, with argv as if started directly
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv[2] === '--bundle-only';
  const [name, ...args] = process.argv.slice(only ? 3 : 2);
  if (!name) {
    process.stderr.write('usage: node scripts/bundled.mjs [--bundle-only] <script under scripts/, without .ts> [args...]\n');
    process.exit(2);
  }
  if (only) {
    await bundleFor(name);
    process.exit(0);
  }
  // the real path: the bundle's import.meta.url (a script checks it to know it was started directly) has no symlinks
  const file = realpathSync(await bundleFor(name));
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
}
