/**
 * An alias file that maps one name to two people: each conflict is a note with the file and line (the build used
 * the last line without a word), and an alias file from the explorer's transitive merges has none. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { aliasConflicts, parseAliasFile } from '../../../src/core/names/aliases';
import { buildText } from '../helpers';
import { combinedAliasFile } from '../../../src/app/features/whoiswho/alias-file';

const papers = [
  { id: 'p1', title: 'Lattice kites', authors: ['Orla P. Vennick', 'Tam Ruiz'], year: 2019 },
  { id: 'p2', title: 'Kite lattices', authors: ['Orla Vennick', 'Tam Ruiz'], year: 2020 },
  { id: 'p3', title: 'Lattices again', authors: ['Orla Pia Vennick', 'Tam Ruiz'], year: 2021 },
]
  .map((p) => JSON.stringify(p))
  .join('\n');

describe('alias lines that map one name to two people', () => {
  it('each conflict is a note naming the file, both lines and the line used', () => {
    const rules = parseAliasFile('mine.tsv', '# two merges\nOrla Vennick\tOrla P. Vennick\nOrla Vennick\tOrla Pia Vennick\n');
    const notes = aliasConflicts(rules, 'mine.tsv');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 'mine.tsv', line: 3 });
    expect(notes[0]!.note).toContain('"Orla Vennick"');
    expect(notes[0]!.note).toContain('line 2 to "Orla P. Vennick"');
    expect(notes[0]!.note).toContain('line 3 is used, line 2 is not');
  });

  it('the same line twice, or one name on two different papers, is no conflict; one name on one paper to two people is', () => {
    const text = ['Orla Vennick\tOrla P. Vennick', 'orla vennick\tOrla P. Vennick', 'Tam Ruiz\tTam Ruiz (2)\tp1', 'Tam Ruiz\tTam Ruiz (2)\tp2', 'Tam Ruiz\tTam Ruiz (3)\tp2'].join('\n');
    const notes = aliasConflicts(parseAliasFile('s.tsv', text), 's.tsv');
    expect(notes.map((n) => n.line)).toEqual([5]);
    expect(notes[0]!.note).toContain('on paper "p2"');
    expect(notes[0]!.note).toContain('line 4 is used, line 5 is not');
  });

  it('the build report carries the note (the command line and the browser show the report notes)', () => {
    const { report } = buildText('orla.jsonl', papers, { aliases: { name: 'mine.tsv', text: 'Orla Vennick\tOrla P. Vennick\nOrla Vennick\tOrla Pia Vennick\n' } });
    expect(report.notes.filter((n) => n.file === 'mine.tsv').map((n) => n.line)).toEqual([2]);
  });

  it("the explorer's file for both merges makes the three names one person, with no conflict", () => {
    const file = combinedAliasFile(
      [
        { variant: 'Orla Vennick', canonical: 'Orla P. Vennick' },
        { variant: 'Orla Vennick', canonical: 'Orla Pia Vennick' },
      ],
      null,
    );
    const { bundle, report } = buildText('orla.jsonl', papers, { aliases: { name: 'mine.tsv', text: file } });
    expect(report.notes.filter((n) => n.file === 'mine.tsv')).toEqual([]);
    const orla = bundle.authors.name.filter((n) => n.includes('Vennick'));
    expect(orla).toEqual(['Orla P. Vennick']);
  });
});
