/**
 * What a pointer picks on the canvas (src/app/graph/pick.ts `pickAt` (EventsController's rule) and
 * `nodeNear`, src/app/features/pair/edge-at-point.ts `nearestLink`), over invented drawn names, nodes and links:
 * a node drawn plainly under a faint name is picked, not the name's author, and one showing between a plain name's
 * (or a cluster's name's) letters, the name on its letters; a finger's tap on nothing picks the
 * nearest node within 11 px, never one further than another; a point among several links about as near is
 * crowded (a tap there opens none). A name drawn only for a hover (a neighbour of the hovered node) yields to a
 * disc under it between its letters, and on them to a disc named before the hover. A mouse picks the node drawn on top, except within 1 px of its rim over a node clearly under the
 * pointer. A finger's tap on a dot opens that dot, whatever name (an author's or a
 * cluster's) is drawn over it, unless the name's letters hide the dot (then the name); a finger on a cluster's name
 * opens the cluster over the dots within its slack and the big discs under its letters; on a faint cluster's name's
 * letters (a chain dims the rest) a dimmed dot takes neither a tap nor a click, a dot drawn plainly under the point (or a
 * finger's slack) does; a finger on a name's text (the
 * space between its words included) opens the name over big discs under it; of overlapping discs, the one whose centre is nearest; a tap is picked against the
 * frame drawn when the finger came down.
 */
import { describe, expect, it, vi } from 'vitest';
import type Sigma from 'sigma';
import { AIM_MS, aimedFrame, createNodePicker, pickAt, TOUCH_SLACK_PX, type PickNodes } from '../../src/app/graph/pick';
import { nearestLink, type DrawnLink } from '../../src/app/features/pair/edge-at-point';
import type { PlacedLabel } from '../../src/app/graph/label-placement';

/** An invented node label: `key`'s name drawn in `box`, faint when `dim`. */
const name = (key: string, box: PlacedLabel['box'], dim = false): PlacedLabel => ({ kind: 'node', key, text: key, box, x: box.x0, y: (box.y0 + box.y1) / 2, align: 'left', dim });
const cluster = (id: number, box: PlacedLabel['box'], dim = false): PlacedLabel => ({ kind: 'community', key: String(id), text: `cluster ${id}`, box, x: box.x0, y: (box.y0 + box.y1) / 2, align: 'center', dim });

interface Dot {
  key: string;
  x: number;
  y: number;
  r: number;
  plain: boolean;
  /** Hidden under the name drawn over it (the name's letters leave less than HIDDEN_SHARE of it in sight). */
  hidden?: boolean;
}

/** Drawn nodes as the pick reads them: discs in drawing order (the last on top); `ink`: where names' letters are (boxes by name key). */
function dots(list: Dot[], ink: (PlacedLabel['box'] & { key: string })[] = [], named: string[] = []): PickNodes {
  const distance = (d: Dot, p: { x: number; y: number }) => Math.max(0, Math.hypot(d.x - p.x, d.y - p.y) - d.r);
  return {
    nodeAt: (p) => [...list].reverse().find((d) => distance(d, p) === 0)?.key ?? null,
    nodeUnderFinger: (p) => {
      const under = [...list].reverse().filter((d) => distance(d, p) === 0);
      under.sort((a, b) => Math.hypot(a.x - p.x, a.y - p.y) - Math.hypot(b.x - p.x, b.y - p.y));
      return under[0]?.key ?? null;
    },
    nodeNear: (p, tolerance, accept) => {
      const near = list.filter((d) => distance(d, p) <= tolerance && (!accept || accept(d.key))).sort((a, b) => distance(a, p) - distance(b, p));
      return near[0]?.key ?? null;
    },
    plain: (key) => list.find((d) => d.key === key)?.plain ?? false,
    has: (key) => list.some((d) => d.key === key),
    hiddenUnder: (key) => list.find((d) => d.key === key)?.hidden ?? false,
    shapeOf: (key) => list.find((d) => d.key === key) ?? null,
    onInk: (p, label) => ink.some((i) => i.key === label.key && p.x >= i.x0 && p.x <= i.x1 && p.y >= i.y0 && p.y <= i.y1),
    // on the name's row of letters, from the first word's start to the last word's end (the gaps between them included)
    onText: (p, label) => {
      const row = ink.filter((i) => i.key === label.key && p.y >= i.y0 && p.y <= i.y1);
      return row.some((i) => i.x0 <= p.x) && row.some((i) => i.x1 >= p.x);
    },
    namedAtRest: (key) => named.includes(key),
  };
}

