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
import { applyMutation, mutationArb } from '../../../scripts/lib/fuzz-cases';
import { SEED_PATH, readText } from '../helpers';
import { fixtureFile } from './corpus';

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
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkReader(read, name, mutations.reduce(applyMutation, text));
      }),
      { numRuns: 250, seed: 20240601, endOnFailure: true },
    );
  });
});
