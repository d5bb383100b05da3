/**
 * The co-author chain being traced: its two ends and the chain found. A found chain is written into the
 * explorer's emphasis (the canvas highlights it) and framed by the camera; another dataset clears it. The two
 * ends live in the URL (`chain=12.34`, url-state.ts): a reload or a shared link traces the same chain, and
 * Back/Forward bring back the chain of the entry stepped to.
 */
import { create } from 'zustand';
import { shortestCoauthorChain, type CoauthorChain } from '../../../core/queries/chains';
import type { NodeRef } from '../../graph/node-keys';
import type { Dataset } from '../../data/dataset';
import { useAtlas } from '../../store';
import { chainInUrl, namesOtherDataset, parseUrlState, withChain } from '../../url/url-state';
import { pageEntry, replaceQuery, shownEntry } from '../../url/history-writes';
import { isOpeningApplied, lastDecisionsTakenUp, NAMES_PARAM, onDecisionsTakenUp, type TakenUp } from '../whoiswho/decisions-url';
import { chainEmphasis } from './chain-emphasis';
import { timeSlice } from '../../../core/queries/time-slice';

export interface PathState {
  from: number | null;
  to: number | null;
  /** The chain found for from → to; null when none is searched yet or they are not connected. */
  chain: CoauthorChain | null;
  /** 'none': from and to are not connected. */
  status: 'idle' | 'found' | 'none';
  /**
   * The year range the chain was traced in ([first, last]: the links of its papers only, as the map draws them:
   * core/queries/time-slice.ts), or null for all years. A new range traces the chain again.
   */
  years: readonly [number, number] | null;
}

export interface ChainState {
  path: PathState;
  setPathEnd(end: 'from' | 'to', author: number | null): void;
  clearPath(): void;
}

const NO_PATH: PathState = { from: null, to: null, chain: null, status: 'idle', years: null };

/**
 * Trace the chain between `path`'s two ends on the open dataset in the store's year range (its links only: the
 * range's time slice, the one the map draws), write it and its emphasis; `frame`: move the camera onto it too (a
 * new end; a new year range re-traces in place).
 */
function trace(set: (state: Partial<ChainState>) => void, ends: Pick<PathState, 'from' | 'to'>, frame: boolean): void {
  const atlas = useAtlas.getState();
  const dataset = atlas.dataset;
  const years = atlas.filters.years;
  const path = { ...ends, years };
  if (path.from === null || path.to === null || !dataset) {
    set({ path: { ...path, chain: null, status: 'idle' } });
    if (atlas.emphasis?.by === 'chain') atlas.emphasise(null);
    return;
  }
  const chain = shortestCoauthorChain(dataset.bundle, path.from, path.to, years ? timeSlice(dataset.bundle, years) : null);
  set({ path: { ...path, chain, status: chain ? 'found' : 'none' } });
  // not connected: the two ends alone stand out on the map, both framed (nothing changed on screen: tester)
  atlas.emphasise(chain ? chainEmphasis(chain) : path.from === path.to ? null : { by: 'chain', nodes: [{ kind: 'author', index: path.from }, { kind: 'author', index: path.to }], steps: [] });
  if (!frame) return;
  if (!chain && path.from !== path.to) atlas.moveCamera({ kind: 'nodes', refs: [{ kind: 'author', index: path.from }, { kind: 'author', index: path.to }] });
  // frame the whole chain, clear of the panels: its authors and, in the authors-and-papers view, the paper of
  // each step (two direct co-authors framed alone left their shared paper, and so the line, off screen: tester)
  if (chain && chain.authors.length > 1) {
    const refs: NodeRef[] = chain.authors.map((index) => ({ kind: 'author' as const, index }));
    for (const step of chain.steps) refs.push({ kind: 'paper', index: step.paper });
    // (zoomed in as far as the chain fits, until its authors are drawn apart at a readable size: on the 30k map
    // Mona Diab and Kathleen McKeown, 10 px apart at the chain's framing, were drawn as 4 px discs)
    atlas.moveCamera({ kind: 'nodes', refs, apart: true });
  }
}

export const useChain = create<ChainState>()((set, get) => ({
  path: NO_PATH,
  setPathEnd: (end, author) => {
    const { from, to } = get().path;
    trace(set, { from, to, [end]: author }, true);
  },
  clearPath: () => {
    set({ path: NO_PATH });
    const atlas = useAtlas.getState();
    if (atlas.emphasis?.by === 'chain') atlas.emphasise(null);
  },
}));

/** The page's query string ('' outside a browser: the unit tests import this store in Node). */
const search = (): string => (typeof window === 'undefined' ? '' : window.location.search);

/** While the chain is set from the URL, the URL is not written back. */
let fromUrl = false;