describe('pickAt', () => {
  // "Filip Ginter" drawn faint over a paper of the selected author, drawn plainly
  const ginter = name('a7', { x0: 100, y0: 90, x1: 200, y1: 110 }, true);
  const paper = { key: 'p10445', x: 130, y: 100, r: 4, plain: true };
  const dimmed = { key: 'a9', x: 170, y: 100, r: 4, plain: false };
  const owner = { key: 'a7', x: 90, y: 100, r: 5, plain: false };

  it('opens the plainly drawn paper under a faint name, not the name\'s author', () => {
    expect(pickAt({ x: 130, y: 101 }, [ginter], dots([owner, paper, dimmed]), false)).toBe('p10445');
  });

  it('opens the faint name\'s author over a dimmed disc and over bare canvas', () => {
    expect(pickAt({ x: 170, y: 100 }, [ginter], dots([owner, paper, dimmed]), false)).toBe('a7');
    expect(pickAt({ x: 190, y: 95 }, [ginter], dots([owner, paper, dimmed]), false)).toBe('a7');
  });

  it('opens the author of a name drawn plainly on its letters, whatever disc lies under them; a disc showing between them is the disc', () => {
    const plainName = { ...ginter, dim: false };
    // the letters over the paper's square
    expect(pickAt({ x: 130, y: 101 }, [plainName], dots([owner, paper], [{ key: 'a7', x0: 125, y0: 95, x1: 135, y1: 106 }]), false)).toBe('a7');
    // the square showing between the letters (a tester clicked the centre of Masaaki Nagata's disc under the box of
    // "Iryna Gurevych" on the 3k map and got Iryna Gurevych's card); over bare canvas in the box, the name
    expect(pickAt({ x: 130, y: 101 }, [plainName], dots([owner, paper]), false)).toBe('p10445');
    expect(pickAt({ x: 190, y: 95 }, [plainName], dots([owner, paper]), false)).toBe('a7');
  });

  it('opens a plainly drawn node under a faint cluster name; under a plain one\'s letters, nothing (the cluster opens)', () => {
    const nodes = dots([paper]);
    expect(pickAt({ x: 130, y: 100 }, [cluster(3, { x0: 100, y0: 90, x1: 250, y1: 111 }, true)], nodes, false)).toBe('p10445');
    expect(pickAt({ x: 130, y: 100 }, [cluster(3, { x0: 100, y0: 90, x1: 250, y1: 111 })], dots([paper], [{ key: '3', x0: 120, y0: 92, x1: 140, y1: 109 }]), false)).toBeNull();
    // the paper showing between the plain name's letters is the paper (Sung Ju Hwang's disc under a cluster's name on the
    // 3k map opened the cluster); over bare canvas in its box, the cluster
    expect(pickAt({ x: 130, y: 100 }, [cluster(3, { x0: 100, y0: 90, x1: 250, y1: 111 })], nodes, false)).toBe('p10445');
    expect(pickAt({ x: 200, y: 100 }, [cluster(3, { x0: 100, y0: 90, x1: 250, y1: 111 })], nodes, false)).toBeNull();
  });

  it('opens the disc under a name drawn only for the hover between its letters, or one named before the hover; the name on its letters over an unnamed disc', () => {
    // hovering Eduard Hovy names his co-author Dan Jurafsky over Monojit Choudhury's disc, under the hover's wash; the
    // pointer jumping onto that disc opened Dan Jurafsky (30k map, 1440x900)
    const jurafsky = { ...name('a3551', { x0: 817, y0: 382, x1: 897, y1: 398 }), byHover: true };
    const monojit = { key: 'a5', x: 826, y: 394, r: 4, plain: false };
    // the letters "Dan" from x 819 to 840, between y 385 and 396
    const letters = [{ key: 'a3551', x0: 819, y0: 385, x1: 840, y1: 396 }];
    const drawn = [{ key: 'a3551', x: 900, y: 460, r: 6, plain: true }, monojit];
    // Monojit Choudhury named before the hover: his disc, on the letters or between them
    const named = dots(drawn, letters, ['a5']);
    expect(pickAt({ x: 826, y: 397 }, [jurafsky], named, false)).toBe('a5');
    expect(pickAt({ x: 826, y: 394 }, [jurafsky], named, false)).toBe('a5');
    // an unnamed disc: the name on its letters (what the pointer's tip shows), the disc between them
    const unnamed = dots(drawn, letters);
    expect(pickAt({ x: 826, y: 394 }, [jurafsky], unnamed, false)).toBe('a3551');
    expect(pickAt({ x: 826, y: 397 }, [jurafsky], unnamed, false)).toBe('a5');
    // over bare canvas the name still opens its author; drawn for its own sake, it wins over any disc on its letters,
    // and the disc showing between them is the disc
    expect(pickAt({ x: 880, y: 390 }, [jurafsky], named, false)).toBe('a3551');
    expect(pickAt({ x: 826, y: 394 }, [{ ...jurafsky, byHover: false }], named, false)).toBe('a3551');
    expect(pickAt({ x: 826, y: 397 }, [{ ...jurafsky, byHover: false }], named, false)).toBe('a5');
  });

  it('gives the hovered (or highlighted) node, drawn on its card above the names, the point on it, whatever name lies there', () => {
    // a hover's forced name ("David Yan") drawn over the hovered paper's square, the pointer resting on the square
    const square = { key: 'p0', x: 400, y: 290, r: 4.5, plain: true };
    const yan = name('a1', { x0: 357, y0: 285, x1: 420, y1: 301 });
    const nodes = dots([square, { key: 'a1', x: 428, y: 293, r: 7, plain: true }], [{ key: 'a1', x0: 359, y0: 287, x1: 418, y1: 299 }]);
    expect(pickAt({ x: 401, y: 290 }, [yan], { ...nodes, aboveNames: (key) => key === 'p0' }, false)).toBe('p0');
    // beside the square the name is what is seen; with nothing hovered the name is on top
    expect(pickAt({ x: 370, y: 290 }, [yan], { ...nodes, aboveNames: (key) => key === 'p0' }, false)).toBe('a1');
    expect(pickAt({ x: 401, y: 290 }, [yan], nodes, false)).toBe('a1');
  });

  it('skips the name of a node no longer drawn', () => {
    expect(pickAt({ x: 130, y: 101 }, [name('a99', ginter.box)], dots([paper]), false)).toBe('p10445');
  });

  it('a name a hover shows for a node the level of detail does not draw: a click opens it, a move keeps the hover showing it', () => {
    // hovering an author (a3456, drawn) at the 30k map's overview names their paper p14049, not drawn
    const title = { ...name('p14049', { x0: 400, y0: 200, x1: 600, y1: 214 }), byHover: true };
    const author = { key: 'a3456', x: 380, y: 240, r: 4, plain: true };
    const other = { key: 'a12', x: 500, y: 207, r: 3, plain: false };
    const letters = [{ key: 'p14049', x0: 402, y0: 202, x1: 496, y1: 212 }, { key: 'p14049', x0: 504, y0: 202, x1: 598, y1: 212 }];
    const clicking = { ...dots([author, other], letters), undrawn: (key: string) => key };
    const moving = { ...dots([author, other], letters), undrawn: () => 'a3456' };
    for (const touch of [false, true]) {
      expect(pickAt({ x: 450, y: 207 }, [title], clicking, touch)).toBe('p14049');
      expect(pickAt({ x: 450, y: 207 }, [title], moving, touch)).toBe('a3456');
    }
    // between its letters over an unnamed disc, the disc wins as under any hover's name (mouse)
    expect(pickAt({ x: 500, y: 207 }, [title], clicking, false)).toBe('a12');
    // without a hover to keep (or a node to open), such a name picks nothing: the disc under it or nothing
    expect(pickAt({ x: 450, y: 207 }, [title], { ...dots([author]), undrawn: () => null }, false)).toBeNull();
    expect(pickAt({ x: 450, y: 207 }, [{ ...title, byHover: false }], clicking, false)).toBeNull();
  });

  it('the disc a hover draws for such a node: a click opens it over bare canvas or a washed disc, a move keeps the hover; a plain disc drawn there wins', () => {
    const author = { key: 'a3456', x: 380, y: 240, r: 4, plain: true };
    const washed = { key: 'a12', x: 300, y: 300, r: 3, plain: false };
    const neighbour = { key: 'a77', x: 320, y: 260, r: 4, plain: true };
    // the hover layer's square of paper p14049 (not drawn by Sigma) at (300, 300), 2.5 px from its centre to a side
    const square = (p: { x: number; y: number }) => Math.abs(p.x - 300) <= 2.5 && Math.abs(p.y - 300) <= 2.5;
    const clicking = { ...dots([author, washed, neighbour]), undrawnAt: (p: { x: number; y: number }) => (square(p) ? 'p14049' : null) };
    const moving = { ...dots([author, washed, neighbour]), undrawnAt: (p: { x: number; y: number }) => (square(p) ? 'a3456' : null) };
    for (const touch of [false, true]) {
      expect(pickAt({ x: 301, y: 301 }, [], clicking, touch)).toBe('p14049');
      expect(pickAt({ x: 302.4, y: 297.6 }, [], clicking, touch)).toBe('p14049');
      expect(pickAt({ x: 301, y: 301 }, [], moving, touch)).toBe('a3456');
    }
    // off the square, the washed disc as before
    expect(pickAt({ x: 300, y: 302.9 }, [], clicking, false)).toBe('a12');
    // a plain disc (the neighbourhood's, drawn above) under the point wins
    const over = { ...dots([author, washed, neighbour]), undrawnAt: () => 'p14049' };
    expect(pickAt({ x: 320, y: 260 }, [], over, false)).toBe('a77');
    expect(pickAt({ x: 320, y: 260 }, [], over, true)).toBe('a77');
  });

  it('gives a finger the nearest node within the slack, nearest first, and a mouse none', () => {
    // a tap 3 px outside an 8.4 px disc, with a paper square's edge 6 px away on the other side
    const disc = { key: 'a1', x: 100, y: 100, r: 4.2, plain: true };
    const square = { key: 'p2', x: 100 + 4.2 + 3 + 6 + 2.25, y: 100, r: 2.25, plain: true };
    const tap = { x: 100 + 4.2 + 3, y: 100 };
    expect(pickAt(tap, [], dots([disc, square]), true)).toBe('a1');
    expect(pickAt(tap, [], dots([square, disc]), true)).toBe('a1');
    expect(pickAt(tap, [], dots([disc, square]), false)).toBeNull();
    expect(pickAt({ x: 100, y: 100 + 4.2 + TOUCH_SLACK_PX + 1 }, [], dots([disc]), true)).toBeNull();
  });

  describe('for a finger', () => {
    // Xin Luo's dot under the text of Jialiang Wang's name (the seed at 390×844)
    const wang = { key: 'a1', x: 90, y: 100, r: 6, plain: true };
    const luo = { key: 'a98', x: 150, y: 100, r: 4, plain: true };
    const wangName = name('a1', { x0: 100, y0: 92, x1: 200, y1: 108 });

    it('opens the dot under the finger, not the author whose name lies over it', () => {
      expect(pickAt({ x: 150, y: 100 }, [wangName], dots([wang, luo]), true)).toBe('a98');
      // a mouse picks what its tip shows: the name's letters drawn over the dot, the dot between them
      expect(pickAt({ x: 150, y: 100 }, [wangName], dots([wang, luo], [{ key: 'a1', x0: 145, y0: 95, x1: 155, y1: 105 }]), false)).toBe('a1');
      expect(pickAt({ x: 150, y: 100 }, [wangName], dots([wang, luo]), false)).toBe('a98');
    });

    it("on a name's letters: the name over a pile of big discs, a small dot that shows round them", () => {
      // "Timothy Baldwin" drawn over a pile of big discs (the 30k map at 390×844): the middle of the name opened
      // Alexander Mehler, a disc of the pile
      const baldwin = name('a10', { x0: 100, y0: 92, x1: 220, y1: 108 });
      const pile = [
        { key: 'a10', x: 80, y: 100, r: 5, plain: true },
        { key: 'a20', x: 150, y: 96, r: 14, plain: true },
        { key: 'a21', x: 175, y: 104, r: 12, plain: true },
      ];
      const letters = [{ key: 'a10', x0: 102, y0: 94, x1: 218, y1: 106 }];
      expect(pickAt({ x: 160, y: 100 }, [baldwin], dots(pile, letters), true)).toBe('a10');
      // off the letters (below them, in the box) the disc is what is seen
      expect(pickAt({ x: 150, y: 107.5 }, [baldwin], dots(pile, letters), true)).toBe('a20');
      // the space between its two words is on the name, though the disc shows there between the halos ("Jonathan
      // Hildebrand" on the 30k map: its middle fell on the space in some placements and opened a disc of the pile)
      const words = [
        { key: 'a10', x0: 102, y0: 94, x1: 148, y1: 106 },
        { key: 'a10', x0: 151.5, y0: 94, x1: 218, y1: 106 },
      ];
      expect(pickAt({ x: 149.8, y: 100 }, [baldwin], dots(pile, words), true)).toBe('a10');
      // beyond its last letter, in the box, the disc
      expect(pickAt({ x: 219, y: 100 }, [baldwin], dots([...pile, { key: 'a22', x: 222, y: 100, r: 8, plain: true }], words), true)).toBe('a22');
      // Xin Luo's small dot (radius 4) under the letters of "Jialiang Wang", showing round them: the dot
      expect(pickAt({ x: 150, y: 100 }, [wangName], dots([wang, luo], [{ key: 'a1', x0: 100, y0: 94, x1: 200, y1: 106 }]), true)).toBe('a98');
    });

    it('opens the dot within the slack before a name; a name only where no dot is near', () => {
      expect(pickAt({ x: 150, y: 100 + 4 + 5 - 1 }, [wangName], dots([wang, luo]), true)).toBe('a98');
      expect(pickAt({ x: 185, y: 100 }, [wangName], dots([wang, luo]), true)).toBe('a1');
    });

    it('opens the name, not a dot its letters hide, under the finger or within the slack; a faint name hides no dot', () => {
      // Xi Yin's dot under the title "FaKnow: …" (the seed at 390×844, Jialiang Wang selected): none of it in sight
      const xiYin = { ...luo, key: 'a60', hidden: true };
      expect(pickAt({ x: 150, y: 100 }, [wangName], dots([wang, xiYin]), true)).toBe('a1');
      expect(pickAt({ x: 150, y: 100 + 4 + 3 }, [wangName], dots([wang, xiYin]), true)).toBe('a1');
      // a dot in sight beside it, under the same finger, is still the dot
      const seen = { key: 'a61', x: 153, y: 100, r: 4, plain: true };
      expect(pickAt({ x: 152, y: 100 }, [wangName], dots([wang, xiYin, seen]), true)).toBe('a61');
      // outside the name's box the hidden dot is a dot like any other (below the text, where it would show)
      expect(pickAt({ x: 150, y: 100 + 4 + 5 }, [wangName], dots([wang, xiYin]), true)).toBe('a60');
      // a faint name (something else emphasised) hides nothing
      expect(pickAt({ x: 150, y: 100 }, [{ ...wangName, dim: true }], dots([wang, xiYin]), true)).toBe('a60');
    });

    it("on a cluster's name: the name over the dots within the slack and big discs under its letters; a small dot in sight under the finger", () => {
      // Philippe Hansen-Estruch's small dot under "media foundation models · Movie Gen" (the seed at 390×844)
      const hansen = { key: 'a0', x: 136, y: 429, r: 4, plain: true };
      const media = cluster(0, { x0: 60, y0: 420, x1: 260, y1: 440 });
      const letters = [{ key: '0', x0: 62, y0: 422, x1: 258, y1: 438 }];
      expect(pickAt({ x: 136, y: 429 }, [media], dots([hansen]), true)).toBe('a0');
      expect(pickAt({ x: 136, y: 429 }, [media], dots([hansen], letters), true)).toBe('a0');
      // a dot within the slack, not under the finger, takes no tap from the words ("information extraction" on the 3k
      // map at 390×844: taps on its words opened authors of the pile under it)
      expect(pickAt({ x: 136 + 4 + 6, y: 429 }, [media], dots([hansen]), true)).toBeNull();
      expect(pickAt({ x: 136 + 4 + 6, y: 429 }, [media], dots([hansen], letters), true)).toBeNull();
      // a small dot the letters hide, or a big disc under them, is the ground of the name: the name; a big disc off the
      // letters' ink (below them, in the box) shows there: the disc, as a click has it
      expect(pickAt({ x: 136, y: 429 }, [media], dots([{ ...hansen, hidden: true }], letters), true)).toBeNull();
      const big = { key: 'a3', x: 180, y: 432, r: 12, plain: true };
      expect(pickAt({ x: 180, y: 430 }, [media], dots([big], letters), true)).toBeNull();
      expect(pickAt({ x: 180, y: 439.5 }, [media], dots([big], letters), true)).toBe('a3');
      expect(pickAt({ x: 180, y: 439.5 }, [media], dots([big], letters), false)).toBe('a3');
      // clear of every dot, the cluster's name opens its card (null: the stage's click), as a click does; a faint one
      // (something else emphasised) takes nothing from a dot
      expect(pickAt({ x: 230, y: 430 }, [media], dots([hansen]), true)).toBeNull();
      expect(pickAt({ x: 136 + 4 + 6, y: 429 }, [{ ...media, dim: true }], dots([hansen]), true)).toBe('a0');
      // outside its box the dot within the slack is picked as before
      expect(pickAt({ x: 136, y: 442 }, [media], dots([hansen]), true)).toBe('a0');
    });

    it("on a faint cluster's name (a chain dims the rest): the cluster over a dimmed dot within the slack, as a click", () => {
      // "open-domain question answering" faint beside a traced chain (3k map, 390×844): Tiago Pimentel's dimmed dot
      // 7.5 px off the finger took the tap, where a click opened the cluster
      const odqa = cluster(4, { x0: 150, y0: 488, x1: 340, y1: 506 }, true);
      const pimentel = { key: 'a11', x: 244 + 7.5 + 3, y: 497, r: 3, plain: false };
      expect(pickAt({ x: 244, y: 497 }, [odqa], dots([pimentel]), false)).toBeNull();
      expect(pickAt({ x: 244, y: 497 }, [odqa], dots([pimentel]), true)).toBeNull();
      // a dimmed dot under the finger is that dot (a click's rule under a faint name); a chain's author (drawn plainly)
      // within the slack keeps the finger
      expect(pickAt({ x: 244, y: 497 }, [odqa], dots([{ ...pimentel, x: 245 }]), true)).toBe('a11');
      expect(pickAt({ x: 244, y: 497 }, [odqa], dots([{ ...pimentel, plain: true }]), true)).toBe('a11');
      // outside the faint name's box, the slack as before
      expect(pickAt({ x: 244, y: 510 }, [odqa], dots([{ ...pimentel, y: 510 }]), true)).toBe('a11');
    });

    it('of overlapping discs, opens the one whose centre is nearest the finger, though a bigger one is drawn above', () => {
      const welch = { key: 'a5', x: 100, y: 100, r: 4, plain: true };
      const mihalcea = { key: 'a6', x: 110, y: 100, r: 14, plain: true };
      expect(pickAt({ x: 100, y: 100 }, [], dots([welch, mihalcea]), true)).toBe('a5');
      expect(pickAt({ x: 112, y: 101 }, [], dots([welch, mihalcea]), true)).toBe('a6');
      // a mouse picks the disc drawn on top
      expect(pickAt({ x: 100, y: 100 }, [], dots([welch, mihalcea]), false)).toBe('a6');
    });
  });

  describe("on a faint cluster's letters over a dimmed dot (a chain dims the rest)", () => {
    // invented: "neural parsing" drawn faint beside a traced chain, its letters' ink in two runs (its words); a dimmed
    // author's dot under the first word's letters, a chain's author (drawn plainly) 20 px right
    const parsing = cluster(7, { x0: 40, y0: 300, x1: 200, y1: 318 }, true);
    const letters = [
      { key: '7', x0: 50, y0: 303, x1: 110, y1: 315 },
      { key: '7', x0: 118, y0: 303, x1: 190, y1: 315 },
    ];
    const faded = { key: 'a21', x: 80, y: 309, r: 5, plain: false };
    const chainAuthor = { key: 'a22', x: 100, y: 309, r: 4, plain: true };
    const near = { ...chainAuthor, x: 80 + 4 + 6 };
    const at = { x: 80, y: 309 };
    // below the letters, in the box: off the ink
    const below = { x: 80, y: 317 };
    const low = { ...faded, y: 316 };

    it('a finger: the cluster; a dot drawn plainly under the finger or within the slack wins, a dimmed one only off the ink', () => {
      // the tester's case: faint letters over a faint dot, nothing plain near: the cluster (old: the dimmed author)
      expect(pickAt(at, [parsing], dots([faded], letters), true)).toBeNull();
      // a second dimmed dot within the slack takes nothing either
      const fadedToo = { key: 'a23', x: 80, y: 309 + 5 + 4, r: 4, plain: false };
      expect(pickAt(at, [parsing], dots([faded, fadedToo], letters), true)).toBeNull();
      // a chain's author within the finger's slack takes the tap (the nearest dot drawn plainly, past the dimmed one
      // under the finger); out of the slack it does not
      expect(pickAt(at, [parsing], dots([faded, near], letters), true)).toBe('a22');
      expect(pickAt(at, [parsing], dots([faded, chainAuthor], letters), true)).toBeNull();
      // a dot drawn plainly under the letters is the dot
      expect(pickAt(at, [parsing], dots([{ ...faded, plain: true }], letters), true)).toBe('a21');
      // off the ink the dimmed dot shows: it is the dot, as before
      expect(pickAt(below, [parsing], dots([low], letters), true)).toBe('a21');
    });

    it('a mouse (a click, and the hover a move makes: the same pick): the cluster; a disc drawn plainly under the pointer wins, a dimmed one only off the ink', () => {
      expect(pickAt(at, [parsing], dots([faded], letters), false)).toBeNull();
      // a mouse has no slack: a chain's author beside the point takes nothing from the name
      expect(pickAt(at, [parsing], dots([faded, near], letters), false)).toBeNull();
      expect(pickAt(at, [parsing], dots([{ ...faded, plain: true }], letters), false)).toBe('a21');
      expect(pickAt(below, [parsing], dots([low], letters), false)).toBe('a21');
    });

    it('nothing faint (no chain): the name drawn plainly keeps its own rule, unchanged', () => {
      // on its letters the cluster over a big disc (a finger) or any disc (a mouse); off them the disc showing there;
      // a small dot in sight under a finger is that dot
      const plainName = { ...parsing, dim: false };
      expect(pickAt(at, [plainName], dots([{ ...faded, r: 12, plain: true }], letters), true)).toBeNull();
      expect(pickAt(at, [plainName], dots([{ ...faded, plain: true }], letters), false)).toBeNull();
      expect(pickAt(below, [plainName], dots([{ ...low, plain: true }], letters), false)).toBe('a21');
      expect(pickAt(at, [plainName], dots([{ ...faded, plain: true }], letters), true)).toBe('a21');
    });
  });
});

