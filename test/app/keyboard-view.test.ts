/** The map's view by keyboard (features/keyboard/KeyboardNavController.tsx): which keys zoom, and where a pan goes. */
import { describe, expect, it } from 'vitest';
import { panTarget, PAN_SHARE, viewKey } from '../../src/app/features/keyboard/view-keys';

describe('zoom keys', () => {
  it('+ and = zoom in, - zooms out, 0 shows the whole map; other keys do nothing to the view', () => {
    expect(viewKey('+')).toBe('in');
    expect(viewKey('=')).toBe('in');
    expect(viewKey('-')).toBe('out');
    expect(viewKey('0')).toBe('whole');
    for (const key of ['ArrowUp', 'Enter', 'a', '1', 'Escape']) expect(viewKey(key), key).toBeNull();
  });
});

describe('Shift + arrow pans', () => {
  // a viewport-to-graph mapping of a canvas 800×600 showing graph units 0..1 across (y up, as Sigma's framed graph)
  const toFramed = (p: { x: number; y: number }) => ({ x: p.x / 800, y: 1 - p.y / 600 });
  const size = { width: 800, height: 600 };

  it('right moves the view right by a fifth of the canvas: the new centre is the point drawn that far right', () => {
    expect(PAN_SHARE).toBe(0.2);
    const t = panTarget(size, [1, 0], toFramed);
    expect(t.x).toBeCloseTo((400 + 160) / 800);
    expect(t.y).toBeCloseTo(0.5);
  });

  it('up moves it up (screen y down, graph y up)', () => {
    const t = panTarget(size, [0, -1], toFramed);
    expect(t.x).toBeCloseTo(0.5);
    expect(t.y).toBeCloseTo(1 - (300 - 120) / 600);
  });
});
