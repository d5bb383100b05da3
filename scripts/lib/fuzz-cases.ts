/**
 * Fuzz inputs: windows of real records (test/fixtures: the ACL 2020 corpus as .bib and .jsonl, the seed list,
 * the RIS/CSL-JSON/OpenAlex samples, and ACL records written in those formats), then one mutation. Every input
 * is a pure function of (reader, seed), so any finding is reproduced by its seed.
 *
 * Two kinds of mutation:
 * - "keeping": the number of records is known without the reader (the window's count) and must be met exactly
 *   (papers + skipped): text put inside a title (%, @, #, control characters, emoji, long runs of "@x"),
 *   records joined on one line (BibTeX), CRLF line ends;
 * - "breaking": cuts, dropped heads, deletions, syntax tokens, duplicated spans, swapped lines: the reader must read or give
 *   its own file:line error, within the time limit, and never report more records than the text could hold.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as csvRow } from 'csv-stringify/sync';

export const FUZZ_READERS = ['bibtex', 'jsonl', 'ris', 'csl-json', 'openalex', 'seed', 'wos', 'scopus', 'pubmed', 'dimensions', 'dblp'] as const;
export type FuzzReader = (typeof FUZZ_READERS)[number];

export interface FuzzCase {
  reader: FuzzReader;
  seed: number;
  text: string;
  /** "keeping": records must equal `records`; "breaking": at most `records` + what the mutation could add. */
  kind: 'keeping' | 'breaking';
  mutation: string;
  /** Records in the window, counted when it was made (not by the reader). */
  records: number;
}

interface Rec {
  title: string;
  authors: string[];
  year: number | null;
  abstract: string | null;
  venue: string | null;
  id: string;
}

interface Corpus {
  bibEntries: string[];
  recs: Rec[];
  seedRecords: string[][];
  seedFocal: string;
  risRecords: string[];
  cslItems: unknown[];
  openalexWorks: Record<string, unknown>[];
  /** The format samples (test/fixtures/formats) with their record counts, counted here by each format's record marker. */
  samples: Record<'wos' | 'scopus' | 'pubmed' | 'dimensions' | 'dblp', { text: string; records: number }[]>;
}

let corpus: Corpus | null = null;

