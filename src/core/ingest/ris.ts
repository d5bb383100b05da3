import { displayName, foldText, isNameSuffix, parseName } from '../names/parse-name';
import { decodeNameReferences, holdsSeveralNames, isPlaceholderName } from './author-list';
import { bareDoi, notAYear, readDoi } from './identifiers';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { cleanText, splitLines } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * RIS (Zotero, EndNote, Scopus, Web of Science, Mendeley exports). A record is a run of tagged lines
 * `XY  - value` from `TY` (reference type) to `ER` (end of record). Tags read, per the RIS specification:
 *   AU, A1  authors (in order)            A2, ED  editors (used when there is no author, with a note)
 *   TI, T1  title (else BT for a book,    AB, N2  abstract
 *           CT for a conference paper, with a note)
 *   PY, Y1, DA  date (the year is kept)    DO      DOI
 *   JF, T2, JO, JA, J2  journal / book / conference   UR  URL   ID  record identifier
 *   else BT (the book title of a CHAP or another non-book record) or, for a CONF/CPAPER with its own TI, CT (the
 *   conference title) as the venue, with one note per file for each
 *   VL, IS, SP  volume, issue, first page
 * A line without a tag inside a record continues the previous field (wrapped exports).
 * Names are written "Last, First" or "Last, First, Suffix"; the latter is passed on in BibTeX's
 * "Last, Suffix, First" order, the one the names stage reads for three-part names. An organisation written with a
 * comma ("Ministry of Health, Labour and Welfare") is kept as written (a literal name), with a note (see `isOrgName`).
 * A name written without a comma that starts with a Vietnamese family name and carries Vietnamese letters
 * ("Nguyễn Văn A": family name first, as Vietnamese writes it) is read as "Nguyễn, Văn A", not as "Last Initials"
 * ("A. Nguyễn Văn"), with a note (see `vietnameseFamilyFirst`).
 * A year written with more than the year (`1999a`, `2020-2021`) is read with a note, one that is not a year
 * (`n.d.`, `in press`) is left out with a note, as in BibTeX.
 */

/** A tag line as the specification writes it, `XY  - value`, or with one space before the hyphen (read as is). */
const TAG_LINE = /^([A-Z][A-Z0-9])[ \t]{1,2}-(?:[ \t](.*))?$/;
/**
 * A tag line spaced against the specification, `AU  -Brown, Li` or `AU   - Brown, Li` (hand-edited files): read
 * as a tag only for a tag of the specification (else a wrapped line beginning "AI -based" would start a field),
 * with a note. Left as a continuation it was joined to the line before: "Kate AU -Brown Jones Li" (a tester).
 */
const LOOSE_TAG_LINE = /^([A-Z][A-Z0-9])[ \t]{1,3}-[ \t]?(.*)$/;
/** The tags of the RIS specification (RefMan/EndNote, as Zotero and EndNote read them). */
const RIS_TAGS = new Set(
  (
    'TY ER AU A1 A2 A3 A4 AB AD AN AV BT C1 C2 C3 C4 C5 C6 C7 C8 CA CN CP CT CY DA DB DO DP ED EP ET ID IS J1 J2 JA JF JO ' +
    'KW L1 L2 L3 L4 LA LB LK M1 M2 M3 N1 N2 NV OP PB PP PY RI RN RP SE SN SP ST T1 T2 T3 TA TI TT U1 U2 U3 U4 U5 UR VL VO Y1 Y2'
  ).split(' '),
);

interface RisRecord {
  line: number;
  fields: Map<string, string[]>;
  /** Line of each value, parallel to `fields`. */
  lines: Map<string, number[]>;
  hasType: boolean;
  /** The TY value ("JOUR", "BOOK", "CONF"...), upper case. */
  type?: string;
  /** Line of the TY tag when it came after other tags (some exporters write it late). */
  lateType?: number;
}

const AUTHOR_TAGS = ['AU', 'A1'];
const EDITOR_TAGS = ['A2', 'ED'];
const VENUE_TAGS = ['JF', 'T2', 'JO', 'JA', 'J2'];

/** The reference types whose own title may be written in BT (a whole book) or CT (a conference paper). */
const BT_TITLE_TYPES = new Set(['BOOK', 'EBOOK', 'EDBOOK']);
const CT_TITLE_TYPES = new Set(['CONF', 'CPAPER']);

