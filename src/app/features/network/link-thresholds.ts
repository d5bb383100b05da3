import { LINK_TOLERANCE } from '../../graph/visibility';

/** The round values the link-strength slider may stop at, per power of ten: 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.5… */
const ROUND_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

/** How far below a step a link still reaches it (the visibility's rule). */
const TOLERANCE = LINK_TOLERANCE;

/**
 * The steps of the link-strength slider: 0 (every link), then round values (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a
 * power of ten: 0.015, 0.1, 0.25, 3…) up to the strongest link, each kept only when it hides some link the step
 * before it showed (so every step changes what is shown), thinned evenly to at most `max` steps. `weights`: the
 * co-author link weights (`bundle.coauthorLinks.weight`), any order; [0] when there are none. Before, the steps
 * were the distinct weights themselves, which a reader could not place ("at least 0.122" on the 30k map, a sum
 * of fractions).
 */
export function linkThresholds(weights: ArrayLike<number>, max = 60): number[] {
  // a numeric sort of a typed copy (the Set and comparator sort of 250k weights were 0.2–0.4 s of the big maps'
  // first frame in a CPU profile)
  const sorted = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) sorted[i] = weights[i];
  sorted.sort();
  const strongest = sorted.length ? sorted[sorted.length - 1] : 0;
  if (!(strongest > 0)) return [0];
  const steps = [0];
  // links under the last step kept (an index into `sorted`)
  let hidden = 0;
  while (hidden < sorted.length && sorted[hidden] < -TOLERANCE) hidden++;
  const weakest = sorted.find((w) => w > 0) ?? strongest;
  for (let e = Math.floor(Math.log10(weakest)) - 1; e <= Math.ceil(Math.log10(strongest)); e++) {
    for (const m of ROUND_STEPS) {
      const v = Number((m * 10 ** e).toPrecision(6));
      if (v > strongest + TOLERANCE) break;
      let under = hidden;
      while (under < sorted.length && sorted[under] < v - TOLERANCE) under++;
      if (under > hidden) {
        steps.push(v);
        hidden = under;
      }
    }
  }
  if (steps.length <= max) return steps;
  const thinned = [0];
  for (let k = 1; k < max; k++) thinned.push(steps[Math.round(1 + ((k - 1) / (max - 2)) * (steps.length - 2))]);
  return [...new Set(thinned)];
}

/** A link strength as people read it: up to two decimals ("0.33", "2", "12.5"). */
export const formatStrength = (w: number): string => (Math.round(w * 100) / 100).toLocaleString('en');

/**
 * A minimum link strength as the label "at least …" can say it truthfully: `w` (a link strength, ≥ 0) cut
 * down — never rounded up — to three significant digits ("0.0196" for 1/51, "0.333" for 1/3, "0.5", "12.5").
 * Rounding to two decimals said "at least 0.02" while links of 1/51 were drawn, and showed 0.48 for a
 * shared link's `link=0.5`.
 */
export function formatThreshold(w: number): string {
  if (!(w > 0)) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(w)));
  const scale = 10 ** digits;
  // the relative 1e-12 keeps 0.29 (0.29 × 100 is 28.999…) from reading 0.289
  const cut = Math.floor(w * scale * (1 + 1e-12)) / scale;
  return cut.toLocaleString('en', { maximumFractionDigits: digits });
}
