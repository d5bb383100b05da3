/** One paper as a reader found it, before names are resolved to people. */
export interface RawPaper {
  title: string;
  /** Author names as written in the input, byline order ("Last, First" or "First Last"). */
  authors: string[];
  /** How `authors` are written (default "auto": a comma means "Last, First"). */
  nameOrder?: 'last-first' | 'first-last' | 'auto';
  /** ORCID per author position when the input has one (OpenAlex). */
  authorOrcids?: (string | null)[];
  /** OpenAlex author id ("A5023888391") per author position when the input has one; like an ORCID, it decides who is who. */
  authorIds?: (string | null)[];
  abstract?: string | null;
  year?: number | null;
  venue?: string | null;
  doi?: string | null;
  url?: string | null;
  /** Identifier inside the input (BibTeX key, JSONL id...). */
  id?: string | null;
  /** Where the record starts: file name and 1-based line. */
  source: SourceRef;
}

export interface SourceRef {
  file: string;
  line: number;
}

/** A record the reader could not use; it goes to the report, never silently away. */
export interface SkippedRecord extends SourceRef {
  reason: string;
  /** Short identification of the record (key, title start). */
  record?: string;
}

/** Something the reader did that the user should know (editors used as authors, `and others` dropped...). */
export interface IngestNote extends SourceRef {
  note: string;
  record?: string;
}

export type InputFormat = 'seed' | 'jsonl' | 'bibtex' | 'ris' | 'csl-json' | 'openalex';

export interface InputFile {
  name: string;
  text: string;
  /** What reading the bytes involved (see `decodeInput`): gzip, encoding guesses. Copied into the report's notes. */
  notes?: IngestNote[];
  /**
   * Records already read by a host that streamed the file (then `text` is empty): the file's text and its
   * parsed records are never held at once. `readInput` returns it as it is.
   */
  parsed?: ReaderResult;
}

export interface ReaderResult {
  format: InputFormat;
  papers: RawPaper[];
  skipped: SkippedRecord[];
  notes: IngestNote[];
  /** The seed format's line 1. */
  focalAuthor?: string;
}

export type Reader = (file: InputFile) => ReaderResult;
