/** Fetch the dataset list, a bundle and its abstracts, with messages that say what went wrong and where. */
import type { Abstracts } from '../../core/bundle/types';
import { parseDatasetIndex, type DatasetIndexEntry } from '../../core/bundle/dataset-index';
import { BundleError, parseBundleJson, validateAbstracts, validateBundle } from '../../core/bundle/validate';
import { appUrl } from '../env';
import { prepareDataset, type Dataset } from './dataset';

/** A served dataset as the viewer uses it: the index entry (core/bundle/dataset-index.ts) with its name filled in and only same-site paths. */
export type DatasetEntry = Pick<DatasetIndexEntry, 'id' | 'bundle' | 'inputs' | 'aliases' | 'sample'> & { name: string };

const isPathList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && isSafeBundlePath(x));

export const DATASET_INDEX = 'data/index.json';

async function fetchText(url: string, file: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new BundleError(file, 'missing', `could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!res.ok) {
    throw new BundleError(
      file,
      'missing',
      res.status === 404
        ? 'not found. Build it with `npm run build:graph -- <paper list> --out public/data/<name>` (or `npm start`, which builds the default).'
        : `could not be read (HTTP ${res.status})`,
    );
  }
  // a development server (or a host with a fallback page) answers a missing file with the app's own page
  if ((res.headers.get('content-type') ?? '').includes('text/html')) {
    throw new BundleError(file, 'missing', 'not found (the server answered with a web page, not the file). Check the path, or build it with `npm run build:graph -- <paper list> --out public/data/<name>`.');
  }
  return res.text();
}

async function fetchJson(url: string, file: string): Promise<unknown> {
  return parseBundleJson(await fetchText(url, file), file);
}

export async function fetchDatasetIndex(): Promise<DatasetEntry[]> {
  const file = DATASET_INDEX;
  const value = await fetchJson(appUrl(file), file);
  let entries: DatasetIndexEntry[];
  try {
    entries = parseDatasetIndex(value);
  } catch (err) {
    throw new BundleError(file, 'invalid', err instanceof Error ? err.message : String(err));
  }
  // paths from the index are followed only on this site
  return entries.map((e) => ({
    id: e.id,
    name: e.name ?? e.id,
    bundle: e.bundle,
    ...(e.inputs && isPathList(e.inputs) ? { inputs: e.inputs } : {}),
    ...(e.aliases !== undefined && isSafeBundlePath(e.aliases) ? { aliases: e.aliases } : {}),
    ...(e.sample === true ? { sample: true } : {}),
  }));
}

/**
 * Only same-origin relative paths are followed, so a crafted link cannot make the viewer
 * fetch from another host.
 */
export function isSafeBundlePath(path: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('\\')) return false;
  return new URL(path, window.location.href).origin === window.location.origin;
}

/** Fetch and check a bundle; its abstracts file is fetched later, on first use. */
export async function fetchDataset(bundlePath: string, id: string | null): Promise<Dataset> {
  if (!isSafeBundlePath(bundlePath)) {
    throw new BundleError(bundlePath, 'missing', 'only bundles on this site can be opened (use a relative path).');
  }
  const bundleUrl = appUrl(bundlePath);
  const bundle = validateBundle(await fetchJson(bundleUrl, bundlePath), bundlePath);
  const abstractsPath = bundle.abstractsFile;
  const loadAbstracts = async (): Promise<Abstracts> => {
    if (abstractsPath === null) return bundle.papers.title.map(() => null);
    const file = new URL(abstractsPath, bundleUrl).pathname.split('/').slice(-2).join('/');
    return validateAbstracts(await fetchJson(new URL(abstractsPath, bundleUrl).href, file), bundle.papers.title.length, file);
  };
  return prepareDataset(bundle, loadAbstracts, id);
}
