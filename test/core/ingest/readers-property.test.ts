import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../../src/core/ingest/bibtex';
import { readCslJson } from '../../../src/core/ingest/csl-json';
import { IngestError } from '../../../src/core/ingest/errors';
import { readJsonLines } from '../../../src/core/ingest/jsonl';
import { readOpenAlex } from '../../../src/core/ingest/openalex';
import { readRis } from '../../../src/core/ingest/ris';
import { readSeedText } from '../../../src/core/ingest/seed-text';
import { readInput } from '../../../src/core/ingest/index';
import type { InputFormat, Reader } from '../../../src/core/ingest/types';
import { SEED_PATH, readText } from '../helpers';
import { fixtureFile } from './corpus';

/** Pieces of syntax the mutations insert: each format's delimiters, escapes, and text that looks like a record start. */
const TOKENS = [
  '{', '}', '"', ',', '=', '#', '@', '\\', '$', '%', '~', '\n', '\r\n', '\t', ' and ', 'and others', '@article{k,', '@string{a = "b"}',
  '\\"{u}', "{\\'e}", '$\\rightarrow$', '\\emph{', 'TY  - JOUR\n', 'ER  - \n', 'AU  - ', 'TI  - ', '[', ']', ':', 'null', '""', '{}',
  '[]', '"authorships": [', '"abstract_inverted_index": {"a": [99999999]}', '"title": 1', '"author": [{}]', '\uFEFF', 'é', '💥',
  // Web of Science, PubMed, CSV exports, DBLP XML
  'PT J\n', 'ER\n', 'EF\n', '   ', 'AF ', 'C1 [', 'PMID- 1\n', 'FAU - ', 'AD  - ', 'CN  - ', '      ', '","', '"\n"', ';', 'et al.', '[Anonymous]',
  '[No author name available]', 'About the data\n', '<author>', '</author>', '</article>', '<article key="k">', '&ouml;', '&bogus;', '<![CDATA[', ' 0003',
];

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'drop-head'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap-lines'; a: number; b: number };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('drop-head' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: position, b: position }),
);

function apply(text: string, m: Mutation): string {
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

/** The reader either reads the text (every record placed on a real line) or throws its own error with a real line. */
function checkReader(read: Reader, name: string, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  let result;
  try {
    result = read({ name, text });
  } catch (err) {
    if (!(err instanceof IngestError)) throw new Error(`threw ${(err as Error)?.name}: ${(err as Error)?.message}`);
    expect(err.file).toBe(name);
    expect(Number.isInteger(err.line) && err.line >= 1 && err.line <= lineCount + 1).toBe(true);
    expect(err.problem.length).toBeGreaterThan(0);
    return;
  }
  for (const p of result.papers) {
    expect(p.source.line >= 1 && p.source.line <= lineCount).toBe(true);
    expect(typeof p.title === 'string' && p.title.length > 0).toBe(true);
    expect(p.authors.length).toBeGreaterThan(0);
    for (const a of p.authors) expect(typeof a === 'string' && a.length > 0).toBe(true);
  }
  for (const s of [...result.skipped, ...result.notes]) expect(s.line >= 1 && s.line <= lineCount).toBe(true);
}

const firstLines = (text: string, n: number) => text.split('\n').slice(0, n).join('\n');
const acl = fixtureFile('acl_2020_main.bib').text;
const geom = fixtureFile('geom.bib').text;

const SAMPLES: { reader: string; read: Reader; name: string; text: string }[] = [
  { reader: 'seed', read: readSeedText, ...readText(SEED_PATH) },
  { reader: 'jsonl', read: readJsonLines, name: 'acl.jsonl', text: firstLines(fixtureFile('acl_2020_main.jsonl').text, 30) },
  { reader: 'bibtex', read: readBibtex, name: 'acl.bib', text: firstLines(acl, 400) },
  // geom.bib around entries with LaTeX accents, @string-free quoted values and "and others"
  { reader: 'bibtex', read: readBibtex, name: 'geom.bib', text: geom.split('\n').slice(50_000, 50_400).join('\n') },
  { reader: 'bibtex', read: readBibtex, name: 'cdl.bib', text: firstLines(fixtureFile('cdl.bib').text, 300) },
  { reader: 'ris', read: readRis, ...fixtureFile('sample.ris') },
  { reader: 'csl-json', read: readCslJson, ...fixtureFile('sample.csl.json') },
  { reader: 'openalex', read: readOpenAlex, ...fixtureFile('openalex-works.json') },
  { reader: 'openalex', read: readOpenAlex, ...fixtureFile('openalex-works.jsonl') },
  // the readers added for database exports, through readInput (so the author-list step is covered too)
  ...(
    [
      ['wos', 'formats/wos-plain.txt'],
      ['wos', 'formats/wos-tab.txt'],
      ['scopus', 'formats/scopus.csv'],
      ['pubmed', 'formats/pubmed.nbib'],
      ['dimensions', 'formats/dimensions.csv'],
      ['dblp', 'formats/dblp.xml'],
      ['ris', 'cases/01-ris-semicolon-authors.ris'],
      ['bibtex', 'cases/05-bib-crossref-chapters.bib'],
      ['bibtex', 'cases/06-bib-et-al.bib'],
    ] as [InputFormat, string][]
  ).map(([format, path]) => ({ reader: format, read: ((f) => readInput(f, format)) as Reader, ...fixtureFile(path) })),
];

describe('every reader survives cut and mutated real files', () => {
  it.each(SAMPLES)('$reader on $name: reads it, or throws IngestError with a line', ({ read, name, text }) => {
    checkReader(read, name, text); // the unmutated sample reads
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkReader(read, name, mutations.reduce(apply, text));
      }),
      { numRuns: 250, seed: 20240601, endOnFailure: true },
    );
  });
});
