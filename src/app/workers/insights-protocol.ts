/**
 * Messages between the explorer and the insights worker, which keeps the bundle (sent once per
 * dataset) and does what is too slow for the main thread on big graphs: the name checks and the
 * GEXF and CSV exports.
 */
import type { HomonymFlag, PersonSplit, HomonymEvidence } from '../../core/queries/homonyms';
import type { AliasDecision, SamePersonSuggestion } from '../../core/queries/synonyms';
import type { Abstracts, Bundle } from '../../core/bundle/types';

export type InsightsJob =
  | { kind: 'gexf'; authors: number[] | null; includePapers: boolean; authorColours: string[] }
  | { kind: 'authors-csv' }
  | { kind: 'papers-csv'; abstracts: Abstracts | null }
  | { kind: 'pairs-csv' }
  | { kind: 'names' }
  | { kind: 'split'; author: number };

/** What each job gives back. */
export interface InsightsResults {
  gexf: string;
  'authors-csv': string;
  'papers-csv': string;
  'pairs-csv': string;
  names: { suggestions: SamePersonSuggestion[]; flags: HomonymFlag[] };
  split: { split: PersonSplit; lines: AliasDecision[]; evidence: HomonymEvidence | null };
}

export type InsightsRequest = { id: number; bundle: Bundle | null; bundleToken: number; job: InsightsJob };

export type InsightsReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; needBundle?: boolean };
