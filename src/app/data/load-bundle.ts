/** Fetch the dataset list, a bundle and its abstracts, with messages that say what went wrong and where. */
import type { Abstracts, Bundle } from '../../core/bundle/types';
import { parseDatasetIndex, type DatasetIndexEntry } from '../../core/bundle/dataset-index';
import { abstractChunkFile, planAbstractChunks, type AbstractChunkPlan } from '../../core/bundle/abstract-chunks';
import { BundleError, parseBundleJson, validateAbstracts, validateBundle } from '../../core/bundle/validate';
import { fetchText } from './fetch-text';
import { fetchAbstractChunk, warmAbstractsWorker } from '../workers/abstracts-client';
import { atlasDebug, mark } from '../debug';
import { appUrl } from '../env';
import { prepareDataset, type Dataset } from './dataset';
import { takeEarly, takeEarlyText } from './early-fetch';
import { warmBundleCheck } from './warm-check';
import { whenPictureDrawn } from './first-picture';
import { readPreviewFile, type PreviewFile } from '../../core/bundle/preview';
import { DATASET_INDEX, isSafeBundlePath, previewUrlOf } from './start-up-rules';

/** A served dataset as the viewer uses it: the index entry (core/bundle/dataset-index.ts) with its name filled in and only same-site paths. */
export type DatasetEntry = Pick<DatasetIndexEntry, 'id' | 'bundle' | 'inputs' | 'aliases' | 'sample'> & { name: string };

const isPathList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && isSafeBundlePath(x));

async function fetchJson(url: string, file: string): Promise<unknown> {
  return parseBundleJson(await fetchText(url, file, false, earlyReply(url)), file);
}

/** The start-up's own request for `url` (made before the app was set up: data/early-fetch.ts), if there is one. */
const earlyReply = (url: string): Promise<Response> | null => takeEarly(new URL(url, window.location.href).href);

/**
 * The datasets served with the app (`data/index.json`). No index there (404, or the server's fallback web page:
 * a `dist/` deployed before any dataset was built) is no dataset yet: an empty list. An index that is there
 * but unreadable throws a BundleError saying so.
 */
export async function fetchDatasetIndex(): Promise<DatasetEntry[]> {
  const file = DATASET_INDEX;
  const text = await fetchText(appUrl(file), file, true, earlyReply(appUrl(file)));
  if (text === null) return [];
  const value = parseBundleJson(text, file);
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

/** The name a message gives a file of the bundle: its last two path parts (`acl/abstracts.json`). */
const shortName = (url: URL): string => url.pathname.split('/').slice(-2).join('/');

/**
 * Abstracts in chunk files (bundle format 3): `one(paper)` fetches and checks only the chunk holding that paper
 * (each chunk once, kept), `all()` every chunk (for the exports), at most 6 at a time.
 */
function chunkedAbstracts(bundle: Bundle, bundleUrl: string, chunks: NonNullable<Bundle['abstractChunks']>) {
  let plan: AbstractChunkPlan | null = null;
  const planned = () => (plan ??= planAbstractChunks(bundle.papers.community, bundle.papers.hasAbstract, chunks.size));
  // worked out while the page is idle, not at the first click's abstracts (22 ms of a 70k click, CPU profile)
  // …and so is the worker that fetches the chunks (abstracts-client.ts)
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => {
      planned();
      warmAbstractsWorker();
    });
  const loaded = new Map<number, Promise<string[]>>();
  const chunk = (i: number): Promise<string[]> => {
    let p = loaded.get(i);
    if (!p) {
      const url = new URL(abstractChunkFile(chunks.dir, i), bundleUrl);
      const file = url.pathname.split('/').slice(-3).join('/');
      p = (async () => {
        if (url.origin !== window.location.origin) throw new BundleError(file, 'refused', 'only files on this site can be read');
        return fetchAbstractChunk(url.href, file, planned().papers[i]!.length);
      })();
      // a failed fetch may be retried (e.g. the network came back)
      p.catch(() => loaded.delete(i));
      loaded.set(i, p);
    }
    return p;
  };
  const one = async (paper: number): Promise<string | null> => {
    const { chunkOf, slot } = planned();
    const i = chunkOf[paper] ?? -1;
    if (i < 0) return null;
    return (await chunk(i))[slot[paper]!] ?? null;
  };
  const all = async (): Promise<Abstracts> => {
    const { papers } = planned();
    const out: Abstracts = bundle.papers.title.map(() => null);
    let next = 0;
    const worker = async () => {
      while (next < papers.length) {
        const i = next++;
        const texts = await chunk(i);
        papers[i]!.forEach((p, k) => (out[p] = texts[k]!));
      }
    };
    await Promise.all(Array.from({ length: Math.min(6, papers.length) }, worker));
    return out;
  };
  return { one, all };
}

