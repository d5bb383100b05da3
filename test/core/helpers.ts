import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, type BuildRequest } from '../../src/core/pipeline';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_PATH = join(ROOT, 'public', 'samples', 'wang-jialiang.txt');
export const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name);

export function readText(path: string): { name: string; text: string } {
  return { name: path.replace(/^.*[\\/]/, ''), text: readFileSync(path, 'utf8') };
}

export function buildFiles(paths: string[], req: BuildRequest = {}) {
  return buildDataset(paths.map(readText), req);
}

export function buildText(name: string, text: string, req: BuildRequest = {}) {
  return buildDataset([{ name, text }], req);
}
