/// <reference lib="webworker" />
/**
 * The insights worker: name checks (same person / several people) and exports, off the main thread
 * (on 37k authors the name checks of every name take 5-15 s, a GEXF several). The bundle is sent once
 * per dataset and kept; each job names what to compute. Messaging by comlink (insights-client.ts).
 * A job is run whole (`run`), or a slice of time at a time (`begin`, then `resume` until it is done): the page
 * runs the name checks of every name that way, so that an author card's check runs between two slices.
 */
import { assignedEvidence, claimDecisions, coauthorCircles, flagHomonymsSteps, homonymEvidence } from '../../core/queries/homonyms';
import { suggestSamePerson, suggestSamePersonSteps } from '../../core/queries/synonyms';
import { finish, runFor, scaled, type StepResult, type Steps } from '../../core/util/steps';
import type { Bundle } from '../../core/bundle/types';
import { authorsCsv, coauthorPairsCsv, papersCsv } from '../../core/export/csv';
import { bundleToGexf } from '../../core/export/gexf';
import { gephiFiles, vosviewerFiles, zipTexts } from '../../core/export/bundle-files';
import { expose } from 'comlink';
import { ColumnAssembler, type ColumnSlice } from '../data/column-slices';
import { NOT_LOADED, type InsightsJob, type TablePapers } from './insights-protocol';
import type { PaperSubset } from '../../core/queries/time-slice';
import type { ShownSet } from '../../core/export/shown-set';
import { peopleBehind } from '../features/whoiswho/people-behind';

let kept: { token: number; bundle: Bundle } | null = null;
/**
 * The bundle kept before `kept`, kept beside it when the page asked (`loadEnd`'s `keepBefore`: the map shown before an
 * Apply, while the rebuilt map's own checks run) until it says to forget it (`forget`) or another bundle arrives.
 */
let beside: { token: number; bundle: Bundle } | null = null;
/** A bundle arriving in slices: its shell (columns empty) and the columns so far. */
let arriving: { token: number; shell: Bundle; columns: ColumnAssembler } | null = null;

/**
 * The share of the name checks' time the same-person suggestions take (the homonym flags the rest): 0.78 of it on the
 * 30k map, 0.67 on the 70k map (Node, 4 Dec 2026), so the progress shown moves about evenly.
 */
const SAME_PERSON_SHARE = 0.75;

/**
 * The job in steps: the name checks yield every few ms (core/util/steps.ts), with how far they are (0–1, both checks
 * together), the other jobs are one piece.
 */
function* steps(bundle: Bundle, job: InsightsJob): Steps<unknown> {
  if (job.kind !== 'names') return run(bundle, job);
  const suggestions = yield* scaled(suggestSamePersonSteps(bundle), 0, SAME_PERSON_SHARE);
  yield SAME_PERSON_SHARE;
  const flags = yield* scaled(flagHomonymsSteps(bundle), SAME_PERSON_SHARE, 1);
  return { suggestions, flags };
}

/** A job begun and not finished (`begin`, `resume`): the bundle's token and where the job stands. */
let paused: { token: number; steps: Steps<unknown> } | null = null;

/**
 * A table job's rows as the exports take them: what the view shows (core/export/shown-set.ts `ShownSet`), else its
 * papers' years AND venues (core/export/table-subset.ts), absent ones null.
 */
const tablePapers = (job: TablePapers): ShownSet | PaperSubset => job.shown ?? { years: job.years ?? null, venues: job.venues ?? null };

