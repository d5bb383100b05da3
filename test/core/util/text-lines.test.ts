import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/util/text-lines';
import { buildText } from '../helpers';

describe('cleanText: the one tidy-up of every title, abstract, venue and name', () => {
  it('composes decomposed accents (NFC), so "Francois" typed with a combining cedilla is the precomposed spelling', () => {
    expect(cleanText('Franc\u0327ois  Dupont')).toBe('Fran\u00e7ois Dupont');
    expect(cleanText('\u1100\u1161 Hangul jamo')).toBe('\uac00 Hangul jamo');
    // an accent right after plain Latin text: the whole string is normalised, not only its non-Latin part
    expect(cleanText('Mu\u0308ller')).toBe('M\u00fcller');
  });

  it('leaves text below U+0300 as NFC leaves it: every one and two characters of Latin, Latin-1, Latin Extended, IPA', () => {
    let changed = 0;
    for (let a = 0x20; a < 0x300; a++) {
      const one = String.fromCharCode(a);
      for (let b = 0x21; b < 0x300; b += 7) {
        const s = `x${one}${String.fromCharCode(b)}`;
        // (a soft hyphen, U+00AD, is removed: see the test below)
        if (cleanText(s) !== s.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim()) changed++;
      }
    }
    expect(changed).toBe(0);
  });

  it('removes characters that show nothing (soft hyphen, zero-width space, direction marks, word joiner, BOM inside text)', () => {
    for (const c of ['\u00ad', '\u200b', '\u200e', '\u200f', '\u202a', '\u202c', '\u2060', '\u2066', '\u2069', '\ufeff']) {
      expect(cleanText(`Ja${c}ne Doe`)).toBe('Jane Doe');
      expect(cleanText(`${c}J\u00f6rg${c} Doe`)).toBe('J\u00f6rg Doe');
    }
    // zero-width (non-)joiners shape Persian and Indic names: kept
    expect(cleanText('Mohammad\u200cReza')).toBe('Mohammad\u200cReza');
    expect(cleanText('Ja\u00ad ne')).toBe('Ja ne');
  });

  it('a soft hyphen or another invisible character in a name is not a second person (a data tester: two "Jane Doe")', () => {
    const ris = ['Ja\u00adne', 'Jane', 'Ja\u200bne', 'Ja\u2060ne', '\u200eJane', 'Ja\ufeffne'].map((g, i) => `TY  - JOUR\nAU  - Doe, ${g}\nAU  - Roe, Rich\nTI  - Paper ${i}\nPY  - 2020\nER  - \n`).join('\n');
    const r = buildText('list.ris', ris);
    expect(r.bundle.authors.name.filter((n) => /Doe/.test(n))).toEqual(['Jane Doe']);
    expect(r.bundle.authors.aliases[r.bundle.authors.name.indexOf('Jane Doe')]).toEqual([]);
  });

  it('collapses whitespace runs, tabs and line breaks to one space and trims', () => {
    expect(cleanText('  Deep\tlearning\r\n for  NLP ')).toBe('Deep learning for NLP');
    expect(cleanText('already clean')).toBe('already clean');
  });
});