function loadCorpus(root: string): Corpus {
  if (corpus) return corpus;
  const fx = (n: string) => readFileSync(join(root, 'test', 'fixtures', n), 'utf8');
  const bib = fx('acl_2020_main.bib') + '\n' + fx('geom.bib').slice(0, 400_000) + '\n' + fx('cdl.bib').slice(0, 200_000);
  // entries split at line-start heads (the window keeps whole entries; comments and @string lines dropped)
  const bibEntries = bib
    .split(/\n(?=@)/)
    .filter((e) => /^@\s*(?!string|comment|preamble)[A-Za-z]+\s*[{(][^,]*,/i.test(e) && /\n\s*(title|author)\s*=/i.test(e))
    // comment lines between entries would comment out the next entry once entries share a line
    .map((e) => e.split('\n').filter((l) => !/^\s*%/.test(l)).join('\n').trimEnd());
  const recs = fx('acl_2020_main.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Rec);
  const seedText = readFileSync(join(root, 'public', 'samples', 'wang-jialiang.txt'), 'utf8').replace(/\r/g, '');
  const seedLines = seedText.split('\n').filter((l) => l.trim());
  const seedRecords: string[][] = [];
  for (let i = 1; i + 2 < seedLines.length; i += 3) seedRecords.push(seedLines.slice(i, i + 3));
  const risRecords = fx('sample.ris').split(/\n(?=TY {2}-)/).map((r) => r.trim()).filter(Boolean);
  const cslItems = JSON.parse(fx('sample.csl.json')) as unknown[];
  const openalexWorks = (JSON.parse(fx('openalex-works.json')) as { results: Record<string, unknown>[] }).results;
  const fmt = (n: string) => readFileSync(join(root, 'test', 'fixtures', 'formats', n), 'utf8');
  const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
  const csvRows = (text: string, skip: number) => (parseCsv(text, { bom: true, relax_column_count: true, from_line: skip + 1 }) as string[][]).filter((r) => r.some((c) => c.trim())).length;
  const wosPlain = fmt('wos-plain.txt');
  const wosTab = fmt('wos-tab.txt');
  const scopus = fmt('scopus.csv');
  const pubmed = fmt('pubmed.nbib');
  const dimensions = fmt('dimensions.csv');
  const dblp = fmt('dblp.xml');
  const samples: Corpus['samples'] = {
    wos: [
      { text: wosPlain, records: count(wosPlain, /^ER\s*$/gm) },
      { text: wosTab, records: wosTab.split(/\r?\n/).filter((l) => l.trim()).length - 1 },
    ],
    scopus: [{ text: scopus, records: csvRows(scopus, 1) }],
    pubmed: [{ text: pubmed, records: count(pubmed, /^PMID- /gm) }],
    dimensions: [{ text: dimensions, records: csvRows(dimensions, 2) }],
    dblp: [{ text: dblp, records: count(dblp, /<(article|inproceedings|proceedings|incollection|book|phdthesis|mastersthesis)\b/g) }],
  };
  corpus = { bibEntries, recs, seedRecords, seedFocal: seedLines[0]!, risRecords, cslItems, openalexWorks, samples };
  return corpus;
}

const lastFirst = (name: string) => {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts[parts.length - 1]}, ${parts.slice(0, -1).join(' ')}` : name;
};

/**
 * A name as the seed list writes it: "Last, First", or "Last, First, Jr." for a generational suffix (the seed
 * reader's form; "Hal Daumé III" written "III, Hal Daumé" was refused, rightly: a suffix is no surname).
 */
const seedLastFirst = (name: string) => {
  const parts = name.trim().split(/\s+/);
  if (parts.length > 2 && /^(?:jr\.?|sr\.?|ii|iii|iv)$/i.test(parts[parts.length - 1]!)) {
    return `${parts[parts.length - 2]}, ${parts.slice(0, -2).join(' ')}, ${parts[parts.length - 1]}`;
  }
  return lastFirst(name);
};

/** One record as each format writes it, from an ACL record. */
const asRis = (r: Rec) =>
  ['TY  - CONF', ...r.authors.map((a) => `AU  - ${lastFirst(a)}`), `TI  - ${r.title}`, r.year ? `PY  - ${r.year}` : '', r.abstract ? `AB  - ${r.abstract.replace(/\s+/g, ' ')}` : '', 'ER  - ']
    .filter(Boolean)
    .join('\n');
const asCsl = (r: Rec) => ({
  id: r.id,
  type: 'paper-conference',
  title: r.title,
  author: r.authors.map((a) => {
    const [family, given] = lastFirst(a).split(', ');
    return given ? { family, given } : { literal: family };
  }),
  issued: r.year ? { 'date-parts': [[r.year]] } : undefined,
  abstract: r.abstract ?? undefined,
});
const asOpenAlex = (r: Rec, i: number) => ({
  id: `https://openalex.org/W${9_100_000_000 + i}`,
  title: r.title,
  display_name: r.title,
  publication_year: r.year,
  authorships: r.authors.map((a) => ({ author: { display_name: a } })),
});

const oneLineText = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
const initials = (name: string) => {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts[parts.length - 1]}, ${parts.slice(0, -1).map((p) => p[0]).join('')}` : name;
};
/** Web of Science plain text: tags, three-space continuation lines (one per author), ER after each record, EF last. */
const asWos = (recs: Rec[], first: number) =>
  [
    'FN Clarivate Analytics Web of Science',
    'VR 1.0',
    ...recs.map((r, i) =>
      [
        'PT J',
        r.authors.length ? `AU ${r.authors.map(initials).join('\n   ')}` : '',
        r.authors.length ? `AF ${r.authors.map(lastFirst).join('\n   ')}` : '',
        `TI ${oneLineText(r.title)}`,
        r.venue ? `SO ${oneLineText(r.venue).toUpperCase()}` : '',
        r.abstract ? `AB ${oneLineText(r.abstract)}` : '',
        r.year ? `PY ${r.year}` : '',
        `UT WOS:${String(900_000_000_000 + first + i).padStart(15, '0')}`,
        'ER',
        '',
      ]
        .filter((l, k, a) => l || k === a.length - 1)
        .join('\n'),
    ),
    'EF',
  ].join('\n') + '\n';
/** Scopus CSV (csv-stringify quoting): Authors, Author full names with ids, Title, Year, Source title, Abstract, EID. */
const asScopus = (recs: Rec[], first: number) =>
  csvRow([
    ['Authors', 'Author full names', 'Title', 'Year', 'Source title', 'DOI', 'Abstract', 'EID'],
    ...recs.map((r, i) => [
      r.authors.map((a) => initials(a).replace(',', '')).join('; '),
      r.authors.map((a, k) => `${lastFirst(a)} (${57_000_000_000 + (first + i) * 100 + k})`).join('; '),
      r.title,
      r.year ?? '',
      r.venue ?? '',
      '',
      r.abstract ?? '[No abstract available]',
      `2-s2.0-${85_000_000_000 + first + i}`,
    ]),
  ]);
/** PubMed/MEDLINE: PMID- first, FAU + AU per author, records apart by a blank line. */
const asPubmed = (recs: Rec[], first: number) =>
  recs
    .map((r, i) =>
      [
        `PMID- ${39_000_000 + first + i}`,
        r.year ? `DP  - ${r.year}` : '',
        `TI  - ${oneLineText(r.title)}`,
        r.abstract ? `AB  - ${oneLineText(r.abstract)}` : '',
        ...r.authors.flatMap((a) => [`FAU - ${lastFirst(a)}`, `AU  - ${initials(a).replace(',', '')}`]),
        r.venue ? `JT  - ${oneLineText(r.venue)}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n') + '\n';
/** Dimensions CSV: the "About the data" line, then the header. */
const asDimensions = (recs: Rec[], first: number) =>
  '"About the data: Exported on Nov 30, 2026. Criteria: fuzz."\n' +
  csvRow([
    ['Rank', 'Publication ID', 'DOI', 'Title', 'Abstract', 'Source title', 'PubYear', 'Authors'],
    ...recs.map((r, i) => [String(i + 1), `pub.${1_200_000_000 + first + i}`, '', r.title, r.abstract ?? '', r.venue ?? '', r.year ?? '', r.authors.map(lastFirst).join('; ')]),
  ]);
/** Text as XML 1.0 writes it: markup characters escaped, characters XML 1.0 cannot hold (C0 controls) left out. */
const xmlText = (t: string) =>
  t
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
/** DBLP XML: one <inproceedings> per record (authors First Last, as DBLP writes them). */
const asDblp = (recs: Rec[], first: number, oneLine: boolean) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<dblp>',
    ...recs.map((r, i) =>
      [`<inproceedings mdate="2020-01-01" key="conf/acl/F${first + i}">`, ...r.authors.map((a) => `<author>${xmlText(a)}</author>`), `<title>${xmlText(r.title)}</title>`, r.year ? `<year>${r.year}</year>` : '', r.venue ? `<booktitle>${xmlText(r.venue)}</booktitle>` : '', '</inproceedings>']
        .filter(Boolean)
        .join(oneLine ? '' : '\n'),
    ),
    '</dblp>',
  ].join(oneLine ? '' : '\n') + '\n';

