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
