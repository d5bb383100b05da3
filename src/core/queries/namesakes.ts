/**
 * Namesakes: authors of one map written exactly alike. The names stage joins every spelling of one name key unless
 * the input's identifiers (ORCIDs, Scopus, OpenAlex or DBLP author ids: names/resolve-people.ts `identityOf`) say
 * they are different people, so two authors shown under one name are the input's doing, and a reader of one card
 * should learn of the other (a tester: two "Maria Okafor" kept apart by their Scopus ids, each card saying "No other
 * spelling found on this map." and nothing of the other).
 */
import type { Bundle } from '../bundle/types';

const byBundle = new WeakMap<object, Map<string, number[]>>();

/**
 * The other authors of `bundle` whose shown name is exactly `bundle.authors.name[author]`, most papers first (then by
 * index), as author indices; empty when none. The name index is built once per bundle (O(authors)), a lookup after
 * that O(namesakes). Throws nothing.
 */
export function namesakesOf(bundle: Pick<Bundle, 'authors'>, author: number): number[] {
  let index = byBundle.get(bundle.authors);
  if (!index) {
    index = new Map();
    bundle.authors.name.forEach((name, i) => {
      const same = index!.get(name);
      if (same) same.push(i);
      else index!.set(name, [i]);
    });
    byBundle.set(bundle.authors, index);
  }
  const name = bundle.authors.name[author];
  const all = name === undefined ? [] : (index.get(name) ?? []);
  const papers = bundle.authors.paperCount;
  return all.filter((i) => i !== author).sort((a, b) => (papers[b] ?? 0) - (papers[a] ?? 0) || a - b);
}