/** Text safe to put inside a title of any format without changing the record count (escaped per format). */
const TITLE_BITS = ['%', '@', '@x', '#', '&', '$', '~', '^', '_', ' and ', ',', '=', ';', 'é', 'ß', '💥', '\u0001', '\u0007', '＝', '%@article{k,', '\u00A0', '50% of', 'a@b.c'];

type Keeping = { kind: 'between'; at: number; n: number; unit: string } | { kind: 'in-title'; at: number; bits: string[]; oneLine: boolean } | { kind: 'at-run'; at: number; n: number; unit: string } | { kind: 'one-line' } | { kind: 'crlf' };

/**
 * Pieces of syntax a breaking mutation inserts: each format's delimiters, escapes, and text that looks like a
 * record start (BibTeX, RIS, JSON, Web of Science, PubMed, CSV exports, DBLP XML). Shared with the readers'
 * property test (test/core/ingest/readers-property.test.ts).
 */
export const MUTATION_TOKENS = [
  '{', '}', '"', ',', '=', '#', '@', '\\', '$', '%', '~', '\n', '\r\n', '\t', ' and ', 'and others', '@article{k,', '@string{a = "b"}',
  '\\"{u}', "{\\'e}", '$\\rightarrow$', '\\emph{', 'TY  - JOUR\n', 'ER  - \n', 'AU  - ', 'TI  - ', '[', ']', ':', 'null', '""', '{}',
  '[]', '"authorships": [', '"abstract_inverted_index": {"a": [99999999]}', '"title": 1', '"author": [{}]', '\uFEFF', 'é', '💥',
  'PT J\n', 'ER\n', 'EF\n', '   ', 'AF ', 'C1 [', 'PMID- 1\n', 'FAU - ', 'AD  - ', 'CN  - ', '      ', '","', '"\n"', ';', 'et al.', '[Anonymous]',
  '[No author name available]', 'About the data\n', '<author>', '</author>', '</article>', '<article key="k">', '&ouml;', '&bogus;', '<![CDATA[', ' 0003',
];

