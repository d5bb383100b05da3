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
  /**
   * Person entries made by the alias file's per-paper lines alone (`variant<TAB>canonical<TAB>paper`): they split
   * the name `split.name` into several people (`kept` is one of them, `merged` the spellings moved to it on those
   * papers), they do not join spellings; `people`: how many people the name became (these entries' people, and the
   * name itself when some of its papers are left to it), as the CLI's "split 1 name into 4 people"; `given`: when
   * `kept` is an author with papers of their own (not a new person), how many papers the lines gave them (a split
   * that gives "Yang Liu"'s AMALGUM papers to "Yang Janet Liu": 5). Absent on every other entry.
   */
  split?: { name: string; people?: number; given?: number };
}

export interface BuildReport {
  inputs: { file: string; format: InputFormat; records: number }[];
  /** Records read from all inputs (before duplicate merging). */
  records: number;
  papers: number;
  /**
   * Distinct author spellings as displayed (after NFC + trim, "Family, Given" shown as "Given Family"): two raw
   * strings that display alike ("Del Gratta, Riccardo" / "Gratta, Riccardo Del") count once.
   */
  authorNames: number;
  /**
   * People after merging. `authorNames - authors` spellings went into another's person (less any name split into
   * several people by a paper's alias line); the person entries of `merged` list each person written more than
   * one way with every raw spelling (so their count and their spellings' sum do not give that difference).
   */
  authors: number;
  authorships: number;
  coauthorPairs: number;
  components: number;
  largestComponent: number;
  communities: number;
  /**
   * Newman's (Newman–Girvan) modularity of the communities at resolution 1, on the build's link weights
   * (`options.counting`: fractional or full), whatever `--resolution` was; null when undefined (no co-author link at all).
   */
  modularity: number | null;
  /**
   * Only when `options.resolution` is not 1: the resolution-adjusted modularity Leiden maximised (γ = the
   * resolution), 6 decimals; not comparable across resolutions (it rises as γ falls). null with no co-author link.
   */
  modularityAtResolution?: number | null;
  /**
   * Communities whose authors have no co-author link: `single` one-author communities (each author with no link is
   * a community of one), `cappedGroups` groups of a paper over --max-authors (its link-less authors form one
   * community), `authors` link-less authors in all (each also a component of one). Absent in older reports.
   */
  communitiesWithoutLinks?: { single: number; cappedGroups: number; authors: number };
  /** Papers over --max-authors (kept, no co-author weight). */
  maxAuthorsAffected: number;
  focalAuthor: string | null;
  options: BuildOptions;
  merged: MergeEntry[];
  skipped: SkippedRecord[];
  notes: IngestNote[];
  layoutQuality: number;
  /**
   * Only in a build started from a previous map (an Apply in the explorer, the CLI's `--previous`): how many of the
   * communities continue one of the previous map's (its label and terms carried over), how many of those kept its
   * number (its colour), and how many authors were laid out again (new ones, and those whose papers changed); every
   * other node started where it was.
   */
  previousMap?: { communitiesContinued: number; communitiesSameNumber: number; authorsLaidOutAgain: number };
  timingsMs: Record<string, number>;
  /** Works fetched from OpenAlex: the query, when, how many (absent for files). */
  fetched?: FetchInfo;
}
