import { droppedElementsWords, inlineMarkupToText } from '../util/inline-markup';
import { IngestError } from './errors';
import { bareDoi, pagesFrom, placeText, readDoi, yearFrom } from './identifiers';
import { readOrcid } from './orcid';
import { firstString, isObject, parseJsonWithLines, withoutBom } from './json-source';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { cleanText, splitLines } from '../util/text-lines';
import { affiliationOrNull, parseAddress } from './affiliation';
import type { Affiliation, IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * OpenAlex works: an API response ({"meta": ..., "results": [work, ...]}), JSON Lines of work objects
 * (one per line, as in snapshots), a list of works, or a single work.
 * Read per work: title (or display_name; inline HTML/JATS markup read as plain text, with a note; so is the venue's), authorships[].author.display_name with its ORCID,
 * the abstract rebuilt from abstract_inverted_index, publication_year, primary_location.source.display_name,
 * doi (without https://doi.org/), id (W...), biblio (volume, issue, first_page-last_page), and per authorship its first institution with its country code.
 * A display_name written "Marlow, Petra" is read as family, given (the names stage decides by the name's shape).
 */

function work(file: InputFile, w: unknown, line: number, papers: RawPaper[], skipped: SkippedRecord[], notes: IngestNote[], marked: number[], markedVenues: number[] = [], dropped: Set<string> = new Set()): void {
  if (!isObject(w)) {
    skipped.push({ file: file.name, line, reason: 'not an OpenAlex work object' });
    return;
  }
  const read = inlineMarkupToText(firstString(w.title) ?? firstString(w.display_name) ?? '');
  const title = cleanText(read.text);
  if (read.changed) marked.push(line);
  for (const name of read.dropped) dropped.add(name);
  const id = typeof w.id === 'string' ? w.id.replace(/^https?:\/\/openalex\.org\//, '') : null;
  const label = id ?? (title.slice(0, 80) || undefined);
  const authors: string[] = [];
  const orcids: (string | null)[] = [];
  const authorIds: (string | null)[] = [];
  const affs: (Affiliation | null)[] = [];
  let unnamed = 0;
  if (Array.isArray(w.authorships)) {
    for (const a of w.authorships) {
      const author = isObject(a) && isObject(a.author) ? a.author : null;
      const name = cleanText(firstString(author?.display_name) ?? (isObject(a) ? firstString(a.raw_author_name) : null) ?? '');
      if (!name) {
        unnamed++;
        continue;
      }
      authors.push(name);
      orcids.push(readOrcid(author?.orcid, { file: file.name, line, ...(label ? { record: label } : {}), author: name, field: 'orcid' }, notes));
      const oaId = typeof author?.id === 'string' ? (/^(?:https?:\/\/openalex\.org\/)?(A\d+)$/i.exec(author.id.trim())?.[1]?.toUpperCase() ?? null) : null;
      authorIds.push(oaId); // bare OpenAlex ids (other schemes are prefixed: scopus:, dblp:)
      affs.push(isObject(a) ? authorshipAffiliation(a) : null);
    }
  }
  if (unnamed) notes.push({ file: file.name, line, record: label, field: 'authorships', note: `${unnamed} authorship(s) without an author name; left out` });
  const missing = missingAuthorsOrTitle(authors.length > 0, !!title, 'no authorships with a name', 'no title (title, display_name)');
  if (missing || !title) {
    skipped.push({ file: file.name, line, reason: missing ?? 'no title', record: label });
    return;
  }
  const abstract = rebuildAbstract(w.abstract_inverted_index);
  if (abstract === undefined) notes.push({ file: file.name, line, record: label, field: 'abstract_inverted_index', note: 'abstract_inverted_index is malformed; abstract left out' });
  const primary = isObject(w.primary_location) ? w.primary_location : null;
  const source = primary && isObject(primary.source) ? primary.source : isObject(w.host_venue) ? w.host_venue : null;
  const doi = readDoi(w.doi, (note) => notes.push({ file: file.name, line, record: label, field: 'doi', note })) ?? (isObject(w.ids) ? bareDoi(w.ids.doi) : null);
  const landing = primary && typeof primary.landing_page_url === 'string' ? primary.landing_page_url : null;
  // a source's name carries markup as titles do ("<b>Src</b>", "Chemistry &amp; Biology"): read the same way
  const venueRead = source ? inlineMarkupToText(firstString(source.display_name) ?? '') : null;
  if (venueRead?.changed) markedVenues.push(line);
  for (const name of venueRead?.dropped ?? []) dropped.add(name);
  const biblio = isObject(w.biblio) ? w.biblio : null;
  papers.push({
    title,
    authors,
    ...(orcids.some(Boolean) ? { authorOrcids: orcids } : {}),
    ...(authorIds.some(Boolean) ? { authorIds } : {}),
    ...(affs.some(Boolean) ? { authorAffiliations: affs } : {}),
    authorField: 'authorships',
    abstract: abstract ?? null,
    year: yearFrom(w.publication_year) ?? yearFrom(w.publication_date),
    venue: venueRead ? cleanText(venueRead.text) || null : null,
    volume: placeText(biblio?.volume),
    issue: placeText(biblio?.issue),
    pages: pagesFrom(biblio?.first_page, biblio?.last_page),
    doi,
    url: landing ?? (doi ? `https://doi.org/${doi}` : typeof w.id === 'string' ? w.id : null),
    id,
    nameOrder: 'first-last',
    source: { file: file.name, line },
  });
}

/**
 * An authorship's first institution (display_name) and its country_code, else the authorship's first country
 * code ("countries"), else the first raw affiliation string.
 */
function authorshipAffiliation(a: Record<string, unknown>): Affiliation | null {
  const inst = Array.isArray(a.institutions) ? a.institutions.find(isObject) : undefined;
  const org = inst ? cleanText(firstString(inst.display_name) ?? '') || null : null;
  const code = (v: unknown) => (typeof v === 'string' && /^[A-Za-z]{2}$/.test(v.trim()) ? v.trim().toUpperCase() : null);
  let country = inst ? code(inst.country_code) : null;
  if (!country && Array.isArray(a.countries)) country = a.countries.map(code).find(Boolean) ?? null;
  if (!org && !country) {
    const raw = Array.isArray(a.raw_affiliation_strings) ? a.raw_affiliation_strings.find((x) => typeof x === 'string' && x.trim()) : null;
    return typeof raw === 'string' ? affiliationOrNull({ org: parseAddress(raw).org, country: null }) : null;
  }
  return { org, country };
}

/**
 * The abstract from OpenAlex's inverted index {word: [positions]}: words put back at their positions.
 * null when there is none, undefined when it is malformed.
 */
export function rebuildAbstract(index: unknown): string | null | undefined {
  if (index == null) return null;
  if (!isObject(index)) return undefined;
  const placed: [number, string][] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) return undefined;
    for (const p of positions) {
      if (typeof p !== 'number' || !Number.isInteger(p) || p < 0) return undefined;
      placed.push([p, word]);
    }
  }
  if (placed.length === 0) return null;
  placed.sort((a, b) => a[0] - b[0]);
  return cleanText(placed.map(([, word]) => word).join(' ')) || null;
}

/** OpenAlex file to papers; works without named authors or a title are skipped with their line. */
export function readOpenAlex(file: InputFile): ReaderResult {
  const text = withoutBom(file.text);
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  // lines of the works whose title carried inline markup (one note for the file)
  const marked: number[] = [];
  // and of those whose source (venue) name did
  const markedVenues: number[] = [];
  // elements with no text to read (<img>, <script>) dropped from a title or venue name: named in the notes
  const dropped = new Set<string>();
  const gone = () => (dropped.size ? `; ${droppedElementsWords([...dropped].sort())}` : '');
  const lines = splitLines(text);
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  const restHasContent = firstLine >= 0 && lines.slice(firstLine + 1).some((l) => l.trim() !== '');
  let firstLineValue: unknown = undefined;
  if (firstLine >= 0 && restHasContent) {
    try {
      firstLineValue = JSON.parse(lines[firstLine]!);
    } catch {
      firstLineValue = undefined;
    }
  }
  if (isObject(firstLineValue)) {
    // JSON Lines: one work per line.
    lines.forEach((raw, i) => {
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (err) {
        throw new IngestError(file.name, i + 1, `not valid JSON (${(err as Error).message})`);
      }
      work(file, value, i + 1, papers, skipped, notes, marked, markedVenues, dropped);
    });
  } else {
    const doc = parseJsonWithLines(file, text);
    const v = doc.value;
    if (Array.isArray(v)) {
      v.forEach((w, k) => work(file, w, doc.rootItemLines[k] ?? 1, papers, skipped, notes, marked, markedVenues, dropped));
    } else if (isObject(v) && Array.isArray(v.results)) {
      v.results.forEach((w, k) => work(file, w, doc.resultsItemLines[k] ?? 1, papers, skipped, notes, marked, markedVenues, dropped));
    } else if (isObject(v) && 'error' in v) {
      throw new IngestError(file.name, 1, `this is an OpenAlex error response, not works: ${String(v.message ?? v.error).slice(0, 200)}`);
    } else if (isObject(v) && ('authorships' in v || 'title' in v || 'display_name' in v)) {
      work(file, v, firstLine + 1, papers, skipped, notes, marked, markedVenues, dropped);
    } else {
      throw new IngestError(file.name, 1, 'expected OpenAlex works: {"results": [...]}, a list of works, or one work per line');
    }
  }
  if (marked.length) {
    notes.push({
      file: file.name,
      line: marked[0]!,
      note: `${marked.length === 1 ? '1 title carries' : `${marked.length} titles carry`} HTML markup (<i>, <sub>, &amp;…; first on line ${marked[0]}): read as plain text${gone()}`,
    });
  }
  if (markedVenues.length) {
    notes.push({
      file: file.name,
      line: markedVenues[0]!,
      field: 'primary_location.source.display_name',
      note: `${markedVenues.length === 1 ? '1 venue name carries' : `${markedVenues.length} venue names carry`} HTML markup (<b>, <i>, &amp;…; first on line ${markedVenues[0]}): read as plain text, as titles are${marked.length ? '' : gone()}`,
    });
  }
  return requirePapers(file, { format: 'openalex', papers, skipped, notes }, 'OpenAlex');
}

/** OpenAlex when the start of the file has work objects: "authorships" together with an OpenAlex id or publication_year. */
export function looksLikeOpenAlex(text: string): boolean {
  const head = withoutBom(text).slice(0, 65536).trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return false;
  return /"authorships"\s*:/.test(head) && /openalex\.org\/W|"publication_year"\s*:/.test(head);
}
