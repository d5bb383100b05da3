import { IngestError, WHOLE_FILE } from './errors';
import { binaryKind } from './binary-kind';
import { READERS } from './readers';
import { notPaperTableProblem } from './generic-csv';
import { requirePapers } from './require-papers';
import { tidyAuthorLists } from './author-list';
import { tidyLinks } from './links';
import { tidyMarkup } from './markup';
import { parseJsonWithLines, withoutBom } from './json-source';
import { ALIAS_FILE_NOT_PAPERS, NOT_ALIAS_LINES, aliasFileKind, hasAliasHeader } from './alias-sniff';
import type { InputFile, InputFormat, ReaderResult } from './types';

export { IngestError } from './errors';
export type * from './types';

export const INPUT_FORMATS: InputFormat[] = ['seed', 'jsonl', 'bibtex', 'ris', 'csl-json', 'openalex', 'wos', 'scopus', 'pubmed', 'dimensions', 'zotero-csv', 'csv', 'dblp'];

/**
 * Each format as a user knows it (what their tool calls its export, with the file ending where that helps), for the
 * words of an error about a file no reader recognises: the ids (`seed`, `zotero-csv`) are the CLI's `--format`
 * values, which a user dropping a file in the page has never seen (a tester).
 */
export const FORMAT_WORDS: Record<InputFormat, string> = {
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  'csl-json': 'CSL-JSON',
  jsonl: 'JSON Lines of papers (.jsonl)',
  openalex: 'OpenAlex works (JSON)',
  wos: 'Web of Science plain text',
  scopus: 'Scopus CSV',
  pubmed: 'PubMed / MEDLINE (.nbib)',
  dimensions: 'Dimensions CSV',
  'zotero-csv': 'Zotero CSV',
  csv: 'a CSV table with title and author columns',
  dblp: 'DBLP XML',
  seed: "a plain list of papers (the sample's format)",
};

/** The formats the page and the CLI read, in a user's words, most common first: "BibTeX (.bib), RIS (.ris), … or …". */
export function knownFormatsInWords(): string {
  const order: InputFormat[] = ['bibtex', 'ris', 'csl-json', 'zotero-csv', 'scopus', 'wos', 'pubmed', 'dimensions', 'openalex', 'dblp', 'jsonl', 'csv', 'seed'];
  const words = order.filter((f) => READERS.some((r) => r.format === f)).map((f) => FORMAT_WORDS[f]);
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

export { binaryKind };

/** What to do with a file that is no paper list, said after what it is. */
const EXPORT_ADVICE = 'export the paper list as BibTeX, RIS, CSV or JSON Lines';

/**
 * Formats a file name's ending names, for a file whose content no reader recognises: its reader then reports
 * what is wrong with it (a JSON Lines file whose first record has no title said "cannot tell the format").
 */
const FORMAT_BY_EXTENSION: [RegExp, InputFormat][] = [
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
  [/\.bib$/i, 'bibtex'],
  [/\.ris$/i, 'ris'],
];

/**
 * Detect a file's format from its content (the name only breaks ties), else from its name's ending (.jsonl,
 * .ndjson, .bib, .ris: that reader then names the problem and its line).
 * @throws IngestError (`WHOLE_FILE`, no line) for an empty file or a binary one (a known signature: `binaryKind`,
 *   or NUL bytes); (line 1) for
 *   content no reader recognises under a name that says nothing; for JSON no reader recognises, the line of its
 *   first syntax error (or line 1: valid JSON of another shape); for an alias file (the explorer's header, or
 *   only `variant<TAB>canonical[<TAB>paper]` lines no reader takes: `aliasFileKind`), that it is one
 */
export function detectFormat(file: InputFile): InputFormat {
  // the explorer's own alias download (a tester's dropped beside its paper list read "cannot tell the format")
  if (hasAliasHeader(file.text)) throw new IngestError(file.name, 1, ALIAS_FILE_NOT_PAPERS);
  for (const r of READERS) if (r.sniff(file.text, file.name)) return r.format;
  if (aliasFileKind(file.text) === 'lines') throw new IngestError(file.name, 1, ALIAS_FILE_NOT_PAPERS);
  // an empty or binary file is said of the whole file, with no line (WHOLE_FILE): "line 1" of a PNG means nothing
  if (file.text.replace(/^\uFEFF/, '').trim() === '') throw new IngestError(file.name, WHOLE_FILE, 'the file is empty');
  const kind = binaryKind(file.text);
  if (kind) throw new IngestError(file.name, WHOLE_FILE, `not a text file: it looks like ${kind}; ${EXPORT_ADVICE}`);
  if (file.text.slice(0, 8192).includes('\u0000')) {
    throw new IngestError(file.name, WHOLE_FILE, `not a text file (it holds binary content: a PDF, an image or a spreadsheet?); ${EXPORT_ADVICE}`);
  }
  const byName = FORMAT_BY_EXTENSION.find(([re]) => re.test(file.name));
  if (byName) return byName[1];
  const text = withoutBom(file.text);
  if (/^\s*[[{]/.test(text)) {
    // JSON no JSON reader took: a syntax error is said with its line (a tester's CSL-JSON array with a broken second
    // line was "cannot tell the format"); valid JSON of another shape says what it lacks
    parseJsonWithLines(file, text);
    throw new IngestError(file.name, 1, 'a JSON file, but not CSL-JSON, OpenAlex works or JSON Lines of papers (records with a "title" and their authors)');
  }
  // a CSV header of no export we read: say so, with its columns (a Zotero export said "cannot tell the format")
  const header = text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '';
  const csvColumns = header.split(/,|;|\t/).map((c) => c.trim().replace(/^"|"$/g, '')).filter(Boolean);
  if (csvColumns.length >= 2 && /^(?:"[^"\n]*"|[^,;\t"\n]*)(?:[,;\t](?:"[^"\n]*"|[^,;\t"\n]*))+\s*$/.test(header)) {
    // says what the file is, its columns, and exactly which of the two columns is missing with the names accepted
    // for it (a tester's header with both was refused with a sentence listing them as missing; a tester's
    // `name,age` table was read as seed text: looksLikeSeedText now leaves tables alone)
    // a tab-separated table of two or three columns has the cells of alias lines: said why it is not one either
    // (a tester's "Name<TAB>Institution<TAB>Country" table was taken for an alias file)
    const aliasLike = header.includes('\t') && header.split('\t').length <= 3;
    throw new IngestError(file.name, 1, `${notPaperTableProblem(header, csvColumns)}${aliasLike ? `. ${NOT_ALIAS_LINES}` : ''}`);
  }
  throw new IngestError(file.name, 1, `cannot tell the format of this file from its content (it reads ${knownFormatsInWords()})`);
}

