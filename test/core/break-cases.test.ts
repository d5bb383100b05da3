/**
 * The minimal hostile inputs of test/fixtures/break/ (copied from ../shared/break/, see its README for what
 * happened before): each gives the right behaviour. BibTeX cases: test/core/ingest/bibtex.test.ts; fractional
 * year and modularity: test/core/bundle/schema.test.ts; GEXF/CSV: test/core/export/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/core/ingest/errors';
import { decodeInputFile } from '../../src/core/ingest/decode-input';
import { detectFormat, readInput } from '../../src/core/ingest/index';
import { buildDataset } from '../../src/core/pipeline';
import type { InputFile } from '../../src/core/ingest/types';
import { fixture } from './helpers';

const breakFile = (name: string) => decodeInputFile(readFileSync(fixture(`break/${name}`)), name);

function ingestError(run: () => unknown): IngestError {
  try {
    run();
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw new Error(`expected an IngestError, got ${(err as Error)?.name}: ${(err as Error)?.message}`);
  }
  throw new Error('expected an IngestError, nothing was thrown');
}

describe('deep nesting: a file:line error, never a stack overflow', () => {
  it('csl-json-nesting-10k.json', () => {
    const err = ingestError(() => buildDataset([breakFile('csl-json-nesting-10k.json')]));
    expect(err.message).toBe('csl-json-nesting-10k.json:1: arrays/objects nested more than 1000 levels deep: not a paper list (a paper record nests a few levels)');
  });

  it('the same in an OpenAlex response, on the line where it happens', () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
    const text = `{"results": [\n{"id": "https://openalex.org/W1", "publication_year": 2020, "title": "T",\n "authorships": [{"author": {"display_name": "Jane Doe"}}],\n "x": ${deep}}]}`;
    const file = { name: 'works.json', text };
    expect(detectFormat(file)).toBe('openalex');
    expect(ingestError(() => readInput(file)).message).toMatch(/^works\.json:4: arrays\/objects nested more than 1000 levels deep/);
  });

  it('nesting a real file needs (CSL-JSON names, OpenAlex locations) is far below the limit', () => {
    const text = `[{"type": "article", "title": "T", "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2020, 5]]}, "x": ${'['.repeat(900)}${']'.repeat(900)}}]`;
    expect(readInput({ name: 'ok.json', text }).papers).toHaveLength(1);
  });
});

describe('hyperauthorship: one paper with 6,000 authors (jsonl-6000-authors-one-paper.jsonl)', () => {
  it('by default the paper keeps its 6,000 authors in the author–paper view, adds no co-author pairs, and the report says so', () => {
    const { bundle, report } = buildDataset([breakFile('jsonl-6000-authors-one-paper.jsonl')]);
    expect(bundle.papers.authors[0]).toHaveLength(6000);
    expect(bundle.stats.authors).toBe(6000);
    expect(bundle.stats.coauthorPairs).toBe(0);
    expect(report.options.maxAuthors).toBe(100);
    expect(report.maxAuthorsAffected).toBe(1);
    expect(report.notes).toContainEqual(
      expect.objectContaining({
        file: 'jsonl-6000-authors-one-paper.jsonl',
        line: 1,
        note: '6,000 authors, more than the cap of 100: the paper stays in the author–paper view but adds no co-author links (the cap on authors per paper: --max-authors on the command line, Build options in the import)',
      }),
    );
  });

  it('its 6,000 authors, linked to no one else, are one community (the paper\'s group), not 6,000 communities of one', () => {
    const { bundle, report } = buildDataset([breakFile('jsonl-6000-authors-one-paper.jsonl')]);
    expect(bundle.stats.communities).toBe(1);
    expect(bundle.communities[0]!.size).toBe(6000);
    expect(new Set(bundle.authors.community)).toEqual(new Set([0]));
    expect(report.notes).toContainEqual(
      expect.objectContaining({ file: 'jsonl-6000-authors-one-paper.jsonl', line: 1, note: expect.stringMatching(/^6,000 of its authors have no co-author link .*: they form one community, this paper's group, instead of 6,000 communities of one$/) }),
    );
  });

  it('authors of a capped paper who have co-authors elsewhere keep their community; sole authors stay on their own', () => {
    const big = Array.from({ length: 120 }, (_, i) => `Member ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))} Collab`);
    const lines = [
      { id: 'big', title: 'A detector paper', authors: big },
      { id: 'small', title: 'Two members write alone', authors: [big[0], big[1], 'Outside Person'] },
      { id: 'other-big', title: 'A second detector paper', authors: [...big.slice(100), ...Array.from({ length: 110 }, (_, i) => `Second ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))} Team`)] },
      { id: 'solo', title: 'Alone', authors: ['Sole Author'] },
    ];
    const { bundle, report } = buildDataset([{ name: 'mixed.jsonl', text: lines.map((l) => JSON.stringify(l)).join('\n') + '\n' }]);
    const idx = (n: string) => bundle.authors.name.indexOf(n);
    const c = (n: string) => bundle.authors.community[idx(n)]!;
    // the small paper's three authors are one community; the rest of the first paper another (118); the
    // second paper's own authors a third (110; its 20 shared members went to the first paper, the lower index)
    expect(c(big[0]!)).toBe(c('Outside Person'));
    expect(c(big[2]!)).not.toBe(c(big[0]!));
    expect(c(big[119]!)).toBe(c(big[2]!));
    expect(c('Second AA Team')).not.toBe(c(big[2]!));
    expect(c('Sole Author')).not.toBe(c(big[2]!));
    const sizes = bundle.communities.map((x) => x.size);
    expect(sizes).toEqual([118, 110, 3, 1]);
    expect(bundle.stats.communities).toBe(4);
    expect(report.notes.filter((n) => /of its authors have no co-author link/.test(n.note)).map((n) => [n.line, n.note.split(' ')[0]])).toEqual([
      [1, '118'],
      [3, '110'],
    ]);
  });

  it('with no cap, the 18 million pairs are refused up front with the paper\'s file:line and what to do', () => {
    const err = ingestError(() => buildDataset([breakFile('jsonl-6000-authors-one-paper.jsonl')], { maxAuthors: null }));
    expect(err.file).toBe('jsonl-6000-authors-one-paper.jsonl');
    expect(err.line).toBe(1);
    expect(err.problem).toMatch(/^17,997,000 co-author pairs \(more than 10,000,000\): too many for one build; the largest paper, here, has 6,000 authors\. Lower the cap on authors per paper \(--max-authors on the command line/);
  });

  it('a paper just under the cap still counts its pairs', () => {
    const authors = Array.from({ length: 100 }, (_, i) => `Author ${String.fromCharCode(65 + (i % 26))}${i}`);
    const { bundle, report } = buildDataset([{ name: 'big.jsonl', text: `${JSON.stringify({ id: 'p', title: 'Big', authors })}\n` }]);
    expect(bundle.stats.coauthorPairs).toBe(4950);
    expect(report.maxAuthorsAffected).toBe(0);
  });
});

describe('encodings: one decoder (decodeInput) for every host', () => {
  const names = (file: InputFile) => buildDataset([file]).bundle.authors.name;

  it('a Latin-1 seed list reads its accents, with a note naming the file and line (seed-latin1-silent-replacement.txt)', () => {
    const file = breakFile('seed-latin1-silent-replacement.txt');
    const { bundle, report } = buildDataset([file]);
    expect(bundle.authors.name).toContain('Jane Döe');
    expect(bundle.authors.name.join()).not.toContain('\uFFFD');
    expect(report.notes).toContainEqual(expect.objectContaining({ file: 'seed-latin1-silent-replacement.txt', line: 1, note: expect.stringMatching(/Windows-1252/) }));
  });

  it('a UTF-16 LE seed list with BOM is read as such (seed-utf16le-bom-misdiagnosed.txt)', () => {
    expect(names(breakFile('seed-utf16le-bom-misdiagnosed.txt'))).toEqual(expect.arrayContaining(['Jane Döe', 'Richard Roe', 'Edgar Poe']));
  });

  it('the same list in UTF-16 BE with BOM gives the same names', () => {
    const le = readFileSync(fixture('break/seed-utf16le-bom-misdiagnosed.txt'));
    const be = Buffer.alloc(le.length);
    for (let i = 0; i + 1 < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    expect(be[0]).toBe(0xfe);
    const file = decodeInputFile(be, 'be.txt');
    expect(names(file)).toEqual(names(breakFile('seed-utf16le-bom-misdiagnosed.txt')));
  });
});

describe('format detection weighs the whole structure', () => {
  const seed = `Doe, Jane
@home{work}: remote collaboration in 2020
Doe, Jane, Roe, Richard
An abstract.
@article(s) we read
Doe, Jane, Poe, Edgar
Another abstract.
`;
  it('a seed list whose titles start with "@" is a seed list, not BibTeX', () => {
    expect(detectFormat({ name: 'list.txt', text: seed })).toBe('seed');
    expect(buildDataset([{ name: 'list.txt', text: seed }]).bundle.papers.title).toEqual(['@home{work}: remote collaboration in 2020', '@article(s) we read']);
  });

  it('BibTeX is still BibTeX: with a key or without, after comments, one line or many', () => {
    expect(detectFormat({ name: 'a', text: '% comment\n@article{k, title = {T}, author = {A, B}}' })).toBe('bibtex');
    expect(detectFormat({ name: 'a', text: '@misc{ title = {T}, author = {A, B}}' })).toBe('bibtex');
    expect(detectFormat({ name: 'a', text: '@String{acl = "ACL"}\n@inproceedings{k,\n  author = {A, B},\n  title = {T}}' })).toBe('bibtex');
  });
});
