/**
 * The author discs' node program (program key `DISC`, graph/node-types.ts): a disc in the node's colour with a thin
 * ring in its `ringColor` (a darker shade of it on the light theme, a lighter one on the dark: graph/colours.ts
 * `ringColourer`), so that overlapping discs of one community's colour read as discs and not as one blob at close
 * zoom. Made by @sigma/node-border (sigma's own package for discs with concentric borders) rather than by shader
 * code of our own: the ring is a border sized relative to the disc (`RING_SHARE` of its radius), and that program
 * leaves out a border of half a pixel or less, so the ring shows only on discs drawn large enough (a radius over
 * 6 px on screen: `ringWidth`) and a zoomed-out map's small discs stay plain. A dimmed disc's ring is its own colour
 * (none: controllers/appearance.ts). Its disc's edge is anti-aliased over
 * one pixel as Sigma's own disc program's. Kept apart from node-types.ts: the package reads WebGL's constants as
 * it loads, which a unit test's Node has not.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import type { NodeCircleProgram } from 'sigma/rendering';
import { RING_SHARE } from './node-types';

/**
 * Sigma's node program for author discs: attribute `color` fills the disc, attribute `ringColor` (`#rrggbb`) is
 * its outer ring, `RING_SHARE` of the radius wide. (Typed as a program class like Sigma's own disc program: the
 * package declares its factory's class by the constructor alone, and it is a `NodeProgram` subclass as that one.)
 */
export const NodeDiscProgram = createNodeBorderProgram({
  borders: [
    { size: { value: RING_SHARE, mode: 'relative' }, color: { attribute: 'ringColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
}) as unknown as typeof NodeCircleProgram;
