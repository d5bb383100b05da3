/**
 * The steps of the link-strength slider: 0 (every link), then the distinct co-author weights of the
 * dataset, thinned to at most `max` steps spread evenly over the distinct values (rank, not value:
 * weights are heavily skewed, most links being one paper among a few authors).
 */
export function linkThresholds(weights: ArrayLike<number>, max = 60): number[] {
  // a numeric sort of a typed copy, then the distinct values (the Set and comparator sort of 250k weights were
  // 0.2–0.4 s of the big maps' first frame in a CPU profile)
  const sorted = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) sorted[i] = Math.round(weights[i] * 1e6) / 1e6;
  sorted.sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  if (distinct.length <= max - 1) return [0, ...distinct];
  const steps = [0];
  for (let k = 0; k < max - 1; k++) steps.push(distinct[Math.round((k / (max - 2)) * (distinct.length - 1))]);
  return [...new Set(steps)];
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
