/**
 * Apply alias lines at once in the browser: rebuild the dataset from its paper lists with the alias
 * file (in the import's build worker, with progress; not saved) and open the result in place of the current one.
 * The paper lists are the same sources the dataset was built from (data/dataset-sources.ts): files go to
 * the worker as bytes and are decoded there as on import.
 */
import { STAGE_LABELS, STAGES, type Stage } from '../../../core/stages';
import { prepareDataset, type Dataset } from '../../data/dataset';
import type { DatasetEntry } from '../../data/load-bundle';
import { hasSources, rememberSources, sourcesOf, type DatasetSources } from '../../data/dataset-sources';
import { notKeptText, type KeptMapKey } from '../import/kept-maps';
import { forgetKeptMaps, keepAgain, keptKeyOf, keptUnder, noteRebuilt, openKept, previousMapOf as keptPreviousMapOf, wasOpenedKept } from './kept-open';
import { useAtlas } from '../../store';
import { selectedNode, type Selection } from '../../store/types';
import { startBuild } from '../import/build-client';
import type { BuildDone } from '../import/build-protocol';
import { combinedAliasFile } from './alias-file';
import { acceptedKeeps, lineConflicts } from './merge-groups';
import { openingApplied } from './decisions-url';
import { focusCardHeading, focusIsLost } from '../../focus-back';
import { decisionCounts, openingRebuilt, sameLine, useWhoIsWho } from './store';
import { currentAddress, flushHistory, inPlaceHistory } from '../../url/history-writes';
import type { UrlSettings } from '../../url/url-state';
import { mapWith, rememberMap } from './maps';
import type { AliasDecision } from '../../../core/queries/synonyms';
import type { PreviousMap } from '../../../core/analyse/previous-map';
import type { BuildReport } from '../../../core/bundle/report-types';
import type { Bundle } from '../../../core/bundle/types';
import { plural } from '../../format';
import { settingsAcross } from './filters-across';
import { carryNameChecks } from './use-worker-insight';


/** The name the alias file of a rebuild goes by in notes and errors. */
const ALIAS_FILE_NAME = 'aliases.tsv (review list)';

export { aliasNotesOf, wasOpenedKept } from './kept-open';

/**
 * The columns of the map a rebuild starts from (the pipeline's `previous`; `runBuild`): only those, so the worker is
 * not sent the whole bundle (its links, venues…). The columns themselves, not copies. Throws nothing.
 */
export function previousMapOf(bundle: Bundle): PreviousMap {
  const { authors, papers, communities } = bundle;
  return {
    authors: { name: authors.name, paperCount: authors.paperCount, community: authors.community, x: authors.x, y: authors.y },
    papers: { title: papers.title, year: papers.year, authors: papers.authors, community: papers.community, x: papers.x, y: papers.y },
    communities: communities.map((c) => ({ label: c.label, terms: c.terms, x: c.x, y: c.y })),
  };
}

/**
 * What an Apply says once the map is rebuilt: the merges and splits it has (`merges`, `splits`: counts of the
 * user's decisions applied) and, when the build started from the map as opened (`kept`: the report's `previousMap`;
 * `communities`: the rebuilt map's count), that the layout and the communities were kept where the decisions did
 * not change them: "Map rebuilt with 1 merge; layout and communities kept where unchanged (600 of 601 communities
 * as they were)." A map not rebuilt here (`kept` null: the map as opened, kept in the page, shown again by an Undo
 * applied) says so: "Map without merges or splits shown again, as it was opened." Throws nothing.
 */
export function appliedText(merges: number, splits: number, kept: NonNullable<BuildReport['previousMap']> | null, communities: number): string {
  const parts = [merges > 0 ? `${merges} ${plural('merge', merges)}` : '', splits > 0 ? `${splits} ${plural('split', splits)}` : ''].filter(Boolean);
  const what = parts.length > 0 ? `with ${parts.join(' and ')}` : 'without merges or splits';
  if (!kept) return `Map ${what} shown again, as it was opened.`;
  return `Map rebuilt ${what}; layout and communities kept where unchanged (${kept.communitiesContinued.toLocaleString('en')} of ${communities.toLocaleString('en')} ${plural('community', communities)} as they were).`;
}

