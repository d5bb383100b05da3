import { describe, expect, it } from 'vitest';
import { mergeKey } from '../../../src/core/names/index';
import { nameFit, suggestSamePerson } from '../../../src/core/queries/synonyms';
import { buildText } from '../helpers';

describe('automatic merges keep the name parts (invented names)', () => {
  it('merges case, diacritics, full stops, hyphen/space and apostrophe shapes of the same parts', () => {
    expect(mergeKey('Tao-Ming Quell')).toBe(mergeKey('Tao Ming Quell'));
    expect(mergeKey('Ilse M. Varga')).toBe(mergeKey('Ilse M Varga'));
    expect(mergeKey('Renée Lacoste')).toBe(mergeKey('Renee LACOSTE'));
    expect(mergeKey('Kira O’Dwyer')).toBe(mergeKey("Kira O'Dwyer"));
    expect(mergeKey('Vantrel, Oskar')).toBe(mergeKey('Oskar Vantrel'));
  });

  it('never erases a syllable break or joins initials: those are different keys', () => {
    expect(mergeKey('Yu-Ling Marsh')).not.toBe(mergeKey('Yuling Marsh'));
    expect(mergeKey('Ha Eun Doral')).not.toBe(mergeKey('Haeun Doral'));
    expect(mergeKey('Pemo K P')).not.toBe(mergeKey('Pemo KP'));
  });

  it('in a build, the joined spelling stays its own person and is suggested instead when co-authors are shared', () => {
    const rows = [
      { title: 'Paper one', authors: ['Yu-Ling Marsh', 'Tobin Ferraz', 'Odile Brandt'] },
      { title: 'Paper two', authors: ['Yuling Marsh', 'Tobin Ferraz', 'Odile Brandt'] },
      { title: 'Paper three', authors: ['Yu-ling Marsh', 'Tobin Ferraz'] },
    ];
    const text = rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');
    const { bundle, report } = buildText('marsh.jsonl', text);
    const names = bundle.authors.name;
    expect(names.filter((n) => /marsh/i.test(n)).sort()).toEqual(['Yu-Ling Marsh', 'Yuling Marsh']);
    const merged = report.merged.filter((m) => m.kind === 'person');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.merged.sort()).toEqual(['Yu-Ling Marsh', 'Yu-ling Marsh']);
    expect(nameFit('Yu-Ling Marsh', 'Yuling Marsh')?.reason).toBe('syllables');
    const s = suggestSamePerson(bundle);
    expect(s.map((x) => x.names.slice().sort().join(' / '))).toEqual(['Yu-Ling Marsh / Yuling Marsh']);
    expect(s[0]!.evidence[0]).toBe('2 shared co-authors: Tobin Ferraz, Odile Brandt');
  });
});

describe('name fits for suggestions (invented names)', () => {
  it.each([
    ['Alex Wendorf', 'Alexander Wendorf', 'short-form'],
    ['Kathy Morrow-Vale', 'Kathleen Morrow-Vale', 'short-form'],
    ['Avi Sandor', 'Avinash Sandor', 'short-form'],
    ['Tomas Quint', 'Tomas R. Quint', 'middle-name'],
    ['T. R. Quint', 'Tomas R. Quint', 'initials'],
    ['Achille Fokame', 'Achille Fokame-Ndoum', 'compound-surname'],
    ['Ching-Wen Hsuan', 'Ching-Wen Hsiuan', 'surname-spelling'],
    ['Mei Lan Orrin', 'Lan Orrin', 'name-parts'],
  ])('%s / %s: %s', (a, b, reason) => {
    expect(nameFit(a, b)?.reason).toBe(reason);
  });

  it('no fit for different first names, or a father and son', () => {
    expect(nameFit('Daniel Ostrow', 'David Ostrow')).toBeNull();
    expect(nameFit('Piet Halden', 'Piet Halden Jr.')).toBeNull();
  });
});
