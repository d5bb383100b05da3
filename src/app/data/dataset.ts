/**
 * A loaded dataset: the bundle plus lookups the panels need, derived once when it opens.
 * Works the same for a bundle fetched from the server and one built in the browser from a dropped file.
 */
import type { Abstracts, Bundle } from '../../core/bundle/types';
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
  /** Paper indices of an author, newest first (the index is built on first use). */
  papersOf: (author: number) => number[];
  /** Co-authors of an author, most shared papers first (built on first use). */
  coauthorsOf: (author: number) => CoauthorTie[];
  /** Abstracts, fetched on first use and then cached. */
  abstracts: AbstractsLoader;
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

export function authorPapersOf(bundle: Bundle): number[][] {
  const out: number[][] = bundle.authors.name.map(() => []);
  bundle.papers.authors.forEach((list, paper) => {
    for (const a of list) out[a].push(paper);
  });
  const year = bundle.papers.year;
  for (const list of out) list.sort((p, q) => (year[q] ?? -Infinity) - (year[p] ?? -Infinity) || p - q);
  return out;
}

export function allCoauthors(bundle: Bundle): CoauthorTie[][] {
  const out: CoauthorTie[][] = bundle.authors.name.map(() => []);
  const { source, target, weight, shared } = bundle.coauthorLinks;
  for (let i = 0; i < source.length; i++) {
    out[source[i]].push({ author: target[i], shared: shared[i], weight: weight[i] });
    out[target[i]].push({ author: source[i], shared: shared[i], weight: weight[i] });
  }
  const names = bundle.authors.name;
  for (const list of out) list.sort((a, b) => b.shared - a.shared || b.weight - a.weight || compare(names[a.author], names[b.author]));
  return out;
}

/** Make a Dataset from a validated bundle and a way to get its abstracts. */
export function prepareDataset(bundle: Bundle, abstracts: AbstractsLoader, id: string | null = null): Dataset {
  let pending: Promise<Abstracts> | null = null;
  const papers = memo(() => authorPapersOf(bundle));
  const coauthors = memo(() => allCoauthors(bundle));
  return {
    id,
    name: bundle.name,
    bundle,
    papersOf: (author) => papers()[author],
    coauthorsOf: (author) => coauthors()[author],
    abstracts: () => {
      // a failed load may be retried (e.g. the network came back)
      pending ??= abstracts().catch((err: unknown) => {
        pending = null;
        throw err;
      });
      return pending;
    },
    search: memo(() => buildSearchIndex(bundle)),
  };
}
