import type { InputFormat, IngestNote, SkippedRecord } from '../ingest/types';
import type { BuildOptions } from './types';
import type { FetchInfo } from '../openalex/fetch-works';

export interface MergeEntry {
  kind: 'paper' | 'person';
  /** Why they were merged: "same DOI", "same normalised title and authors", "case/diacritics/punctuation variant", "alias file". */
  reason: string;
  /** What was kept (display name or paper title). */
  kept: string;
  /** What was merged into it (other spellings, or the duplicate's source). */
  merged: string[];
  file?: string;
  line?: number;
}

export interface BuildReport {
  inputs: { file: string; format: InputFormat; records: number }[];
  /** Records read from all inputs (before duplicate merging). */
  records: number;
  papers: number;
  /** Distinct author spellings after NFC + trim. */
  authorNames: number;
  /** People after merging. */
  authors: number;
  authorships: number;
  coauthorPairs: number;
  components: number;
  largestComponent: number;
  communities: number;
  /** Newman's modularity of the communities; null when undefined (no co-author link at all). */
  modularity: number | null;
  /** Papers over --max-authors (kept, no co-author weight). */
  maxAuthorsAffected: number;
  focalAuthor: string | null;
  options: BuildOptions;
  merged: MergeEntry[];
  skipped: SkippedRecord[];
  notes: IngestNote[];
  layoutQuality: number;
  timingsMs: Record<string, number>;
  /** Works fetched from OpenAlex: the query, when, how many (absent for files). */
  fetched?: FetchInfo;
}
