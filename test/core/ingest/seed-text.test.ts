/** The seed list format's authors line: "Last, First" pairs, with generational suffixes between commas. */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/core/ingest/index';
import { IngestError } from '../../../src/core/ingest/errors';
import { displayName, parseName } from '../../../src/core/names/parse-name';

const seed = (authors: string) => `Doe, Jane\nA paper about soil\n${authors}\nAn abstract.\n`;

describe('seed format: suffixes between commas', () => {
  it('"Moore, Jr., Wesley" and "Smith, John, Jr." are one name each, with a note (two suffixes shifted every pair after them)', () => {
    const r = readInput({ name: 'list.txt', text: seed('Doe, Jane, Moore, Jr., Wesley, Smith, John, Jr., Roe, Rick') }, 'seed');
    expect(r.papers[0]!.authors.map((a) => displayName(parseName(a)))).toEqual(['Jane Doe', 'Wesley Moore, Jr.', 'John Smith, Jr.', 'Rick Roe']);
    expect(r.notes).toEqual([{ file: 'list.txt', line: 3, note: '2 suffixes (Jr., III…) between commas read with the name beside each' }]);
  });

  it('a lone "V" is an initial, not a suffix; an odd count with no suffix is still an error with the line', () => {
    const r = readInput({ name: 'list.txt', text: seed('Smith, V, Jones, Ann') }, 'seed');
    expect(r.papers[0]!.authors).toEqual(['Smith, V', 'Jones, Ann']);
    expect(() => readInput({ name: 'list.txt', text: seed('Smith, Ann, Jones') }, 'seed')).toThrowError(IngestError);
    expect(() => readInput({ name: 'list.txt', text: seed('Smith, Ann, Jones') }, 'seed')).toThrowError(/an odd number/);
  });
});

describe('seed format: a record whose authors line is no list of pairs is skipped, the others read (as BibTeX and JSON Lines skip a broken record)', () => {
  const file = (...records: string[][]) => ['Doe, Jane', ...records.flat()].join('\n') + '\n';
  const soil = ['Soil carbon under grazing', 'Doe, Jane, Roe, Rick', 'We measure soil carbon.'];
  const tides = ['Tidal mixing in estuaries', 'Roe, Rick, Quenby, Ada', 'Tides mix estuaries, we find.'];

  it('an odd number of parts: the record is listed with the file, its authors line and the problem; the papers before and after it are read', () => {
    const r = readInput({ name: 'list.txt', text: file(soil, ['Kelp forests at night', 'Doe, Jane, Quenby', 'Kelp grows.'], tides) }, 'seed');
    expect(r.papers.map((p) => p.title)).toEqual(['Soil carbon under grazing', 'Tidal mixing in estuaries']);
    expect(r.papers[1]!.authors).toEqual(['Roe, Rick', 'Quenby, Ada']);
    expect(r.papers[1]!.source).toEqual({ file: 'list.txt', line: 8 });
    expect(r.skipped).toEqual([
      { file: 'list.txt', line: 6, reason: 'authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs', record: 'Kelp forests at night' },
    ]);
    // no reading of the line is guessed: "Quenby" is on no paper
    expect(r.papers.flatMap((p) => p.authors).some((a) => a.includes('Quenby') && !a.includes('Ada'))).toBe(false);
  });

  it('an empty name between commas, and a broken last record before blank lines, are skipped alike', () => {
    const r = readInput({ name: 'list.txt', text: `${file(soil, ['Kelp forests at night', 'Doe, Jane, , , Roe, Rick', 'Kelp grows.'], tides, ['Night kelp', 'Roe, Rick, Doe', 'Kelp again.'])}\n\n` }, 'seed');
    expect(r.papers.map((p) => p.title)).toEqual(['Soil carbon under grazing', 'Tidal mixing in estuaries']);
    expect(r.skipped.map((s) => `${s.file}:${s.line}: ${s.reason}`)).toEqual([
      'list.txt:6: author 2 is empty',
      'list.txt:12: authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs',
    ]);
  });

  it('out of rhythm (an abstract written on two lines above): the file stops at the line, as before, not read from the wrong lines', () => {
    // the second line of the soil abstract is read as the next title, "Tidal mixing…" as its authors, and the
    // tides authors as its abstract: skipping there would read every later record from the wrong lines
    const text = file([...soil, 'Carbon was measured twice.'], tides, soil);
    let err: unknown;
    try {
      readInput({ name: 'list.txt', text }, 'seed');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).message).toBe(
      'list.txt:6: authors line has 1 comma-separated parts, an odd number: names must come in "Last, First" pairs; the lines around it do not read as title, authors and abstract (a line missing or one too many above it?), so the file is not read',
    );
  });

  it('a file whose every record is broken is an error naming the first one, and how many more', () => {
    expect(() => readInput({ name: 'list.txt', text: file(['Kelp', 'Doe, Jane, Quenby', 'Kelp grows.'], ['Night kelp', 'Roe, Rick, Doe', 'Kelp again.']) }, 'seed')).toThrowError(
      'list.txt:3: no paper could be read from this plain paper list file: authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs (and 1 more records skipped)',
    );
  });
});
