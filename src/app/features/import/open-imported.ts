/**
 * Opening datasets from the import side: one just built, one saved in this browser (also at start-up,
 * from `?ds=local-…`), or a built-in sample chosen in the switcher. And the build report of whatever is open.
 */
import type { BuildReport } from '../../../core/bundle/report-types';
import { withFileNamesOnly } from '../../../core/bundle/report-paths';
import type { Abstracts, Bundle } from '../../../core/bundle/types';
import { BundleError, parseBundleJson, validateAbstracts, validateBundle } from '../../../core/bundle/validate';
import { prepareDataset, type AbstractsLoader, type Dataset } from '../../data/dataset';
import { fetchDataset, fetchDatasetIndex, type DatasetEntry } from '../../data/load-bundle';
import { isSafeBundlePath } from '../../data/start-up-rules';
import { describeProblem, NO_DATASET_YET, openFromUrl, type ShownInstead } from '../../data/open-dataset';
import { mark } from '../../debug';
import { DEFAULT_FILTERS, visibilityFor } from '../../graph/visibility';
import { yieldToPage } from '../../graph/sigma-graph';
import { communityPalette } from '../../graph/colours';
import { yearCounts } from '../../data/per-bundle';
import { appUrl } from '../../env';
import { useAtlas } from '../../store';
import type { DatasetSource, InitialView } from '../../store/types';
import type { UrlState } from '../../url/url-state';
import { isImportId, type BuildDone } from './build-protocol';
import { describeStorageError, hasImportedSources, loadImportedAbstracts, loadImportedBundle, loadImportedMeta, loadImportedReport, loadImportedSources, type KeptSources } from './datasets-db';
import { rememberNoSources, rememberSourcesLoader, type DatasetSources } from '../../data/dataset-sources';
import { removedHere, unsavedReason } from './kept-sync';
import { describeQuery, queryFromParams } from '../../../core/openalex/query';
import type { LoadProblem } from '../../store/types';
import { missingImportProblem } from './missing-words';
import { NAMES_PARAM } from '../../url/held-selection';
import { loadSettings } from '../openalex/settings';

/** Reports of this session's builds (also those that could not be saved). */
const sessionReports = new Map<string, BuildReport>();

export function rememberReport(id: string, report: BuildReport): void {
  sessionReports.set(id, report);
}

/** The report of a build made in this session (its timings say where the build's time went), or undefined. */
export function sessionReport(id: string): BuildReport | undefined {
  return sessionReports.get(id);
}

/** Let the page paint (the loading screen, the closed dialog) before the main thread is busy with a large dataset. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Put `dataset` on screen. When the explorer is already showing one, the graph is swapped inside the same
 * Sigma instance: tearing Sigma down for a loading screen and creating it again costs seconds of blocked main
 * thread with software WebGL. `data-state` says "loading" until the new graph's first frame is drawn.
 */
async function show(dataset: Dataset, source: DatasetSource, initial?: InitialView): Promise<void> {
  const atlas = useAtlas.getState();
  mark('bundleLoaded');
  if (atlas.load.status === 'ready') {
    document.documentElement.dataset.state = 'loading';
    useAtlas.setState({ source });
    // a map is on screen and answers meanwhile: the filters' pass over every author and paper is its own task,
    // and the store's openDataset (the React update) the next one (issue 12: no block over 100 ms while an
    // import opens; the 30k import's opening was one task of 240 ms on a quiet machine)
    if (!initial?.settings) {
      visibilityFor(dataset.bundle, DEFAULT_FILTERS, initial?.view ?? 'papers');
      await yieldToPage();
    }
    // what the panels' first render reads of the bundle, memoised per bundle, each made here in a task of its own:
    // the community palette (useCommunityColors) and the papers per year (TimePanel). In a sampled trace of the
    // 30k import's opening the React update below was ~30 ms of CPU, a third of it these; a scavenge landing in it
    // made it the opening's longest block (110–122 ms on a quiet machine)
    communityPalette(dataset.bundle, atlas.theme);
    await yieldToPage();
    yearCounts(dataset.bundle);
    await yieldToPage();
  } else {
    atlas.startLoading(`Opening ${dataset.name}…`, source);
  }
  useAtlas.getState().openDataset(dataset, initial);
}

