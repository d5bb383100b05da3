/**
 * Messages between the page and the build worker, and the record an imported dataset is saved under.
 * Types only (plus the stage list and a count): importing this file never pulls the pipeline into the main bundle.
 */
import type { BuildReport } from '../../../core/bundle/report-types';
import type { SpellingMerge } from '../../../core/bundle/report-words';
import type { Abstracts, BuildOptions, Bundle } from '../../../core/bundle/types';
import type { InputFormat } from '../../../core/ingest/types';
import type { PreviousMap } from '../../../core/analyse/previous-map';
import type { FetchInfo } from '../../../core/openalex/fetch-works';
import type { ColumnSlice } from '../../data/column-slices';
import { STAGE_LABELS, STAGES, type Stage } from '../../../core/stages';
import type { KeptMapKey } from './kept-maps';

/** The pipeline's stages, with reading the files before and saving the result after. */
export type ImportStage = 'read' | Stage | 'save';

/** In order, with what the progress display says for each: reading, the pipeline's own stages, saving. */
export const IMPORT_STAGES: readonly { stage: ImportStage; label: string }[] = [
  { stage: 'read', label: 'Reading files' },
  ...STAGES.map((stage) => ({ stage, label: STAGE_LABELS[stage] })),
  { stage: 'save', label: 'Saving in this browser' },
];

/** What a build says of an alias file dropped or chosen without a paper list (the page keeps it for them). */
export const ALIAS_FILE_ALONE = 'this is an alias file: add it with the paper lists it belongs to';

export type { ImportSource } from '../../data/dataset-sources';
import type { ImportSource } from '../../data/dataset-sources';

export interface BuildJob {
  /** Key the dataset is saved under (see `newImportId`). */
  id: string;
  /** Shown in the viewer; null: made from the file names. */
  name: string | null;
  /**
   * Names in the switcher (the site's own datasets and those imported before): a name made from the file names that
   * is one of them is numbered, "same (2)", so the switcher tells a list imported again from the first import.
   */
  takenNames?: string[];
  /** The site's own datasets' names: a name made from the file names that is one of them gets " (imported)" added, so the switcher tells the import from the sample it was copied from. */
  builtinNames?: string[];
  sources: ImportSource[];
  options: BuildOptions;
  /** An alias file (name + text), as the CLI's --aliases. */
  aliases: { name: string; text: string } | null;
  /**
   * The import dialog's Alias file option: read and decoded in the worker like a paper list, then used as
   * `aliases` (which it replaces). An alias file among `sources` is recognised by its content and used the same way.
   */
  aliasFile?: ImportSource | null;
  /** Save the result in IndexedDB (the import dialog does; a throwaway rebuild may not). */
  save: boolean;
  /** Works fetched from OpenAlex: the researcher to ring, and what was fetched (goes into the report and meta). */
  focalAuthor?: { name: string; orcid: string | null } | null;
  fetched?: FetchInfo | null;
  /**
   * The map a rebuild with who-is-who decisions starts from (the map as opened; the pipeline's `previous`: its layout
   * and communities kept where the decisions do not change them); absent for an import.
   */
  previous?: PreviousMap | null;
  /**
   * A rebuild not saved as an import (`save` false) whose map is kept in this browser under this key once the page
   * has it (kept-maps.ts: a reload of the applied link opens it instead of building it again); absent: not kept.
   */
  keepAs?: KeptMapKey | null;
}

/** How many skipped records the import notice names (as the CLI's summary does); the report lists them all. */
export const FIRST_SKIPPED_SHOWN = 3;

