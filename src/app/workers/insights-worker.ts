/// <reference lib="webworker" />
/**
 * The insights worker: name checks (same person / several people) and exports, off the main thread
 * (on 37k authors the name checks take about a second and a GEXF several). The bundle is sent once
 * per dataset and kept; each job names what to compute. Messaging by comlink (insights-client.ts).
 */
import { claimDecisions, flagHomonyms, homonymEvidence } from '../../core/queries/homonyms';
import { suggestSamePerson } from '../../core/queries/synonyms';
import type { Bundle } from '../../core/bundle/types';
import { authorsCsv, coauthorPairsCsv, papersCsv } from '../../core/export/csv';
import { bundleToGexf } from '../../core/export/gexf';
import { gephiFiles, vosviewerFiles, zipTexts } from '../../core/export/bundle-files';
import { expose } from 'comlink';
import { ColumnAssembler, type ColumnSlice } from '../data/column-slices';
import { NOT_LOADED, type InsightsJob } from './insights-protocol';
import { peopleBehind } from '../features/whoiswho/people-behind';

let kept: { token: number; bundle: Bundle } | null = null;
/** A bundle arriving in slices: its shell (columns empty) and the columns so far. */
let arriving: { token: number; shell: Bundle; columns: ColumnAssembler } | null = null;

function run(bundle: Bundle, job: InsightsJob): unknown {
  switch (job.kind) {
    case 'gexf':
      return bundleToGexf(bundle, job);
    case 'authors-csv':
      return authorsCsv(bundle, job.years ?? null);
    case 'papers-csv':
      return papersCsv(bundle, job.abstracts, job.years ?? null);
    case 'pairs-csv':
      return coauthorPairsCsv(bundle, job.years ?? null);
    case 'vosviewer':
      return zipTexts(vosviewerFiles(bundle, job.base, job.years ?? null));
    case 'gephi-tables':
      return zipTexts(gephiFiles(bundle, job.base, job.years ?? null));
    case 'names':
      return { suggestions: suggestSamePerson(bundle), flags: flagHomonyms(bundle) };
    case 'split': {
      const split = peopleBehind(bundle, job.author);
      const evidence = split.clusters < 2 ? null : homonymEvidence(bundle, split);
      return { split, lines: split.clusters < 2 ? [] : claimDecisions(bundle, split, evidence), evidence };
    }
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
  },
  /** The next values of one column. */
  loadSlice(token: number, slice: ColumnSlice): void {
    if (arriving?.token === token) arriving.columns.add(slice);
  },
  /** Every slice has arrived: keep the whole bundle under `token`. */
  loadEnd(token: number): void {
    if (arriving?.token !== token) return;
    kept = { token, bundle: arriving.columns.bundle(arriving.shell) };
    arriving = null;
  },
  /** Throws `NOT_LOADED` when the bundle of `token` is not the one kept (the page then sends it again). */
  run(token: number, job: InsightsJob): unknown {
    if (!kept || kept.token !== token) throw new Error(NOT_LOADED);
    return run(kept.bundle, job);
  },
};

export type InsightsApi = typeof api;

expose(api);