/** Words that join the parts of an organisation's name and are never part of a person's given name. */
const ORG_JOINER = /^(?:and|of|for|the|on|in|at|&|und|für|et|y|to)$/i;
/** Words naming an organisation, in any part of a name written with a comma. */
const ORG_WORD =
  /^(?:ministry|department|dept\.?|institute|institut|university|universit[àäé]t?|council|agency|office|committee|group|association|society|cent(?:er|re)|bureau|organi[sz]ation|foundation|consortium|collaboration|commission|board|service|services|authority|administration|federation|network|team|project|inc\.?|ltd\.?|gmbh|corporation|company)$/i;
/** Particles that stand in given names written after a comma ("Beethoven, Ludwig van", "Rosa, María de la"). */
const PARTICLE = /^(?:van|von|de|der|den|da|di|del|della|dos|das|du|la|le|ter|ten|zu|bin|al|el)$/i;

/**
 * Whether a RIS name written with a comma is an organisation, not "Last, First": the parts after the first
 * comma hold a joining word ("Ministry of Health, Labour and Welfare": "and", "of"...), a word naming an
 * organisation after the comma, or before it in a name of two or more words ("Department of Health, Australia"; a
 * surname such as "Service, Robert" stays a person), or four or more words that are neither particles
 * nor initials (no person's given names are written so). Three given names ("Tolkien, John Ronald Reuel") stay a
 * person, and so do two people joined in one entry ("Varga, Ilona and Tóth, Béla", split by the author-list step).
 * `written`: one author entry as written (HTML character references decoded here first). Throws nothing.
 */
export function isOrgName(written: string): boolean {
  // judged as the author-list step reads it: references decoded ("Garc&iacute;a, Jos&eacute;" is a person), and a
  // placeholder ("al., et": Zotero's "et al." split into family and given name) is no organisation
  const name = decodeNameReferences(written);
  if (!name.includes(',') || name.includes(';') || isPlaceholderName(name)) return false;
  // "Varga, Ilona and Tóth, Béla": two people in one entry (split later), not an organisation
  const andParts = name.split(/\s+(?:and|&)\s+/);
  if (andParts.length > 1 && andParts.every((p) => p.includes(','))) return false;
  // "Orrin P, Vance T & Wick MA": an entry the author-list splitter splits into people is no organisation
  if (holdsSeveralNames(name)) return false;
  const [last, ...rest] = name.split(',').map((p) => p.trim());
  const after = rest.filter((p) => p && !isNameSuffix(p));
  if (after.length === 0) return false;
  const words = after.join(' ').split(/\s+/).filter(Boolean);
  if (words.some((w) => ORG_JOINER.test(w))) return true;
  const lastWords = last!.split(/\s+/).filter(Boolean);
  if (words.some((w) => ORG_WORD.test(w)) || (lastWords.length >= 2 && lastWords.some((w) => ORG_WORD.test(w)))) return true;
  return words.filter((w) => !PARTICLE.test(w) && !/^(?:\p{Lu}\.?-?)+$/u.test(w)).length >= 4;
}

/**
 * Vietnamese family names (the common ones, which most Vietnamese people bear), written with their diacritics: a
 * name without a comma that starts with one is written family name first.
 */
const VIETNAMESE_FAMILY = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Đoàn Lâm Mai Trịnh Đào Cao Lương Tạ Tô Châu Thái Quách Kiều Vương Hà Tăng Lưu Triệu Đàm Lục Mạc Nông Thân Chu Hứa Khúc Từ'.split(' '),
);
/** Letters only Vietnamese writes among Latin scripts (ă, ơ, ư, đ, and vowels bearing a tone mark over another mark). */
const VIETNAMESE_LETTER = /[ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựỳỷỹỵảẻỉỏủạẹịọụ]/iu;