function storedAbstracts(id: string, bundle: Bundle): AbstractsLoader {
  return async () => {
    if (!bundle.papers.hasAbstract.some((h) => h === 1)) return bundle.papers.title.map(() => null);
    const abstracts = await loadImportedAbstracts(id);
    if (!abstracts) throw new Error('the abstracts of this imported dataset are no longer in this browser');
    return validateAbstracts(abstracts, bundle.papers.title.length, `abstracts of "${bundle.name}"`);
  };
}

/** Show a dataset the worker has just built (it may still be saving it: its abstracts are read once saved). */
export async function openBuilt(result: BuildDone): Promise<void> {
  const { meta, bundle, abstracts } = result;
  // the message task ends here: receiving the result and opening it are separate tasks
  await settle();
  const stored = storedAbstracts(meta.id, bundle);
  const loader: AbstractsLoader = abstracts
    ? async (): Promise<Abstracts> => abstracts
    : async (): Promise<Abstracts> => {
        if (!bundle.papers.hasAbstract.some((h) => h === 1)) return stored();
        const outcome = await result.saved;
        return outcome.abstracts ?? stored();
      };
  await show(prepareDataset(bundle, loader, meta.id), { dataset: meta.id, bundle: null });
}

/**
 * Resolves once the explorer shows the dataset `id` drawn (`data-state="ready"`, ReadyController), or after
 * `maxMs`, or when another dataset is opened meanwhile. Throws nothing.
 */
export function whenShown(id: string, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const shown = () => document.documentElement.dataset.state === 'ready' && useAtlas.getState().dataset?.id === id;
    const elsewhere = () => useAtlas.getState().dataset !== null && useAtlas.getState().dataset?.id !== id;
    if (shown()) return resolve();
    const observer = new MutationObserver(() => {
      if (shown() || elsewhere()) stop();
    });
    const timer = setTimeout(() => stop(), maxMs);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-state'] });
  });
}

function missingHere(id: string): LoadProblem {
  const params = new URLSearchParams(window.location.search);
  let openalex: { what: string; host: string } | null = null;
  try {
    const q = queryFromParams(params);
    if (q) {
      const base = loadSettings().base;
      let host = base;
      try {
        host = new URL(base).host;
      } catch {
        // shown as written
      }
      openalex = { what: describeQuery(q), host };
    }
  } catch {
    // a damaged oa= says nothing more
  }
  return missingImportProblem({ removed: removedHere(id), openalex, names: params.has(NAMES_PARAM) });
}

/** The kept paper lists of the import `id` as a rebuild takes them. Rejects when they are no longer in this browser. */
async function storedSources(id: string): Promise<DatasetSources> {
  const kept: KeptSources | undefined = await loadImportedSources(id);
  if (!kept) throw new Error('the paper lists of this imported dataset are no longer in this browser');
  return {
    inputs: kept.inputs.map((s) => (s.kind === 'bytes' ? { kind: 'bytes' as const, name: s.name, bytes: s.bytes } : { kind: 'text' as const, name: s.name, text: s.text })),
    aliases: kept.aliases,
  };
}

/**
 * Show a dataset saved in this browser, with `initial`'s selection and view; or `instead`'s map in its place (start-up:
 * the map the link's decisions rebuilt, kept in this browser), the imported one never drawn. Rejects never.
 */