/**
 * A stand-in for Sigma 3's state the position pick reads, drawing `nodes` at their own coordinates (1 px = 1 unit) on a
 * canvas of `canvas` CSS px (a desktop's by default: no node here reaches its drawn cap, graph/drawn-size.ts).
 */
function fakeSigma(nodes: { key: string; x: number; y: number; size: number; square?: boolean }[], canvas = { width: 1440, height: 900 }): Sigma {
  const listeners = new Map<string, (() => void)[]>();
  return {
    getDimensions: () => canvas,
    emit: (event: string) => listeners.get(event)?.forEach((f) => f()),
    getCamera: () => ({ ratio: 1 }),
    nodeDataCache: Object.fromEntries(nodes.map((n) => [n.key, { x: n.x, y: n.y, size: n.size, type: n.square ? 'square' : 'circle', hidden: false }])),
    nodeProgramIndex: Object.fromEntries(nodes.map((n, i) => [n.key, i])),
    nodePrograms: { circle: {}, square: {} },
    highlightedNodes: new Set<string>(),
    hoveredNode: null,
    needToProcess: false,
    matrix: new Float32Array(9),
    invMatrix: new Float32Array(9),
    on: (event: string, f: () => void) => void listeners.set(event, [...(listeners.get(event) ?? []), f]),
    off: () => undefined,
    getGraph: () => ({ forEachNode: (cb: (key: string) => void) => nodes.forEach((n) => cb(n.key)), hasNode: (k: string) => nodes.some((n) => n.key === k) }),
    // the picture's camera: a pan of matrix[6] px (a stand-in for Sigma's matrices, read through `matrix`)
    viewportToFramedGraph: (p: { x: number; y: number }, o?: { matrix?: Float32Array }) => ({ x: p.x - (o?.matrix?.[6] ?? 0), y: p.y }),
    framedGraphToViewport: (p: { x: number; y: number }, o?: { matrix?: Float32Array }) => ({ x: p.x + (o?.matrix?.[6] ?? 0), y: p.y }),
    scaleSize: (s: number) => s,
  } as unknown as Sigma;
}

