/**
 * Plural folding for term counting, so "embeddings" and "embedding" are one term. The English rules are
 * `pluralize`'s (studies→study, analyses→analysis, matrices→matrix, criteria→criterion); words whose
 * final "s" is not a plural stay as they are: "bias", "news", "data" (kept: a fake-news community is about
 * news, not "new"), words ending in ss/us/is ("class", "corpus", "analysis") and short words ("gas").
 */
import pluralize from 'pluralize';

/** Lower-case words `pluralize` would fold wrongly (bias→bia, data→datum, lens→len, canvas→canva). */
const KEPT = new Set(['bias', 'data', 'news', 'lens', 'canvas', 'chaos', 'atlas', 'alias', 'aliases', 'physics', 'ethics', 'linguistics', 'mathematics', 'economics', 'politics', 'statistics', 'semantics', 'dynamics', 'robotics', 'genetics', 'graphics', 'mechanics']);

const cache = new Map<string, string>();

/**
 * The singular of a lower-case word (`"embeddings"` → `"embedding"`), or the word itself when it is not
 * a plural. Only words of more than three letters ending in "s", plus the Latin/Greek plurals
 * `pluralize` knows ("criteria", "phenomena", "corpora" stays), are looked at; results are cached, since
 * `pluralize` tries its rules one regular expression at a time.
 */
export function foldPlural(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  const last = word.charCodeAt(n - 1);
  // s, or a (criteria, phenomena), i (stimuli)
  if (last !== 115 && last !== 97 && last !== 105) return word;
  if (last === 115 && (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') || word.endsWith("'s"))) return word;
  let folded = cache.get(word);
  if (folded === undefined) {
    folded = KEPT.has(word) ? word : word === 'biases' ? 'bias' : last === 115 ? pluralize.singular(word) : pluralize.isPlural(word) ? pluralize.singular(word) : word;
    if (folded.length < 3) folded = word;
    if (cache.size > 200_000) cache.clear();
    cache.set(word, folded);
  }
  return folded;
}
