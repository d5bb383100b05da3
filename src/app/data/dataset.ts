/**
 * A loaded dataset: the bundle plus lookups the panels need, derived once when it opens.
 * Works the same for a bundle fetched from the server and one built in the browser from a dropped file.
 */
import type { Abstracts, Bundle } from '../../core/bundle/types';
import { authorPaperIndex, coauthorAdjacency, row } from '../../core/bundle/indices';
import { buildSearchIndex, type SearchIndex } from '../search/search-index';

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
  /** Paper indices of an author, newest first (the core's index is built on first use). */
  papersOf: (author: number) => number[];
  /** Co-authors of an author, most shared papers first (built on first use). */
  coauthorsOf: (author: number) => CoauthorTie[];
  /** Every abstract (exports), fetched on first use and then cached. */
  abstracts: AbstractsLoader;
  /** One paper's abstract (null: none); fetches only what holds it (its chunk, for format-3 bundles). */
  abstractOf: (paper: number) => Promise<string | null>;
  /** Built on first use (it costs a few hundred ms on 60k nodes, so not before the first frame). */
  search: () => SearchIndex;
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

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An author's papers, newest first, from the core's per-bundle author→papers index. */
export function papersOfAuthor(bundle: Bundle, author: number): number[] {
  const year = bundle.papers.year;
  return Array.from(row(authorPaperIndex(bundle), author)).sort((p, q) => (year[q] ?? -Infinity) - (year[p] ?? -Infinity) || p - q);
}

/** An author's co-authors, most shared papers first, from the core's per-bundle co-author adjacency. */
export function coauthorsOfAuthor(bundle: Bundle, author: number): CoauthorTie[] {
  const adjacency = coauthorAdjacency(bundle);
  const { weight, shared } = bundle.coauthorLinks;
  const names = bundle.authors.name;
  const ties: CoauthorTie[] = [];
  for (let k = adjacency.offsets[author]; k < adjacency.offsets[author + 1]; k++) {
    const e = adjacency.link[k];
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
    papersOf: (author) => papersOfAuthor(bundle, author),
    coauthorsOf: (author) => coauthorsOfAuthor(bundle, author),
    abstracts: all,
    abstractOf: abstractOf ?? (async (paper) => (await all())[paper] ?? null),
    search: memo(() => buildSearchIndex(bundle)),
  };
}
