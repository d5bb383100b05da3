/**
 * Where a build started from a previous map lays its nodes out first (`warmCommunityLayout`'s start): the previous
 * map's positions of the nodes it continues. Pure; no I/O.
 */
import type { CommunityMatch, PreviousMap, PreviousNodes } from '../analyse/previous-map';
import type { WarmLayoutStart } from './community-layout';
import { PAPER_RADIUS, authorRadius } from './node-size';

/**
 * The warm start of a layout from `previous`: each author's and paper's position there (`nodes`: which old node
 * each new one is; NaN where none), which are laid out again (`nodes`' changed flags), and each new community's
 * home disc (`match.home`: centre as the previous bundle gives it, radius the farthest member's distance plus its
 * node radius, as the layout measures a disc). Layout units throughout. O(authors + papers); throws nothing.
 */
export function warmLayoutStart(previous: PreviousMap, nodes: PreviousNodes, match: Pick<CommunityMatch, 'home'>): WarmLayoutStart {
  const pa = previous.authors;
  const pp = previous.papers;
  const oldCount = previous.communities.length;
  const oldRadius = new Float64Array(oldCount);
  const reach = (c: number, x: number, y: number, r: number) => {
    const k = previous.communities[c];
    if (k) oldRadius[c] = Math.max(oldRadius[c]!, Math.hypot(x - k.x, y - k.y) + r);
  };
  for (let a = 0; a < pa.name.length; a++) reach(pa.community[a]!, pa.x[a]!, pa.y[a]!, authorRadius(pa.paperCount[a]!));
  for (let p = 0; p < pp.title.length; p++) reach(pp.community[p]!, pp.x[p]!, pp.y[p]!, PAPER_RADIUS);
  const at = (old: Int32Array, xs: ArrayLike<number>, ys: ArrayLike<number>) => {
    const x = new Float64Array(old.length).fill(NaN);
    const y = new Float64Array(old.length).fill(NaN);
    old.forEach((o, i) => {
      if (o < 0) return;
      x[i] = xs[o]!;
      y[i] = ys[o]!;
    });
    return { x, y };
  };
  const authors = at(nodes.authorOld, pa.x, pa.y);
  const papers = at(nodes.paperOld, pp.x, pp.y);
  const count = match.home.length;
  const homeX = new Float64Array(count).fill(NaN);
  const homeY = new Float64Array(count).fill(NaN);
  const homeRadius = new Float64Array(count).fill(NaN);
  match.home.forEach((k, c) => {
    if (k < 0) return;
    homeX[c] = previous.communities[k]!.x;
    homeY[c] = previous.communities[k]!.y;
    homeRadius[c] = oldRadius[k]!;
  });
  return {
    authorX: authors.x,
    authorY: authors.y,
    paperX: papers.x,
    paperY: papers.y,
    authorChanged: nodes.authorChanged,
    paperChanged: nodes.paperChanged,
    homeX,
    homeY,
    homeRadius,
  };
}
