/** HTML character references and inline tags read as the text a reader sees (`core/util/inline-markup.ts`). */
import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, inlineMarkupToText } from '../../../src/core/util/inline-markup';

describe('decodeCharacterReferences', () => {
  it('decodes every HTML5 named reference closed by ";" and numeric ones', () => {
    expect(decodeCharacterReferences('&Aring;ngstr&ouml;m &ndash; &sup2; &frac34; &Omega; &NotEqualTilde; &#8217; &#x2019;')).toBe('Ångström – ² ¾ Ω ≂̸ ’ ’');
  });

  it('leaves "AT&T", "R&D", "&amp R", "&eacute" without ";", an undefined name and wrongly cased names as written', () => {
    expect(decodeCharacterReferences('AT&T, R&D, &amp R, caf&eacute, &zork;, &Amp;')).toBe('AT&T, R&D, &amp R, caf&eacute, &zork;, &Amp;');
  });

  it('leaves a numeric reference to no character as written (no U+FFFD)', () => {
    expect(decodeCharacterReferences('a&#0;b &#xD800; &#1114112;')).toBe('a&#0;b &#xD800; &#1114112;');
  });

  it('decodes once: "&amp;eacute;" is the text "&eacute;"', () => {
    expect(decodeCharacterReferences('&amp;eacute;')).toBe('&eacute;');
  });
});

describe('inlineMarkupToText', () => {
  it('drops inline tags before decoding, so an encoded tag stays text and is never read as markup', () => {
    expect(inlineMarkupToText('<i>E. coli</i> &lt;script&gt;alert(1)&lt;/script&gt;')).toEqual({ text: 'E. coli <script>alert(1)</script>', changed: true, dropped: [] });
  });

  it('says nothing changed for text without markup', () => {
    expect(inlineMarkupToText('p < 0.05 & more')).toEqual({ text: 'p < 0.05 & more', changed: false, dropped: [] });
  });

  it('one rule for every HTML element: tags removed and text kept; an element with no text dropped and named; no HTML name stays', () => {
    expect(inlineMarkupToText('<img src=x onerror=alert(1)> Bold <b>claims</b> <mark>hot</mark> <unk> <s1>')).toEqual({ text: '  Bold claims hot <unk> <s1>', changed: true, dropped: ['img'] });
    expect(inlineMarkupToText('a <script>alert(1)</script> b <style>p{}</style> c <svg><text>x</text></svg>')).toEqual({ text: 'a   b   c  ', changed: true, dropped: ['script', 'style', 'svg'] });
    // an unclosed script takes the rest of the field with it; never is the rest read as markup
    expect(inlineMarkupToText('t <script>alert(1)').dropped).toEqual(['script']);
  });
});
