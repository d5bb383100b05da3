/**
 * The discs of a filtered view (src/app/graph/shown-size.ts): the shown part's extent and room, and the zoom-to-size
 * function set from them (the whole map keeps Sigma's √).
 */
import { describe, expect, it } from 'vitest';
import { MAX_ROOM_SCALE, ROOM_REACH, SQUARE_GAP, affine, enlargement, orderedShares, placeSquares, roomShares, shownPart, shownSizeRatio, shrinkBeyond, squareOverDisc, squaresOverAuthors, type DrawnNode } from '../../src/app/graph/shown-size';

describe('shownPart', () => {
  // a 10×10 grid of authors on [0, 9]²
  const x = Array.from({ length: 100 }, (_, i) => i % 10);
  const y = Array.from({ length: 100 }, (_, i) => Math.floor(i / 10));

  it('everyone shown: the whole extent, no room gained', () => {
    expect(shownPart(x, y, new Array(100).fill(1))).toEqual({ extent: 1, room: 1 });
  });

  it('one author in four over the whole map: the whole extent, four times the room', () => {
    const shown = x.map((_, i) => (i % 2 === 0 && Math.floor(i / 10) % 2 === 0) || i === 99 ? 1 : 0);
    const part = shownPart(x, y, shown)!;
    expect(part.extent).toBe(1);
    expect(part.room).toBeCloseTo(100 / 26, 6);
  });

  it('a corner of the map: its share of the extent, the room of its box', () => {
    // the 3×3 corner box [0, 2]², 3 of its 9 authors shown
    const shown = x.map((_, i) => ([0, 2, 22].includes(i) ? 1 : 0));
    const part = shownPart(x, y, shown)!;
    expect(part.extent).toBeCloseTo(2 / 9, 6);
    expect(part.room).toBeCloseTo(3, 6);
  });

  it('nobody shown: null', () => {
    expect(shownPart(x, y, new Array(100).fill(0))).toBeNull();
  });
});

describe('shownSizeRatio', () => {
  it('the whole map: Sigma\'s √', () => {
    expect(shownSizeRatio(null, true)).toBe(Math.sqrt);
    expect(shownSizeRatio({ extent: 1, room: 1 }, true)).toBe(Math.sqrt);
  });

  it('kept from ratio 1 to the framing, then √ of the zoom; enlarged by √room up to the most', () => {
    const f = shownSizeRatio({ extent: 0.25, room: 4 }, true);
    expect(f(1)).toBeCloseTo(0.5, 9);
    expect(f(0.25)).toBeCloseTo(0.5, 9);
    expect(f(0.0625)).toBeCloseTo(0.25, 9);
    expect(shownSizeRatio({ extent: 1, room: 100 }, true)(1)).toBeCloseTo(1 / MAX_ROOM_SCALE, 9);
    // a small map: not enlarged
    expect(shownSizeRatio({ extent: 0.25, room: 4 }, false)(0.25)).toBeCloseTo(1, 9);
  });
});

