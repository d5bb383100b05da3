/**
 * A link with who-is-who decisions (`names=`) holds its selection and its filters and view settings for the rebuild
 * (src/app/url/held-selection.ts): they number the rebuilt map, which opens with them (a link's rebuilt map opened
 * with every author shown, its years= and only= lost: a tester).
 */
import { describe, expect, it } from 'vitest';
import { holdForNames, takeHeldSelection, takeHeldSettings } from '../../src/app/url/held-selection';
import { parseUrlState } from '../../src/app/url/url-state';

describe('a names= link’s filters held for its rebuilt map', () => {
  it('holds the link’s settings once (the selection taken out of the link, the settings left in it)', () => {
    const search = '?ds=acl&names=abc&author=12&min=2&only=4&at=1,2,3';
    const url = parseUrlState(search);
    holdForNames(url, search);
    expect(url.selection).toBeNull();
    expect(url.settings.filters.minPapers).toBe(2);
    const held = takeHeldSettings();
    expect([held?.filters.minPapers, held?.communities, held?.at]).toEqual([2, { only: [4] }, { x: 1, y: 2, span: 3 }]);
    expect(takeHeldSettings()).toBeNull();
    expect(takeHeldSelection()).toEqual({ kind: 'author', index: 12 });
  });

  it('holds none for a link without names=, and forgets one held for a map that never opened', () => {
    const withNames = '?ds=acl&names=abc&min=2';
    holdForNames(parseUrlState(withNames), withNames);
    const plain = '?ds=acl&min=3';
    holdForNames(parseUrlState(plain), plain);
    expect(takeHeldSettings()).toBeNull();
    expect(takeHeldSelection()).toBeNull();
  });
});
