/** Where the markers of off-screen items go (features/offscreen/edge-marks.ts). */
import { describe, expect, it } from 'vitest';
import { edgeMarks, markBoxes, captionedMarks, markedWords } from '../../src/app/features/offscreen/edge-marks';

const part = { left: 0, top: 0, right: 800, bottom: 600 };

describe('edgeMarks', () => {
  it('none when every item is in the part (its edge counts as in)', () => {
    expect(edgeMarks([{ key: 'a', x: 10, y: 10 }, { key: 'b', x: 800, y: 600 }], part, 36, 12)).toEqual([]);
  });

  it('one marker per direction, at the edge towards its items, pointing at them, counting them', () => {
    const marks = edgeMarks(
      [
        { key: 'r1', x: 1200, y: 300 },
        { key: 'r2', x: 1000, y: 310 },
        { key: 'u', x: 400, y: -500 },
      ],
      part,
      36,
      12,
    );
    expect(marks).toHaveLength(2);
    const right = marks.find((m) => m.keys.includes('r1'))!;
    expect(right.keys.sort()).toEqual(['r1', 'r2']);
    expect(right.x).toBeCloseTo(800 - 12 - 18);
    expect(Math.abs(right.angle)).toBeLessThan(0.1);
    const up = marks.find((m) => m.keys.includes('u'))!;
    expect(up.y).toBeCloseTo(12 + 18);
    expect(up.angle).toBeCloseTo(-Math.PI / 2);
  });

  it('markers that would touch are merged; a marker under an obstacle slides along its edge', () => {
    const corner = edgeMarks([{ key: 'a', x: 1000, y: 560 }, { key: 'b', x: 820, y: 700 }], { left: 0, top: 0, right: 100, bottom: 100 }, 36, 4);
    expect(corner).toHaveLength(1);
    expect(corner[0]!.keys).toHaveLength(2);
    const controls = { left: 740, top: 480, right: 790, bottom: 590 };
    const [m] = edgeMarks([{ key: 'a', x: 1400, y: 1000 }], part, 36, 12, [controls]);
    expect(m!.x).toBeCloseTo(770);
    expect(m!.y + 18 + 4).toBeLessThanOrEqual(controls.top);
    // its arrow too (pointing down right, at the items under the zoom buttons) keeps a gap to them: the marker sat
    // on the zoom buttons' top edge, its arrow over them (a tester, the 70k map at 1440×900)
    const [b] = markBoxes([m!], 36, 0);
    expect(b!.bottom + 4).toBeLessThanOrEqual(controls.top);
    // and one beside the legend at the bottom edge, with its arrow, keeps clear of it
    const legend = { left: 12, top: 558, right: 236, bottom: 588 };
    const [n] = edgeMarks([{ key: 'b', x: -600, y: 1400 }], part, 36, 12, [legend]);
    const [nb] = markBoxes([n!], 36, 0);
    expect(nb!.left - 4).toBeGreaterThanOrEqual(legend.right);
  });
});

describe("edgeMarks grouped by edge (a phone's small map)", () => {
  it('one marker per edge the items lie beyond: the items of three sectors above a wide part are one marker', () => {
    const wide = { left: 0, top: 0, right: 390, bottom: 280 };
    const items = [
      { key: 'ul', x: -50, y: -300 },
      { key: 'u', x: 195, y: -400 },
      { key: 'ur', x: 450, y: -300 },
      { key: 'd', x: 100, y: 900 },
      { key: 'r', x: 1400, y: 150 },
    ];
    expect(edgeMarks(items, wide, 44, 4)).toHaveLength(5);
    const marks = edgeMarks(items, wide, 44, 4, [], 'edges');
    expect(marks).toHaveLength(3);
    const up = marks.find((m) => m.keys.includes('u'))!;
    expect(up.keys.sort()).toEqual(['u', 'ul', 'ur']);
    expect(up.y).toBeCloseTo(4 + 22);
    expect(marks.find((m) => m.keys.includes('d'))!.y).toBeCloseTo(280 - 4 - 22);
    expect(marks.find((m) => m.keys.includes('r'))!.x).toBeCloseTo(390 - 4 - 22);
  });
});

describe("captionedMarks (a phone's markers under their caption)", () => {
  // the part of a 390 px wide phone's map the sheet leaves; the caption 22 px high, 6 px below its top
  const part = { left: 0, top: 0, right: 390, bottom: 280 };
  const count = (marks: { keys: string[] }[]) => marks.reduce((sum, m) => sum + m.keys.length, 0);

  it('counts what lies beyond the map, not what lies on it under the caption', () => {
    // Pushpak Bhattacharyya's card on the 30k map: co-authors framed at the map's top edge, under the caption, were
    // counted out of sight (22 said, 18 beyond the map)
    const items = [
      { key: 'under-caption', x: 195, y: 12 },
      { key: 'top-edge', x: 60, y: 25 },
      { key: 'in-view', x: 200, y: 150 },
      { key: 'above', x: 195, y: -200 },
      { key: 'right', x: 900, y: 150 },
      { key: 'under-sheet', x: 100, y: 500 },
    ];
    const { marks, caption } = captionedMarks(items, part, 44, 4, [], 22, 6);
    expect(caption).toEqual({ left: 8, top: 6, right: 382, bottom: 28 });
    expect(count(marks)).toBe(3);
    expect(marks.flatMap((m) => m.keys).sort()).toEqual(['above', 'right', 'under-sheet']);
    // the markers below the caption
    for (const m of marks) expect(m.y - 22).toBeGreaterThanOrEqual(caption!.bottom + 2);
  });

  it('no markers and no caption when nothing lies beyond the map (items under the caption are in view)', () => {
    expect(captionedMarks([{ key: 'a', x: 195, y: 10 }, { key: 'b', x: 100, y: 100 }], part, 44, 4, [], 22, 6)).toEqual({ marks: [], caption: null });
  });
});

describe('markBoxes', () => {
  it("a marker's disc and its arrow's tip, grown by the margin: what the map's names keep off", () => {
    // pointing right: the arrow's tip 18 + 13 px right of the centre, 6 px either side of it
    expect(markBoxes([{ x: 100, y: 50, angle: 0, keys: ['a'] }], 36, 2)).toEqual([{ left: 80, top: 30, right: 100 + 31 + 6 + 2, bottom: 70 }]);
    // pointing up: the tip above the disc
    const [up] = markBoxes([{ x: 100, y: 50, angle: -Math.PI / 2, keys: ['a'] }], 44, 0);
    expect(up!.top).toBeCloseTo(50 - 22 - 13 - 6);
    expect([up!.left, up!.right, up!.bottom]).toEqual([78, 122, 72]);
  });
});

describe('markedWords', () => {
  it("says a selected node's neighbours as before when no chain node is marked", () => {
    expect(markedWords(1, 'paper', 0)).toBe('1 paper');
    expect(markedWords(16, 'paper', 0)).toBe('16 papers');
    expect(markedWords(3, 'paper', 0, ' of Dan Roth')).toBe('3 papers of Dan Roth');
  });

  it('says the nodes of the traced co-author chain apart (a selected author of the chain)', () => {
    expect(markedWords(1, 'paper', 1)).toBe('1 paper and 1 of the co-author chain');
    expect(markedWords(7, 'paper', 3, ' of Dan Roth')).toBe('7 papers of Dan Roth and 3 of the co-author chain');
    expect(markedWords(0, 'co-author', 2)).toBe('2 of the co-author chain');
  });
});
