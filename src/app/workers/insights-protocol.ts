/**
 * Jobs for the insights worker (called through comlink), which keeps the bundle (sent once per
 * dataset) and does what is too slow for the main thread on big graphs: the name checks and the
 * GEXF and CSV exports.
 */
import type { AssignedPerson, HomonymFlag, PersonSplit, HomonymEvidence } from '../../core/queries/homonyms';
import type { AliasDecision, SamePersonSuggestion } from '../../core/queries/synonyms';
import type { Abstracts } from '../../core/bundle/types';
import type { GexfOptions } from '../../core/export/gexf';

export type InsightsJob =
  // the GEXF's options (core/export/gexf.ts): what the view shows, the canvas colours
  | ({ kind: 'gexf' } & GexfOptions)
  // `years`: the view's year range (null: none): its figures added (authors) or its pairs only (pairs)
  | { kind: 'authors-csv'; years?: readonly [number, number] | null }
  // `years`: the view's year range (null: none): its papers only
  | { kind: 'papers-csv'; abstracts: Abstracts | null; years?: readonly [number, number] | null }
  | { kind: 'pairs-csv'; years?: readonly [number, number] | null }
  // two-file exports as one ZIP, files named after the dataset (`base`): VOSviewer map + network, Gephi nodes + edges;
  // `years`: the view's year range (null: none), whose network they then hold
  | { kind: 'vosviewer'; base: string; years?: readonly [number, number] | null }
  | { kind: 'gephi-tables'; base: string; years?: readonly [number, number] | null }
  | { kind: 'names' }
  | { kind: 'split'; author: number }
  // the evidence of a split as the user assigned it (core `assignedEvidence`): the first person keeps the name
  | { kind: 'assigned-evidence'; author: number; people: AssignedPerson[] };

/** What each job gives back. */
export interface InsightsResults {
  gexf: string;
  'authors-csv': string;
  'papers-csv': string;
  'pairs-csv': string;
  vosviewer: Uint8Array;
  'gephi-tables': Uint8Array;
  names: { suggestions: SamePersonSuggestion[]; flags: HomonymFlag[] };
  split: { split: PersonSplit; lines: AliasDecision[]; evidence: HomonymEvidence | null };
  'assigned-evidence': string[];
}

/** The worker's error when the page's bundle is not the one it keeps (the page sends the bundle again). */
export const NOT_LOADED = 'dataset not loaded';

/** Values per slice sent to the insights worker (a few milliseconds of copying each on a busy machine). */
export const INSIGHTS_SLICE = 4096;

/**
 * Values per slice of numbers (or of lists of whole numbers) sent to the insights worker: copied as one block of a
 * typed array, handed over (column-slices.ts), so longer than a slice of strings for the same cost.
 */
export const INSIGHTS_TYPED_SLICE = 65536;
