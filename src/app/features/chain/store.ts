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
import { linkPlaceHolds, useAtlas } from '../../store';
import { chainInUrl, parseUrlState, withChain } from '../../url/url-state';
import { pageEntry, replaceQuery, shownEntry } from '../../url/history-writes';
import { isOpeningApplied, lastDecisionsTakenUp, NAMES_PARAM, onDecisionsTakenUp, type TakenUp } from '../whoiswho/decisions-url';
import { heldFlag } from '../../held-flag';
import { chainEndsByName, linkChainAfter, NO_LINK_CHAIN, type LinkChain, type LinkChainEvent, type LinkChainMove } from './link-chain';
import { chainEmphasis } from './chain-emphasis';
import { sliceOf } from '../../../core/queries/time-slice';

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
  /** The venues the chain was traced in (their papers' links only), or null (absent) for all venues. */
  venues?: readonly number[] | null;
}

export interface ChainState {
  path: PathState;
  /**
   * The addresses' chains as this store follows them (link-chain.ts): the map shown, and the chain of the link or
   * history entry still to trace on the map it numbers. Written only by `follow` below.
   */
  link: LinkChain;
  /**
   * The ⚑ summary the chain panel shows above the steps of `chain` (chain-doubt.ts `chainDoubtSummary`, e.g.
   * "Passes through a name that may be at least 2 people (Fei Liu)"), null when none of its steps is flagged or its
   * names are still being checked. `checking`: a step of `chain` that may pass from one person to another still
   * has its name's check to come (the summary may come with it). Written by the chain panel (PathPanel.tsx, mounted
   * in the sidebar, drawer open or closed); read by the map's chain chip (ChainChip.tsx) for `path.chain` only (a
   * chain the panel has not yet looked at counts as still checked).
   */
  doubt: { chain: CoauthorChain | null; summary: string | null; checking: boolean };
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
  const { years, venues } = atlas.filters;
  const path = { ...ends, years, venues };
  if (path.from === null || path.to === null || !dataset) {
    set({ path: { ...path, chain: null, status: 'idle' } });
    if (atlas.emphasis?.by === 'chain') atlas.emphasise(null);
    return;
  }
  const chain = shortestCoauthorChain(dataset.bundle, path.from, path.to, sliceOf(dataset.bundle, years, venues));
  set({ path: { ...path, chain, status: chain ? 'found' : 'none' } });
  // not connected: the two ends alone stand out on the map, both framed (nothing changed on screen: tester)
  atlas.emphasise(chain ? chainEmphasis(chain) : path.from === path.to ? null : { by: 'chain', nodes: [{ kind: 'author', index: path.from }, { kind: 'author', index: path.to }], steps: [] });
  // (a chain a link names, traced as it opens, leaves the camera on the link's place on the map, `at=`, as its card does)
  if (!frame || (fromUrl.held() && linkPlaceHolds(atlas))) return;
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
  link: NO_LINK_CHAIN,
  doubt: { chain: null, summary: null, checking: false },
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

/** Held while the chain is set from the URL (or cleared for it): the URL is not written back. */
const fromUrl = heldFlag();

/** Adds `sentence` to the page's link note, once. */
function sayInLinkNote(sentence: string): void {
  const { linkNote } = useAtlas.getState();
  if (!linkNote?.includes(sentence)) useAtlas.setState({ linkNote: linkNote ? `${linkNote} ${sentence}` : sentence });
}

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
    sayInLinkNote(`This link’s chain=${written} could not be read${ends ? ' (a co-author chain is between two different authors)' : ''} and was left out.`);
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
    sayInLinkNote(
      `This link asks for the co-author chain chain=${ends.from}.${ends.to} (it has ${authors.toLocaleString('en')} ${authors === 1 ? 'author' : 'authors'}, numbered from 0), which this map does not have: it may have been made on another version of the data.`,
    );
    replaceQuery((query) => withChain(query, null));
    return;
  }
  if (ends.from === from && ends.to === to) return;
  fromUrl.during(() => {
    useChain.getState().setPathEnd('from', ends.from);
    useChain.getState().setPathEnd('to', ends.to);
  });
}

/** The chain traced forgotten, the address left as it is (its `chain=` is for the map to come, or traced next). */
const clearQuietly = (): void => fromUrl.during(() => useChain.setState({ path: NO_PATH }));

/** Moves the store's `link` record on by `event` (link-chain.ts `linkChainAfter`); returns what to do. */
function follow(event: LinkChainEvent): LinkChainMove {
  const { state, move } = linkChainAfter(useChain.getState().link, event);
  useChain.setState({ link: state });
  return move;
}

/** The params of the page's address that say what its chain waits for. */
function addressHas(query: string): { chain: boolean; names: boolean } {
  const params = new URLSearchParams(query);
  return { chain: params.has('chain'), names: params.has(NAMES_PARAM) };
}

// the link the page was opened with: its chain traced on the map shown when this module loads (it loads after the
// first frame), or waiting for the map it numbers (the rebuilt one, with `names=`)
{
  const { dataset, source } = useAtlas.getState();
  if (follow({ kind: 'start', ...addressHas(search()), open: dataset ? source : null }) === 'trace') traceFromUrl();
}