describe('roomShares', () => {
  it('discs far apart keep the whole enlargement', () => {
    expect([...roomShares([0, 100], [0, 0], [5, 5], 3.5)]).toEqual([1, 1]);
  });

  it('close neighbours: each disc reaches ROOM_REACH of the way to the nearest, no further', () => {
    // 9 px apart (4 px discs at the whole-map size, apart), drawn 10 px at 2.5 times: held to 9 px × ROOM_REACH
    const shares = roomShares([0, 9], [0, 0], [10, 10], 2.5);
    expect(shares[0]).toBeCloseTo(Math.min(1, (ROOM_REACH * 9) / 10), 9);
    expect(shares[0]).toBeLessThan(1);
    // a third one 8.5 px away: held to that one
    const three = roomShares([0, 9, 0], [0, 0, 8.5], [10, 10, 10], 2.5);
    expect(three[0]).toBeCloseTo(Math.max(1 / 2.5, (ROOM_REACH * 8.5) / 10), 9);
  });

  it('never below the whole-map size; a co-author laid out on the disc holds nothing back', () => {
    // 1 px apart with 1.6 px discs at the whole-map size (5.6 drawn at 3.5): they overlap there, and stay one dot
    expect([...roomShares([0, 1], [0, 0], [5.6, 5.6], 3.5)]).toEqual([1, 1]);
    // 4 px apart (apart on the whole map): held, but not below 1/3.5
    const held = roomShares([0, 4, 200], [0, 0, 0], [5.6, 5.6, 5.6], 3.5);
    expect(held[0]).toBeGreaterThanOrEqual(1 / 3.5);
    expect(held[0]).toBeLessThan(1);
    expect(held[2]).toBe(1);
  });

  it('the same shares as a look at every pair (random clusters, co-located points, one huge disc)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const n = 600;
    const x: number[] = [], y: number[] = [], r: number[] = [];
    for (let i = 0; i < n; i++) {
      const c = Math.floor(rand() * 6);
      x.push(c * 40 + rand() * 25);
      y.push((c % 3) * 50 + rand() * 25);
      r.push(i === 0 ? 60 : 1 + rand() * 6);
    }
    x.push(x[5]!); y.push(y[5]!); r.push(3);
    const scale = 3;
    const slow = x.map((px, i) => {
      let nearest = r[i]! / ROOM_REACH;
      x.forEach((qx, j) => {
        const d = Math.hypot(qx - px, y[j]! - y[i]!);
        if (j !== i && d < nearest && d >= (r[i]! + r[j]!) / scale) nearest = d;
      });
      return Math.min(1, Math.max(1 / scale, (ROOM_REACH * nearest) / r[i]!));
    });
    const fast = roomShares(x, y, r, scale);
    slow.forEach((v, i) => expect(fast[i]).toBeCloseTo(v, 12));
    expect(slow.filter((v) => v < 1).length).toBeGreaterThan(100);
  });

  it('no enlargement: all 1', () => {
    expect([...roomShares([0, 1], [0, 0], [5, 5], 1)]).toEqual([1, 1]);
    expect(enlargement({ extent: 1, room: 100 }, true)).toBe(MAX_ROOM_SCALE);
    expect(enlargement({ extent: 1, room: 4 }, false)).toBe(1);
    expect(enlargement(null, true)).toBe(1);
  });
});

describe('affine', () => {
  it('the map a coordinate change is, from three points', () => {
    const convert = ({ x, y }: { x: number; y: number }) => ({ x: 3 + 0.5 * x - 0.25 * y, y: -7 + 0.125 * x + 2 * y });
    const map = affine(convert);
    for (const p of [{ x: 0, y: 0 }, { x: 1234.5, y: -88 }, { x: -3, y: 1e4 }]) {
      expect(map(p).x).toBeCloseTo(convert(p).x, 9);
      expect(map(p).y).toBeCloseTo(convert(p).y, 9);
    }
  });
});

describe('squaresOverAuthors', () => {
  it('names the squares that cover the middle of one of their own authors’ discs', () => {
    // the 3k map's AACL 2020 SRW at the whole map's framing: a 5.6 px square, its one-paper author 1.9 px off
    const squares = [{ x: 100, y: 100, r: 5.6 }, { x: 200, y: 200, r: 5.6 }, { x: 300, y: 300, r: 5.6 }];
    const authors = [[{ x: 101.3, y: 101.4, r: 3.2 }], [{ x: 212, y: 200, r: 3.2 }], [{ x: 306, y: 300, r: 16 }, { x: 300, y: 305.5, r: 2 }]];
    expect(squaresOverAuthors(squares, (i) => authors[i]!)).toEqual([0, 2]);
    expect(squareOverDisc(squares[1]!, { x: 205.5, y: 195, r: 1 })).toBe(true);
    expect(squareOverDisc(squares[1]!, { x: 205.7, y: 200, r: 1 })).toBe(false);
    expect(squaresOverAuthors([], () => [])).toEqual([]);
  });
});

/** Whether the square `s` keeps SQUARE_GAP clear of the disc `d`. */
const apart = (s: DrawnNode, d: DrawnNode) => Math.hypot(Math.max(0, Math.abs(d.x - s.x) - s.r), Math.max(0, Math.abs(d.y - s.y) - s.r)) >= d.r + SQUARE_GAP - 1e-9;