/**
 * True when `file` is an alias file rather than a paper list: it starts with the explorer's alias header, or no
 * reader recognises it and its lines are `variant<TAB>canonical[<TAB>paper]` (`aliasFileKind`). The browser's
 * build reads such a file, dropped with paper lists, as the CLI reads `--aliases`.
 */
export function isAliasFile(file: InputFile): boolean {
  if (file.parsed) return false;
  if (hasAliasHeader(file.text)) return true;
  if (READERS.some((r) => r.sniff(file.text, file.name))) return false;
  return aliasFileKind(file.text) === 'lines';
}

/**
 * Reads one input file into raw papers, skipped records and notes: with the reader of `format` when given, else
 * of the format detected from the content (`detectFormat`); a file already read by a streaming reader
 * (`file.parsed`, the CLI's JSON Lines) is taken as it is, an error when it holds no paper (`requirePapers`). Author lists are then tidied the same way for every
 * format (placeholders such as "et al." left out, several names in one field split, each change a note), and links
 * kept http(s) only (`tidyLinks`), and titles and abstracts with HTML or JATS markup read as text (`tidyMarkup`).
 * Throws IngestError (file, line, problem) when the format cannot be told or the reader refuses the file.
 */
export function readInput(file: InputFile, format?: InputFormat): ReaderResult {
  if (file.parsed) {
    // read ahead by a streaming reader (CLI JSON Lines), which skips bad lines: a file with no paper is an
    // error here, as readJsonLines makes it; the author lists are tidied all the same
    requirePapers(file, file.parsed, 'JSON Lines');
    tidyAuthorLists(file.parsed);
    tidyMarkup(file.parsed);
    tidyLinks(file.parsed);
    return file.parsed;
  }
  const fmt = format ?? detectFormat(file);
  const reader = READERS.find((r) => r.format === fmt);
  if (!reader) throw new IngestError(file.name, 1, `no reader for format "${fmt}"`);
  const result = reader.read(file);
  tidyAuthorLists(result);
  // titles read as text first: a link's note names its record by the title a reader sees
  tidyMarkup(result);
  tidyLinks(result);
  return result;
}