/**
 * A RIS author written without a comma, family name first as Vietnamese writes it, ending in what RIS would read
 * as initials ("Nguyễn Văn A", "Trần Thị H"), as "Family, Given" ("Nguyễn, Văn A"), or null when the name is not
 * such a one ("Trần Thị Minh Hoa" is null: read as written, as other formats read it): it must have two words or
 * more, the first a Vietnamese family name (`VIETNAMESE_FAMILY`) and a Vietnamese letter somewhere
 * (`VIETNAMESE_LETTER`: "Le Van A" without diacritics stays as the names stage reads it). Without this, RIS's
 * "Last Initials" reading (PubMed's "Castellanos AB") turned "Nguyễn Văn A" into "A. Nguyễn Văn". `name`: one
 * author as written. Throws nothing.
 */
export function vietnameseFamilyFirst(name: string): string | null {
  const s = cleanText(name);
  if (s.includes(',')) return null;
  const words = s.split(' ');
  if (words.length < 2 || !VIETNAMESE_FAMILY.has(words[0]!) || !VIETNAMESE_LETTER.test(s)) return null;
  // only where RIS's "Last Initials" reading would take the name apart (a last word of one or two capitals):
  // "Nguyễn Văn Anh" is read as written, "First Last", as BibTeX and every other format read a name without a
  // comma, so the same person in a .bib and a .ris is one person (read family name first here, the two readings
  // made "Nguyễn Văn Anh" and "Văn Anh Nguyễn")
  if (!/^\p{Lu}{1,2}\.?$/u.test(words[words.length - 1]!)) return null;
  return `${words[0]}, ${words.slice(1).join(' ')}`;
}

/** The Vietnamese family names without diacritics ("Nguyen", "Tran"...), folded as `foldText` folds them. */
const VIETNAMESE_FAMILY_BARE = new Set([...VIETNAMESE_FAMILY].map((f) => foldText(f)));

/** "Nguyen Van B" as "Nguyen, Van B": the first word as the family name. */
const vietnameseOrder = (name: string) => {
  const words = cleanText(name).split(' ');
  return `${words[0]}, ${words.slice(1).join(' ')}`;
};

/**
 * A name without a comma or diacritics that could be a Vietnamese name written family name first, read otherwise
 * as "Last Initials" ("Nguyen Van B" read as B. Nguyen Van): three words or more, the first a Vietnamese family
 * name without its diacritics, the last one or two capitals. Not changed, only noted (`vietnameseFamilyFirst`
 * decides only with Vietnamese letters). Throws nothing.
 */
function mayBeVietnamese(name: string): boolean {
  const s = cleanText(name);
  if (s.includes(',')) return false;
  const words = s.split(' ');
  return words.length >= 3 && VIETNAMESE_FAMILY_BARE.has(foldText(words[0]!)) && /^\p{Lu}{1,2}\.?$/u.test(words[words.length - 1]!) && /\p{Ll}/u.test(words[1]!);
}

/** RIS writes "Last, First, Suffix": reordered to "Last, Suffix, First" only when the third part is a suffix, so
 * that an entry holding two names ("Okafor, B.; Quist, A. L.") is split at its ";" later, not read as one name. */
function risName(raw: string): string {
  const name = cleanText(raw);
  const parts = name.split(',').map((p) => p.trim());
  return parts.length === 3 && parts.every(Boolean) && isNameSuffix(parts[2]!) && !name.includes(';') ? `${parts[0]}, ${parts[2]}, ${parts[1]}` : name;
}

/** PY/Y1 as the specification writes it ("1999", "1999/05/01/", "1999///Spring"), or an ISO date in DA. */
const RIS_DATE = /^\d{4}(?:\/.*|-\d\d(?:-\d\d)?)?$/;
const YEAR_IN_TEXT = /(?<!\d)(\d{4})(?!\d)/;

/**
 * A record's year from PY, else Y1, else DA (the first that holds one). A value written with more than the year
 * (`1999a`, `2020-2021`, `May 1999`) gives its first four-digit year, with a note (`PY "1999a" read as 1999`); one
 * with no four-digit year (`n.d.`, `in press`) is left out with `notAYear`'s note, as BibTeX words them.
 * `note(line, text, tag)` is called for each guess, with the line of the value and its tag.
 */
