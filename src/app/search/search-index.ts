/**
 * One search index per dataset over author names (every spelling) and paper titles:
 * accents and case folded, prefix matching, and small typos forgiven.
 */
import MiniSearch from 'minisearch';
import type { Bundle } from '../../core/bundle/types';
import { foldText } from '../../core/names/parse-name';

export type NodeKind = 'author' | 'paper';

export interface SearchHit {
  kind: NodeKind;
  index: number;
  score: number;
}

export interface SearchIndex {
  /** Index up to `budgetMs` more of the documents; true when all are in. Lets the index fill in idle time. */
  fill(budgetMs: number): boolean;
  /** Best hits first; `isVisible` removes what the filters hide. */
  search(query: string, isVisible: (kind: NodeKind, index: number) => boolean, limit?: number): SearchHit[];
}

interface Doc {
  id: number;
  text: string;
}

/** Added to the score of a hit that spells every typed word: above any hit found only by typo forgiveness. */
const EXACT_BONUS = 1e6;

/**
 * Build the search index of `bundle` (filled lazily: call `fill` in idle time, `search` fills the rest).
 * Ranking: MiniSearch's BM25 score, hits that spell every typed word (whole or prefix) first, people ahead of
 * papers, and prolific authors a little ahead of namesakes.
 */
export function buildSearchIndex(bundle: Bundle): SearchIndex {
  const nA = bundle.authors.name.length;
  const mini = new MiniSearch<Doc>({
    fields: ['text'],
    idField: 'id',
    processTerm: (term) => {
      const folded = foldText(term);
      return folded.length > 0 ? folded : null;
    },
    searchOptions: {
      // prefix matching from two letters: one letter would match most of a big corpus
      prefix: (term) => term.length >= 2,
      // one edit from 4 letters, two (a swapped pair) from 5
      fuzzy: (term) => (term.length >= 5 ? 2 : term.length === 4 ? 1 : false),
      combineWith: 'AND',
    },
  });
  const docs: Doc[] = [];
  bundle.authors.name.forEach((name, i) => {
    docs.push({ id: i, text: [name, ...bundle.authors.aliases[i]].join(' ; ') });
  });
  bundle.papers.title.forEach((title, i) => docs.push({ id: nA + i, text: title }));
  let next = 0;
  const fill = (budgetMs: number): boolean => {
    const end = performance.now() + budgetMs;
    while (next < docs.length && performance.now() < end) {
      const stop = Math.min(docs.length, next + 500);
      mini.addAll(docs.slice(next, stop));
      next = stop;
    }
    return next >= docs.length;
  };

  const paperCount = bundle.authors.paperCount;
  return {
    fill,
    search(query, isVisible, limit = 20) {
      const q = query.trim();
      if (q === '') return [];
      fill(Infinity);
      const hits: SearchHit[] = [];
      // a name with an initial ("Wang J", "J Wang", "Wang, J."): a single letter beside a longer word is a
      // prefix (the initial of a given name), not a word of its own
      const words = q.split(/[\s,.;]+/).filter(Boolean);
      const initials = words.length > 1 && words.some((w) => w.length === 1) && words.some((w) => w.length >= 2);
      const folded = words.map((w) => foldText(w)).filter(Boolean);
      for (const r of mini.search(q, initials ? { prefix: () => true } : undefined)) {
        const id = r.id as number;
        const kind: NodeKind = id < nA ? 'author' : 'paper';
        const index = kind === 'author' ? id : id - nA;
        if (!isVisible(kind, index)) continue;
        // people first when equally good; prolific authors a little ahead of namesakes
        let score = kind === 'author' ? r.score * 1.5 * (1 + Math.log1p(paperCount[index]) / 10) : r.score;
        // a hit that spells every typed word (whole or as a prefix) ranks above one found only by forgiving a
        // typo: BM25 alone put a rare "Jang" above the many exact "Wang" for "Wang J"
        if (folded.every((w) => r.terms.some((t) => t.startsWith(w)))) score += EXACT_BONUS;
        hits.push({ kind, index, score });
      }
      hits.sort((a, b) => b.score - a.score);
      return hits.slice(0, limit);
    },
  };
}