/** Trace the chain the URL names, if its two authors exist in the open dataset and it is not the one traced. */
function traceFromUrl(): void {
  const dataset = useAtlas.getState().dataset;
  if (!dataset) return;
  const ends = chainInUrl(search());
  const { from, to } = useChain.getState().path;
  // a chain that cannot be traced as written (chain=abc, or the same author twice: chain=2706.2706) says so and
  // leaves the address, as one naming authors the map lacks does (it stayed in the URL, traced nothing, a tester)
  const written = new URLSearchParams(search()).get('chain');
  if (written !== null && (!ends || ends.from === ends.to)) {
    const note = `This link’s chain=${written} could not be read${ends ? ' (a co-author chain is between two different authors)' : ''} and was left out.`;
    const { linkNote } = useAtlas.getState();
    if (!linkNote?.includes(note)) useAtlas.setState({ linkNote: linkNote ? `${linkNote} ${note}` : note });
    replaceQuery((query) => withChain(query, null));
    if (from !== null && to !== null) useChain.getState().clearPath();
    return;
  }
  if (!ends) {
    if (from !== null && to !== null) useChain.getState().clearPath();
    return;
  }
  // a link naming authors this map does not have traces nothing, says so (it was silent, a tester) and leaves the
  // address (its `chain` stayed there)
  const authors = dataset.bundle.authors.name.length;
  if (ends.from >= authors || ends.to >= authors) {
    const note = `This link asks for the co-author chain chain=${ends.from}.${ends.to} (it has ${authors.toLocaleString('en')} ${authors === 1 ? 'author' : 'authors'}, numbered from 0), which this map does not have: it may have been made on another version of the data.`;
    const { linkNote } = useAtlas.getState();
    if (!linkNote?.includes(note)) useAtlas.setState({ linkNote: linkNote ? `${linkNote} ${note}` : note });
    replaceQuery((query) => withChain(query, null));
    return;
  }
  if (ends.from === from && ends.to === to) return;
  fromUrl = true;
  try {
    useChain.getState().setPathEnd('from', ends.from);
    useChain.getState().setPathEnd('to', ends.to);
  } finally {
    fromUrl = false;
  }
}

/**
 * The chain of the link the page was opened with, still to trace: on the dataset open when this module loads
 * (it loads after the first frame), or — when the link also carries applied name decisions (`names=`), whose
 * rebuild renumbers the authors the link's chain is numbered in — on the rebuilt dataset, the next one opened, or
 * on the one shown when the decisions taken up rebuild nothing (`traceWithoutRebuild`).
 */
let linkChain = new URLSearchParams(search()).has('chain');
/**
 * Whether the next dataset opened is the map as listed before the rebuild that `names=` asks for (it is not the
 * one the chain is numbered in: the rebuilt one, opened next, is): a link's, when no dataset is open yet, or the
 * entry's of another dataset stepped to.
 */
let skipOpening = linkChain && new URLSearchParams(search()).has(NAMES_PARAM) && !useAtlas.getState().dataset;
if (linkChain && useAtlas.getState().dataset && !new URLSearchParams(search()).has(NAMES_PARAM)) {
  linkChain = false;
  traceFromUrl();
}

/**
 * Where the dataset shown was opened from (its `source` when it opened; null before one is). Not the store's
 * `source`, which is the dataset opening: a step Back to another dataset's entry sets it (main.tsx) before the
 * dataset is shown, and the entry's chain was traced on the map still on screen (numbered differently), then
 * cleared with the URL's `chain=` when the entry's map opened.
 */
let shownSource: { dataset: string | null; bundle: string | null } | null = useAtlas.getState().dataset ? useAtlas.getState().source : null;

/**
 * The history entry (url/history-writes.ts key) whose chain is still to trace after a step Back or Forward to
 * another dataset's entry (null: a link's, at start-up). Another entry shown meanwhile (the user switched again
 * before a rebuild the entry's `names=` seemed to ask for came) drops it: its `chain=`, carried into the new
 * entry's address, numbers another map's authors.
 */
let linkEntry: string | null = null;

/**
 * The link's (or entry's) chain traced on the map shown when its decisions were taken up with no rebuild to come
 * (whoiswho/restore.ts: only decisions accepted, not applied yet; none readable; no paper lists at hand): the map
 * shown is the one it numbers. It waited for a rebuild that never came, the chain panel empty and `chain=` left in
 * the address (a tester, on the 30k map and the seed).
 */
function traceWithoutRebuild(taken: TakenUp): void {
  if (!linkChain || taken.rebuilds || taken.dataset !== useAtlas.getState().dataset) return;
  if (linkEntry !== null && linkEntry !== shownEntry()) return;
  linkChain = skipOpening = false;
  linkEntry = null;
  fromUrl = true;
  useChain.setState({ path: NO_PATH });
  fromUrl = false;
  traceFromUrl();
}
onDecisionsTakenUp(traceWithoutRebuild);
// (they may have been taken up before this module loaded)
{
  const taken = lastDecisionsTakenUp();
  if (taken) traceWithoutRebuild(taken);
}

