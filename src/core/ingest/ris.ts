import { bareDoi, yearFrom } from './identifiers';
import { requirePapers } from './require-papers';
import { cleanText, splitLines } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * RIS (Zotero, EndNote, Scopus, Web of Science, Mendeley exports). A record is a run of tagged lines
 * `XY  - value` from `TY` (reference type) to `ER` (end of record). Tags read, per the RIS specification:
 *   AU, A1  authors (in order)            A2, ED  editors (used when there is no author, with a note)
 *   TI, T1  title                          AB, N2  abstract
 *   PY, Y1, DA  date (the year is kept)    DO      DOI
 *   JF, T2, JO, JA, J2  journal / book / conference   UR  URL   ID  record identifier
 * A line without a tag inside a record continues the previous field (wrapped exports).
 * Names are written "Last, First" or "Last, First, Suffix"; the latter is passed on in BibTeX's
 * "Last, Suffix, First" order, the one the names stage reads for three-part names.
 */

const TAG_LINE = /^([A-Z][A-Z0-9])[ \t]{1,2}-(?:[ \t](.*))?$/;

interface RisRecord {
  line: number;
  fields: Map<string, string[]>;
  hasType: boolean;
}

const AUTHOR_TAGS = ['AU', 'A1'];
const EDITOR_TAGS = ['A2', 'ED'];
const VENUE_TAGS = ['JF', 'T2', 'JO', 'JA', 'J2'];

function risName(raw: string): string {
  const name = cleanText(raw);
  const parts = name.split(',').map((p) => p.trim());
  return parts.length === 3 && parts.every(Boolean) ? `${parts[0]}, ${parts[2]}, ${parts[1]}` : name;
}

/** RIS file to papers. Records cut short or missing TY are skipped with their line and reason. */
export function readRis(file: InputFile): ReaderResult {
  const lines = splitLines(file.text);
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  let current: RisRecord | null = null;
  let lastTag: string | null = null;

  const finish = (rec: RisRecord) => {
    const first = (tags: string[]) => {
      for (const t of tags) {
        const v = rec.fields.get(t)?.map(cleanText).find(Boolean);
        if (v) return v;
      }
      return null;
    };
    const all = (tags: string[]) => tags.flatMap((t) => rec.fields.get(t) ?? []).map(risName).filter(Boolean);
    const title = first(['TI', 'T1']);
    const id = first(['ID']);
    const label = id ?? title?.slice(0, 80);
    if (!rec.hasType) {
      skipped.push({ file: file.name, line: rec.line, reason: 'record does not start with a TY line', record: label });
      return;
    }
    let authors = all(AUTHOR_TAGS);
    if (authors.length === 0) {
      const editors = all(EDITOR_TAGS);
      if (editors.length) {
        notes.push({ file: file.name, line: rec.line, record: label, note: `no AU/A1 author: the ${editors.length} editor(s) (A2/ED) are used as authors` });
        authors = editors;
      }
    }
    if (authors.length === 0) {
      skipped.push({ file: file.name, line: rec.line, reason: title ? 'no authors (AU/A1) or editors (A2/ED)' : 'no authors and no title', record: label });
      return;
    }
    if (!title) {
      skipped.push({ file: file.name, line: rec.line, reason: 'no title (TI/T1)', record: label });
      return;
    }
    const urls = rec.fields.get('UR') ?? [];
    papers.push({
      title,
      authors,
      abstract: first(['AB', 'N2']),
      year: yearFrom(first(['PY', 'Y1', 'DA'])),
      venue: first(VENUE_TAGS),
      doi: bareDoi(first(['DO'])) ?? urls.map(bareDoi).find(Boolean) ?? null,
      url: urls.map((u) => u.trim()).find(Boolean) ?? null,
      id,
      source: { file: file.name, line: rec.line },
    });
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\s+$/, '');
    const m = TAG_LINE.exec(text);
    if (!m) {
      if (current && lastTag && text.trim()) {
        const values = current.fields.get(lastTag)!;
        values[values.length - 1] = `${values[values.length - 1]} ${text.trim()}`;
      }
      return;
    }
    const tag = m[1]!;
    const value = m[2] ?? '';
    if (tag === 'TY') {
      if (current) {
        skipped.push({
          file: file.name,
          line: current.line,
          reason: `record not closed: no ER line before the next TY on line ${line}`,
          record: current.fields.get('TI')?.[0] ?? current.fields.get('T1')?.[0],
        });
      }
      current = { line, fields: new Map(), hasType: true };
      lastTag = null;
      return;
    }
    if (tag === 'ER') {
      if (current) finish(current);
      current = null;
      lastTag = null;
      return;
    }
    if (!current) current = { line, fields: new Map(), hasType: false };
    const values = current.fields.get(tag);
    if (values) values.push(value);
    else current.fields.set(tag, [value]);
    lastTag = tag;
  });
  if (current) {
    const rec = current as RisRecord;
    skipped.push({
      file: file.name,
      line: rec.line,
      reason: 'record cut short: no ER line before the end of the file',
      record: rec.fields.get('TI')?.[0] ?? rec.fields.get('T1')?.[0],
    });
  }
  return requirePapers(file, { format: 'ris', papers, skipped, notes }, 'RIS');
}

/** RIS when the first tagged line is "TY  - ..." (leading blank lines and a BOM allowed). */
export function looksLikeRis(text: string): boolean {
  const head = splitLines(text.slice(0, 4096));
  for (const raw of head) {
    if (!raw.trim()) continue;
    return /^TY[ \t]{1,2}-/.test(raw);
  }
  return false;
}
