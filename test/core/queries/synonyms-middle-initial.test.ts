/**
 * A name written with a middle initial as its given name ("R. Radev" for Dragomir R. Radev) is suggested as the
 * person whose middle initial it is, when a form with that middle initial is in the list and the two share a
 * co-author. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { suggestSamePerson } from '../../../src/core/queries/synonyms';

const jsonl = (rows: [string, string[]][]) => rows.map(([title, authors], i) => JSON.stringify({ title, authors, year: 2015 + i })).join('\n');
const pairOf = (rows: [string, string[]][], a: string, b: string) => {
  const { bundle } = buildText('mid.jsonl', jsonl(rows), { labeler: null });
  return suggestSamePerson(bundle, { minProbability: 0 }).find((s) => s.names.includes(a) && s.names.includes(b)) ?? null;
};

describe('a middle initial written as the given name', () => {
  const ROWS: [string, string[]][] = [
    ['Peat bogs of the north', ['Tomasz K. Wielgosz', 'Hanna Oduya']],
    ['Peat bogs, revisited', ['Tomasz Wielgosz', 'Hanna Oduya']],
    ['Peat and carbon', ['Tomasz Wielgosz', 'Hanna Oduya', 'Ravi Menon']],
    ['Carbon in bogs', ['K. Wielgosz', 'Hanna Oduya']],
  ];

  it('"K. Wielgosz" is suggested as "Tomasz K. Wielgosz", the middle initial said', () => {
    const s = pairOf(ROWS, 'K. Wielgosz', 'Tomasz K. Wielgosz');
    expect(s).not.toBeNull();
    expect(s!.reason).toBe('middle-initial');
    expect(s!.detail).toContain('fits the middle name of "Tomasz K."');
    expect(s!.evidence[0]).toBe('1 shared co-author: Hanna Oduya');
  });

  it('and as "Tomasz Wielgosz", because "Tomasz K. Wielgosz" is in the list', () => {
    const s = pairOf(ROWS, 'K. Wielgosz', 'Tomasz Wielgosz');
    expect(s).not.toBeNull();
    expect(s!.detail).toContain('written with elsewhere in this list');
  });

  it('not without a shared co-author, nor without a form that has the middle initial', () => {
    const apart: [string, string[]][] = [...ROWS.slice(0, 3), ['Carbon in bogs', ['K. Wielgosz', 'Ines Falk']]];
    expect(pairOf(apart, 'K. Wielgosz', 'Tomasz K. Wielgosz')).toBeNull();
    const noMiddle: [string, string[]][] = ROWS.filter(([, a]) => !a.includes('Tomasz K. Wielgosz'));
    expect(pairOf(noMiddle, 'K. Wielgosz', 'Tomasz Wielgosz')).toBeNull();
  });
});
