/** The zoom buttons' anchor (graph/zoom-anchor.ts, used by controllers/ZoomButtons.tsx): the selected node when it is in the visible part. */
import { describe, expect, it } from 'vitest';
import { zoomAnchor } from '../../src/app/graph/zoom-anchor';

describe('zoomAnchor', () => {
  const visible = { width: 700, height: 800 };
  it('a selected node drawn in the part the panel leaves: the zoom keeps it where it is', () => {
    expect(zoomAnchor({ x: 385, y: 424 }, visible)).toEqual({ x: 385, y: 424 });
  });
  it('no selection, or one off screen or under the card: the middle of the visible part', () => {
    expect(zoomAnchor(null, visible)).toEqual({ x: 350, y: 400 });
    expect(zoomAnchor({ x: 900, y: 424 }, visible)).toEqual({ x: 350, y: 400 });
    expect(zoomAnchor({ x: 100, y: -5 }, visible)).toEqual({ x: 350, y: 400 });
  });
});
