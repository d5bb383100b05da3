/** The bundle's JSON text in ASCII only (src/core/bundle/ascii-json.ts): the same value back, nothing above U+007F. */
import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../../src/core/bundle/ascii-json';
import { aclMain } from '../helpers';

describe('asciiJson', () => {
  it('escapes every non-ASCII character and parses back to the same value', () => {
    const value = { names: ['Jörg Tiedemann', 'Éric de la Clergerie', '王嘉良', 'emoji 😀 and \u2028 line sep', 'plain "quoted" \\ text'], n: [1.5, -2, null] };
    const text = asciiJson(value);
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(text).toContain('J\\u00f6rg');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('a real bundle comes back equal, and unchanged text when it is all ASCII', () => {
    const { bundle } = aclMain();
    const text = asciiJson(bundle);
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(bundle)));
    expect(asciiJson({ a: 'plain' })).toBe(JSON.stringify({ a: 'plain' }));
  });
});
