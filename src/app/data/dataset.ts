/**
 * A loaded dataset: the bundle plus lookups the panels need, derived once when it opens.
 * Works the same for a bundle fetched from the server and one built in the browser from a dropped file.
 */
import type { Abstracts, Bundle } from '../../core/bundle/types';
import { authorPaperIndex, coauthorAdjacency, row } from '../../core/bundle/indices';
import { buildSearchIndex, type SearchIndex } from '../search/search-index';
import { papersInSlice, type PaperSlice } from '../../core/queries/time-slice';

export type AbstractsLoader = () => Promise<Abstracts>;

export interface CoauthorTie {
  author: number;
  shared: number;
  weight: number;
}

export interface Dataset {
  /** Identifier used in the URL (`?ds=`); null for a bundle opened by URL or built in memory. */
  id: string | null;
  name: string;
  bundle: Bundle;
  /**
   * Paper indices of an author, newest first (the core's index is built on first use). The last few authors'
   * lists are kept: a click asks for its author's twice (the abstracts' prefetch, then the panel).
   */
  papersOf: (author: number) => readonly number[];
  /** Co-authors of an author, most shared papers first (built on first use). */
  coauthorsOf: (author: number) => CoauthorTie[];
  /** Every abstract (exports), fetched on first use and then cached. */
  abstracts: AbstractsLoader;
  /** One paper's abstract (null: none); fetches only what holds it (its chunk, for format-3 bundles). */
  abstractOf: (paper: number) => Promise<string | null>;
  /** Built on first use (it costs a few hundred ms on 60k nodes, so not before the first frame). */
  search: () => SearchIndex;
}

/** Papers an author's details panel lists at first (the rest behind "All N papers"), each with its abstract. */
export const PANEL_PAPERS = 25;

/**
 * Ask for the abstracts the details panel of `node` will show (an author's first PANEL_PAPERS papers, or the
 * paper), before the panel renders: their chunks are then on the way while it does (the panel's own requests,
 * from its effects, came only after its render: 0.7 s after the click on the 30k map at load 18). The panel's
 * requests get the same chunks (data/load-bundle.ts keeps one request per chunk). With a `slice` (a year range,
 * venues), an author's papers in it (the card lists those). Errors are the panel's to show.
 */
export function prefetchAbstracts(dataset: Dataset, node: { kind: 'author' | 'paper'; index: number }, slice: PaperSlice | null = null): void {
  // an author's card under a year range or venues lists their papers there (panels/AuthorPanel.tsx)
  const listed = (author: number) => papersInSlice(slice, dataset.papersOf(author));
  const papers = node.kind === 'author' ? listed(node.index).slice(0, PANEL_PAPERS) : [node.index];
  const has = dataset.bundle.papers.hasAbstract;
  for (const p of papers) if (has[p] === 1) dataset.abstractOf(p).catch(() => undefined);
}

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** `make` with its last RECENT results kept, by argument (the lists are shared: callers never change them). */
const RECENT = 8;
function recent<T>(make: (n: number) => T): (n: number) => T {
  const kept = new Map<number, T>();
  return (n) => {
    let value = kept.get(n);
    if (value === undefined) {
      value = make(n);
      if (kept.size >= RECENT) kept.delete(kept.keys().next().value!);
      kept.set(n, value);
    }
    return value;
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An author's papers, newest first, from the core's per-bundle author→papers index. */
export function papersOfAuthor(bundle: Bundle, author: number): number[] {
  const year = bundle.papers.year;
  return Array.from(row(authorPaperIndex(bundle), author)).sort((p, q) => (year[q] ?? -Infinity) - (year[p] ?? -Infinity) || p - q);
}

/**
 * An author's co-authors, most shared papers first (then link strength, then name), from the core's per-bundle
 * co-author adjacency. With `slice` (a year range's or venues' network, core/queries/time-slice.ts), the co-authors
 * with a paper together in it, their shared papers and link strength in it (the slice's, as the map's links).
 */
export function coauthorsOfAuthor(bundle: Bundle, author: number, slice: PaperSlice | null = null): CoauthorTie[] {
  const adjacency = coauthorAdjacency(bundle);
  const { weight, shared } = slice ?? bundle.coauthorLinks;
  const names = bundle.authors.name;
  const ties: CoauthorTie[] = [];
  for (let k = adjacency.offsets[author]; k < adjacency.offsets[author + 1]; k++) {
    const e = adjacency.link[k];
    if (shared[e] === 0) continue;
    ties.push({ author: adjacency.items[k], shared: shared[e], weight: weight[e] });
  }
  return ties.sort((a, b) => b.shared - a.shared || b.weight - a.weight || compare(names[a.author], names[b.author]));
}

/**
 * Make a Dataset from a validated bundle and a way to get its abstracts.
 * @param abstracts loads every abstract (one string or null per paper); called at most once unless it fails
 * @param id the dataset's id in the URL, or null
 * @param abstractOf loads one paper's abstract without loading them all (chunked bundles); default: from `abstracts`
 */
export function prepareDataset(
  bundle: Bundle,
  abstracts: AbstractsLoader,
  id: string | null = null,
  abstractOf?: (paper: number) => Promise<string | null>,
): Dataset {
  let pending: Promise<Abstracts> | null = null;
  const all = (): Promise<Abstracts> => {
    // a failed load may be retried (e.g. the network came back)
    pending ??= abstracts().catch((err: unknown) => {
      pending = null;
      throw err;
    });
    return pending;
  };
  return {
    id,
    name: bundle.name,
    bundle,
    papersOf: recent((author) => papersOfAuthor(bundle, author)),
    coauthorsOf: (author) => coauthorsOfAuthor(bundle, author),
    abstracts: all,
    abstractOf: abstractOf ?? (async (paper) => (await all())[paper] ?? null),
    search: memo(() => buildSearchIndex(bundle)),
  };
}
