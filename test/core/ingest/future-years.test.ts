/** A year later than next year is read as written with a note naming file, line and year (a tester's year 3000). */
import { describe, expect, it } from 'vitest';
import { noteFutureYears } from '../../../src/core/ingest/future-years';
import { buildText } from '../helpers';

describe('years later than next year', () => {
  it('each gets a note with its file and line; the paper and its year are kept', () => {
    const text = [
      JSON.stringify({ id: 'a', title: 'Glacier meltwater', authors: ['Ana Abel', 'Boris Brook'], year: 3000 }),
      JSON.stringify({ id: 'b', title: 'Coral reef bleaching', authors: ['Ana Abel', 'Chen Costa'], year: 2020 }),
      JSON.stringify({ id: 'c', title: 'Volcano magma', authors: ['Boris Brook', 'Chen Costa'], year: 1850 }),
    ].join('\n');
    const { bundle, report } = buildText('evil.jsonl', `${text}\n`);
    expect(bundle.papers.title.length).toBe(3);
    expect(bundle.papers.year[bundle.papers.title.indexOf('Glacier meltwater')]).toBe(3000);
    const notes = report.notes.filter((n) => /later than/.test(n.note));
    expect(notes.map((n) => [n.file, n.line, n.note])).toEqual([['evil.jsonl', 1, `year 3000 is later than ${new Date().getFullYear() + 1}: kept as written; check it`]]);
  });

  it('next year (a paper in press) and earlier years get none', () => {
    const notes: { file: string; line: number; note: string }[] = [];
    const paper = (year: number) => ({ title: 't', authors: [], year, source: { file: 'f.bib', line: 7 } }) as never;
    expect(noteFutureYears([paper(2027), paper(2026), paper(1850)], notes, 2026)).toBe(0);
    expect(noteFutureYears([paper(2028)], notes, 2026)).toBe(1);
    expect(notes[0]).toMatchObject({ file: 'f.bib', line: 7, note: 'year 2028 is later than 2027: kept as written; check it' });
  });
});
