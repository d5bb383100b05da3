/**
 * A betweenness as the Rankings table shows it, on a phone as on a desktop: `v` is the share (0–1) of shortest
 * co-author chains between other authors that pass through an author (the centrality worker's value). From 0.01
 * up, three decimals ("0.028", "0.500"); below, two significant digits in e-notation ("6.9e-3", "5.8e-5"), so no
 * value from 1e-9 up is longer than six characters: the phone's number column (54 px at 360 px) cut "0.000058",
 * and decimals to two significant digits ("0.0069") filled it to its edge. 0 (and anything not above 0, NaN
 * included) is "0". Throws nothing.
 */
export function formatBetweenness(v: number): string {
  if (!(v > 0)) return '0';
  if (v >= 0.01) return v.toFixed(3);
  const e = v.toExponential(1);
  // 0.00996 rounds up to "1.0e-2": said as the decimals above say 0.01
  return e.endsWith('e-2') ? v.toFixed(3) : e;
}
