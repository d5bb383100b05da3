import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { BuildResult } from '../../src/core/pipeline';

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

/** bundle.json, abstracts.json, report.json into outDir. The bundle is renamed into place last. */
export function writeDataset(outDir: string, result: BuildResult): { bundleBytes: number; abstractsBytes: number } {
  const bundleText = JSON.stringify(result.bundle);
  const abstractsText = JSON.stringify(result.abstracts);
  writeAtomic(join(outDir, 'abstracts.json'), abstractsText);
  writeAtomic(join(outDir, 'report.json'), `${JSON.stringify(result.report, null, 2)}\n`);
  writeAtomic(join(outDir, 'bundle.json'), bundleText);
  return { bundleBytes: Buffer.byteLength(bundleText), abstractsBytes: Buffer.byteLength(abstractsText) };
}

export interface DatasetIndexEntry {
  id: string;
  name: string;
  bundle: string;
  papers: number;
  authors: number;
  /** The paper lists it was built from, as paths the viewer can fetch (so it can rebuild it, e.g. with aliases). */
  inputs?: string[];
  /** The alias file it was built with, likewise. */
  aliases?: string;
  /** A sample that ships with the app (`ensure-default`); datasets the user built with `build:graph` have none. */
  sample?: boolean;
}

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

/**
 * Keep public/data/index.json (the viewer's list of served datasets) in step when writing under
 * public/data; `sample` marks the app's own samples (the viewer lists the others as the user's).
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
      entries = JSON.parse(readFileSync(indexPath, 'utf8')) as DatasetIndexEntry[];
    } catch {
      entries = [];
    }
  }
  const id = basename(abs);
  const entry: DatasetIndexEntry = {
    id,
    name: result.bundle.name,
    bundle: `data/${relative(dataRoot, join(abs, 'bundle.json')).split('\\').join('/')}`,
    papers: result.bundle.stats.papers,
    authors: result.bundle.stats.authors,
    ...(sources ? { inputs: sources.inputs, ...(sources.aliases ? { aliases: sources.aliases } : {}) } : {}),
    ...(sample ? { sample: true } : {}),
  };
  entries = entries.filter((e) => e.id !== id);
  entries.push(entry);
  entries.sort((a, b) => (a.id === 'wang-jialiang' ? -1 : b.id === 'wang-jialiang' ? 1 : a.id.localeCompare(b.id)));
  writeAtomic(indexPath, `${JSON.stringify(entries, null, 2)}\n`);
  return id;
}
