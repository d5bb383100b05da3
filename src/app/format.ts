/** How the explorer writes counts: thousands separated, and the noun in the number it needs. */
import pluralize from 'pluralize';

// one formatter, made once: `toLocaleString` sets one up per call (0.1–0.6 s of a big map's first frame in a CPU profile)
const thousands = new Intl.NumberFormat('en');
/** `1234` → "1,234". */
export const count = (x: number): string => thousands.format(x);

/**
 * A count with its noun in the right number: `countOf(1, 'paper')` → "1 paper", `countOf(2400, 'community')`
 * → "2,400 communities". `noun` is the singular; plurals from `pluralize`.
 */
export function countOf(x: number, noun: string): string {
  return `${count(x)} ${pluralize(noun, x)}`;
}

/** The noun alone in the right number for `x` (`plural('paper', 1)` → "paper"), where the count is shown apart. */
export function plural(noun: string, x: number): string {
  return pluralize(noun, x);
}