/** Why the map rebuilt here could not be kept in this browser (quota…): a reload will rebuild it. */
const notKept = new WeakMap<Dataset, string>();

/**
 * What an Apply says when the map rebuilt with the decisions was kept in this browser and opened as it was, with no
 * rebuild (`merges`, `splits`: the user's decisions applied): "Opened the map as rebuilt with your 1 merge (kept in
 * this browser); nothing was rebuilt." Throws nothing.
 */
export function openedKeptText(merges: number, splits: number): string {
  const parts = [merges > 0 ? `${merges} ${plural('merge', merges)}` : '', splits > 0 ? `${splits} ${plural('split', splits)}` : ''].filter(Boolean);
  return `Opened the map as rebuilt with your ${parts.join(' and ') || 'decisions'} (kept in this browser); nothing was rebuilt.`;
}

export { notKeptText } from '../import/kept-maps';

/** Whether the paper lists behind `dataset` are at hand (else only the alias file can be downloaded). */
export const canRebuild = (dataset: Dataset, entries: DatasetEntry[]): boolean => hasSources(dataset, entries);

/**
 * Build in the import's worker (the same pipeline as the CLI), not saved as an import (kept under `keepAs` once shown,
 * kept-maps.ts: a reload opens it instead of building it again), starting from
 * the map as it was opened (`mapWith([])`; the map shown when that is not kept): the layout and communities are kept
 * where the decisions leave them. The map as opened rather than the last one rebuilt, so the map of a set of
 * decisions is the same however it was reached (Apply after Apply, Back and Forward, a shared link's `names=`
 * rebuilt elsewhere), and the map shown has the same places for everything the decisions leave alone.
 */
function runBuild(dataset: Dataset, sources: DatasetSources, aliasText: string, keepAs: KeptMapKey | null, onProgress: (stage: Stage, fraction: number) => void) {
  const { bundle } = dataset;
  const from = mapWith([]) ?? dataset;
  return new Promise<BuildDone>((resolve, reject) => {
    startBuild(
      {
        id: `rebuild-${dataset.id ?? 'dataset'}`,
        name: bundle.name,
        sources: sources.inputs,
        options: bundle.options,
        aliases: { name: ALIAS_FILE_NAME, text: aliasText },
        save: false,
        previous: previousMapOf(from.bundle),
        keepAs,
      },
      {
        onProgress: (stage, fraction) => {
          if (stage !== 'read' && stage !== 'save') onProgress(stage, fraction);
        },
        onDone: resolve,
        onFailed: (problem) =>
          reject(new Error(problem.file ? `${problem.file}${problem.line ? `, line ${problem.line}` : ''}: ${problem.problem}` : problem.problem)),
      },
    );
  });
}

/**
 * Gives the keyboard focus to the open card's heading in the frames after an Apply pressed in it, while the focus is on
 * nothing (the Apply button was disabled, or the card's content redrawn for the rebuilt map); for about a second, and
 * never from where the user put it meanwhile. Throws nothing.
 */
function focusInCardOnceDrawn(): void {
  let frames = 0;
  // (a disabled button keeps the focus in some browsers, where keys no longer reach it)
  const lost = () => focusIsLost() || (document.activeElement instanceof HTMLButtonElement && document.activeElement.disabled);
  requestAnimationFrame(function again() {
    if (!lost() || focusCardHeading() || ++frames > 60) return;
    requestAnimationFrame(again);
  });
}