describe('placeSquares', () => {
  it('moves a square off the one-paper authors laid out ~2 px round it (the 3k map venue view), away from them, and keeps a clear one', () => {
    // five co-authors 1.9 px round their paper (3.6 px discs, a 5.6 px half side), another paper clear of them
    const discs = [0, 1, 2, 3, 4].map((k) => ({ x: 100 + 1.9 * Math.cos(k * 1.25), y: 100 + 1.9 * Math.sin(k * 1.25), r: 3.6 }));
    const squares = [{ x: 100, y: 100, r: 5.6 }, { x: 300, y: 300, r: 5.6 }];
    const out = placeSquares(discs, squares, (i) => (i === 0 ? [0, 1, 2, 3, 4] : []));
    expect(out[1]).toBeNull();
    const at = { ...out[0]!, r: 5.6 };
    for (const d of discs) expect(apart(at, d)).toBe(true);
    // near: within a square and a disc of where it was
    expect(Math.hypot(at.x - 100, at.y - 100)).toBeLessThan(2 * (5.6 + 3.6 + SQUARE_GAP));
  });

  it('keeps placed squares apart from each other, and leaves one with no clear spot within reach where it was', () => {
    const discs = [{ x: 0, y: 0, r: 3 }];
    const out = placeSquares(discs, [{ x: 0, y: 0, r: 4 }, { x: 0.5, y: 0, r: 4 }], () => [0]);
    const a = { ...out[0]!, r: 4 };
    const b = { ...out[1]!, r: 4 };
    expect(apart(a, discs[0]!) && apart(b, discs[0]!)).toBe(true);
    expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThanOrEqual(8 + SQUARE_GAP - 1e-9);
    // a wall of discs far wider than the reach
    const wall: DrawnNode[] = [];
    for (let x = -200; x <= 200; x += 4) for (let y = -200; y <= 200; y += 4) wall.push({ x, y, r: 3 });
    expect(placeSquares(wall, [{ x: 0, y: 0, r: 2 }], () => [])).toEqual([null]);
    expect(placeSquares([], [], () => [])).toEqual([]);
  });
});

describe('shrinkBeyond', () => {
  it('is the function given up to the ratio, and shrinks sizes as distances beyond it', () => {
    const f = shrinkBeyond(Math.sqrt, 2);
    expect(f(1)).toBe(1);
    expect(f(2)).toBeCloseTo(Math.SQRT2);
    expect(f(4)).toBeCloseTo(2 * 2);
  });
});

describe('orderedShares: author discs drawn in the order of their measure', () => {
  it('lowers a smaller author drawn larger than a larger one to the larger one, and no more', () => {
    // base sizes in the measure's order; a crowded large author (share 0.3) and a lone small one (share 1)
    const size = [9.76, 9.52, 8.02, 8.02, 7.7];
    const share = [0.336, 0.345, 0.65, 0.4, 0.5];
    const out = orderedShares(size, share, 3.5);
    const drawn = size.map((s, i) => s * out[i]!);
    for (let i = 0; i < size.length; i++)
      for (let j = 0; j < size.length; j++) if (size[i]! > size[j]!) expect(drawn[i]!).toBeGreaterThanOrEqual(drawn[j]! - 1e-9);
    // only lowered, never below the whole-map size
    out.forEach((v, i) => {
      expect(v).toBeLessThanOrEqual(share[i]!);
      expect(v).toBeGreaterThanOrEqual(1 / 3.5);
    });
    // the largest keeps its share; ties stay free of one another (8.02 twice: capped by the 9.52's drawn size alike)
    expect(out[0]).toBe(share[0]);
    expect(drawn[2]).toBeCloseTo(Math.min(9.76 * 0.336, 9.52 * 0.345));
    expect(out[3]).toBe(share[3]);
  });
  it('leaves shares already in order as they are', () => {
    expect([...orderedShares([5, 4, 3], [1, 0.8, 0.5], 2)]).toEqual([1, 0.8, 0.5]);
  });
  it('keeps the share of a non-finite size', () => {
    expect([...orderedShares([5, NaN, 3], [0.4, 1, 1], 3)]).toEqual([0.4, 1, 2 / 3]);
  });
});
