/// <reference lib="webworker" />
/**
 * Writes exports off the main thread (GEXF of a 37k-author graph takes seconds). The bundle is sent
 * once per dataset and kept; each job names what to write.
 */
import { authorsCsv, coauthorPairsCsv, papersCsv } from '../../core/export/csv';
import { bundleToGexf } from '../../core/export/gexf';
import type { Bundle } from '../../core/bundle/types';
import type { ExportJob, ExportReply, ExportRequest } from './export-protocol';

declare const self: DedicatedWorkerGlobalScope;

let kept: { token: number; bundle: Bundle } | null = null;

function write(bundle: Bundle, job: ExportJob): string {
  switch (job.kind) {
    case 'gexf':
      return bundleToGexf(bundle, { authors: job.authors ?? undefined, includePapers: job.includePapers, authorColours: job.authorColours });
    case 'authors-csv':
      return authorsCsv(bundle);
    case 'papers-csv':
      return papersCsv(bundle, job.abstracts);
    case 'pairs-csv':
      return coauthorPairsCsv(bundle);
  }
}

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  const { id, bundle, bundleToken, job } = event.data;
  const reply = (r: ExportReply) => self.postMessage(r);
  if (bundle) kept = { token: bundleToken, bundle };
  if (!kept || kept.token !== bundleToken) return reply({ id, ok: false, message: 'dataset not loaded', needBundle: true });
  try {
    reply({ id, ok: true, text: write(kept.bundle, job) });
  } catch (err) {
    reply({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