function run(bundle: Bundle, job: InsightsJob): unknown {
  switch (job.kind) {
    case 'gexf':
      return bundleToGexf(bundle, job);
    case 'authors-csv':
      return authorsCsv(bundle, tablePapers(job));
    case 'papers-csv':
      return papersCsv(bundle, job.abstracts, tablePapers(job));
    case 'pairs-csv':
      return coauthorPairsCsv(bundle, tablePapers(job));
    case 'vosviewer':
      return zipTexts(vosviewerFiles(bundle, job.base, tablePapers(job)));
    case 'gephi-tables':
      return zipTexts(gephiFiles(bundle, job.base, tablePapers(job)));
    case 'names':
      return finish(steps(bundle, job));
    case 'own-suggestions':
      return suggestSamePerson(bundle, { only: job.author });
    case 'split': {
      const split = peopleBehind(bundle, job.author);
      const evidence = split.clusters < 2 ? null : homonymEvidence(bundle, split);
      // (the co-author circles: each offered apart in the card's split, core `splitParts`)
      return { split, lines: split.clusters < 2 ? [] : claimDecisions(bundle, split, evidence), evidence, circles: split.clusters < 2 ? [] : coauthorCircles(bundle, job.author) };
    }
    case 'assigned-evidence':
      return assignedEvidence(bundle, job.author, job.people);
  }
}

function resume(token: number, sliceMs: number): StepResult<unknown> {
  if (!paused || paused.token !== token || !kept || kept.token !== token) throw new Error(NOT_LOADED);
  const job = paused;
  try {
    const r = runFor(job.steps, sliceMs);
    if (r.done) paused = null;
    return r;
  } catch (err) {
    paused = null;
    throw err;
  }
}

/** What the page calls (through comlink): keep a bundle under a token, run a job on the kept bundle. */
const api = {
  load(token: number, bundle: Bundle): void {
    kept = { token, bundle };
  },
  /** A bundle sent in slices (insights-client.ts): its shell, with every column of the groups empty. */
  loadBegin(token: number, shell: Bundle): void {
    arriving = { token, shell, columns: new ColumnAssembler() };
    // a job paused on the bundle kept is dropped with it (the page begins it again: `resume` throws NOT_LOADED)
    paused = null;
    // at most two maps at a time: the one kept and the one arriving
    beside = null;
  },
  /** The next values of one column. */
  loadSlice(token: number, slice: ColumnSlice): void {
    if (arriving?.token === token) arriving.columns.add(slice);
  },
  /**
   * Every slice has arrived: keep the whole bundle under `token`; `keepBefore`: the bundle kept until now stays beside
   * it (`run` takes its token too) until `forget`.
   */
  loadEnd(token: number, keepBefore = false): void {
    if (arriving?.token !== token) return;
    beside = keepBefore ? kept : null;
    kept = { token, bundle: arriving.columns.bundle(arriving.shell) };
    arriving = null;
  },
  /** Throws `NOT_LOADED` when the bundle of `token` is not the one kept (the page then sends it again). */
  run(token: number, job: InsightsJob): unknown {
    if (beside && beside.token === token) return run(beside.bundle, job);
    if (!kept || kept.token !== token) throw new Error(NOT_LOADED);
    return run(kept.bundle, job);
  },
  /** The bundle kept beside (`loadEnd`'s `keepBefore`) forgotten, if it is `token`'s. */
  forget(token: number): void {
    if (beside?.token === token) beside = null;
  },
  /**
   * Begin `job` on the bundle of `token` and run it for `sliceMs` (ms, plus at most one piece of its work): its
   * value, or `{ done: false }` when it is paused (`resume` goes on). A job paused before is dropped. Throws
   * `NOT_LOADED` as `run`, and what the job throws.
   */
  begin(token: number, job: InsightsJob, sliceMs: number): StepResult<unknown> {
    if (!kept || kept.token !== token) throw new Error(NOT_LOADED);
    paused = { token, steps: steps(kept.bundle, job) };
    return resume(token, sliceMs);
  },
  /** Run the job paused on the bundle of `token` for `sliceMs` more (see `begin`). Throws `NOT_LOADED` when there is none. */
  resume(token: number, sliceMs: number): StepResult<unknown> {
    return resume(token, sliceMs);
  },
};

export type InsightsApi = typeof api;

expose(api);
