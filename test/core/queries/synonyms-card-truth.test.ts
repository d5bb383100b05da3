/**
 * Every sentence on a "may be one person" card is true and checkable (a tester's review of the 30k ACL list, with
 * invented names of the same shapes): "has every part of" only when every part is there, a hyphenated romanised
 * Chinese given name is one name (not a first and a middle name), a prefix of a pinyin given name is no short form,
 * two names on two or more papers together are two people, and two names glued into one byline entry are neither.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { jsonl, type Row } from './homonym-rows';
import { nameFit, suggestSamePerson } from '../../../src/core/queries/synonyms';
import { gluedNames, gluedRest, mayBeGlued } from '../../../src/core/names/glued';

describe('"every part" is said only when every part is there', () => {
  it('a written-out surname never fits an initial or a short form of it in the other name', () => {
    // "Nikola I. Nikolov" / "Nikolai Ilinykh": "Nikola" a short form of "Nikolai", "Ilinykh" the initial "I."
    expect(nameFit('Dobran I. Dobranov', 'Dobrana Ivashkova')).toBeNull();
    // "Sanjay Subramanian" / "Sanjay S.P": "Subramanian" is not the initial "S."
    expect(nameFit('Ranjit Sethuraman', 'Ranjit S.P')).toBeNull();
  });

  it('parts that are there are said so; an initial standing for a name is said as such', () => {
    expect(nameFit('Tesfa Alemu', 'Tesfa Alemu Desta')!.detail).toBe('every part of "Tesfa Alemu" is in "Tesfa Alemu Desta"');
    expect(nameFit('Ines M. Alvaro', 'Ines Marta Alvaro Sanz')!.detail).toBe('every part of "Ines M. Alvaro" is in "Ines Marta Alvaro Sanz", an initial standing for a name there');
    expect(nameFit('Ines Marta Alvaro Sanz', 'Ines M. Alvaro')!.detail).toBe('"Ines Marta Alvaro Sanz" has every part of "Ines M. Alvaro", a name for each of its initials');
  });
});

describe('a hyphenated romanised Chinese given name is one name', () => {
  it('"Wei" and "Wei-Nan", "Ji-Rong" and "Ji", "Yu-Heng" and "Yu" are not a middle name apart, nor a short form', () => {
    expect(nameFit('Wei Zhang', 'Wei-Nan Zhang')).toBeNull();
    expect(nameFit('Ji-Rong Wen', 'Ji Wen')).toBeNull();
    expect(nameFit('Yu Hong', 'Yu-Heng Hong')).toBeNull();
    // the syllable break is never erased: "Nan Zhang" is not a part of "Wei-Nan Zhang" either
    expect(nameFit('Nan Zhang', 'Wei-Nan Zhang')).toBeNull();
  });

  it('initials and a written middle name still fit; a Romanian double given name still drops its second', () => {
    expect(nameFit('W. N. Zhang', 'Wei-Nan Zhang')?.reason).toBe('initials');
    expect(nameFit('Wei-Nan Zhang', 'Wei-Nan K. Zhang')?.reason).toBe('middle-name');
    // (on acl_2016_2021_all "Ionut-Teodor Sorodoc" / "Ionut Sorodoc" is one person)
    expect(nameFit('Dorin-Teodor Marcu', 'Dorin Marcu')!.detail).toBe('same surname; given names "Dorin-Teodor" and "Dorin" differ only by a middle name');
  });

  it('a prefix of a pinyin given name is no short form ("Yan" / "Yangqiu"); an English one still is', () => {
    expect(nameFit('Yan Song', 'Yangqiu Song')).toBeNull();
    expect(nameFit('Yan Song', 'Yang Song')).toBeNull();
    expect(nameFit('Alex Marlow', 'Alexander Marlow')?.reason).toBe('short-form');
  });
});

describe('two names on two or more papers together are two people', () => {
  it('a pair written together twice is not suggested; once, it is suggested with that said', () => {
    const rows: Row[] = [
      ...[1, 2].map((i) => ({ title: `Coreference of pronouns in images, part ${i}`, authors: ['Dorina Feldkamp', 'Dorina K. Feldkamp', 'Ruth Obi'], year: 2019 + i, venue: 'Vision Workshop' })),
      ...[1, 2, 3].map((i) => ({ title: `Pronoun coreference study ${i}`, authors: ['Dorina Feldkamp', 'Ruth Obi'], year: 2018 + i, venue: 'Vision Workshop' })),
      { title: 'Tagging of verbs', authors: ['Marek Ostrow', 'Marek J. Ostrow', 'Ana Lind'], year: 2020, venue: 'Tagging Workshop' },
      ...[1, 2, 3].map((i) => ({ title: `Verb tagging study ${i}`, authors: ['Marek Ostrow', 'Ana Lind'], year: 2018 + i, venue: 'Tagging Workshop' })),
    ];
    const { bundle } = buildText('together.jsonl', jsonl(rows));
    const all = suggestSamePerson(bundle, { minProbability: 0 });
    expect(all.some((s) => s.names.includes('Dorina K. Feldkamp'))).toBe(false);
    const once = all.find((s) => s.names.includes('Marek J. Ostrow'));
    expect(once?.evidence.join(' · ')).toContain('both names on one paper');
  });
});

describe('two author names glued into one byline entry', () => {
  it('reads the shape: the other name at the start or the end, and a rest of two written-out words', () => {
    expect(gluedRest('Pieter Vandamme. Juliane Ortega-Schmid', 'Pieter Vandamme')).toEqual({ rest: 'Juliane Ortega-Schmid', at: 'start', dot: true });
    expect(gluedRest('Pieter Vandamme. Juliane Ortega-Schmid', 'Juliane Ortega-Schmid')).toEqual({ rest: 'Pieter Vandamme', at: 'end', dot: true });
    expect(gluedRest('Radek Kolář Tomas Hrubes', 'Radek Kolar')).toEqual({ rest: 'Tomas Hrubes', at: 'start', dot: false });
    // a dropped given name is one word, not a second person
    expect(gluedRest('Xi Victoria Lin', 'Victoria Lin')).toBeNull();
  });

  it('is never suggested as the same person as either name it holds', () => {
    expect(mayBeGlued('Pieter Vandamme', 'Pieter Vandamme. Juliane Ortega-Schmid')).toBe(true);
    expect(mayBeGlued('Juliane Ortega-Schmid', 'Pieter Vandamme. Juliane Ortega-Schmid')).toBe(true);
    expect(nameFit('Walid El-Amin', 'Walid El-Amin Mariam Okonjo')).toBeNull();
    // a longer Vietnamese given name ends in the shorter name without a dot: not barred
    expect(mayBeGlued('Thi Minh Huyen Tran', 'Huyen Tran')).toBe(false);
  });

  it('the build notes an entry whose rest is an author too, or that a dot splits', () => {
    const rows: Row[] = [
      { title: 'Stance in news', authors: ['Radek Kolář', 'Tomáš Hrubeš'], year: 2018, venue: 'News Workshop' },
      { title: 'Stance in tweets', authors: ['Radek Kolář Tomas Hrubes', 'Lada Novak'], year: 2019, venue: 'News Workshop' },
      { title: 'Curation of stories', authors: ['Pieter Vandamme', 'Georg Reim'], year: 2019, venue: 'Story Workshop' },
      { title: 'Curation of stories, again', authors: ['Pieter Vandamme. Juliane Ortega-Schmid', 'Georg Reim'], year: 2020, venue: 'Story Workshop' },
      { title: 'Names of Vietnam', authors: ['Thi Minh Huyen Tran', 'Huyen Tran'], year: 2020, venue: 'Story Workshop' },
    ];
    const { bundle, report } = buildText('glued.jsonl', jsonl(rows));
    const notes = report.notes.map((n) => n.note).filter((n) => n.includes('run together'));
    expect(notes).toEqual([
      '"Radek Kolář Tomas Hrubes" may be two authors run together in the source: it holds "Radek Kolář", another author here, and "Tomas Hrubes"; kept as written and not suggested as the same person as "Radek Kolář" (check the record)',
      '"Pieter Vandamme. Juliane Ortega-Schmid" may be two authors run together in the source: it holds "Pieter Vandamme", another author here, and "Juliane Ortega-Schmid"; kept as written and not suggested as the same person as "Pieter Vandamme" (check the record)',
    ]);
    expect(gluedNames(bundle.authors.name).length).toBe(2);
    expect(suggestSamePerson(bundle, { minProbability: 0 }).map((s) => s.names.join(' / '))).toEqual(['Thi Minh Huyen Tran / Huyen Tran']);
  });
});