/**
 * The lines a rebuild applies of `lines`: a spelling given to two people by lines not all backed by accepted merges
 * goes to one of them only (merge-groups.ts `lineConflicts`; the review list says which), where the transitive
 * alias file made all three one person.
 */
function appliedOf(lines: readonly AliasDecision[]): AliasDecision[] {
  return lineConflicts(lines, acceptedKeeps(useWhoIsWho.getState().decisions)).applies;
}

/**
 * The current paper list built with exactly `lines` (none: as opened): a map kept from before (maps.ts) at once,
 * else built in the worker, with its progress in the store's `rebuild` (which the caller sets back). Throws what
 * the build throws (a file, line and problem in its message) and when the paper lists are not at hand.
 */
export async function mapBuiltWith(lines: readonly AliasDecision[]): Promise<Dataset> {
  const kept = mapWith(lines);
  if (kept) {
    // (kept in this browser again if every decision undone and applied dropped it)
    keepAgain(kept);
    return kept;
  }
  const { dataset, datasets, source } = useAtlas.getState();
  if (!dataset) throw new Error('no dataset is open');
  const applies = appliedOf(lines);
  const keepAs = keptKeyOf(dataset, source.bundle, mapWith([]) ?? dataset, applies);
  // the map of these lines kept in this browser by an earlier Apply (a reload of its link): opened, not rebuilt
  const stored = keepAs ? await openKept(keepAs, dataset, datasets) : null;
  if (stored) {
    rememberMap(lines, stored);
    return stored;
  }
  useWhoIsWho.getState().setRebuild({ status: 'running', label: 'Reading files', fraction: 0 });
  const sources = await sourcesOf(dataset, datasets);
  const result = await runBuild(dataset, sources, combinedAliasFile(applies, sources.aliases), keepAs, (stage, fraction) =>
    useWhoIsWho.getState().setRebuild({ status: 'running', label: STAGE_LABELS[stage], fraction: (STAGES.indexOf(stage) + fraction) / STAGES.length }),
  );
  const abstracts = result.abstracts ?? result.bundle.papers.title.map(() => null);
  const next = prepareDataset(result.bundle, () => Promise.resolve(abstracts), dataset.id);
  // the rebuilt map goes by the name the map before it was shown under (the site's index entry's, if it had one)
  next.name = dataset.name;
  rememberSources(next, sources);
  const notes = result.report.notes.filter((n) => n.file === ALIAS_FILE_NAME).map((n) => `${n.file}, line ${n.line}: ${n.note}`);
  noteRebuilt(next, notes, result.report.previousMap ?? null);
  rememberMap(lines, next);
  // kept in this browser by the worker once shown; if it could not be, a reload rebuilds it: said under Apply
  if (keepAs) {
    keptUnder(next, keepAs);
    void result.saved.then(({ keptProblem }) => {
      if (!keptProblem) return;
      notKept.set(next, keptProblem);
      const { rebuild } = useWhoIsWho.getState();
      if (rebuild.status === 'idle' && rebuild.done?.dataset === next) {
        useWhoIsWho.getState().setRebuild({ status: 'idle', done: { dataset: next, text: `${rebuild.done.text} ${notKeptText(keptProblem)}` } });
      }
    });
  }
  return next;
}

