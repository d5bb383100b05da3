import { IngestError } from './errors';
import { READERS } from './readers';
import { tidyAuthorLists } from './author-list';
import type { InputFile, InputFormat, ReaderResult } from './types';

export { IngestError } from './errors';
export type * from './types';

export const INPUT_FORMATS: InputFormat[] = ['seed', 'jsonl', 'bibtex', 'ris', 'csl-json', 'openalex', 'wos', 'scopus', 'pubmed', 'dimensions', 'dblp'];

/** Detect a file's format from its content (the name only breaks ties). */
export function detectFormat(file: InputFile): InputFormat {
  for (const r of READERS) if (r.sniff(file.text, file.name)) return r.format;
  const known = READERS.map((r) => r.format).join(', ');
  throw new IngestError(file.name, 1, `cannot tell the format of this file from its content (known formats: ${known})`);
}

/**
 * Reads one input file into raw papers, skipped records and notes: with the reader of `format` when given, else
 * of the format detected from the content (`detectFormat`); a file already read by a streaming reader
 * (`file.parsed`, the CLI's JSON Lines) is taken as it is. Author lists are then tidied the same way for every
 * format (placeholders such as "et al." left out, several names in one field split, each change a note).
 * Throws IngestError (file, line, problem) when the format cannot be told or the reader refuses the file.
 */
export function readInput(file: InputFile, format?: InputFormat): ReaderResult {
  if (file.parsed) {
    // read ahead by a streaming reader (CLI JSON Lines): the author lists are tidied all the same
    tidyAuthorLists(file.parsed);
    return file.parsed;
  }
  const fmt = format ?? detectFormat(file);
  const reader = READERS.find((r) => r.format === fmt);
  if (!reader) throw new IngestError(file.name, 1, `no reader for format "${fmt}"`);
  const result = reader.read(file);
  tidyAuthorLists(result);
  return result;
}
