import { mulberry32 } from '../util/random';

/**
 * Layout quality: mean author–paper edge length over mean distance between random node pairs
 * (lower is better: linked nodes sit close compared with the size of the picture).
 */
export function layoutQuality(
  authorX: ArrayLike<number>,
  authorY: ArrayLike<number>,
  paperX: ArrayLike<number>,
  paperY: ArrayLike<number>,
  paperAuthors: number[][],
  samples = 20000,
): number {
  let edgeSum = 0;
  let edges = 0;
  paperAuthors.forEach((authors, p) => {
    for (const a of authors) {
      edgeSum += Math.hypot(authorX[a]! - paperX[p]!, authorY[a]! - paperY[p]!);
      edges++;
    }
  });
  const na = authorX.length;
  const n = na + paperX.length;
  if (!edges || n < 2) return 0;
  const rng = mulberry32(12345);
  const px = (i: number) => (i < na ? authorX[i]! : paperX[i - na]!);
  const py = (i: number) => (i < na ? authorY[i]! : paperY[i - na]!);
  let pairSum = 0;
  for (let s = 0; s < samples; s++) {
    const i = Math.floor(rng() * n);
    const j = Math.floor(rng() * n);
    pairSum += Math.hypot(px(i) - px(j), py(i) - py(j));
  }
  const pair = pairSum / samples;
  return pair > 0 ? edgeSum / edges / pair : 0;
}
