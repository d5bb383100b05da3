/**
 * Opening a map kept in this browser by an earlier Apply (import/kept-maps.ts) as a dataset, and keeping that store
 * small. Used by an Apply or a link's decisions taken up (rebuild.ts `mapBuiltWith`) and by the page's start-up
 * (import/open-imported.ts `openAtStart`): a link with `names=` whose rebuilt map is kept opens that map directly, in
 * place of the map as served or imported, so the map without the decisions is never drawn first (it was: drawn,
 * then swapped for the kept one a moment later; on the 30k map seconds of drawing for nothing). The map as opened
 * stays known to the page (maps.ts `openedInstead`): an Undo shows it, a later Apply starts from it, and the key of a
 * kept map is its fingerprint, so a map built again on the server never matches a map kept from the one before.
 * Loaded only when needed (a `names=` link at start-up, the who-is-who feature's chunk).
 */
import type { BuildReport } from '../../../core/bundle/report-types';
import type { Abstracts } from '../../../core/bundle/types';
import type { AliasDecision } from '../../../core/queries/synonyms';
import { validateAbstracts, validateBundle } from '../../../core/bundle/validate';
import { prepareDataset, type Dataset } from '../../data/dataset';
import type { DatasetEntry } from '../../data/load-bundle';
import { hasSources, rememberSourcesLoader, sourcesOf } from '../../data/dataset-sources';
import { NAMES_PARAM, type UrlSelection } from '../../url/url-state';
import { takeHeldSelection } from '../../url/held-selection';
import { dropKeptMaps, dropKeptMapsBut, hasKeptMap, loadKeptMap, saveKeptMap } from '../import/datasets-db';
import { keptMapOwner, mapFingerprint, packJson, unpackJson, type KeptMapKey } from '../import/kept-maps';
import { decodeDecisions } from './decisions-url';
import { linesInMap } from './lines-in-map';
import { acceptedKeeps, lineConflicts } from './merge-groups';
import { linesKey, openedInstead } from './maps';

/** The notes of each rebuilt map's build about its alias file (a name mapped to two people, a line that matched no paper). */
const aliasNotes = new WeakMap<Dataset, string[]>();

/** What each map rebuilt here (or kept) kept of the map it was rebuilt from (the build report's `previousMap`). */
const keptOf = new WeakMap<Dataset, NonNullable<BuildReport['previousMap']>>();

/** Maps opened as kept in this browser (kept-maps.ts), not rebuilt in this page. */
const openedKept = new WeakSet<Dataset>();

/** The key each map rebuilt here (or opened as kept) is kept under: the one it was built or found with. */
const keys = new WeakMap<Dataset, KeptMapKey>();

/** The datasets (owners) whose kept maps the user dropped in this page by undoing every decision (`forgetKeptMaps`). */
const forgotten = new Set<string>();

/** `dataset`, rebuilt here, is kept under `key` (the build worker keeps it: `keepAgain` keeps it again if it is gone). */
export function keptUnder(dataset: Dataset, key: KeptMapKey): void {
  keys.set(dataset, key);
  forgotten.delete(key.owner);
}

/** `run` in the page's idle time (or a task of its own where there is none). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 0);
}

/**
 * The map `dataset`, rebuilt here or opened as kept, shown again from the page's memory (maps.ts: an Apply of lines
 * applied before in this page), kept in this browser again under its key if it is no longer there (every decision
 * undone and applied dropped it in this page: `forgetKeptMaps`), so a reload still opens it: in the page's idle
 * time, packed here (JSON and gzip) as the worker packs it. Only then: a map replaced by a later Apply's is not
 * packed again at every step Back and Forward (the 30k map's JSON is a long task). Nothing for a map with no key (the
 * map as opened). Rejects never; a map that cannot be kept (quota) is rebuilt by the next reload, as after an Apply.
 */
export function keepAgain(dataset: Dataset): void {
  const key = keys.get(dataset);
  if (!key || !forgotten.has(key.owner)) return;
  forgotten.delete(key.owner);
  whenIdle(() => {
    void (async () => {
      if (await hasKeptMap(key)) return;
      await saveKeptMap(key, {
        format: 1,
        savedAt: Date.now(),
        bundle: await packJson(dataset.bundle),
        abstracts: await packJson(await dataset.abstracts()),
        previousMap: keptOf.get(dataset) ?? null,
        aliasNotes: aliasNotes.get(dataset) ?? [],
      });
    })().catch(() => undefined);
  });
}

/**
 * Remember what the build of the rebuilt map `dataset` said: `notes`, its notes about the alias file, each
 * "file, line N: note" (none: nothing kept); `previousMap`, what it kept of the map it started from (null: none).
 */
export function noteRebuilt(dataset: Dataset, notes: readonly string[], previousMap: NonNullable<BuildReport['previousMap']> | null): void {
  if (notes.length > 0) aliasNotes.set(dataset, [...notes]);
  if (previousMap) keptOf.set(dataset, previousMap);
}

/**
 * The notes the build of `dataset` made about its alias file, each "file, line N: note" (none for a map not rebuilt
 * here). The alias lines' problems were in the build report only; the review list and the card show them.
 */
export const aliasNotesOf = (dataset: Dataset): readonly string[] => aliasNotes.get(dataset) ?? [];

/** What the rebuild of `dataset` kept of the map it started from (the build report's `previousMap`), or null. */
export const previousMapOf = (dataset: Dataset): NonNullable<BuildReport['previousMap']> | null => keptOf.get(dataset) ?? null;

