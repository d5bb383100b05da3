/** The web addresses of an abstract made links (src/app/panels/text-links.ts): http(s) only, the rest text. */
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../src/app/panels/text-links';

const joined = (text: string) => textRuns(text).map((r) => r.text).join('');

describe('textRuns', () => {
  it('an abstract ending in its code address: the address a link, its full stop not part of it', () => {
    const text = 'We release Mini-Hes. Code is available at https://github.com/example/mini-hes.';
    expect(textRuns(text)).toEqual([
      { text: 'We release Mini-Hes. Code is available at ' },
      { text: 'https://github.com/example/mini-hes', href: 'https://github.com/example/mini-hes' },
      { text: '.' },
    ]);
    expect(joined(text)).toBe(text);
  });

  it('an address in brackets, and two in one text', () => {
    const text = 'Data (http://example.org/data) and models: https://huggingface.co/x/y, both free.';
    const links = textRuns(text).filter((r) => r.href);
    expect(links.map((r) => r.text)).toEqual(['http://example.org/data', 'https://huggingface.co/x/y']);
    expect(joined(text)).toBe(text);
  });

  it('no link for anything but http(s): javascript:, data:, ftp:, mailto:, an e-mail, a bare domain', () => {
    for (const text of [
      'javascript:alert(1) is text',
      'data:text/html,<b>x</b> too',
      'see ftp://files.example.org/a',
      'write to mailto:someone@example.org or someone@example.org',
      'see github.com/example for the code',
      '//example.org/relative',
    ]) {
      expect(textRuns(text).filter((r) => r.href), text).toEqual([]);
      expect(joined(text)).toBe(text);
    }
  });

  it('a text without an address is one plain run; an empty text none', () => {
    expect(textRuns('No address here: p < 0.05.')).toEqual([{ text: 'No address here: p < 0.05.' }]);
    expect(textRuns('')).toEqual([]);
  });
});