describe('nodeNear (graph/pick.ts)', () => {
  const picker = createNodePicker(
    fakeSigma([
      { key: 'a1', x: 100, y: 100, size: 4.2 },
      { key: 'p2', x: 120, y: 100, size: 2.25, square: true },
      { key: 'a3', x: 300, y: 300, size: 30 },
    ]),
  );

  it('picks the node whose edge is nearest the point, within the tolerance only', () => {
    expect(picker.nodeAt({ x: 107, y: 100 })).toBeNull();
    expect(picker.nodeNear({ x: 107, y: 100 }, 11)).toBe('a1');
    // 3.75 px from the square's edge, 10.5 from the disc's
    expect(picker.nodeNear({ x: 114, y: 100 }, 11)).toBe('p2');
    expect(picker.nodeNear({ x: 100, y: 120 }, 11)).toBeNull();
    // a big disc's edge is found from far off its centre
    expect(picker.nodeNear({ x: 300, y: 340 }, 11)).toBe('a3');
  });

  it('answers a point inside a node as nodeAt does', () => {
    expect(picker.nodeNear({ x: 101, y: 101 }, 11)).toBe('a1');
    expect(picker.nodeAt({ x: 121, y: 101 })).toBe('p2');
  });
});

describe('a node drawn at the canvas\'s cap (graph/pick.ts, graph/drawn-size.ts)', () => {
  // a phone's canvas (390 px wide: discs drawn at most 16 px in radius) zoomed in on a prolific author: Sigma scales
  // her disc to 84 px (Iryna Gurevych on the 30k map), the disc program draws it 16 px; a paper square 30 px out
  const picker = createNodePicker(
    fakeSigma(
      [
        { key: 'gurevych', x: 200, y: 300, size: 84 },
        { key: 'paper', x: 230, y: 300, size: 9.6, square: true },
      ],
      { width: 390, height: 844 },
    ),
  );

  it('is picked where it is drawn, and a paper beside it where the uncapped disc would have covered it', () => {
    expect(picker.nodeAt({ x: 200, y: 315 })).toBe('gurevych');
    expect(picker.nodeAt({ x: 200, y: 320 })).toBeNull();
    expect(picker.nodeAt({ x: 222, y: 300 })).toBe('paper');
    expect(picker.shapeOf('gurevych')).toMatchObject({ r: 16 });
  });
});

