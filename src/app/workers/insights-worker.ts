/// <reference lib="webworker" />
/**
 * The insights worker: name checks (same person / several people) and exports, off the main thread
 * (on 37k authors the name checks take about a second and a GEXF several). The bundle is sent once
 * per dataset and kept; each job names what to compute.
 */
import { flagHomonyms, homonymEvidence, splitDecisions } from '../../core/queries/homonyms';
import { suggestSamePerson } from '../../core/queries/synonyms';
import type { Bundle } from '../../core/bundle/types';
import { authorsCsv, coauthorPairsCsv, papersCsv } from '../../core/export/csv';
import { bundleToGexf } from '../../core/export/gexf';
import type { InsightsJob, InsightsReply, InsightsRequest } from './insights-protocol';
import { peopleBehind } from '../features/whoiswho/people-behind';

declare const self: DedicatedWorkerGlobalScope;

let kept: { token: number; bundle: Bundle } | null = null;

function run(bundle: Bundle, job: InsightsJob): unknown {
  switch (job.kind) {
    case 'gexf':
      return bundleToGexf(bundle, { authors: job.authors ?? undefined, includePapers: job.includePapers, authorColours: job.authorColours });
    case 'authors-csv':
      return authorsCsv(bundle);
    case 'papers-csv':
      return papersCsv(bundle, job.abstracts);
    case 'pairs-csv':
      return coauthorPairsCsv(bundle);
    case 'names':
      return { suggestions: suggestSamePerson(bundle), flags: flagHomonyms(bundle) };
    case 'split': {
      const split = peopleBehind(bundle, job.author);
      return { split, lines: split.clusters < 2 ? [] : splitDecisions(bundle, split), evidence: split.clusters < 2 ? null : homonymEvidence(bundle, split) };
    }
  }
}

self.onmessage = (event: MessageEvent<InsightsRequest>) => {
  const { id, bundle, bundleToken, job } = event.data;
  const reply = (r: InsightsReply) => self.postMessage(r);
  if (bundle) kept = { token: bundleToken, bundle };
  if (!kept || kept.token !== bundleToken) return reply({ id, ok: false, message: 'dataset not loaded', needBundle: true });
  try {
    reply({ id, ok: true, value: run(kept.bundle, job) });
  } catch (err) {
    reply({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
