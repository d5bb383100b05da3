/**
 * Vietnamese names that differ only by a tone or vowel mark are different names ("Anh" and "Ánh"): the spelling
 * merge keeps them apart and says so; a same-person suggestion shows the difference. Folding stays right where one
 * form is plain ("José" / "Jose") and where an accent was typed wrong outside Vietnamese ("Martínez" / "Martinez"
 * beside "Héctor" in both). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { suggestSamePerson } from '../../../src/core/queries/synonyms';
import { marksClash } from '../../../src/core/names/tone-marks';
import { parseName } from '../../../src/core/names/parse-name';

const jsonl = (rows: [string, string[], number][]) => rows.map(([title, authors, year]) => JSON.stringify({ title, authors, year })).join('\n');

describe('names that differ only by Vietnamese marks', () => {
  const built = buildText(
    'marks.jsonl',
    jsonl([
      ['Tonal features of river dialects', ['Nguyễn Văn Anh', 'Lena Okafor'], 2020],
      ['River dialects in the delta', ['Nguyễn Văn Anh', 'Piet Smit'], 2021],
      ['Rice terraces seen from orbit', ['Nguyễn Văn Ánh', 'Lena Okafor'], 2021],
      ['Orbit planning for small satellites', ['Nguyễn Văn Ánh', 'Marta Ruiz'], 2022],
      ['Glacier melt, measured again', ['José Márquez', 'Piet Smit'], 2021],
      ['Glacier melt, a decade on', ['Jose Marquez', 'Piet Smit'], 2022],
      ['Dune migration under wind', ['Héctor Martínez Alonso', 'Marta Ruiz'], 2022],
      ['Dune migration after storms', ['Héctor Martinez Alonso', 'Marta Ruiz'], 2023],
    ]),
    { labeler: null },
  );
  const names = [...built.bundle.authors.name];

  it('"Nguyễn Văn Anh" and "Nguyễn Văn Ánh" are two people, with a note that says why', () => {
    expect(names).toContain('Nguyễn Văn Anh');
    expect(names).toContain('Nguyễn Văn Ánh');
    expect(built.bundle.authors.paperCount[names.indexOf('Nguyễn Văn Anh')]).toBe(2);
    expect(built.bundle.authors.paperCount[names.indexOf('Nguyễn Văn Ánh')]).toBe(2);
    expect(built.report.notes).toContainEqual(
      expect.objectContaining({ file: 'marks.jsonl', line: 1, note: expect.stringContaining('"Nguyễn Văn Anh" and "Nguyễn Văn Ánh" are kept as different people') }),
    );
  });

  it('"José Márquez" / "Jose Marquez" and "Héctor Martínez Alonso" / "Héctor Martinez Alonso" are still one person each', () => {
    expect(names).toContain('José Márquez');
    expect(names).not.toContain('Jose Marquez');
    expect(names.filter((n) => n.startsWith('Héctor'))).toHaveLength(1);
    expect(built.bundle.authors.paperCount[names.indexOf('José Márquez')]).toBe(2);
  });

  it('the same-person suggestion shows the differing word', () => {
    const s = suggestSamePerson(built.bundle, { minProbability: 0 }).find((x) => x.names.includes('Nguyễn Văn Anh') && x.names.includes('Nguyễn Văn Ánh'));
    expect(s).toBeDefined();
    expect(s!.reason).toBe('marks');
    expect(s!.detail).toMatch(/"Anh" \/ "Ánh"|"Ánh" \/ "Anh"/);
    expect(s!.detail).toContain('Vietnamese');
  });

  it('a spelling with no marks beside both is a person of its own, noted, and suggested for either', () => {
    const b = buildText(
      'plain.jsonl',
      jsonl([
        ['Tonal features of river dialects', ['Nguyễn Văn Anh', 'Lena Okafor'], 2020],
        ['Rice terraces seen from orbit', ['Nguyễn Văn Ánh', 'Lena Okafor'], 2021],
        ['Delta sediments', ['Nguyen Van Anh', 'Lena Okafor'], 2022],
      ]),
      { labeler: null },
    );
    expect([...b.bundle.authors.name].sort()).toEqual(['Lena Okafor', 'Nguyen Van Anh', 'Nguyễn Văn Anh', 'Nguyễn Văn Ánh']);
    expect(b.report.notes).toContainEqual(expect.objectContaining({ line: 3, note: expect.stringContaining('"Nguyen Van Anh" (no diacritics) may be "Nguyễn Văn Anh" or "Nguyễn Văn Ánh"') }));
    const pairs = suggestSamePerson(b.bundle, { minProbability: 0 }).filter((s) => s.names.includes('Nguyen Van Anh'));
    expect(pairs.map((s) => s.names.find((n) => n !== 'Nguyen Van Anh')).sort()).toEqual(['Nguyễn Văn Anh', 'Nguyễn Văn Ánh']);
    expect(pairs[0]!.detail).toContain('"Nguyen Van Anh" has no marks');
  });

  it('a plain spelling beside one marked form joins it, as "Jose" joins "José"', () => {
    const b = buildText('one.jsonl', jsonl([['A', ['Trần Thị Hoa', 'Lena Okafor'], 2020], ['B', ['Tran Thi Hoa', 'Lena Okafor'], 2021]]), { labeler: null });
    expect([...b.bundle.authors.name].sort()).toEqual(['Lena Okafor', 'Trần Thị Hoa']);
  });

  it('the rule: both marked, one read as Vietnamese, other marks', () => {
    const clash = (a: string, b: string) => marksClash(a, parseName(a, 'first-last'), b, parseName(b, 'first-last'));
    expect(clash('Nguyễn Văn Anh', 'Nguyễn Văn Ánh')).toBe(true);
    expect(clash('Lê Văn Ánh', 'Lê Vân Ánh')).toBe(true); // a Vietnamese surname, no mark only Vietnamese writes
    expect(clash('Nguyễn Văn Anh', 'Nguyen Van Anh')).toBe(false); // one plain: a typing shortcut
    expect(clash('Gema Ramírez-Sànchez', 'Gema Ramírez-Sánchez')).toBe(false); // not Vietnamese: an accent typed wrong
  });
});

describe('accepting a suggestion between names told apart by their marks', () => {
  it('"Nguyen Van Anh → Nguyễn Văn Anh" in the alias file joins the plain spelling to Anh, and Ánh stays apart', () => {
    const rows = jsonl([
      ['Tonal features of river dialects', ['Nguyễn Văn Anh', 'Lena Okafor'], 2020],
      ['Rice terraces seen from orbit', ['Nguyễn Văn Ánh', 'Lena Okafor'], 2021],
      ['Delta sediments', ['Nguyen Van Anh', 'Lena Okafor'], 2022],
    ]);
    const b = buildText('plain.jsonl', rows, { labeler: null, aliases: { name: 'aliases.tsv', text: 'Nguyen Van Anh\tNguyễn Văn Anh\n' } });
    const names = [...b.bundle.authors.name];
    expect(names.sort()).toEqual(['Lena Okafor', 'Nguyễn Văn Anh', 'Nguyễn Văn Ánh']);
    expect(b.bundle.authors.paperCount[b.bundle.authors.name.indexOf('Nguyễn Văn Anh')]).toBe(2);
    expect(b.bundle.authors.paperCount[b.bundle.authors.name.indexOf('Nguyễn Văn Ánh')]).toBe(1);
  });
});
