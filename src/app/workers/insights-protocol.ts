/**
 * Jobs for the insights worker (called through comlink), which keeps the bundle (sent once per
 * dataset) and does what is too slow for the main thread on big graphs: the name checks and the
 * GEXF and CSV exports.
 */
import type { AssignedPerson, HomonymFlag, PaperGroup, PersonSplit, HomonymEvidence } from '../../core/queries/homonyms';
import type { AliasDecision, SamePersonSuggestion } from '../../core/queries/synonyms';
import type { Abstracts } from '../../core/bundle/types';
import type { GexfOptions } from '../../core/export/gexf';
import type { ShownSet } from '../../core/export/shown-set';

/**
 * The papers a table export covers, as the view's filters chose them (core/export/table-subset.ts): `years`, the year
 * range ([first, last], inclusive; null or absent: every year), AND `venues`, indices into `bundle.venues` (-1: no
 * venue given; null or absent: every venue).
 */
export interface TablePapers {
  years?: readonly [number, number] | null;
  venues?: readonly number[] | null;
  /**
   * What the view shows (core/export/shown-set.ts `ShownSet`: its author and paper masks, minimum link strength,
   * years, venues and filters), the export's rows; when given, `years` and `venues` above are not read.
   */
  shown?: ShownSet;
}

export type InsightsJob =
  // the GEXF's options (core/export/gexf.ts): what the view shows, the canvas colours
  | ({ kind: 'gexf' } & GexfOptions)
  // the tables' papers (`TablePapers`): their figures added (authors), their pairs only (pairs), their papers only (papers)
  | ({ kind: 'authors-csv' } & TablePapers)
  | ({ kind: 'papers-csv'; abstracts: Abstracts | null } & TablePapers)
  | ({ kind: 'pairs-csv' } & TablePapers)
  // two-file exports as one ZIP, files named after the dataset (`base`): VOSviewer map + network, Gephi nodes + edges,
  // of the network of the tables' papers (`TablePapers`)
  | ({ kind: 'vosviewer'; base: string } & TablePapers)
  | ({ kind: 'gephi-tables'; base: string } & TablePapers)
  | { kind: 'names' }
  // one author's same-person suggestions (core `suggestSamePerson` with `only`): what `names` gives for them, asked by
  // their card before every name's check has answered
  | { kind: 'own-suggestions'; author: number }
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
  'own-suggestions': SamePersonSuggestion[];
  split: { split: PersonSplit; lines: AliasDecision[]; evidence: HomonymEvidence | null; circles: PaperGroup[] };
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
export const INSIGHTS_TYPED_SLICE = 262144;