/**
 * Decisions taken up on the map shown (whoiswho/restore.ts `decisionsTakenUp`): with no rebuild to come (only
 * decisions accepted, not applied yet; none readable; no paper lists at hand), the waiting chain is traced on the map
 * shown, the one it numbers (it waited for a rebuild that never came, the chain panel empty and `chain=` left in the
 * address: a tester, on the 30k map and the seed). A rebuild that failed (`taken.failed`) traces it there too, with a
 * sentence in the link note naming its two ends: the link numbers the rebuilt map's authors, so they may be others
 * (it waited, untraced, and nothing said so).
 */
function onTakenUp(taken: TakenUp): void {
  const onShown = taken.dataset === useAtlas.getState().dataset;
  if (follow({ kind: 'taken-up', rebuilds: taken.rebuilds, onShown, entry: shownEntry }) !== 'trace') return;
  // said before the chain is framed, so the camera frames it clear of the note as it will be
  const ends = chainInUrl(search());
  const names = useAtlas.getState().dataset?.bundle.authors.name ?? [];
  const [fromName, toName] = ends ? [names[ends.from], names[ends.to]] : [];
  if (taken.failed && ends && fromName !== undefined && toName !== undefined && ends.from !== ends.to)
    sayInLinkNote(
      `The link’s co-author chain (chain=${ends.from}.${ends.to}) numbers the rebuilt map: on this one it runs from ${fromName} to ${toName}, who may not be the two the link meant.`,
    );
  clearQuietly();
  traceFromUrl();
}
onDecisionsTakenUp(onTakenUp);
// (they may have been taken up before this module loaded)
{
  const taken = lastDecisionsTakenUp();
  if (taken) onTakenUp(taken);
}

// a chain is about one dataset: another one, or this one rebuilt (whose authors may be numbered anew), has none
// (openDataset clears the emphasis itself), but for the address's chain waiting for this map, and the chain carried
// by names onto the same paper list rebuilt
useAtlas.subscribe((state, prev) => {
  if (state.dataset === prev.dataset || !state.dataset) return;
  const move = follow({ kind: 'opened', source: state.source, entry: shownEntry });
  if (move === 'skip') {
    // the map as listed before the rebuild the address's chain numbers (the chain of the map left goes with it)
    clearQuietly();
    return;
  }
  if (move === 'trace') {
    clearQuietly();
    traceFromUrl();
    return;
  }
  if (prev.dataset && retraceOnRebuilt(prev.dataset, state.dataset)) return;
  useChain.setState({ path: NO_PATH });
});

/**
 * The chain traced on `old` traced again on `next` when `next` is the same paper list rebuilt by an Apply of
 * who-is-who decisions, or by the tab's decisions taken up on it (whoiswho/decisions-url.ts `isOpeningApplied`; the
 * same dataset id), by its two ends' names (link-chain.ts `chainEndsByName`: a merged name is a spelling of the
 * person kept). An end not found clears the chain and the link note says why, naming it. Returns false when `next`
 * is another dataset or no chain was traced (the caller clears it then).
 */
function retraceOnRebuilt(old: Dataset, next: Dataset): boolean {
  const { from, to } = useChain.getState().path;
  // only an Apply (a step Back/Forward to another map's entry traces the entry's own chain, on popstate)
  if (from === null || to === null || !isOpeningApplied() || old.id === null || old.id !== next.id) return false;
  const ends = chainEndsByName(old.bundle.authors, next.bundle.authors, from, to);
  useChain.setState({ path: NO_PATH });
  if (!ends.found) {
    sayInLinkNote(
      `The co-author chain from ${ends.fromName} to ${ends.toName} was cleared: the rebuilt map has no author named ${ends.gone.map((n) => `“${n}”`).join(' or ')}.`,
    );
    return true;
  }
  fromUrl.during(() => {
    useChain.getState().setPathEnd('from', ends.from);
    useChain.getState().setPathEnd('to', ends.to);
  });
  // the link says the new ends once the Apply has given the rebuilt map its own history entry (rebuild.ts pushes it
  // in the same task): written now, they would go on the entry of the map before it
  queueMicrotask(() => {
    const { path } = useChain.getState();
    if (path.from === ends.from && path.to === ends.to && useAtlas.getState().dataset === next) replaceQuery((query) => withChain(query, { from: ends.from, to: ends.to }));
  });
  return true;
}

// a new year range or venues: the chain traced again in them (their links only, as the map now draws them), in place
useAtlas.subscribe((state, prev) => {
  const [now, was] = [state.filters.years, prev.filters.years];
  const sameYears = now === was || (now && was && now[0] === was[0] && now[1] === was[1]);
  const sameVenues = state.filters.venues === prev.filters.venues;
  if ((sameYears && sameVenues) || state.dataset !== prev.dataset) return;
  const { from, to } = useChain.getState().path;
  if (from === null || to === null) return;
  trace((next) => useChain.setState(next), { from, to }, false);
});

// the URL follows the chain's two ends (replacing the entry: tracing a chain is not a step of Back)
useChain.subscribe((state, prev) => {
  if (fromUrl.held() || (state.path.from === prev.path.from && state.path.to === prev.path.to)) return;
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
    const move = follow({ kind: 'step', url, ...addressHas(window.location.search), entry: pageEntry });
    if (move === 'trace') traceFromUrl();
  });
