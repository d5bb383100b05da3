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
