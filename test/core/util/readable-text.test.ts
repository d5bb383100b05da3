import { describe, expect, it } from 'vitest';
import { readableText } from '../../../src/core/util/readable-text';

describe('abstracts shown as text, their markup and simple TeX read', () => {
  it('inline HTML and JATS tags: the text a reader sees (a tester: "4<sup>th</sup>, 1<sup>st</sup>")', () => {
    expect(readableText('Our best system ranks 4<sup>th</sup>, 1<sup>st</sup> and 3<sup>rd</sup>.')).toBe('Our best system ranks 4th, 1st and 3rd.');
    expect(readableText('Emissions of CO<sub>2</sub> at 10<sup>-3</sup> <i>in vitro</i> and <b>bold</b>')).toBe('Emissions of CO₂ at 10⁻³ in vitro and bold');
    // a tag written as references is the text of a tag, shown as text
    expect(readableText('a &lt;b&gt; tag')).toBe('a <b> tag');
    expect(readableText('<jats:p>First part.</jats:p><jats:p>Second &amp; last.</jats:p>')).toBe('First part. Second & last.');
  });

  it('simple TeX math: Greek letters and symbols, scripts with Unicode forms (a tester: "($\\ell_2$ norm)")', () => {
    expect(readableText('grow in magnitude ($\\ell_2$ norm) during training')).toBe('grow in magnitude (ℓ₂ norm) during training');
    expect(readableText('with $\\alpha = 0.5$ and $x^{2}$, $k \\times n$')).toBe('with α = 0.5 and x², k × n');
  });

  it('what is not unambiguous stays as written', () => {
    for (const s of ['costs $5 and $6', '$\\frac{a}{b}$ here', 'each $x_i$', 'p < 0.05 and <unk> tokens', '$$E = mc^2$$'])
      expect(readableText(s), s).toBe(s);
  });

  it('never makes markup: a script tag stays text whatever the markup around it', () => {
    const out = readableText('<sup>&lt;script&gt;alert(1)&lt;/script&gt;</sup> <img src=x onerror=alert(1)>');
    // the references become the characters they name (shown as text by React), no tag is added; the <img>
    // element, which has no text, is dropped as every reader drops it
    expect(out).toBe('<script>alert(1)</script>');
  });
});