/** One breaking mutation; positions are taken modulo the text's length (or line count), so any number fits any text. */
export type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'drop-head'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap-lines'; a: number; b: number };

const pos = fc.nat({ max: 1_000_000 });
const keeping: fc.Arbitrary<Keeping> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('in-title' as const), at: pos, bits: fc.array(fc.constantFrom(...TITLE_BITS), { minLength: 1, maxLength: 6 }), oneLine: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('between' as const), at: pos, n: fc.integer({ min: 1, max: 40_000 }), unit: fc.constantFrom('@x', '@', 'x@y ', '% note', 'text') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('at-run' as const), at: pos, n: fc.integer({ min: 100, max: 40_000 }), unit: fc.constantFrom('@x', '@', '@ ', '%@x') }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'one-line' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'crlf' as const }) },
);

/** fast-check arbitrary of breaking mutations: cut the tail, drop the head, delete, insert a token, duplicate a span, swap two lines. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: pos }),
  fc.record({ kind: fc.constant('drop-head' as const), at: pos }),
  fc.record({ kind: fc.constant('delete' as const), at: pos, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, text: fc.oneof(fc.constantFrom(...MUTATION_TOKENS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: pos, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: pos, b: pos }),
);

/** `text` with mutation `m` applied (pure). */
export function applyMutation(text: string, m: Mutation): string {
  const at = (n: number) => n % (text.length + 1);
  switch (m.kind) {
    case 'cut':
      return text.slice(0, at(m.at));
    case 'drop-head':
      return text.slice(at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'duplicate': {
      const s = at(m.at);
      return text.slice(0, s + m.length) + text.slice(s, s + m.length) + text.slice(s + m.length);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

/** Entries as a file: one per paragraph, or all on one line (line breaks inside values are spaces in BibTeX). */
const joinEntries = (entries: string[], oneLine: boolean) => (oneLine ? entries.map((e) => e.replace(/\r?\n/g, ' ')).join(' ') : entries.join('\n\n')) + '\n';

/** Put `extra` into record `i`'s title, the way the format writes text. */
function withTitleText(reader: FuzzReader, c: Corpus, window: { start: number; size: number }, target: number, extra: string, oneLine: boolean): string {
  const recs = c.recs.slice(window.start, window.start + window.size).map((r, i) => (i === target ? { ...r, title: `${r.title.slice(0, 20)}${extra}${r.title.slice(20)}` } : r));
  switch (reader) {
    case 'jsonl':
      return recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
    case 'ris':
      return recs.map((r) => asRis({ ...r, title: r.title.replace(/[\r\n]/g, ' ') })).join('\n\n') + '\n';
    case 'csl-json':
      return JSON.stringify(recs.map(asCsl), null, oneLine ? undefined : 1);
    case 'openalex':
      return JSON.stringify({ results: recs.map((r, i) => asOpenAlex(r, window.start + i)) }, null, oneLine ? undefined : 1);
    case 'seed': {
      const lines = [c.seedFocal];
      // the seed format writes "Last, First" pairs: one-word names (mononyms) and names holding a comma ("X, Jr.") cannot be written in it
      for (const r of recs.map((x) => ({ ...x, authors: x.authors.filter((a) => /\S\s+\S/.test(a) && !a.includes(",")) })).map((x) => (x.authors.length ? x : { ...x, authors: ['Doe Jane'] }))) lines.push(r.title.replace(/[\r\n]/g, ' ').trim() || 'x', r.authors.map(seedLastFirst).join(', '), (r.abstract ?? '').replace(/[\r\n]/g, ' ').trim() || '(no abstract)');
      return lines.join('\n') + '\n';
    }
    case 'wos':
      return asWos(recs, window.start);
    case 'scopus':
      return asScopus(recs, window.start);
    case 'pubmed':
      return asPubmed(recs, window.start);
    case 'dimensions':
      return asDimensions(recs, window.start);
    case 'dblp':
      return asDblp(recs, window.start, oneLine);
    case 'bibtex': {
      const entries = c.bibEntries.slice(window.start % c.bibEntries.length, (window.start % c.bibEntries.length) + window.size);
      const e = entries[target % entries.length]!;
      // inside the title's braces (BibTeX specials escaped as a .bib writer would: braces and backslash never inserted)
      const safe = extra.replace(/[{}\\]/g, '');
      entries[target % entries.length] = e.replace(/(\btitle\s*=\s*\{)/i, (head) => head + safe);
      return joinEntries(entries, oneLine);
    }
  }
}

function windowText(reader: FuzzReader, c: Corpus, start: number, size: number, oneLine: boolean): { text: string; records: number } {
  if (reader === 'bibtex') {
    const s = start % c.bibEntries.length;
    const entries = c.bibEntries.slice(s, s + size);
    return { text: joinEntries(entries, oneLine), records: entries.length };
  }
  if (reader === 'seed' && start % 3 === 0) {
    const recs = c.seedRecords.slice(start % c.seedRecords.length, (start % c.seedRecords.length) + size);
    return { text: [c.seedFocal, ...recs.flat()].join('\n') + '\n', records: recs.length };
  }
  if (reader === 'ris' && start % 4 === 0) return { text: c.risRecords.join('\n\n') + '\n', records: c.risRecords.length };
  if (reader === 'csl-json' && start % 4 === 0) return { text: JSON.stringify(c.cslItems, null, 2), records: c.cslItems.length };
  if ((reader === 'wos' || reader === 'scopus' || reader === 'pubmed' || reader === 'dimensions' || reader === 'dblp') && start % 4 === 0) {
    const list = c.samples[reader];
    return list[Math.floor(start / 4) % list.length]!;
  }
  if (reader === 'openalex' && start % 4 === 0) return { text: JSON.stringify({ results: c.openalexWorks }, null, 2), records: c.openalexWorks.length };
  const s = start % (c.recs.length - size);
  return { text: withTitleText(reader, c, { start: s, size }, -1, '', oneLine), records: Math.min(size, c.recs.length - s) };
}

const caseArb = fc.record({
  start: fc.nat({ max: 100_000 }),
  size: fc.integer({ min: 1, max: 25 }),
  keep: fc.boolean(),
  keeping,
  breaking: mutationArb,
});

/** The fuzz input of `reader` for `seed` (deterministic). `root`: the project folder. */
export function fuzzCase(root: string, reader: FuzzReader, seed: number): FuzzCase {
  const c = loadCorpus(root);
  const [p] = fc.sample(caseArb, { seed, numRuns: 1 });
  const { start, size } = p!;
  if (p!.keep) {
    const m = p!.keeping;
    if (m.kind === 'between') {
      // BibTeX ignores text between entries (other formats: a run inside a title instead)
      if (reader === 'bibtex') {
        const s = start % c.bibEntries.length;
        const entries = c.bibEntries.slice(s, s + size);
        const k = m.at % (entries.length + 1);
        const run = m.unit === '% note' ? '' : m.unit.repeat(m.n);
        const text = joinEntries([...entries.slice(0, k), run, ...entries.slice(k)], true);
        return { reader, seed, text, kind: 'keeping', mutation: `between ${m.n}x"${m.unit}" (one line)`, records: entries.length };
      }
    }
    const oneLine = m.kind === 'one-line' || m.kind === 'at-run' || m.kind === 'between' || (m.kind === 'in-title' && m.oneLine);
    if (m.kind === 'in-title' || m.kind === 'at-run' || m.kind === 'between') {
      const extra = m.kind === 'in-title' ? m.bits.join('') : m.unit.repeat(m.n);
      const base = windowText(reader, c, start, size, oneLine && reader === 'bibtex');
      // the ACL windows (all but the sample-file windows) take the text in a title
      const usesRecs = !(reader === 'bibtex') && base.text === withTitleText(reader, c, { start: start % (c.recs.length - size), size }, -1, '', false);
      const text = reader === 'bibtex' || usesRecs ? withTitleText(reader, c, { start: reader === 'bibtex' ? start : start % (c.recs.length - size), size }, m.at % size, extra, oneLine && reader === 'bibtex') : base.text;
      return { reader, seed, text, kind: 'keeping', mutation: `${m.kind}${m.kind === 'at-run' ? ` ${m.n}x"${m.unit}"` : ` ${JSON.stringify(extra)}`}${oneLine && reader === 'bibtex' ? ' (one line)' : ''}`, records: base.records };
    }
    const base = windowText(reader, c, start, size, m.kind === 'one-line' && reader === 'bibtex');
    const text = m.kind === 'crlf' ? base.text.replace(/\n/g, '\r\n') : base.text;
    return { reader, seed, text, kind: 'keeping', mutation: m.kind, records: base.records };
  }
  const base = windowText(reader, c, start, size, false);
  return { reader, seed, text: applyMutation(base.text, p!.breaking), kind: 'breaking', mutation: p!.breaking.kind, records: base.records };
}
