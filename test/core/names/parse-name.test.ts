import { describe, expect, it } from 'vitest';
import { displayName, foldText, nameKey, parseName } from '../../../src/core/names/parse-name';

const shown = (raw: string, order?: 'last-first' | 'first-last' | 'auto') => displayName(parseName(raw, order));

describe('parseName: the shape of each name decides its order, the format habit only what the shape leaves open', () => {
  it('a comma is "Last, First" whatever the habit (OpenAlex display_name "Marlow, Petra")', () => {
    for (const order of ['first-last', 'last-first', 'auto'] as const) {
      expect(shown('Marlow, Petra', order)).toBe('Petra Marlow');
      expect(nameKey('Marlow, Petra', order)).toBe(nameKey('Petra Marlow', 'first-last'));
    }
    expect(shown('Frederick P. Brooks, Jr.', 'first-last')).toBe('Frederick P. Brooks, Jr.');
    expect(parseName('Brooks, Jr., Frederick P.')).toEqual({ given: 'Frederick P.', family: 'Brooks Jr.' });
  });

  it('a suffix after the given name goes with the family name, in the forms exports write it (a tester: "Jr. Moore Wesley S.")', () => {
    // WoS AF, Scopus, RIS, JSON Lines: "Last, First, Suffix"
    expect(shown('Moore, Wesley S., Jr.', 'last-first')).toBe('Wesley S. Moore, Jr.');
    expect(shown('Moore, Wesley S., Jr.', 'first-last')).toBe('Wesley S. Moore, Jr.');
    expect(shown('Smith, John, III')).toBe('John Smith, III');
    // PubMed FAU and AU, no comma before the suffix
    expect(shown('Moore, Wesley S Jr', 'last-first')).toBe('Wesley S Moore Jr');
    expect(parseName('Moore WS Jr', 'last-first')).toEqual({ given: 'W. S.', family: 'Moore Jr' });
    expect(parseName('Hult JK 3rd', 'last-first')).toEqual({ given: 'J. K.', family: 'Hult 3rd' });
    expect(parseName('Robert L. Logan IV', 'first-last')).toEqual({ given: 'Robert L.', family: 'Logan IV' });
    expect(shown('Robert L. Logan IV', 'first-last')).toBe('Robert L. Logan IV');
    // BibTeX's own order stays; a lone V after a given name is an initial
    expect(parseName('Brooks, Jr., Frederick P.')).toEqual({ given: 'Frederick P.', family: 'Brooks Jr.' });
    expect(shown('Moore, Wesley V', 'last-first')).toBe('Wesley V Moore');
    // a son is not his father: the suffix keeps the two apart
    expect(nameKey('Moore, Wesley S., Jr.')).not.toBe(nameKey('Moore, Wesley S.'));
  });

  it('initials after the surname are the given name ("Castellanos AB", "de la Rosa-Quint M", WoS "Castellanos, AB")', () => {
    expect(parseName('Castellanos AB', 'last-first')).toEqual({ given: 'A. B.', family: 'Castellanos' });
    expect(parseName('de la Rosa-Quint M', 'last-first')).toEqual({ given: 'M.', family: 'de la Rosa-Quint' });
    expect(shown('Castellanos, AB', 'last-first')).toBe('A. B. Castellanos');
    expect(shown('Vandeghinste, V.')).toBe('V. Vandeghinste'); // an initial, not the suffix "V"
    expect(shown('Kalaivani, A')).toBe('A Kalaivani'); // BibTeX: as written
    // in "First Last" lists a trailing initial belongs to the family name (ACL Anthology "Pranav A", "Gokul N.C.")
    expect(shown('Pranav A', 'first-last')).toBe('Pranav A');
    expect(shown('Wei LI', 'first-last')).toBe('Wei LI');
    expect(nameKey('Laks Lakshmanan, V.S.', 'first-last')).toBe(nameKey('Lakshmanan, V.S., Laks'));
    expect(nameKey('Castellanos AB', 'last-first')).toBe(nameKey('Castellanos, A. B.'));
    expect(nameKey('Castellanos AB', 'last-first')).toBe(nameKey('A. B. Castellanos', 'first-last'));
  });

  it('hyphenated initials after the surname are the given name (RIS "Li X.-Y.", "Kim J-H"), one person with "X.-Y. Li"', async () => {
    const { mergeKey } = await import('../../../src/core/names/merge-key');
    expect(parseName('Li X.-Y.', 'last-first')).toEqual({ given: 'X.-Y.', family: 'Li' });
    expect(shown('Li X.-Y.', 'last-first')).toBe('X.-Y. Li');
    expect(shown('Kim J-H', 'last-first')).toBe('J.-H. Kim');
    expect(shown('Kim, J-H', 'last-first')).toBe('J.-H. Kim');
    expect(shown('Li, X.-Y.', 'last-first')).toBe('X.-Y. Li');
    expect(shown('Hong-Nam Y.-S.', 'last-first')).toBe('Y.-S. Hong-Nam');
    for (const s of ['Li X.-Y.', 'Li, X.-Y.', 'Li XY']) expect(mergeKey(s, 'last-first')).toBe(mergeKey('X.-Y. Li', 'first-last'));
    expect(mergeKey('Kim J-H', 'last-first')).toBe(mergeKey('Kim JH', 'last-first'));
    // initials never meet a written-out name automatically
    expect(mergeKey('Li X.-Y.', 'last-first')).not.toBe(mergeKey('Xiao-Yu Li', 'first-last'));
    // as before: plain initials, and hyphenated given names written out
    expect(shown('Ng A.Y.', 'last-first')).toBe('A. Y. Ng');
    expect(shown('Kim JH', 'last-first')).toBe('J. H. Kim');
    expect(shown('Jean-Pierre Dupont', 'last-first')).toBe('Jean-Pierre Dupont');
    expect(shown('Dupont, Jean-Pierre', 'last-first')).toBe('Jean-Pierre Dupont');
  });

  it('a name written wholly in capitals keeps a given name of three letters that reads as one (WoS "ZHANG, WEI"), not "W. E. I."', () => {
    expect(parseName('ZHANG, WEI', 'last-first')).toEqual({ given: 'WEI', family: 'ZHANG' });
    expect(shown('ZHANG, WEI', 'last-first')).toBe('WEI ZHANG');
    expect(nameKey('ZHANG, WEI', 'last-first')).toBe(nameKey('Wei Zhang', 'first-last'));
    expect(shown('CHEN, JUN', 'last-first')).toBe('JUN CHEN');
    expect(shown('MOREAU, EVA', 'last-first')).toBe('EVA MOREAU');
    // three capitals that do not read as a syllable are initials; two letters stay initials (as often as not they are)
    expect(shown('SMITH, ABC', 'last-first')).toBe('A. B. C. SMITH');
    expect(shown('TOLKIEN, JRR', 'last-first')).toBe('J. R. R. TOLKIEN');
    expect(shown('LI, YU', 'last-first')).toBe('Y. U. LI');
    expect(shown('WANG, AN', 'last-first')).toBe('A. N. WANG');
    // a family name not in capitals: capitals after the comma are initials, as before
    expect(shown('Castellanos, ABE', 'last-first')).toBe('A. B. E. Castellanos');
    expect(shown('Zhang, WEI', 'last-first')).toBe('W. E. I. Zhang');
  });

  it('"Vantor, JA" is J. A. Vantor in every format (BibTeX and CSL-JSON read "JA" as a given name: a tester)', () => {
    for (const order of ['last-first', 'auto', 'first-last'] as const) {
      expect(shown('Vantor, JA', order)).toBe('J. A. Vantor');
      expect(shown('Vantor, JAB', order)).toBe('J. A. B. Vantor');
      expect(shown('QUAN, WEI', order)).toBe('WEI QUAN'); // a shouted given name stays a name
    }
    expect(shown('Vantor, Jana', 'auto')).toBe('Jana Vantor');
    expect(shown('Vantor, JANA', 'auto')).toBe('JANA Vantor'); // four capitals: never read as initials
    expect(parseName('Lakso Lakshmi, V.S.', 'first-last')).toEqual({ given: 'Lakso', family: 'Lakshmi, V.S.' }); // the comma's part goes with the family name, as a suffix does
  });

  it('CJK names: family + given displayed without a space, equal to the unsplit spelling', () => {
    expect(shown('李, 明远')).toBe('李明远');
    expect(shown('李明远', 'first-last')).toBe('李明远');
    expect(shown('山田 太郎', 'first-last')).toBe('山田太郎');
    expect(nameKey('李, 明远')).toBe(nameKey('李明远', 'first-last'));
  });

  it('ordinary names are displayed as written', () => {
    expect(shown('Ludwig van Beethoven', 'first-last')).toBe('Ludwig van Beethoven');
    expect(parseName('Ludwig van Beethoven', 'first-last').family).toBe('van Beethoven');
    expect(shown('Yann LeCun', 'last-first')).toBe('Yann LeCun');
    expect(shown('', 'auto')).toBe('');
  });
});

