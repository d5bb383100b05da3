/** One paper as a reader found it, before names are resolved to people. */
export interface RawPaper {
  title: string;
  /** Author names as written in the input, byline order ("Last, First" or "First Last"). */
  authors: string[];
  /** How `authors` are written (default "auto": a comma means "Last, First"). */
  nameOrder?: 'last-first' | 'first-last' | 'auto';
  /**
   * Per author position, true when the input marks the name as literal (a BibTeX name wholly in braces, a CSL-JSON
   * `literal`): kept as written, never split at commas or reordered (see `authorOrder`). Absent: none is.
   */
  literalAuthors?: boolean[];
  /** ORCID per author position when the input has one (OpenAlex). */
  authorOrcids?: (string | null)[];
  /**
   * Another identity per author position: an OpenAlex author id as is (`A5023888391`), other schemes prefixed
   * (`scopus:57190000001`, `dblp:Wei Zhang 0003`): like an ORCID, the same id is one person and different ids are different people
   * (an id seen with an ORCID anywhere is that ORCID's person).
   */
  authorIds?: (string | null)[];
  /** Organisation and country per author position, where the format carries them (WoS C1, Scopus, PubMed AD...). */
  authorAffiliations?: (Affiliation | null)[];
  /** Line of each author's entry in the file (when the format has one line per author), for notes. */
  authorLines?: number[];
  /** The input's name for the author field (`AU`, `author`, `Authors`...), for notes. */
  authorField?: string;
  /**
   * Line of the title's, the abstract's and the link's field in the file, where the reader knows it (RIS's `TI`, `AB`
   * and `UR`, PubMed's `TI` and `AB`, BibTeX's `title`, `abstract` and `url`), for notes about them (markup read as
   * text, a link that is no http(s) address left out); absent: the record's line (`source.line`).
   */
  fieldLines?: { title?: number; abstract?: number; url?: number };
  abstract?: string | null;
  year?: number | null;
  venue?: string | null;
  /**
   * Volume, issue and pages (or first page) in the venue, as the input writes them (RIS VL/IS/SP, BibTeX
   * volume/number/pages); absent when not given. Two records of one short title that differ in one are two papers.
   */
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  /** True when the input cut the author list short (`et al.`, `and others`): `authors` are the list's first names. */
  authorsTruncated?: boolean;
  doi?: string | null;
  url?: string | null;
  /** Identifier inside the input (BibTeX key, JSONL id...). */
  id?: string | null;
  /** Where the record starts: file name and 1-based line. */
  source: SourceRef;
}

/** Where an author was when the paper was written, as the input states it. */
export interface Affiliation {
  /** Organisation as written (the first one when several are given). */
  org: string | null;
  /** ISO 3166-1 alpha-2 code when the input gives one (OpenAlex), else the country as written; null when unknown. */
  country: string | null;
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
  /**
   * The input's name for the field the note is about (`title`, `AU`, `Authors`, `VL`...), where the reader knows it,
   * so the build report can show it; absent for a note about a whole record or file. The note's text says it too.
   */
  field?: string;
}

export type InputFormat = 'seed' | 'jsonl' | 'bibtex' | 'ris' | 'csl-json' | 'openalex' | 'wos' | 'scopus' | 'pubmed' | 'dimensions' | 'zotero-csv' | 'csv' | 'dblp';

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
  /** The line (1-based) of `focalAuthor` in its file. */
  focalLine?: number;
}

export type Reader = (file: InputFile) => ReaderResult;
