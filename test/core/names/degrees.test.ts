/**
 * Academic degrees written after a name ("Jane Doe, PhD") are a note, not part of the name; a generational suffix
 * ("Jr.") stays with the family name; forms that read as initials stay initials. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { parseName, splitDegrees } from '../../../src/core/names/parse-name';

describe('academic degrees after a name', () => {
  it('"Ilse Varga, PhD", "Varga, Ilse, Ph.D." and "Ilse Varga" are one person shown "Ilse Varga", with a note per spelling', () => {
    const bib = [
      '@article{a, author = {Ilse Varga, PhD and Tomas Brandt}, title = {Moss on north walls}, year = 2019}',
      '@article{b, author = {Varga, Ilse, Ph.D. and Brandt, Tomas}, title = {Moss on south walls}, year = 2020}',
      '@article{c, author = {Ilse Varga and Tomas Brandt, M.Sc.}, title = {Lichen on roofs}, year = 2021}',
    ].join('\n');
    const b = buildText('degrees.bib', bib, { labeler: null });
    expect([...b.bundle.authors.name].sort()).toEqual(['Ilse Varga', 'Tomas Brandt']);
    expect(b.bundle.authors.paperCount[b.bundle.authors.name.indexOf('Ilse Varga')]).toBe(3);
    expect(b.report.notes).toContainEqual(expect.objectContaining({ file: 'degrees.bib', line: 1, note: '"Ilse Varga, PhD": "PhD" read as an academic degree, not part of the name ("Ilse Varga")' }));
    expect(b.report.notes).toContainEqual(expect.objectContaining({ line: 3, note: expect.stringContaining('"M.Sc." read as an academic degree') }));
  });

  it('a generational suffix stays; a degree after it goes', () => {
    expect(parseName('Moore, Wesley S., Jr., MSc', 'last-first')).toEqual({ given: 'Wesley S.', family: 'Moore, Jr.' });
    expect(parseName('Ilse Varga PhD', 'first-last')).toEqual({ given: 'Ilse', family: 'Varga' });
  });

  it('what reads as initials or a surname is not a degree', () => {
    expect(parseName('Varga, MD', 'last-first')).toEqual({ given: 'M. D.', family: 'Varga' }); // M. D. Varga
    expect(parseName('Varga MBA', 'last-first')).toEqual({ given: 'M. B. A.', family: 'Varga' }); // PubMed style
    expect(parseName('Jean Mba', 'first-last')).toEqual({ given: 'Jean', family: 'Mba' });
    expect(splitDegrees('Ilse Varga, MD')).toEqual({ name: 'Ilse Varga', degrees: ['MD'] }); // a whole name before it
    expect(splitDegrees('M Sc')).toEqual({ name: 'M Sc', degrees: [] }); // a degree alone: the author lists leave it out
  });
});
