import { chmodSync, copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { validIndexEntries, type DatasetIndexEntry } from '../../src/core/bundle/dataset-index';
import { ABSTRACT_CHUNK_DIR, abstractChunkFile, abstractChunkFiles, planAbstractChunks } from '../../src/core/bundle/abstract-chunks';
import type { Abstracts, Bundle } from '../../src/core/bundle/types';
import { BundleError, parseBundleJson, validateAbstractChunk, validateAbstracts } from '../../src/core/bundle/validate';
import type { BuildResult } from '../../src/core/pipeline';
import { asciiJson } from '../../src/core/bundle/ascii-json';
import { makePreviewFile } from '../../src/core/bundle/preview';
import { BUNDLE_FILE, PREVIEW_FILE } from '../../src/core/bundle/file-names';

/** The abstracts as the bundle says they are stored: chunk files (format 3), one file, or none. Path -> JSON text. */
function abstractsFiles(result: BuildResult): Map<string, string> {
  const { bundle, abstracts } = result;
  const files = new Map<string, string>();
  const chunks = bundle.abstractChunks;
  if (chunks) {
    const plan = planAbstractChunks(bundle.papers.community, bundle.papers.hasAbstract, chunks.size);
    abstractChunkFiles(abstracts, plan).forEach((texts, i) => files.set(abstractChunkFile(chunks.dir, i), JSON.stringify(texts)));
  } else if (bundle.abstractsFile) {
    files.set(bundle.abstractsFile, JSON.stringify(abstracts));
  }
  return files;
}

/**
 * Abstract chunk files already written by another thread (scripts/lib/build-threads.ts) into `dir`, a folder beside
 * the dataset folder (`prewrittenAbstractsDir`): `count` files `0.json` … of `size` papers each, `bytes` in all.
 */
export interface PrewrittenAbstracts {
  dir: string;
  count: number;
  size: number;
  bytes: number;
}

/** Where another thread may write the abstract chunks of a build into `outDir`: a folder beside it, on the same disk. */
export function prewrittenAbstractsDir(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), `.${basename(out)}.abstracts-${process.pid}`);
}

/** Write a file atomically: a temporary file beside it, then rename. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** A problem with the --out folder, said for the user (no stack trace): the CLI prints it after "build-graph: ". */
export class OutDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutDirError';
  }
}

/**
 * The files a build writes (abstracts.json: the single abstracts file of format-2 builds, dropped when a format-3
 * build replaces one); anything else in the folder (works.jsonl.gz, the user's own files) is carried over.
 */
const BUILD_FILES = new Set([BUNDLE_FILE, PREVIEW_FILE, 'abstracts.json', 'report.json', ABSTRACT_CHUNK_DIR.replace(/\/$/, ''), 'sources']);

/** The folder inside a dataset folder that holds copies of its paper lists (`sourceCopies`). */
export const SOURCES_DIR = 'sources';

