/**
 * What "link strength" and "total link strength" mean on this map, in the words the Network panel, the size
 * option's and the Rankings column's tooltips use. Accurate to the build (src/core/graph/coauthor-weights.ts):
 * fractional counting gives each pair of a paper's n authors 1/(n−1), so each paper with co-authors adds 1 to
 * each of its authors' total link strength (VOSviewer's documented property: total link strength = papers with
 * co-authors); full counting gives each pair 1, so a paper adds its number of co-authors. Papers with more than
 * the build's author limit add nothing under either.
 */
import type { Counting } from '../../../core/bundle/types';

/** The papers the build's author limit leaves out of link strength, as a clause ("" without a limit). */
const overLimit = (maxAuthors: number | null): string => (maxAuthors === null ? '' : ` (papers with over ${maxAuthors} authors add nothing)`);

/**
 * What one co-author link's strength is, short, for beside the link-strength slider: `counting` as the bundle was
 * built (`bundle.options.counting`).
 */
export function linkStrengthUnit(counting: Counting): string {
  return counting === 'fractional'
    ? 'Link strength: papers together, each shared among its co-authors (fractional counting: a paper of 3 authors gives each pair 0.5).'
    : 'Link strength: papers together (full counting: each shared paper adds 1).';
}

/**
 * What an author's total link strength is under `counting`, for the size option's and the Rankings column's
 * tooltip and the Network panel's help text.
 */
export function totalStrengthMeaning(counting: Counting, maxAuthors: number | null): string {
  return counting === 'fractional'
    ? `Total link strength: the sum of the author’s link strengths. With fractional counting (this map’s), each paper with co-authors adds 1: total link strength = papers with co-authors${overLimit(maxAuthors)}. Full counting weighs papers by their number of co-authors.`
    : `Total link strength: the sum of the author’s link strengths. With full counting (this map’s), each paper adds 1 per co-author: papers weigh by their number of co-authors${overLimit(maxAuthors)}. With fractional counting it would be the number of papers with co-authors.`;
}

/**
 * The tooltip of the Rankings' "Total link strength (full counting)" column, shown beside a fractional map's own
 * total link strength.
 */
export const FULL_STRENGTH_TITLE =
  'Total link strength under full counting: each paper adds 1 per co-author on it (the papers shared with each co-author, summed), as VOSviewer’s default full counting gives it. This map is built with fractional counting, where an author’s total link strength is their number of papers with co-authors.';

/**
 * What the Rankings' figures are under a year range or venues (`span`, their words: core `subsetSpan`, e.g. "2020",
 * "3 venues", "“Annual Meeting of the…” (10 volumes)"): their papers only, betweenness too (on their co-author network: features/network/centrality-client.ts).
 * Throws nothing.
 */
export function sliceFigures(span: string): string {
  return `Papers, co-authors, total link strength and betweenness in ${span}: from its papers only.`;
}

/**
 * The Network panel's line under a year range or venues (`span`, their words: core `subsetSpan`; `venues`: whether
 * venues are chosen): what the links and their strengths count. Throws nothing.
 */
export function sliceLinksNote(span: string, venues = false): string {
  return venues
    ? `Links and link strengths count the papers of ${span} only: two authors who wrote together only elsewhere have no link here.`
    : `Links and link strengths count ${span} papers only: two authors who wrote together only in other years have no link here.`;
}