describe('nodeAt (graph/pick.ts): drawing order, the rim of the disc on top excepted', () => {
  // the Co-authors ego view of the 30k map: Si Wu (r 1.66) drawn over Chris Dyer's middle (r 12.9), 1.65 px from his
  // centre; Thomas Lavergne (r 7.1) drawn over Aurélie Névéol (r 9.2), centres 2.3 px apart
  const picker = createNodePicker(
    fakeSigma([
      { key: 'dyer', x: 640.56, y: 448.9, size: 12.95 },
      { key: 'siwu', x: 638.91, y: 448.9, size: 1.66 },
      { key: 'neveol', x: 405.01, y: 569.06, size: 9.23 },
      { key: 'lavergne', x: 402.85, y: 569.95, size: 7.11 },
    ]),
  );

  it("gives the big disc its centre when the small disc on top only grazes it, and the small one where it is clearly under the pointer", () => {
    expect(picker.nodeAt({ x: 640.56, y: 448.9 })).toBe('dyer');
    expect(picker.nodeAt({ x: 638.91, y: 448.9 })).toBe('siwu');
  });

  it('gives the disc drawn on top at its centre, though another centre is nearer than its rim', () => {
    expect(picker.nodeAt({ x: 402.85, y: 569.95 })).toBe('lavergne');
    expect(picker.nodeAt({ x: 404, y: 569.5 })).toBe('lavergne');
  });
});

