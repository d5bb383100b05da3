/** Longest community label, in characters, that the canvas shows in full (whole terms are dropped, never cut). */
export const COMMUNITY_LABEL_MAX_CHARS = 40;

/**
 * A community's label: up to three of its terms (best first) joined by " · ", as many whole terms as
 * fit in `COMMUNITY_LABEL_MAX_CHARS` (the first always, even when longer), so a label never ends in a
 * cut word or "…"; without terms, the names of its top authors.
 */
export function communityLabel(terms: readonly string[], topAuthorNames: readonly string[]): string {
  if (terms.length === 0) return topAuthorNames.join(', ');
  let label = terms[0]!;
  for (const t of terms.slice(1, 3)) {
    if (label.length + 3 + t.length > COMMUNITY_LABEL_MAX_CHARS) break;
    label += ` · ${t}`;
  }
  return label;
}
