/**
 * Years later than next year: read as written, with a note (a typo such as 3000 for 2000 stretches the time axis
 * over ten centuries with nothing said; a tester's JSON Lines file). Nothing is dropped or changed.
 */
import type { IngestNote, RawPaper } from './types';

/**
 * Adds a note for each paper of `papers` whose year is later than `thisYear + 1` (a paper "in press" may carry next
 * year): "year 3000 is later than 2027: kept as written; check it". `thisYear`: the build's calendar year (default:
 * the clock's; passed in tests). Returns how many were noted. Throws nothing.
 */
export function noteFutureYears(papers: readonly RawPaper[], notes: IngestNote[], thisYear = new Date().getFullYear()): number {
  const latest = thisYear + 1;
  let noted = 0;
  for (const p of papers) {
    if (p.year == null || p.year <= latest) continue;
    noted++;
    notes.push({
      file: p.source.file,
      line: p.source.line,
      record: p.title.slice(0, 80),
      note: `year ${p.year} is later than ${latest}: kept as written; check it`,
    });
  }
  return noted;
}
