/** Words of the build report that tell fetched works from files (ReportPanel, and its tests). */
import type { BuildReport } from '../../../core/bundle/report-types';
import { WORKS_FILE } from '../../../core/openalex/build';
import { plural } from '../../format';

/** Whether `file` is the works fetched from OpenAlex (named works.jsonl, or works.jsonl.gz given to the CLI again). */
export function isFetchedInput(report: BuildReport, file: string): boolean {
  return !!report.fetched && (file === WORKS_FILE || /(^|[\\/])works\.jsonl(\.gz)?$/.test(file));
}

/**
 * Where the records came from, as the summary says it: "from 2 files", "from OpenAlex (the query above)",
 * "from OpenAlex and 1 file" (the CLI takes files beside --openalex).
 */
export function recordsFrom(report: BuildReport): string {
  const files = report.inputs.filter((i) => !isFetchedInput(report, i.file)).length;
  if (!report.fetched || files === report.inputs.length) return `from ${report.inputs.length} ${plural('file', report.inputs.length)}`;
  return files === 0 ? 'from OpenAlex (the query above)' : `from OpenAlex and ${files} ${plural('file', files)}`;
}