export async function openImported(id: string, initial?: InitialView, instead?: ShownInstead): Promise<void> {
  const source = { dataset: id, bundle: null };
  if (useAtlas.getState().load.status !== 'ready') useAtlas.getState().startLoading('Opening the imported dataset…', source);
  else document.documentElement.dataset.state = 'loading';
  const unsaved = unsavedReason(id);
  const neverSaved = (reason: string) =>
    useAtlas.getState().failLoading({
      title: 'This imported dataset was never saved in this browser',
      file: null,
      detail: `When "${unsaved?.name ?? id}" was built, saving it failed: ${reason}. It was shown only until the page was left. Drop the paper list on the page to import it again, or pick another dataset.`,
    });
  let stored: Bundle | undefined;
  try {
    stored = await loadImportedBundle(id);
  } catch (err) {
    // the browser's storage cannot be opened at all (some private windows)
    if (unsaved) return neverSaved(unsaved.reason);
    return useAtlas.getState().failLoading({
      title: 'This browser’s storage for the site could not be opened',
      file: null,
      detail: `Imported datasets are kept there, so this one cannot be opened here (${describeStorageError(err)}). Drop the paper list on the page to import it again, or pick another dataset.`,
    });
  }
  try {
    if (!stored && unsaved) return neverSaved(unsaved.reason);
    if (!stored) {
      useAtlas.getState().failLoading(missingHere(id));
      return;
    }
    await settle();
    const bundle = validateBundle(stored, `imported dataset "${typeof stored.name === 'string' ? stored.name : id}"`);
    const dataset = prepareDataset(bundle, storedAbstracts(id, bundle), id);
    // its paper lists kept with it: Apply (and the decisions of a reloaded link) rebuild it here, read when asked
    if (await hasImportedSources(id).catch(() => false)) rememberSourcesLoader(dataset, () => storedSources(id));
    else {
      // not kept: said with what to do when a decision asks for a rebuild (an import saved before imports kept them,
      // or when there was no room for them)
      const meta = await loadImportedMeta(id).catch(() => undefined);
      rememberNoSources(
        dataset,
        meta?.sourcesKept === false
          ? 'this browser had no room for its paper lists when this map was imported'
          : 'this map was imported before this browser kept the paper lists of imports',
      );
    }
    const other = instead ? await instead(dataset, source).catch(() => null) : null;
    if (other) await show(other.dataset, source, initial && { ...initial, selection: initial.selection ?? other.selection });
    else await show(dataset, source, initial);
  } catch (err) {
    useAtlas.getState().failLoading(describeProblem(err));
  }
}

/** Show a built-in dataset (from `data/index.json`). */
export async function openBuiltin(entry: DatasetEntry): Promise<void> {
  const source = { dataset: entry.id, bundle: null };
  if (useAtlas.getState().load.status !== 'ready') useAtlas.getState().startLoading(`Loading ${entry.name}…`, source);
  // the map on screen stays while the new one is fetched, but it is not what `ready` promised any more
  else document.documentElement.dataset.state = 'loading';
  try {
    await show(await fetchDataset(entry.bundle, entry.id, entry.name), source);
  } catch (err) {
    useAtlas.getState().failLoading(describeProblem(err));
  }
}

/** The built-in datasets, fetched once if the start-up did not already. */
export async function builtinDatasets(): Promise<DatasetEntry[]> {
  const known = useAtlas.getState().datasets;
  if (known.length > 0) return known;
  const list = await fetchDatasetIndex();
  useAtlas.getState().setDatasets(list);
  return list;
}

/**
 * The site's list of datasets (data/index.json) read again, and kept as the store's list: a map built on this
 * computer after the page opened (`npm run build:graph -- … --out public/data/…`) is listed without a reload (a
 * tester's "ACL 2016–2021" was missing from the switcher until she reloaded).
 * @returns the entries as `fetchDatasetIndex` reads them; throws as it does (a missing or invalid index)
 */
export async function reloadedBuiltinDatasets(): Promise<DatasetEntry[]> {
  const list = await fetchDatasetIndex();
  // (a list equal to the known one is not set again: the who-is-who panels read it)
  if (JSON.stringify(list) !== JSON.stringify(useAtlas.getState().datasets)) useAtlas.getState().setDatasets(list);
  return useAtlas.getState().datasets;
}

