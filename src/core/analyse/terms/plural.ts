/**
 * Simple plural folding on a lower-case word: studies→study, classes→class, approaches→approach,
 * embeddings→embedding. Words ending in ss/us/is/ias (class, corpus, analysis, bias) and short words are left alone.
 */
export function foldPlural(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('zes')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') || word.endsWith('ias') || word.endsWith("'s")) return word;
  return word.slice(0, -1);
}