// a chain is about one dataset: another one, or this one rebuilt (whose authors may be numbered anew), has none
// (openDataset clears the emphasis itself), but for the link's chain still to trace
useAtlas.subscribe((state, prev) => {
  if (state.dataset === prev.dataset || !state.dataset) return;
  shownSource = state.source;
  if (linkChain && linkEntry !== null && linkEntry !== shownEntry()) linkChain = skipOpening = false;
  if (linkChain) {
    // the map of a link (or an entry) with decisions, as listed: the rebuild the chain is numbered in comes next
    if (skipOpening) {
      skipOpening = false;
      return;
    }
    linkChain = false;
    fromUrl = true;
    useChain.setState({ path: NO_PATH });
    fromUrl = false;
    traceFromUrl();
    return;
  }
  if (prev.dataset && retraceOnRebuilt(prev.dataset, state.dataset)) return;
  useChain.setState({ path: NO_PATH });
});

/**
 * The chain traced on `old` traced again on `next` when `next` is the same paper list rebuilt by an Apply of
 * who-is-who decisions (whoiswho/decisions-url.ts `isOpeningApplied`; the same dataset id), by its two ends' names: old index → name → the
 * person on `next` with that display name or spelling (a merged name is a spelling of the person kept). An end
 * not found clears the chain and the link note says why. Returns false when `next` is another dataset or no
 * chain was traced (the caller clears it then).
 */
function retraceOnRebuilt(old: Dataset, next: Dataset): boolean {
  const { from, to } = useChain.getState().path;
  // only an Apply (a step Back/Forward to another map's entry traces the entry's own chain, on popstate)
  if (from === null || to === null || !isOpeningApplied() || old.id === null || old.id !== next.id) return false;
  const { name, aliases } = next.bundle.authors;
  const find = (n: string) => {
    const i = name.indexOf(n);
    return i >= 0 ? i : aliases.findIndex((a) => a.includes(n));
  };
  const fromName = old.bundle.authors.name[from];
  const toName = old.bundle.authors.name[to];
  const newFrom = fromName === undefined ? -1 : find(fromName);
  const newTo = toName === undefined ? -1 : find(toName);
  useChain.setState({ path: NO_PATH });
  if (newFrom < 0 || newTo < 0) {
    const gone = [newFrom < 0 ? fromName : null, newTo < 0 ? toName : null].filter((n): n is string => !!n);
    const note = `The co-author chain from ${fromName} to ${toName} was cleared: the rebuilt map has no author named ${gone.map((n) => `“${n}”`).join(' or ')}.`;
    const { linkNote } = useAtlas.getState();
    if (!linkNote?.includes(note)) useAtlas.setState({ linkNote: linkNote ? `${linkNote} ${note}` : note });
    return true;
  }
  fromUrl = true;
  try {
    useChain.getState().setPathEnd('from', newFrom);
    useChain.getState().setPathEnd('to', newTo);
  } finally {
    fromUrl = false;
  }
  // the link says the new ends once the Apply has given the rebuilt map its own history entry (rebuild.ts pushes it
  // in the same task): written now, they would go on the entry of the map before it
  queueMicrotask(() => {
    const { path } = useChain.getState();
    if (path.from === newFrom && path.to === newTo && useAtlas.getState().dataset === next) replaceQuery((query) => withChain(query, { from: newFrom, to: newTo }));
  });
  return true;
}

// a new year range: the chain traced again in it (its links only, as the map now draws them), in place
useAtlas.subscribe((state, prev) => {
  const [now, was] = [state.filters.years, prev.filters.years];
  if (now === was || (now && was && now[0] === was[0] && now[1] === was[1]) || state.dataset !== prev.dataset) return;
  const { from, to } = useChain.getState().path;
  if (from === null || to === null) return;
  trace((next) => useChain.setState(next), { from, to }, false);
});

// the URL follows the chain's two ends (replacing the entry: tracing a chain is not a step of Back)
useChain.subscribe((state, prev) => {
  if (fromUrl || (state.path.from === prev.path.from && state.path.to === prev.path.to)) return;
  const { from, to } = state.path;
  if (typeof window === 'undefined') return;
  replaceQuery((search) => withChain(search, from !== null && to !== null ? { from, to } : null));
});
// Back/Forward: the chain of the entry stepped to
// (an entry of another dataset than the one shown: main.tsx opens it, and its chain numbers that dataset's
// authors, not these: it is traced once that dataset is shown, as a link's is; it was traced on the map still
// shown, then cleared with the entry's `chain=` when the entry's map opened, a switch + Back lost it)
if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => {
    const url = parseUrlState(window.location.search);
    if (shownSource && namesOtherDataset(url, shownSource)) {
      const params = new URLSearchParams(window.location.search);
      linkChain = params.has('chain');
      skipOpening = linkChain && params.has(NAMES_PARAM);
      linkEntry = linkChain ? pageEntry() : null;
      return;
    }
    linkChain = false;
    skipOpening = false;
    linkEntry = null;
    traceFromUrl();
  });
