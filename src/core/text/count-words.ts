/** How counts are written, in the explorer and in the exports' words: thousands separated, the noun in the number it needs. */
import pluralize from 'pluralize';

// one formatter, made once: `toLocaleString` sets one up per call (0.1–0.6 s of a big map's first frame in a CPU profile)
const thousands = new Intl.NumberFormat('en');
/** `x` with its thousands separated, as the explorer writes every count: `1234` → "1,234". Throws nothing. */
export const count = (x: number): string => thousands.format(x);

/**
 * A count with its noun in the right number: `countOf(1, 'paper')` → "1 paper", `countOf(2400, 'community')`
 * → "2,400 communities". `noun` is the singular; plurals from `pluralize`.
 */
export function countOf(x: number, noun: string): string {
  return `${count(x)} ${pluralize(noun, x)}`;
}
