/**
 * What a person writes about, as a bag of words: each paper's title (and abstract when given) as
 * TF-IDF weighted words, summed over a set of papers and normalised, so two sets of papers can be
 * compared (cosine similarity, 0 = no word in common, 1 = same words in the same proportions) and
 * described by their heaviest words. Used by the who-is-who queries as evidence ("different topics:
 * video generation vs. fake-news detection"). IDF over the bundle's papers; stop words from the
 * community labeller's lists.
 */
import type { Abstracts, Bundle } from '../bundle/types';
import { buildStopWords } from '../text/stop-words';
import { foldPlural } from '../text/plural';

export interface TopicIndex {
  /** Per paper: term ids and weights (tf · idf), not normalised. */
  terms: Int32Array[];
  weights: Float32Array[];
  /** Per term id: the term (lower case, plural folded), as compared. */
  vocabulary: string[];
  /**
   * Per term id: the term as shown (lower case): the folded term itself when some title or abstract writes it so
   * ("learning", even when "learnings" came first), else its first written form ("mini-hes", not "mini-he").
   */
  shown: string[];
}

const cache = new WeakMap<Bundle, { abstracts: Abstracts | null; index: TopicIndex }>();
let stopWords: Set<string> | null = null;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|\p{L}/gu;
/** Anything that is not a letter, digit, apostrophe or hyphen separates words. */
const SEPARATORS = /[^\p{L}\p{N}'’-]+/u;
const EDGE_PUNCTUATION = /^['’-]+|['’-]+$/g;

/** The words of a text that carry meaning: lower case, plural folded, stop words, numbers and 1–2 letter words dropped. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = contentWord(m[0]);
    if (w !== null) out.push(w);
  }
  return out;
}

/** One lower-case word as a term (plural folded), or null for a stop word, number or 1–2 letter word. */
function contentWord(w: string): string | null {
  stopWords ??= buildStopWords();
  if (w.length < 3 || /^[\d-]+$/.test(w) || stopWords.has(w)) return null;
  const f = foldPlural(w);
  return stopWords.has(f) ? null : f;
}

/**
 * Term vectors of every paper of `bundle` (titles, plus `abstracts` when given: aligned with the papers).
 * Built once per bundle (and abstracts) and cached.
 */
export function topicIndex(bundle: Bundle, abstracts: Abstracts | null = null): TopicIndex {
  const hit = cache.get(bundle);
  if (hit && hit.abstracts === abstracts) return hit.index;
  const ids = new Map<string, number>();
  /** Word as written (lower case) → term id, or -1 for a word that carries no meaning. */
  const seen = new Map<string, number>();
  const vocabulary: string[] = [];
  const shown: string[] = [];
  const df: number[] = [];
  const n = bundle.papers.title.length;
  const termsRaw: Int32Array[] = new Array(n);
  const countsRaw: Int32Array[] = new Array(n);
  let scratch = new Int32Array(1024);
  const touched: number[] = [];
  for (let p = 0; p < n; p++) {
    const text = bundle.papers.title[p]! + (abstracts?.[p] ? `\n${abstracts[p]}` : '');
    for (const raw of text.toLowerCase().split(SEPARATORS)) {
      if (raw.length < 3) continue;
      let id = seen.get(raw);
      if (id === undefined) {
        const written = raw.replace(EDGE_PUNCTUATION, '');
        const w = contentWord(written);
        if (w === null) id = -1;
        else {
          id = ids.get(w);
          if (id === undefined) {
            id = vocabulary.length;
            ids.set(w, id);
            vocabulary.push(w);
            shown.push(written);
            df.push(0);
          } else if (written === w) shown[id] = w; // the singular once written: "learning", not "learnings"
        }
        seen.set(raw, id);
      }
      if (id < 0) continue;
      if (id >= scratch.length) {
        const grown = new Int32Array(Math.max(id + 1, scratch.length * 2));
        grown.set(scratch);
        scratch = grown;
      }
      if (scratch[id]++ === 0) touched.push(id);
    }
    const t = new Int32Array(touched.length);
    const c = new Int32Array(touched.length);
    touched.forEach((id, k) => {
      t[k] = id;
      c[k] = scratch[id]!;
      scratch[id] = 0;
      df[id]!++;
    });
    touched.length = 0;
    termsRaw[p] = t;
    countsRaw[p] = c;
  }
  const terms = termsRaw;
  const weights: Float32Array[] = new Array(n);
  for (let p = 0; p < n; p++) {
    const t = termsRaw[p]!;
    const c = countsRaw[p]!;
    const w = new Float32Array(t.length);
    for (let k = 0; k < t.length; k++) w[k] = (1 + Math.log(c[k]!)) * Math.log((n + 1) / df[t[k]!]!);
    weights[p] = w;
  }
  const index = { terms, weights, vocabulary, shown };
  cache.set(bundle, { abstracts, index });
  return index;
}

/** Normalised sum of the papers' vectors (term id → weight, unit length). */
export function topicVector(index: TopicIndex, papers: ArrayLike<number>): Map<number, number> {
  const v = new Map<number, number>();
  for (let i = 0; i < papers.length; i++) {
    const p = papers[i]!;
    const t = index.terms[p]!;
    const w = index.weights[p]!;
    for (let k = 0; k < t.length; k++) v.set(t[k]!, (v.get(t[k]!) ?? 0) + w[k]!);
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [id, x] of v) v.set(id, x / norm);
  return v;
}

/** Cosine similarity of two unit vectors from `topicVector` (0..1). */
export function topicSimilarity(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [id, x] of small) {
    const y = large.get(id);
    if (y) s += x * y;
  }
  return Math.min(1, s);
}

/**
 * The `k` heaviest words of `v` that are not heavy in `other` (what sets this set of papers apart),
 * e.g. ["video", "generation"], each as first written in the bundle (`TopicIndex.shown`: a plural folded for
 * comparing is not shown folded, "mini-hes" rather than "mini-he"). Words shared by both count at their difference.
 */
export function topicWords(index: TopicIndex, v: Map<number, number>, other: Map<number, number> | null, k = 3): string[] {
  return [...v.entries()]
    .map(([id, x]) => [id, x - (other?.get(id) ?? 0)] as const)
    .filter(([, x]) => x > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map(([id]) => index.shown[id]!);
}

/**
 * Topic words as a card shows them: "movie, gen" (a comma between words, so two words never read as a phrase:
 * "learnings scaling"), or "—" when there are none.
 */
export const listTopicWords = (words: readonly string[]): string => words.join(', ') || '—';
