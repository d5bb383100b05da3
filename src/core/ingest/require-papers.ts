import { IngestError } from './errors';
import type { InputFile, ReaderResult } from './types';

/**
 * A file from which no paper at all could be read is an error, not an empty dataset:
 * the message names the first record that was skipped and why, or says that no record was found.
 */
export function requirePapers(file: InputFile, result: ReaderResult, formatName: string): ReaderResult {
  if (result.papers.length > 0) return result;
  const first = result.skipped[0];
  if (first) {
    const more = result.skipped.length > 1 ? ` (and ${result.skipped.length - 1} more records skipped)` : '';
    throw new IngestError(file.name, first.line, `no paper could be read from this ${formatName} file: ${first.reason}${more}`);
  }
  throw new IngestError(file.name, 1, `no ${formatName} records found in this file`);
}

/**
 * Why a record cannot become a paper, or null when it has both an author and a title: every reader skips a
 * record on the same two conditions and words the reason the same way, naming where it looked in the format's
 * own terms.
 * @param hasAuthors whether at least one person was read (after editors were tried, where the format has them)
 * @param hasTitle whether a title was read
 * @param noAuthors the reason when no author was read, e.g. `no authors (AU/A1) or editors (A2/ED)`
 * @param noTitle the reason when no title was read, e.g. `no title (TI)`; default `no title`
 * @returns `noAuthors`, `noTitle`, both joined with "and", or null; never throws
 */
export function missingAuthorsOrTitle(hasAuthors: boolean, hasTitle: boolean, noAuthors: string, noTitle = 'no title'): string | null {
  if (hasAuthors && hasTitle) return null;
  if (hasAuthors) return noTitle;
  return hasTitle ? noAuthors : `${noAuthors} and ${noTitle}`;
}