/**
 * Rebuild the current dataset with every accepted alias line (or `opts.lines`: restoring a link builds
 * with the lines that were applied, the others stay to apply) and show it; `focusName` (a person's
 * display name or spelling) is selected in it when found: their card stays open and the rebuilt map opens framed on them
 * beside it, as a card opened on the map is (it opened on the whole map, then the camera went on to them seconds later and
 * left their disc under the card: a tester). An Apply pressed in a card leaves the keyboard focus in the card: on its
 * heading once the card of the rebuilt map is drawn, when the focus was lost meanwhile (the button it was on is
 * disabled while the map is rebuilt; the card closed gave it to the search field). Failures go to the store's `rebuild`.
 * A map built with the same lines before in this page is shown again at once (maps.ts). `opts.byNames`: what the map
 * shown shows by its numbers (the co-author chain) goes over to the rebuilt map by names (decisions-url.ts
 * `openingApplied`), as for the user's Apply (the default without `opts.lines`); the tab's decisions taken up on the
 * map shown ask for it (restore.ts), a link's do not (its chain numbers the rebuilt map). `opts.settings`: the filters and
 * view settings the rebuilt map opens with (a link's, which number it: restore.ts); without them, the defaults. Resolves
 * to null once the rebuilt map is shown, else to why not (the build's problem, also in the store's `rebuild`); rejects never.
 * `opts.undo` with `opts.lines`: the lines are the user's own step (`undoDecision`), applied as the user's Apply is (a
 * step Back undoes, the chain carried by names), not decisions taken up.
 */
export async function applyAliasLines(
  focusName: string | null = null,
  opts: { selection?: Selection | null; lines?: AliasDecision[]; byNames?: boolean; settings?: UrlSettings | null; undo?: boolean } = {},
): Promise<string | null> {
  // `opts.lines` with `undo`: the user's step (a merge's or split's Undo, `undoDecision`), as an Apply; else a link's or the tab's decisions taken up
  const takenUp = opts.lines !== undefined && !opts.undo;
  const { dataset, view } = useAtlas.getState();
  const insights = useWhoIsWho.getState();
  if (!dataset) return 'no dataset is open';
  if (insights.rebuild.status === 'running') return 'the map is being rebuilt already';
  const lines = opts.lines ?? insights.aliasLines;
  const inCard = document.activeElement instanceof Element && document.activeElement.closest('.details') !== null;
  // no progress until a rebuild starts: the map may be kept in this browser (mapBuiltWith)
  insights.setRebuild({ status: 'running', label: 'Reading files', fraction: 0, lookingUp: true });
  try {
    const next = await mapBuiltWith(lines);
    const names = next.bundle.authors;
    const found = focusName === null ? -1 : names.name.findIndex((n, i) => n === focusName || names.aliases[i].includes(focusName));
    // a card (the review list) stays open; a node's index may mean someone else in the rebuilt dataset: the person
    // the user was looking at (`focusName`) opens by name, framed as on a card's opening (openDataset's camera)
    const { selection } = useAtlas.getState();
    flushHistory();
    const before = currentAddress();
    // the review list stays open at its top: its place (`review=27.2`) names authors of the map before, which on the
    // rebuilt one are others or none (a tester: after Apply, a note said the link's pair "Dhruv Choudhary" / "Ching-Yao
    // Chuang" was not on the list, with no link followed)
    const kept = selectedNode(selection) ? null : selection?.kind === 'review' ? { kind: 'review' as const } : selection;
    const opened = found >= 0 ? { kind: 'author' as const, index: found } : opts.selection !== undefined ? opts.selection : kept;
    // the name checks of the map shown stay on screen for the rebuilt map, said to be the map before's, until its own
    // answer (the review list and the sidebar said "getting the names ready, 5%" for 13 s on the 30k map)
    const shown = useAtlas.getState().dataset;
    if (shown) carryNameChecks(shown.bundle, next.bundle);
    // with a link's filters and view settings, which number the rebuilt map (`opts.settings`); else those shown now,
    // found again on the rebuilt map (an Apply reset them, a tester: filters-across.ts)
    const open = () =>
      openingRebuilt(() => {
        const now = useAtlas.getState();
        const settings = opts.settings ?? (now.dataset ? settingsAcross(now.dataset.bundle, next.bundle, now) : undefined);
        now.openDataset(next, { selection: opened, view, ...(settings ? { settings } : {}) });
      });
    // decisions taken up (restore.ts) rebuild the map of the entry shown: no step of the user's
    const opening = !takenUp ? open : () => inPlaceHistory(open);
    // decisions taken up on the map that is already theirs (a link's map kept in this browser, opened at start-up in
    // place of the map as opened: kept-open.ts `keptMapAtStart`): left as shown, with the link's selection, filters
    // and view, not opened again
    const shownAlready = takenUp && next === useAtlas.getState().dataset;
    // the user's Apply, or the tab's decisions on the map shown: the chain traced goes on to the rebuilt map (a
    // link's decisions restored: the link's chain)
    if (!shownAlready) {
      if (opts.byNames ?? !takenUp) openingApplied(opening);
      else opening();
    }
    // an Apply is a step Back undoes (history.ts shows the map of the entry before it): the map opened has an entry
    // of its own, also when its address would be the same (UrlController skips a push that changes nothing: from
    // the review list, an Apply replaced the list's entry, and Back skipped it); not a link's decisions restored
    if (!takenUp) {
      flushHistory();
      if (currentAddress() === before) window.history.pushState(null, '', before);
    }
    // kept in the link at once (a reload while the canvas catches up keeps the applied lines)
    useWhoIsWho.getState().markApplied(lines);
    // every decision undone and that applied: no reload needs a rebuilt map of this dataset, the one kept goes
    if (!takenUp && lines.length === 0) forgetKeptMaps(next, useAtlas.getState().source.bundle);
    const counts = decisionCounts(useWhoIsWho.getState());
    const merges = counts.merges - counts.pendingMerges;
    const splits = counts.splits - counts.pendingSplits;
    const problem = notKept.get(next);
    const text = wasOpenedKept(next)
      ? openedKeptText(merges, splits)
      : `${appliedText(merges, splits, keptPreviousMapOf(next), next.bundle.communities.length)}${problem ? ` ${notKeptText(problem)}` : ''}`;
    useWhoIsWho.getState().setRebuild({ status: 'idle', done: { dataset: next, text } });
    if (inCard) focusInCardOnceDrawn();
    return null;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    useWhoIsWho.getState().setRebuild({ status: 'error', message });
    return message;
  }
}