describe('mergeKey (automatic merges) agrees with the name shapes', () => {
  it('CJK split and unsplit, Vancouver initials and "Last, Initials" meet', async () => {
    const { mergeKey } = await import('../../../src/core/names/merge-key');
    expect(mergeKey('李, 明远')).toBe(mergeKey('李明远', 'first-last'));
    expect(mergeKey('Castellanos AB', 'last-first')).toBe(mergeKey('Castellanos, A. B.'));
    expect(mergeKey('Marlow, Petra', 'first-last')).toBe(mergeKey('Petra Marlow', 'first-last'));
  });
});

describe('foldText', () => {
  it('folds case, diacritics and compatibility forms (full-width letters, ligatures) to one spelling', () => {
    expect(foldText('Ｆｕｌｌ Ｗｉｄｔｈ')).toBe('full width');
    expect(foldText('Łukasz Søren Müller')).toBe('lukasz soren muller');
    expect(foldText('Ｆｕｌｌ Ｗｉｄｔｈ')).toBe(foldText('Full Width'));
    expect(foldText('ﬁnal')).toBe('final');
  });
});

describe('name shapes in a build (a data tester\'s files, invented names)', () => {
  it('RIS "Li X.-Y.", "Li, X.-Y." and a "First Last" "X.-Y. Li" are one person; "Kim J-H" and "Kim JH" one more', async () => {
    const { buildText } = await import('../helpers');
    const rec = (i: number, authors: string[]) => `TY  - JOUR\n${authors.map((a) => `AU  - ${a}\n`).join('')}TI  - Reeds ${i}\nPY  - 2020\nER  - \n`;
    const r = buildText('list.ris', [rec(1, ['Li X.-Y.', 'Kim J-H']), rec(2, ['Li, X.-Y.', 'Kim JH']), rec(3, ['X.-Y. Li', 'Xiao-Yu Li'])].join('\n'));
    expect([...r.bundle.authors.name].sort()).toEqual(['J.-H. Kim', 'X.-Y. Li', 'Xiao-Yu Li']);
  });

  it('WoS "AF ZHANG, WEI" is Wei Zhang, one person with "Zhang, Wei" elsewhere; "LI, YU" stays as it was read', async () => {
    const { buildText } = await import('../helpers');
    const wos = 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU ZHANG, W\n   LI, Y\nAF ZHANG, WEI\n   LI, YU\nTI SHADE AND MOSS\nPY 1995\nER\n\nPT J\nAU Zhang, W\nAF Zhang, Wei\nTI Moss again\nPY 2001\nER\n\nEF\n';
    const r = buildText('savedrecs.txt', wos);
    expect(r.bundle.authors.name.filter((n) => /zhang/i.test(n))).toHaveLength(1);
    expect(r.bundle.authors.name).not.toContain('W. E. I. ZHANG');
    expect(r.bundle.authors.name).toContain('Y. U. LI');
  });
});