/** After the open dataset was removed: show the first sample. */
export async function openFirstBuiltin(): Promise<void> {
  try {
    const list = await builtinDatasets();
    if (list[0]) await openBuiltin(list[0]);
    else useAtlas.getState().failLoading(NO_DATASET_YET);
  } catch (err) {
    useAtlas.getState().failLoading(describeProblem(err));
  }
}

/**
 * With `names=` in the page's address (who-is-who decisions applied): the map those decisions rebuilt, kept in this
 * browser by an earlier Apply, to open in place of the map fetched or read (whoiswho/kept-open.ts `keptMapAtStart`:
 * found only for exactly this map and these lines), or null. Without `names=`, null at once and no code loaded.
 */
function keptAtStart(): ShownInstead | undefined {
  if (!new URLSearchParams(window.location.search).get(NAMES_PARAM)) return undefined;
  // (its chunk fetched while the map is)
  const module = import('../whoiswho/kept-open');
  // (a chunk that fails to load opens the map fetched: the caller's catch; unheard of when the fetch fails first)
  module.catch(() => undefined);
  const search = window.location.search;
  return async (dataset, source) => (await module).keptMapAtStart(dataset, source.bundle, search, useAtlas.getState().datasets);
}

/**
 * Start-up (and Back/Forward to another dataset's entry): `?ds=local-…` opens a dataset from this browser; anything
 * else goes the usual way. A link with who-is-who decisions whose rebuilt map is kept here opens that map directly
 * (`keptAtStart`).
 */
export async function openAtStart(url: UrlState): Promise<void> {
  const instead = keptAtStart();
  if (url.bundle !== null || !isImportId(url.dataset)) return openFromUrl(url, useAtlas.getState(), instead);
  // the switcher lists the samples too
  void builtinDatasets().catch(() => undefined);
  await openImported(url.dataset, { selection: url.selection, view: url.view, settings: url.settings }, instead);
}

function checkReport(value: unknown, file: string): BuildReport {
  const r = value as Partial<BuildReport> | null;
  const lists = ['inputs', 'merged', 'skipped', 'notes'] as const;
  if (!r || typeof r !== 'object' || typeof r.papers !== 'number' || lists.some((k) => !Array.isArray(r[k]))) {
    throw new BundleError(file, 'invalid', 'is not a build report (expected papers, inputs, merged, skipped and notes)');
  }
  return r as BuildReport;
}

/** The build report of the open dataset: from this browser for an imported one, else `report.json` beside its bundle. */
export async function loadCurrentReport(): Promise<BuildReport> {
  // input paths of an older build shown by file name only (`withFileNamesOnly`): they told the builder's folders
  return withFileNamesOnly(await loadReportAsBuilt());
}

/** `loadCurrentReport` as the report was written (input paths as the builder gave them). */
async function loadReportAsBuilt(): Promise<BuildReport> {
  const { dataset, source, datasets } = useAtlas.getState();
  if (!dataset) throw new Error('no dataset is open');
  if (isImportId(dataset.id)) {
    const report = sessionReports.get(dataset.id) ?? (await loadImportedReport(dataset.id));
    if (!report) throw new Error('the report of this imported dataset is no longer in this browser');
    return checkReport(report, `report of "${dataset.name}"`);
  }
  const bundlePath = source.bundle ?? datasets.find((d) => d.id === source.dataset)?.bundle ?? null;
  if (bundlePath === null || !isSafeBundlePath(bundlePath)) throw new Error('this dataset has no build report');
  const url = new URL('report.json', appUrl(bundlePath));
  const file = bundlePath.replace(/[^/]*$/, 'report.json');
  const res = await fetch(url);
  if (!res.ok) {
    throw new BundleError(file, 'missing', res.status === 404 ? 'not found: this dataset was built without a report' : `could not be read (HTTP ${res.status})`);
  }
  return checkReport(parseBundleJson(await res.text(), file), file);
}