/** What the dataset switcher lists for an imported dataset (small: read without the bundle). */
export interface ImportedMeta {
  id: string;
  name: string;
  /** ms since the epoch. */
  createdAt: number;
  inputs: { file: string; format: InputFormat; records: number }[];
  options: BuildOptions;
  stats: Bundle['stats'];
  /** Merge entries: duplicate papers and people written more than one way (not the splits below). */
  merged: number;
  /** Duplicate records merged into papers kept (`duplicatePapers`); absent in datasets saved before it. */
  duplicatePapers?: number;
  /**
   * Spellings merged into people (`spellingMerges`: how many spellings as written, into how many people, the
   * first people as examples); absent in datasets saved before it.
   */
  spellingMerges?: { spellings: number; people: number; examples: SpellingMerge[] };
  /** Names the alias file's per-paper lines split into several people, and how many people they became; absent when none (and in datasets saved before it). */
  split?: { names: number; people: number };
  skipped: number;
  /**
   * The first skipped records (at most `FIRST_SKIPPED_SHOWN`), each with its file, 1-based line and reason, for the
   * import notice to name; absent when none was skipped (and in datasets saved before it).
   */
  firstSkipped?: { file: string; line: number; reason: string }[];
  /** The build's notes (guesses: an encoding, a name order, a placeholder…); absent in datasets saved before it. */
  notes?: number;
  buildMs: number;
  /**
   * Whether its paper lists are kept with it (datasets-db.ts `sources`: Apply rebuilds it after a reload); absent in
   * datasets saved before they were (and in a build's result before it is saved).
   */
  sourcesKept?: boolean;
  /** A map fetched from OpenAlex: its query and when (the share link carries the query). */
  fetched?: Pick<FetchInfo, 'spec' | 'query' | 'description' | 'fetchedAt' | 'works' | 'base'>;
}

/** A build that could not finish: the file, line and reason when the input is at fault (line null: the whole file, or none). */
export interface BuildProblem {
  file: string | null;
  line: number | null;
  problem: string;
  /**
   * Every file that stopped the build, this one first, when more than one did (each with its line and problem):
   * all are said at once and leave the dialog's list. Absent: only this one.
   */
  all?: { file: string; line: number | null; problem: string }[];
}

/** How saving an import in this browser ended. */
export interface SaveOutcome {
  /** Why saving failed (quota, private mode, the page left meanwhile...), or null when saved or not asked to save. */
  saveProblem: string | null;
  /**
   * Saved, but without its paper lists, and why (no room for them, or they could not be read again): after a reload
   * the map's who-is-who decisions cannot be applied in the page. Null when they were kept (or nothing was saved).
   */
  sourcesProblem: string | null;
  /** The abstracts when they are not in IndexedDB (saving failed): the worker sends them then. */
  abstracts: Abstracts | null;
  /** A rebuild asked to keep its map (`BuildJob.keepAs`): why it is not kept (quota…), null when it is; absent: not asked. */
  keptProblem?: string | null;
}

/**
 * What the page gets when a build has finished, once the columns are put back together: at once, before the
 * result is saved (the map is shown while the worker saves it; `saved` says how that ended).
 */
export interface BuildDone {
  type: 'done';
  meta: ImportedMeta;
  bundle: Bundle;
  report: BuildReport;
  /** The alias file the build applied (given, or found among the sources), null when none. */
  aliases: { name: string; text: string } | null;
  /** Where among the job's sources the alias file was found (it is not a paper list); null when it was not. */
  aliasFoundAt: number | null;
  /** The abstracts when the build was not to be saved (a rebuild); else null, read from IndexedDB once `saved`. */
  abstracts: Abstracts | null;
  /** Settles once the worker has saved the result (or failed to); never rejects. */
  saved: Promise<SaveOutcome>;
}

/** The result as the worker announces it (`BuildEvents.built`), its bundle's columns sent before as slices. */
export interface BuildBuilt {
  meta: ImportedMeta;
  /** The bundle with empty columns (see column-slices.ts). */
  bundle: Bundle;
  report: BuildReport;
  /** See `BuildDone.aliases` and `aliasFoundAt`. */
  aliases: { name: string; text: string } | null;
  aliasFoundAt: number | null;
  /** The abstracts were sent as slices too (a build not to be saved). */
  withAbstracts: boolean;
}

/**
 * What the page hands a build to hear from it (called through comlink, one message each): progress per
 * stage, the result's columns in slices — a large bundle arrives in many small messages, each a short
 * task for the page to take in, instead of one structured clone that would block the page for most of a second —
 * and the result itself as soon as it is built, before it is saved.
 */
export interface BuildEvents {
  progress(stage: ImportStage, fraction: number): void;
  column(slice: ColumnSlice): void;
  /** Settles once the page has opened the result: the worker saves it after that. */
  built(result: BuildBuilt): void | Promise<void>;
}

/**
 * How a build ends, as the worker returns it: saved (or why not; the abstracts' slices were sent before when
 * saving failed), or the problem that stopped the build before `built`.
 */
export type BuildReply =
  | { type: 'saved'; saveProblem: string | null; sourcesProblem: string | null; keptProblem?: string | null }
  | { type: 'failed'; problem: BuildProblem };

export { IMPORT_ID_PREFIX, isImportId, newImportId } from '../../data/dataset-ids';
