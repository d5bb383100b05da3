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
