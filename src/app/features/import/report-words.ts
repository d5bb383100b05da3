/** Words of the build report that tell fetched works from files (ReportPanel, and its tests). */
import type { BuildReport } from '../../../core/bundle/report-types';
import { WORKS_FILE } from '../../../core/openalex/build';
import { plural } from '../../format';
import { STAGES } from '../../../core/stages';
import { formatMs } from './format';

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


/**
 * How long the build took, as the report's line says it: for a map built in this browser the notice's own figure
 * and its two parts, "built in 4.6 s (reading the file 1.4 s, the build 3.2 s)" (the parts add up to it); for a
 * map built elsewhere (the CLI's report), the stages' own times, "the build's steps 3.2 s". `timingsMs` is the
 * report's (ms): `wholeBuild` the wall time from the first file read to the map's data ready, `readFiles` the
 * files' loading and decoding, `ingestRead` a large BibTeX file's records read ahead of the stages, `STAGES`
 * each stage's own time. Null when there is no figure. (A tester saw "geom built in 4.6 s" in the notice and
 * "pipeline 3.2 s" in the report for the same build.)
 */
export function buildTimeWords(timingsMs: Readonly<Record<string, number>> | undefined, files: number): string | null {
  const t = timingsMs ?? {};
  if (t.wholeBuild !== undefined && t.wholeBuild > 0) {
    const reading = Math.min(t.wholeBuild, (t.readFiles ?? 0) + (t.ingestRead ?? 0));
    return `built in ${formatMs(t.wholeBuild)} (reading the ${plural('file', files)} ${unbroken(reading)}, the build ${unbroken(t.wholeBuild - reading)})`;
  }
  // the stages' own times, one after another: `timingsMs` also holds parts of them and the second thread's work
  // beside them (summed, a 4 s build said "pipeline 20.8 s": a tester)
  const steps = STAGES.reduce((sum, stage) => sum + (t[stage] ?? 0), 0);
  return steps > 0 ? `the build's steps ${formatMs(steps)}` : null;
}

/** A time in the report's line, its number and unit kept on one line ("10.9 s" wrapped as "10.9" / "s)"). */
const unbroken = (ms: number) => formatMs(ms).replace(/ /g, '\u00a0');