const stagingName = (base: string, pid: number) => `.${base}.building-${pid}`;
const previousName = (base: string, pid: number) => `.${base}.previous-${pid}`;
// (probe: checkOutDir's writability probe, left when a run is killed between making and removing it)
const LEFTOVER = /^\.(.+)\.(building|previous|abstracts|probe)-(\d+)$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A file-system error as a sentence about `what` (no stack trace). */
export function describeFsError(err: unknown, what: string): string {
  const e = err as NodeJS.ErrnoException;
  const where = e.path ? ` (${e.path})` : '';
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return `${what}: no permission to write there${where}`;
    case 'EROFS':
      return `${what}: the disk is read-only${where}`;
    case 'ENOSPC':
      return `${what}: the disk is full${where}`;
    case 'EDQUOT':
      return `${what}: the disk quota is used up${where}`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${what}: a file stands where a folder is needed${where}`;
    case 'ENOENT':
      return `${what}: no folder can be made there${where}`;
    case 'ENAMETOOLONG':
      return `${what}: the path is too long`;
    default:
      return `${what}: ${e.code ?? ''} ${e.message ?? String(err)}`.trim();
  }
}

/**
 * Check that a dataset can be written to `outDir` before the (long) build: it is a folder or can be made one,
 * and a folder can be created beside it (the write makes a new folder there and renames it into place).
 * Throws OutDirError with a sentence for the user: --out names a file, lies below a file, or is not writable.
 */
export function checkOutDir(outDir: string): void {
  const out = resolve(outDir);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new OutDirError(`--out ${outDir} is a file, not a folder`);
  let up = dirname(out);
  while (!existsSync(up) && dirname(up) !== up) up = dirname(up);
  if (!statSync(up).isDirectory()) throw new OutDirError(`--out ${outDir}: ${up} is a file, so no folder can be made below it`);
  // the probe goes into the nearest folder that exists, made without `recursive`: Node's recursive mkdir loops
  // forever where a parent exists but refuses new entries with ENOENT (e.g. /proc)
  const probe = join(up, `.${basename(out)}.probe-${process.pid}`);
  try {
    mkdirSync(probe);
    rmSync(probe, { recursive: true, force: true });
  } catch (err) {
    throw new OutDirError(describeFsError(err, `cannot write --out ${outDir}`));
  }
}

/**
 * Put --out back in order after a run that was killed while writing (SIGKILL, power loss): when the folder is
 * missing because the kill fell between the two renames of the switch, the newest whole build (a staging folder
 * holding bundle.json, else the previous folder) takes its place; staging and previous folders and writability
 * probes of dead runs are removed. Folders of a run still alive are left alone. Returns what it did, one line each.
 */
export function recoverOutDir(outDir: string): string[] {
  const out = resolve(outDir);
  const parent = dirname(out);
  const base = basename(out);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const stale = readdirSync(parent)
    .map((name) => ({ name, m: LEFTOVER.exec(name) }))
    .filter((x) => x.m && x.m[1] === base && !alive(Number(x.m[3])))
    .map((x) => ({ path: join(parent, x.name), kind: x.m![2] as 'building' | 'previous' | 'abstracts' | 'probe', pid: Number(x.m![3]) }));
  if (!existsSync(out)) {
    const whole = stale.find((x) => x.kind === 'building' && existsSync(join(x.path, BUNDLE_FILE)) && stale.some((y) => y.kind === 'previous' && y.pid === x.pid));
    const back = whole ?? stale.find((x) => x.kind === 'previous');
    if (back) {
      renameSync(back.path, out);
      done.push(`${outDir} restored from an interrupted run (${back.kind === 'building' ? 'its new build' : 'the build before it'})`);
    }
  }
  for (const x of stale) {
    if (!existsSync(x.path)) continue;
    rmSync(x.path, { recursive: true, force: true });
    done.push(`removed ${x.path} left by an interrupted run`);
  }
  // Temporaries of writeAtomic from killed runs (name.<pid>.tmp) inside the folder.
  if (existsSync(out)) {
    for (const name of readdirSync(out)) {
      const m = /\.(\d+)\.tmp$/.exec(name);
      if (m && !alive(Number(m[1]))) {
        rmSync(join(out, name), { recursive: true, force: true });
        done.push(`removed ${join(outDir, name)} left by an interrupted run`);
      }
    }
  }
  return done;
}

/** bundle.json's, preview.json's and report.json's text, as `writeDataset` writes them. */
export interface DatasetTexts {
  bundleText: string;
  /** The overview's first picture (core/bundle/preview.ts `makePreviewFile`), `picture: null` for a map drawn whole. */
  previewText: string;
  reportText: string;
}

/**
 * The texts of bundle.json (ASCII only: the viewer decodes and parses it faster, core/bundle/ascii-json.ts),
 * preview.json (the first picture the viewer draws while the bundle loads: core/bundle/preview.ts) and
 * report.json, for `writeDataset`: worked out apart so a caller can make them while another thread still writes
 * the abstract chunk files (0.2-0.35 s of main-thread CPU at 30k papers). Throws nothing.
 */
export function datasetTexts(result: BuildResult): DatasetTexts {
  return { bundleText: asciiJson(result.bundle), previewText: asciiJson(makePreviewFile(result.bundle)), reportText: `${JSON.stringify(result.report, null, 2)}\n` };
}

/**
 * Write bundle.json, preview.json (the overview's first picture, core/bundle/preview.ts), the abstracts (chunk files `abstracts/<i>.json`, or the bundle's abstractsFile) and report.json as one whole: into a new folder beside `outDir`
 * (`.NAME.building-PID`, holding hard links to the other files already in `outDir`, e.g. works.jsonl.gz), then
 * switched in by renames (`outDir` -> `.NAME.previous-PID`, new folder -> `outDir`, previous removed). At every
 * moment `outDir` holds one whole build, except between the two renames (microseconds), when it is missing and
 * recoverOutDir, run first by every write, restores the new build. Stale folders of killed runs are cleaned.
 * `prewritten`: abstract chunk files another thread already wrote (moved in when they match the bundle's chunks,
 * else removed and written here); `texts`: `datasetTexts(result)`, when the caller made them already; `copies`: paper
 * lists copied byte for byte into `sources/` (`sourceCopies`; a `sources/` folder of an earlier build is not kept).
 * Throws OutDirError (a sentence for the user) when the folder cannot be written.
 */
export function writeDataset(
  outDir: string,
  result: BuildResult,
  prewritten: PrewrittenAbstracts | null = null,
  texts: DatasetTexts = datasetTexts(result),
  copies: readonly SourceCopy[] = [],
): { bundleBytes: number; abstractsBytes: number } {
  const { bundleText, previewText, reportText } = texts;
  const chunks = result.bundle.abstractChunks;
  // chunk files another thread wrote are moved in when they are the ones this bundle names; else written here
  const moveIn = prewritten && chunks && chunks.count === prewritten.count && chunks.size === prewritten.size && existsSync(prewritten.dir) ? prewritten : null;
  if (prewritten && !moveIn) rmSync(prewritten.dir, { recursive: true, force: true });
  const abstractsTexts = moveIn ? new Map<string, string>() : abstractsFiles(result);
  const out = resolve(outDir);
  const parent = dirname(out);
  const base = basename(out);
  checkOutDir(outDir);
  const stage = join(parent, stagingName(base, process.pid));
  try {
    mkdirSync(parent, { recursive: true });
    recoverOutDir(outDir);
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage);
    if (existsSync(out)) {
      for (const name of readdirSync(out)) {
        if (BUILD_FILES.has(name) || /\.tmp$/.test(name)) continue;
        const from = join(out, name);
        if (statSync(from).isDirectory()) cpSync(from, join(stage, name), { recursive: true });
        else {
          try {
            linkSync(from, join(stage, name));
          } catch {
            cpSync(from, join(stage, name));
          }
        }
      }
    }
    if (moveIn) renameSync(moveIn.dir, join(stage, chunks!.dir.replace(/\/$/, '')));
    for (const [file, text] of abstractsTexts) {
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      writeFileSync(join(stage, file), text);
    }
    for (const copy of copies) {
      mkdirSync(dirname(join(stage, SOURCES_DIR, copy.name)), { recursive: true });
      copyFileSync(copy.from, join(stage, SOURCES_DIR, copy.name));
      // a copy of a read-only original (a shared corpus) is the user's to replace or remove
      chmodSync(join(stage, SOURCES_DIR, copy.name), 0o644);
    }
    writeFileSync(join(stage, 'report.json'), reportText);
    writeFileSync(join(stage, PREVIEW_FILE), previewText);
    writeFileSync(join(stage, BUNDLE_FILE), bundleText);
    if (existsSync(out)) {
      const previous = join(parent, previousName(base, process.pid));
      rmSync(previous, { recursive: true, force: true });
      renameSync(out, previous);
      renameSync(stage, out);
      rmSync(previous, { recursive: true, force: true });
    } else {
      renameSync(stage, out);
    }
  } catch (err) {
    rmSync(stage, { recursive: true, force: true });
    if (moveIn) rmSync(moveIn.dir, { recursive: true, force: true });
    if (err instanceof OutDirError) throw err;
    throw new OutDirError(describeFsError(err, `cannot write --out ${outDir}`));
  }
  let abstractsBytes = moveIn ? moveIn.bytes : 0;
  for (const text of abstractsTexts.values()) abstractsBytes += Buffer.byteLength(text);
  return { bundleBytes: Buffer.byteLength(bundleText), abstractsBytes };
}

/**
 * Read back the abstracts of a dataset folder as one string or null per paper, whichever way its bundle stores
 * them (format-3 chunk files, a format-1/2 abstracts.json, or none), each file checked against the bundle.
 * @param dir the dataset folder (holding bundle.json)
 * @param bundle its bundle, already checked (validateBundle)
 * @throws BundleError naming the file that is missing, not JSON, or does not match the bundle.
 */
export function readDatasetAbstracts(dir: string, bundle: Bundle): Abstracts {
  const read = (file: string): unknown => {
    const path = join(dir, file);
    if (!existsSync(path)) throw new BundleError(file, 'missing', 'not found');
    return parseBundleJson(readFileSync(path, 'utf8'), file);
  };
  const chunks = bundle.abstractChunks;
  if (chunks) {
    const plan = planAbstractChunks(bundle.papers.community, bundle.papers.hasAbstract, chunks.size);
    const out: Abstracts = bundle.papers.title.map(() => null);
    plan.papers.forEach((papers, i) => {
      const file = abstractChunkFile(chunks.dir, i);
      validateAbstractChunk(read(file), papers.length, file).forEach((text, k) => (out[papers[k]!] = text));
    });
    return out;
  }
  if (bundle.abstractsFile) return validateAbstracts(read(bundle.abstractsFile), bundle.papers.title.length, bundle.abstractsFile);
  return bundle.papers.title.map(() => null);
}

export type { DatasetIndexEntry };

/** Where the viewer finds the files a dataset under `<app>/data/` was built from. */
export interface DatasetSources {
  /** Paths relative to the app root (e.g. "samples/wang-jialiang.txt"). */
  inputs: string[];
  aliases?: string | null;
}

/**
 * `files` as paths relative to the app root (the folder holding `data/`) when every one of them is
 * served with the app; null otherwise (the viewer then cannot rebuild the dataset).
 */
export function servedSources(outDir: string, files: string[], aliases?: string | null): DatasetSources | null {
  const appRoot = dirname(dirname(resolve(outDir)));
  const rel = (f: string): string | null => {
    const r = relative(appRoot, resolve(f));
    return r.startsWith('..') || r === '' || resolve(f) === r ? null : r.split('\\').join('/');
  };
  const inputs = files.map(rel);
  const alias = aliases ? rel(aliases) : null;
  if (inputs.some((i) => i === null) || (aliases && alias === null)) return null;
  return { inputs: inputs as string[], aliases: alias };
}

/** A paper list (or alias file) copied into a dataset's `sources/` folder: from `from`, as `sources/<name>`. */
export interface SourceCopy {
  from: string;
  name: string;
}

/**
 * The served sources of a dataset written to `outDir` from `files` (and the alias file `aliases`), copying into
 * its `sources/` folder those not served with the app already: the explorer fetches them (only when the user
 * presses Apply in the explorer) to rebuild the map with who-is-who decisions, as it does for an imported list.
 * `names`: each file's name as the build names it (read-input.ts `inputNames`: the file name, with folders only
 * where two clash), one per file then the alias file's. Returns null when `outDir` is not a folder under a
 * `data/` folder (the viewer lists no such dataset). Throws nothing (the copies are made by `writeDataset`).
 */
export function sourceCopies(outDir: string, files: string[], aliases: string | null, names: readonly string[]): { copies: SourceCopy[]; sources: DatasetSources } | null {
  const out = resolve(outDir);
  if (basename(dirname(out)) !== 'data') return null;
  const copies: SourceCopy[] = [];
  const served = (f: string, k: number): string => {
    // a copy an earlier build made is read before its folder is replaced (writeDataset drops the old `sources/`)
    const inOldCopies = resolve(f).startsWith(join(out, SOURCES_DIR) + sep);
    if (!inOldCopies && servedSources(outDir, [f])) return f;
    const name = names[k] ?? basename(f);
    copies.push({ from: f, name });
    return join(out, SOURCES_DIR, name);
  };
  const paths = files.map(served);
  const alias = aliases ? served(aliases, files.length) : null;
  const sources = servedSources(outDir, paths, alias);
  return sources ? { copies, sources } : null;
}

/**
 * Keep public/data/index.json (the viewer's list of served datasets) in step when writing under
 * public/data; `sample` marks the app's own samples (the viewer lists the others as the user's); an entry
 * rebuilt under the id of a sample keeps the mark.
 * Returns the dataset's id in the index, or null when `outDir` is not under a `data/` folder.
 */
export function registerDataset(outDir: string, result: BuildResult, sources: DatasetSources | null = null, sample = false): string | null {
  const abs = resolve(outDir);
  const dataRoot = dirname(abs);
  if (basename(dataRoot) !== 'data') return null;
  const indexPath = join(dataRoot, 'index.json');
  let entries: DatasetIndexEntry[] = [];
  if (existsSync(indexPath)) {
    try {
      entries = validIndexEntries(JSON.parse(readFileSync(indexPath, 'utf8')));
    } catch {
      entries = [];
    }
  }
  const id = basename(abs);
  // a rebuild of one of the app's samples into its own folder (the README's build:graph line for the seed) stays
  // a sample: the flag dropped left the switcher with an empty "Samples" heading
  const wasSample = entries.some((e) => e.id === id && e.sample === true);
  const entry: DatasetIndexEntry = {
    id,
    name: result.bundle.name,
    bundle: `data/${relative(dataRoot, join(abs, BUNDLE_FILE)).split('\\').join('/')}`,
    papers: result.bundle.stats.papers,
    authors: result.bundle.stats.authors,
    ...(sources ? { inputs: sources.inputs, ...(sources.aliases ? { aliases: sources.aliases } : {}) } : {}),
    ...(sample || wasSample ? { sample: true } : {}),
  };
  entries = entries.filter((e) => e.id !== id);
  entries.push(entry);
  entries.sort((a, b) => (a.id === 'wang-jialiang' ? -1 : b.id === 'wang-jialiang' ? 1 : a.id.localeCompare(b.id)));
  writeAtomic(indexPath, `${JSON.stringify(entries, null, 2)}\n`);
  return id;
}
