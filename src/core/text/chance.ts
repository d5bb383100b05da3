/**
 * A probability in the words the "who is who" evidence uses: "about 37 in 100". A figure that rounds to 0 or
 * to 100 is said as a bound instead ("less than 1 in 100", "more than 99 in 100"): "about 0 in 100" read as
 * "impossible", which the model never claims.
 * @param p probability in [0, 1] (values outside are clamped)
 * @returns the phrase, without a leading article or trailing punctuation
 */
export function chanceIn100(p: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, p)) * 100);
  if (percent < 1) return 'less than 1 in 100';
  if (percent > 99) return 'more than 99 in 100';
  return `about ${percent} in 100`;
}
