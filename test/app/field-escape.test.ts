/**
 * Escape in the search box and the chain's From/To fields (src/app/panels/escape-let-go.ts): after a field let go
 * of the focus, a further Escape is held back from the page only where it would leave the ego view.
 */
import { describe, expect, it } from 'vitest';
import { holdLaterEscape } from '../../src/app/panels/escape-let-go';

describe('holdLaterEscape', () => {
  it('holds an Escape with the focus nowhere and nothing open to close (it would have left the ego view)', () => {
    expect(holdLaterEscape({ focusedNowhere: true, selection: null, drawerOpen: false })).toBe(true);
  });
  it('lets it close an open card or the drawer, as on the page', () => {
    expect(holdLaterEscape({ focusedNowhere: true, selection: { kind: 'author', index: 3 }, drawerOpen: false })).toBe(false);
    expect(holdLaterEscape({ focusedNowhere: true, selection: null, drawerOpen: true })).toBe(false);
  });
  it('leaves an Escape pressed in another control to that control', () => {
    expect(holdLaterEscape({ focusedNowhere: false, selection: null, drawerOpen: false })).toBe(false);
  });
});