function risYear(rec: RisRecord, note: (line: number, text: string, tag: string) => void): number | null {
  for (const tag of ['PY', 'Y1', 'DA']) {
    const values = rec.fields.get(tag) ?? [];
    for (let k = 0; k < values.length; k++) {
      const v = cleanText(values[k]!);
      if (!v) continue;
      const line = rec.lines.get(tag)?.[k] ?? rec.line;
      if (RIS_DATE.test(v)) return Number(v.slice(0, 4));
      const m = YEAR_IN_TEXT.exec(v);
      if (m) {
        note(line, `${tag} ${JSON.stringify(v.slice(0, 40))} read as ${m[1]}`, tag);
        return Number(m[1]);
      }
      note(line, notAYear(v, tag), tag);
      break; // a tag's repeated values: the first is the one read
    }
  }
  return null;
}

/** RIS file to papers. Records cut short or missing TY are skipped with their line and reason. */
export function readRis(file: InputFile): ReaderResult {
  const lines = splitLines(file.text);
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  let current: RisRecord | null = null;
  let lastTag: string | null = null;
  /** Records whose venue came from BT or CT (no JF/T2/JO/JA/J2): the line of that tag and the record's type. */
  const venueFrom: Record<'BT' | 'CT', { line: number; type: string }[]> = { BT: [], CT: [] };

  const finish = (rec: RisRecord) => {
    const first = (tags: string[]) => {
      for (const t of tags) {
        const v = rec.fields.get(t)?.map(cleanText).find(Boolean);
        if (v) return v;
      }
      return null;
    };
    /** The line of the value `first(tags)` reads (for notes about a title's or abstract's markup). */
    const firstLine = (tags: string[]) => {
      for (const t of tags) {
        const k = rec.fields.get(t)?.findIndex((v) => cleanText(v)) ?? -1;
        if (k >= 0) return rec.lines.get(t)?.[k];
      }
      return undefined;
    };
    const all = (tags: string[]) => tags.flatMap((t) => rec.fields.get(t) ?? []).map(risName).filter(Boolean);
    const allLines = (tags: string[]) =>
      tags.flatMap((t) => (rec.fields.get(t) ?? []).map((v, k) => [risName(v), rec.lines.get(t)?.[k] ?? rec.line] as const)).filter(([v]) => v).map(([, l]) => l);
    let title = first(['TI', 'T1']);
    const type = rec.type ?? '';
    const titleTag = title ? null : BT_TITLE_TYPES.has(type) ? 'BT' : CT_TITLE_TYPES.has(type) ? 'CT' : null;
    if (titleTag) title = first([titleTag]);
    const id = first(['ID']);
    const label = id ?? title?.slice(0, 80);
    if (!rec.hasType) {
      skipped.push({ file: file.name, line: rec.line, reason: 'record does not start with a TY line', record: label });
      return;
    }
    let authors = all(AUTHOR_TAGS);
    let authorLines = allLines(AUTHOR_TAGS);
    let authorField = 'AU';
    if (authors.length === 0) {
      const editors = all(EDITOR_TAGS);
      if (editors.length) {
        notes.push({ file: file.name, line: rec.line, record: label, field: 'A2/ED', note: `no AU/A1 author: the ${editors.length} editor(s) (A2/ED) are used as authors` });
        authors = editors;
        authorLines = allLines(EDITOR_TAGS);
        authorField = 'A2/ED';
      }
    }
    // "Nguyễn Văn A": a Vietnamese name written family name first, not "Last Initials"
    authors = authors.map((a, k) => {
      const at = { file: file.name, line: authorLines[k] ?? rec.line, record: label, field: authorField };
      const family = vietnameseFamilyFirst(a);
      // how a name without a comma is read otherwise ("Last Initials", else "First Last"), for the note
      const otherwise = () => {
        const read = parseName(a, 'last-first');
        return `"${displayName(read)}" (family name "${read.family}")`;
      };
      if (family) {
        const [last, given] = family.split(', ');
        notes.push({ ...at, note: `${authorField} "${cleanText(a)}" has no comma and starts with a Vietnamese family name: read as written family name first, "${family}" (family name "${last}", given name "${given}"), not as ${otherwise()}` });
        return family;
      }
      if (mayBeVietnamese(a)) {
        notes.push({ ...at, note: `${authorField} "${cleanText(a)}" has no comma: read as ${otherwise()}; it may be a Vietnamese name written family name first, without its diacritics ("${vietnameseOrder(a)}"): check the record` });
      }
      return a;
    });
    if (rec.lateType) {
      notes.push({ file: file.name, line: rec.lateType, record: label, field: 'TY', note: `TY comes after other tags (from line ${rec.line}); they are read as part of this record` });
    }
    const also = BT_TITLE_TYPES.has(type) ? ', BT' : CT_TITLE_TYPES.has(type) ? ', CT' : '';
    const missing = missingAuthorsOrTitle(authors.length > 0, !!title, 'no authors (AU/A1) or editors (A2/ED)', `no title (TI/T1${also})`);
    if (missing || !title) {
      skipped.push({ file: file.name, line: rec.line, reason: missing ?? 'no title', record: label });
      return;
    }
    if (titleTag) {
      const what = titleTag === 'BT' ? 'book title' : 'conference paper title';
      notes.push({ file: file.name, line: rec.lines.get(titleTag)?.[0] ?? rec.line, record: label, field: titleTag, note: `no TI/T1 title: ${titleTag} (the ${what} of a TY ${type} record) is used as the title` });
    }
    // organisations written with a comma: kept as written, not reordered as "Last, First"
    const literal = authors.map((a) => isOrgName(a));
    literal.forEach((isOrg, k) => {
      if (isOrg) notes.push({ file: file.name, line: authorLines[k] ?? rec.line, record: label, field: authorField, note: `${authorField} "${authors[k]}" reads as an organisation, not "Last, First": kept as written` });
    });
    const urls = rec.fields.get('UR') ?? [];
    // the first web link, else the first link at all (an ftp: one first in the record was kept, then left out as no http(s) link)
    let urlAt = urls.findIndex((u) => /^https?:\/\//i.test(u.trim()));
    if (urlAt < 0) urlAt = urls.findIndex((u) => u.trim());
    const urlLine = urlAt >= 0 ? rec.lines.get('UR')?.[urlAt] : undefined;
    const abstractLine = firstLine(['AB', 'N2']);
    // the venue: a journal, book or proceedings title; else a chapter's book title (BT), or a conference paper's
    // conference title (CT) when its own title is in TI (each said once per file)
    let venue = first(VENUE_TAGS);
    if (!venue && !BT_TITLE_TYPES.has(type) && titleTag !== 'BT') {
      venue = first(['BT']);
      if (venue) venueFrom.BT.push({ line: firstLine(['BT']) ?? rec.line, type });
    }
    if (!venue && CT_TITLE_TYPES.has(type) && titleTag !== 'CT') {
      venue = first(['CT']);
      if (venue) venueFrom.CT.push({ line: firstLine(['CT']) ?? rec.line, type });
    }
    papers.push({
      title,
      authors,
      ...(literal.some(Boolean) ? { literalAuthors: literal } : {}),
      abstract: first(['AB', 'N2']),
      year: risYear(rec, (line, note, tag) => notes.push({ file: file.name, line, record: label, field: tag, note })),
      venue,
      volume: first(['VL']),
      issue: first(['IS']),
      pages: first(['SP']),
      doi: readDoi(first(['DO']), (note) => notes.push({ file: file.name, line: rec.lines.get('DO')?.[0] ?? rec.line, record: label, field: 'DO', note }), 'DO') ?? urls.map(bareDoi).find(Boolean) ?? null,
      url: urls[urlAt]?.trim() ?? null,
      id,
      nameOrder: 'last-first',
      authorField,
      authorLines,
      fieldLines: { title: firstLine(titleTag ? [titleTag] : ['TI', 'T1']), ...(abstractLine ? { abstract: abstractLine } : {}), ...(urlLine ? { url: urlLine } : {}) },
      source: { file: file.name, line: rec.line },
    });
  };

  // tag lines spaced against the specification, read as tags: one note for the file
  const loose: { line: number; text: string }[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\s+$/, '');
    let m = TAG_LINE.exec(text);
    if (!m) {
      const l = LOOSE_TAG_LINE.exec(text);
      if (l && RIS_TAGS.has(l[1]!)) {
        m = l;
        loose.push({ line, text });
      }
    } else if (!/^[A-Z][A-Z0-9] {2}-/.test(text)) loose.push({ line, text });
    if (!m) {
      if (current && lastTag && text.trim()) {
        const values = current.fields.get(lastTag)!;
        values[values.length - 1] = `${values[values.length - 1]} ${text.trim()}`;
        // a wrapped title or abstract is common; a name wrapped onto a second line is not: say so
        if (AUTHOR_TAGS.includes(lastTag) || EDITOR_TAGS.includes(lastTag)) {
          const from = current.lines.get(lastTag)!.at(-1)!;
          notes.push({ file: file.name, line, field: lastTag, note: `line ${line} has no tag: joined to the name on line ${from} ("${cleanText(values[values.length - 1]!)}")` });
        }
      }
      return;
    }
    const tag = m[1]!;
    const value = m[2] ?? '';
    if (tag === 'TY') {
      if (current && !current.hasType) {
        // tags before TY (some exporters write the type late): they belong to this record
        current.hasType = true;
        current.type = cleanText(value).toUpperCase();
        current.lateType = line;
        lastTag = null;
        return;
      }
      if (current) {
        notes.push({
          file: file.name,
          line: current.line,
          record: current.fields.get('TI')?.[0] ?? current.fields.get('T1')?.[0],
          note: `no ER line before the next TY on line ${line}; the record is read up to there`,
        });
        finish(current);
      }
      current = { line, fields: new Map(), lines: new Map(), hasType: true, type: cleanText(value).toUpperCase() };
      lastTag = null;
      return;
    }
    if (tag === 'ER') {
      if (current) finish(current);
      current = null;
      lastTag = null;
      return;
    }
    if (!current) current = { line, fields: new Map(), lines: new Map(), hasType: false };
    const values = current.fields.get(tag);
    if (values) {
      values.push(value);
      current.lines.get(tag)!.push(line);
    } else {
      current.fields.set(tag, [value]);
      current.lines.set(tag, [line]);
    }
    lastTag = tag;
  });
  if (current) {
    const rec = current as RisRecord;
    if (rec.hasType) {
      notes.push({ file: file.name, line: rec.line, record: rec.fields.get('TI')?.[0] ?? rec.fields.get('T1')?.[0], note: 'the last record has no ER line; it is read up to the end of the file' });
      finish(rec);
    } else {
      skipped.push({
        file: file.name,
        line: rec.line,
        reason: 'tagged lines after the last record with no TY line: not a record',
        record: rec.fields.get('TI')?.[0] ?? rec.fields.get('T1')?.[0],
      });
    }
  }
  for (const tag of ['BT', 'CT'] as const) {
    const used = venueFrom[tag];
    if (!used.length) continue;
    const types = [...new Set(used.map((u) => u.type || 'no type'))].join(', ');
    const what = tag === 'BT' ? 'book title' : 'conference title';
    const n = used.length;
    notes.push({
      file: file.name,
      line: used[0]!.line,
      field: tag,
      note: `${n === 1 ? '1 record' : `${n} records`} (TY ${types}) with no journal, book or proceedings title (JF, T2, JO, JA, J2): ${n === 1 ? 'its' : 'their'} ${tag} (the ${what}) is used as the venue (first on line ${used[0]!.line})`,
    });
  }
  if (loose.length) {
    const shown = loose.slice(0, 3).map((l) => `line ${l.line} "${l.text.length > 40 ? `${l.text.slice(0, 40)}…` : l.text}"`);
    notes.push({
      file: file.name,
      line: loose[0]!.line,
      note: `${loose.length === 1 ? '1 line writes' : `${loose.length} lines write`} a tag spaced otherwise than RIS's "XY  - value" (${shown.join(', ')}${loose.length > 3 ? ', …' : ''}): read as ${loose.length === 1 ? 'a tag' : 'tags'}`,
    });
  }
  return requirePapers(file, { format: 'ris', papers, skipped, notes }, 'RIS');
}

/**
 * RIS when the first tagged line is "TY  - ..." (leading blank lines and a BOM allowed), or when the file
 * opens with RIS tag lines and has a TY line soon after (exporters that write TY late).
 */
export function looksLikeRis(text: string): boolean {
  const head = splitLines(text.slice(0, 4096));
  let tagged = 0;
  for (const raw of head) {
    if (!raw.trim()) continue;
    if (/^TY[ \t]{1,2}-/.test(raw)) return true;
    if (!/^[A-Z][A-Z0-9] {2}- /.test(raw) || tagged++ > 40) return false;
  }
  return false;
}
