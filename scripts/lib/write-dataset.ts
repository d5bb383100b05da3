import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { BuildResult } from '../../src/core/pipeline';

/** Write a file atomically: a temporary file beside it, then rename. */
export function writeAtomic(path: string, data: string): void {
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
}

/** Keep public/data/index.json (the viewer's list of built-in datasets) in step when writing under public/data. */
export function registerDataset(outDir: string, result: BuildResult): void {
  const abs = resolve(outDir);
  const dataRoot = dirname(abs);
  if (basename(dataRoot) !== 'data') return;
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
  };
  entries = entries.filter((e) => e.id !== id);
  entries.push(entry);
  entries.sort((a, b) => (a.id === 'wang-jialiang' ? -1 : b.id === 'wang-jialiang' ? 1 : a.id.localeCompare(b.id)));
  writeAtomic(indexPath, `${JSON.stringify(entries, null, 2)}\n`);
}