/**
 * Fetch and check a bundle; its abstracts (one file, or chunk files) are fetched later, on first use.
 * `name`: the name the site's dataset index gives it (`data/index.json`'s entry), shown in the header and the
 * switcher alike; null keeps the bundle's own name (a bundle opened by `?bundle=`). Throws BundleError (file +
 * problem) when the bundle is off-site, missing, not JSON or not valid.
 */
export async function fetchDataset(bundlePath: string, id: string | null, name: string | null = null): Promise<Dataset> {
  const dataset = await fetchChecked(bundlePath, id);
  if (name !== null) dataset.name = name;
  return dataset;
}

async function fetchChecked(bundlePath: string, id: string | null): Promise<Dataset> {
  if (!isSafeBundlePath(bundlePath)) {
    throw new BundleError(bundlePath, 'refused', 'only bundles on this site can be opened (use a relative path).');
  }
  const bundleUrl = appUrl(bundlePath);
  // fetched and decoded on a worker at start-up (data/early-fetch.ts), else fetched here; meanwhile the check is
  // warmed in the main thread's idle time (data/warm-check.ts)
  // (`timings.checkWarmed`: when it was warm, to compare with `bundleLoaded`)
  warmBundleCheck(3, () => mark('checkWarmed'));
  const early = await takeEarlyText(new URL(bundleUrl, window.location.href).href);
  // a preview file's picture in hand is drawn before the parse and the check (data/first-picture.ts)
  await whenPictureDrawn();
  // the first-frame path's steps, for the benchmark (bundleText, bundleParsed, bundleLoaded, previewStart…)
  mark('bundleText');
  const json = early !== null ? parseBundleJson(early, bundlePath) : await fetchJson(bundleUrl, bundlePath);
  mark('bundleParsed');
  const checkStart = performance.now();
  const bundle = validateBundle(json, bundlePath);
  // the schema check's share of the first-frame path (npm run bench reads it)
  atlasDebug.timings.bundleCheckMs ??= performance.now() - checkStart;
  if (bundle.abstractChunks) {
    const { one, all } = chunkedAbstracts(bundle, new URL(bundleUrl, window.location.href).href, bundle.abstractChunks);
    return prepareDataset(bundle, all, id, one);
  }
  const abstractsPath = bundle.abstractsFile;
  const loadAbstracts = async (): Promise<Abstracts> => {
    if (abstractsPath === null) return bundle.papers.title.map(() => null);
    const url = new URL(abstractsPath, new URL(bundleUrl, window.location.href));
    return validateAbstracts(await fetchJson(url.href, shortName(url)), bundle.papers.title.length, shortName(url));
  };
  return prepareDataset(bundle, loadAbstracts, id);
}

/**
 * The preview file beside the bundle at `bundlePath` (`preview.json`, core/bundle/preview.ts), fetched at
 * start-up by the early script (data/early-script.ts; else here); null when there is none (an older build, a bundle made by
 * hand), it cannot be read, or it is of another format: the first frame then comes from the bundle, as before.
 * Never throws: the preview is only a head start.
 */
export async function fetchPreview(bundlePath: string): Promise<PreviewFile | null> {
  try {
    // the rule the early script asked under (data/start-up-rules.ts)
    const url = previewUrlOf(new URL(appUrl(bundlePath), window.location.href).href);
    if (url === null) return null;
    const res = await (takeEarly(url) ?? fetch(url));
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null;
    return readPreviewFile(await res.json());
  } catch {
    return null;
  }
}
