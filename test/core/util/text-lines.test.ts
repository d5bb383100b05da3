import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/util/text-lines';

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
        if (cleanText(s) !== s.normalize('NFC').replace(/\s+/g, ' ').trim()) changed++;
      }
    }
    expect(changed).toBe(0);
  });

  it('collapses whitespace runs, tabs and line breaks to one space and trims', () => {
    expect(cleanText('  Deep\tlearning\r\n for  NLP ')).toBe('Deep learning for NLP');
    expect(cleanText('already clean')).toBe('already clean');
  });
});