describe('a pick against the picture the finger was aimed at (aimedFrame, seenAt)', () => {
  const at = (...times: number[]) => times.map((t) => ({ at: t }));

  it('takes the last picture drawn by the touch, while the map rests or has been moving a while', () => {
    expect(aimedFrame(at(1000), 1500)).toBe(0);
    expect(aimedFrame(at(1000, 2000), 2500)).toBe(1);
    // a move of short frames that began long before the touch: the frame on screen
    const move = at(1000, ...Array.from({ length: 11 }, (_, k) => 2000 + 40 * k));
    expect(aimedFrame(move, 2420)).toBe(11);
    expect(aimedFrame(at(), 100)).toBe(-1);
  });

  it('takes the picture the camera moved from when the move began less than AIM_MS before the touch', () => {
    // the tester's second tap: the move's first frame done 80 ms before the finger landed (its render took 380 ms)
    expect(aimedFrame(at(3806, 4189, 4274), 4269)).toBe(0);
    expect(aimedFrame(at(3806, 4189, 4250), 4269)).toBe(0);
    expect(aimedFrame(at(3806, 4189), 4189 + AIM_MS + 1)).toBe(1);
  });

  it('during a move whose pictures each stay AIM_MS or more (a slow phone), takes the step shown a reaction time before the touch', () => {
    // steps every 300 ms from 2000: one shown 50 ms before the finger landed was not seen yet; 300 ms before, it was
    const steps = at(1000, 2000, 2300, 2600, 2900);
    expect(aimedFrame(steps, 2950)).toBe(3);
    expect(aimedFrame(steps, 2900 + AIM_MS)).toBe(4);
  });

  it('resolves a tap made before the camera moved against the picture then on screen', () => {
    const sigma = fakeSigma([
      { key: 'a8', x: 100, y: 100, size: 8 },
      { key: 'a30', x: 160, y: 100, size: 8 },
    ]);
    const s = sigma as unknown as { matrix: Float32Array; invMatrix: Float32Array; emit(e: string): void };
    let now = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const picker = createNodePicker(sigma);
      const render = (start: number, end: number) => {
        now = start;
        s.emit('beforeRender');
        now = end;
        s.emit('afterRender');
      };
      render(1000, 1010);
      // the first tap's camera move: the map 60 px left, its first frame done at 1400; the finger lands at 1450
      s.matrix = Float32Array.from([0, 0, 0, 0, 0, 0, -60, 0, 0]);
      s.invMatrix = Float32Array.from([0, 0, 0, 0, 0, 0, -60, 0, 0]);
      render(1020, 1400);
      expect(picker.nodeUnderFinger({ x: 100, y: 100 })).toBe('a30');
      // the names of the picture before the move are the ones drawn before the move's render began
      expect(picker.seenAt(1450)).toBe(1020);
      expect(picker.nodeUnderFinger({ x: 100, y: 100 })).toBe('a8');
      expect(picker.seenAt(null)).toBeNull();
      expect(picker.nodeAt({ x: 100, y: 100 })).toBe('a30');
      // a finger landing well after the move's first frame: the moved map
      expect(picker.seenAt(1400 + AIM_MS + 1)).toBeNull();
      expect(picker.nodeUnderFinger({ x: 100, y: 100 })).toBe('a30');
    } finally {
      clock.mockRestore();
    }
  });
});

describe('nearestLink', () => {
  const link = (key: string, ax: number, ay: number, bx: number, by: number): DrawnLink => ({ key, a: { x: ax, y: ay }, b: { x: bx, y: by }, size: 1 });

  it('picks the nearest link, clear of the others', () => {
    const pick = nearestLink([link('e1', 0, 0, 100, 0), link('e2', 0, 10, 100, 10)], 50, 1);
    expect(pick).toMatchObject({ edge: 'e1', crowded: false, near: 1 });
  });

  it('says a point is crowded where two links run about as near', () => {
    const pick = nearestLink([link('e1', 0, 0, 100, 0), link('e2', 0, 3, 100, 3), link('e3', 0, -40, 100, -40)], 50, 1.2);
    expect(pick).toMatchObject({ edge: 'e1', crowded: true, near: 2 });
  });

  it('picks nothing out of reach', () => {
    expect(nearestLink([link('e1', 0, 0, 100, 0)], 50, 9)).toBeNull();
  });
});