/** Whether `dataset` was opened as kept in this browser (no rebuild). */
export const wasOpenedKept = (dataset: Dataset): boolean => openedKept.has(dataset);

/**
 * The map kept in this browser for `key` opened as a dataset in place of `dataset` (its id and name, its paper lists
 * for a later Apply, read when asked: `entries`, the site's datasets), or null when none is kept (or the browser's
 * storage cannot be read). A kept map that cannot be read or is not a valid bundle is dropped (the map is rebuilt
 * instead). Rejects never.
 */
export async function openKept(key: KeptMapKey, dataset: Dataset, entries: DatasetEntry[]): Promise<Dataset | null> {
  const record = await loadKeptMap(key).catch(() => undefined);
  if (!record || record.format !== 1) return null;
  try {
    const bundle = validateBundle(await unpackJson(record.bundle), `the map rebuilt with your decisions (kept in this browser)`);
    let abstracts: Promise<Abstracts> | null = null;
    // (only the abstracts' bytes are held for later, not the bundle's)
    const packed = record.abstracts;
    const next = prepareDataset(
      bundle,
      () =>
        (abstracts ??= unpackJson(packed).then((a) => validateAbstracts(a, bundle.papers.title.length, 'abstracts of the rebuilt map'))),
      dataset.id,
    );
    next.name = dataset.name;
    // a later Apply or Undo builds from the same paper lists, read when asked
    if (hasSources(dataset, entries)) rememberSourcesLoader(next, () => sourcesOf(dataset, entries));
    noteRebuilt(next, record.aliasNotes, record.previousMap);
    openedKept.add(next);
    keys.set(next, key);
    return next;
  } catch {
    void dropKeptMaps(key.owner).catch(() => undefined);
    return null;
  }
}

/**
 * Where the map of `lines` on the dataset shown is kept in this browser: its owner (the dataset), the map the
 * rebuild starts from (`from`, the map as opened) and the alias lines a rebuild applies. Null: not kept (no lines, a
 * dataset with neither id nor address). The one key an Apply stores under and a reload opens by (`keptMapAtStart`).
 */
export function keptKeyOf(dataset: Dataset, bundlePath: string | null, from: Dataset, applies: readonly AliasDecision[]): KeptMapKey | null {
  const owner = keptMapOwner(dataset.id, bundlePath);
  if (owner === null || applies.length === 0) return null;
  return { owner, fingerprint: mapFingerprint(from.bundle), lines: linesKey(applies) };
}

/**
 * At start-up (a page opened, reloaded, or Back/Forward to another dataset's entry): the map kept in this browser
 * for the decisions of the address `search` (its `names=`) on `asOpened`, the map just fetched or read for it
 * (`bundlePath`: its `?bundle=` address, null for a `ds=` dataset; `entries`: the site's datasets), or null when
 * there is none to open instead (no `names=`, decisions that cannot be read or apply no line to this map, no paper
 * lists at hand, nothing kept for exactly this map and these lines). The key is formed as an Apply forms it
 * (`keptKeyOf`: the fingerprint of the map as opened, the lines the rebuild would apply), so a map built
 * again on the server opens as served and is rebuilt. On a hit, `asOpened` is remembered as the map as opened
 * (maps.ts) and the selection the link holds for the rebuilt map (held-selection.ts) is handed back with it: the
 * kept map is that map. Rejects never.
 */
export async function keptMapAtStart(
  asOpened: Dataset,
  bundlePath: string | null,
  search: string,
  entries: DatasetEntry[],
): Promise<{ dataset: Dataset; selection: UrlSelection | null } | null> {
  const value = new URLSearchParams(search).get(NAMES_PARAM);
  if (!value) return null;
  const saved = decodeDecisions(value);
  if (!saved || keptMapOwner(asOpened.id, bundlePath) === null || !hasSources(asOpened, entries)) return null;
  // as restore.ts takes them up and rebuild.ts applies them: the lines naming an author of this map, one line per
  // spelling given to two people
  const lines = linesInMap(asOpened.bundle, saved.lines).applies;
  const applies = lineConflicts(lines, acceptedKeeps(saved.decisions)).applies;
  const key = keptKeyOf(asOpened, bundlePath, asOpened, applies);
  const kept = key ? await openKept(key, asOpened, entries) : null;
  if (!kept) return null;
  openedInstead(kept, asOpened, lines);
  return { dataset: kept, selection: takeHeldSelection() };
}

/**
 * The maps kept in this browser for `asOpened`'s dataset (`bundlePath` as for `keptMapAtStart`) that were rebuilt
 * from another version of it (another fingerprint: a served map built again since) dropped, in the page's idle
 * time: no reload can open them any more (the key never matches), and each holds a whole map (9 KB for the seed
 * list, 1.3 MB for the 3k ACL map, gzip JSON: README). Rejects never.
 */
export function forgetOtherVersions(asOpened: Dataset, bundlePath: string | null): void {
  const owner = keptMapOwner(asOpened.id, bundlePath);
  if (owner === null) return;
  whenIdle(() => void dropKeptMapsBut(owner, mapFingerprint(asOpened.bundle)).catch(() => undefined));
}

/**
 * The maps kept in this browser for `dataset`'s dataset (`bundlePath` as for `keptMapAtStart`) dropped: the user
 * undid every decision and applied that (the map as opened is shown, and no reload needs a rebuilt map). Rejects never.
 */
export function forgetKeptMaps(dataset: Dataset, bundlePath: string | null): void {
  const owner = keptMapOwner(dataset.id, bundlePath);
  if (owner === null) return;
  forgotten.add(owner);
  void dropKeptMaps(owner).catch(() => undefined);
}
