import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { parseName, shownName } from '../../../src/core/names/parse-name';

/** Builds invented inputs and gives the map's names and the report's notes. */
function build(files: [string, string][], aliases: string | null = null) {
  const r = buildDataset(
    files.map(([name, text]) => ({ name, text })),
    { labeler: null, aliases: aliases === null ? null : { name: 'aliases.tsv', text: aliases } },
  );
  return { names: [...r.bundle.authors.name].sort(), notes: r.report.notes.map((n) => n.note) };
}

describe('a "First Last" name with a comma ("Pell Ormanda, K.R."): one reading everywhere', () => {
  it('is given "Pell", family "Ormanda, K.R." in JSON Lines, as BibTeX reads "{Ormanda, K.R.}, Pell" and "Ormanda, K.R., Pell"', () => {
    expect(parseName('Pell Ormanda, K.R.', 'first-last')).toEqual({ given: 'Pell', family: 'Ormanda, K.R.' });
    expect(parseName('Ormanda, K.R., Pell', 'last-first')).toEqual({ given: 'Pell', family: 'Ormanda, K.R.' });
    expect(shownName('Pell Ormanda, K.R.', 'first-last')).toBe('Pell Ormanda, K.R.');
  });

  it('the import note says the reading the map shows', () => {
    const r = build([['a.jsonl', '{"id":"1","title":"T1","authors":["Pell Ormanda, K.R.","Ann Vik"],"year":2020}\n']]);
    expect(r.names).toEqual(['Ann Vik', 'Pell Ormanda, K.R.']);
    const note = r.notes.find((n) => n.includes('has a comma'))!;
    expect(note).toContain('given name "Pell", family name "Ormanda, K.R."');
    expect(note).toContain('shown "Pell Ormanda, K.R."');
  });

  it('the .bib and .jsonl of one record give one person (a comma inside braces is part of the family name)', () => {
    const r = build([
      ['a.jsonl', '{"id":"1","title":"T1","authors":["Pell Ormanda, K.R.","Ann Vik"],"year":2020}\n'],
      ['b.bib', '@inproceedings{b2, title={T2}, author={{Ormanda, K.R.}, Pell and Vik, Ann}, year={2021}}\n'],
    ]);
    expect(r.names).toEqual(['Ann Vik', 'Pell Ormanda, K.R.']);
  });

  it('an alias line whose target is copied from the file joins the two spellings', () => {
    const r = build(
      [
        ['a.jsonl', '{"id":"1","title":"T1","authors":["Pell K.R. Ormanda","Ann Vik"],"year":2020}\n{"id":"2","title":"T2","authors":["Pell Ormanda, K.R."],"year":2021}\n'],
      ],
      'Pell K.R. Ormanda\tPell Ormanda, K.R.\n',
    );
    expect(r.names).toEqual(['Ann Vik', 'Pell Ormanda, K.R.']);
    expect(r.notes.filter((n) => n.startsWith('alias line'))).toEqual([]);
  });

  it('an alias line whose target is nobody in the papers is said: it renames and joins no one', () => {
    const r = build([['a.jsonl', '{"id":"1","title":"T1","authors":["Pell K.R. Ormanda","Ann Vik"],"year":2020}\n']], 'Pell K.R. Ormanda\tPell Ormandy\n');
    expect(r.names).toEqual(['Ann Vik', 'Pell Ormandy']);
    expect(r.notes).toContainEqual(expect.stringMatching(/^alias line 1: no author "Pell Ormandy" in the papers, so "Pell K.R. Ormanda" is only renamed/));
  });

  it('two lines giving one new name join each other, and say nothing', () => {
    const r = build([['a.jsonl', '{"id":"1","title":"T1","authors":["P. Ormanda","Ann Vik"],"year":2020}\n{"id":"2","title":"T2","authors":["Pell Ormanda"],"year":2021}\n']], 'P. Ormanda\tPell K. Ormanda\nPell Ormanda\tPell K. Ormanda\n');
    expect(r.names).toEqual(['Ann Vik', 'Pell K. Ormanda']);
    expect(r.notes.filter((n) => n.startsWith('alias line'))).toEqual([]);
  });
});