/**
 * The Undo of an accepted merge or split (the review list's Accepted, the author card's merge note and split), one
 * step: its lines `lines` are taken back (with `opts.key`, a merge's verdict on that pair too: the store's `decide`),
 * and when the map shown was built with them it is rebuilt at once without them (the lines it was built with less
 * these, as an Apply: shown again at once when drawn before in this page, maps.ts; a step Back shows the map with
 * them again), so the merge or split is gone from the map, the lists and the link with one press. It took two (Undo,
 * then "Undo in the explorer": a tester, for a split first, then for a merge). Decisions accepted and not applied yet
 * stay to apply. Lines not applied (or no longer accepted), a map this page cannot rebuild (no paper lists:
 * `canRebuild`) or a rebuild under way: the lines are taken back only, and the next Apply rebuilds without them.
 * `opts.focusName`: as `applyAliasLines`' `focusName`. Resolves to null, or to why the rebuild failed (also in the
 * store's `rebuild`); rejects never.
 */
export async function undoDecision(lines: readonly AliasDecision[], opts: { key?: string; focusName?: string | null } = {}): Promise<string | null> {
  const st = useWhoIsWho.getState();
  const has = (list: readonly AliasDecision[], l: AliasDecision) => list.some((x) => sameLine(l, x));
  // lines accepted and in the map shown: the map changes
  const wasApplied = lines.some((l) => has(st.aliasLines, l) && has(st.applied, l));
  if (opts.key !== undefined) st.decide(opts.key, null, [...lines]);
  else st.removeAliasLines([...lines]);
  const { dataset, datasets } = useAtlas.getState();
  if (!wasApplied || !dataset || !canRebuild(dataset, datasets) || st.rebuild.status === 'running') return null;
  const keep = st.applied.filter((l) => !has(lines, l));
  return applyAliasLines(opts.focusName ?? null, { lines: keep, undo: true });
}
