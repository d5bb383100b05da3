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

/**
 * How a community is named on screen: its label (distinctive title words, from the build) or, without one,
 * "Community N" with N counted from 1. `id` is the bundle's 0-based community id, the one URLs carry in
 * `hide=`/`only=` (and in old links' `community=`; a card's link writes `comm=` with N, the number shown).
 */
export function communityName(community: { label?: string | null } | undefined, id: number): string {
  return community?.label || communityNumber(id);
}

/** "Community N" for the 0-based community id `id` (N = id + 1), as the community card's kicker says it. */
export function communityNumber(id: number): string {
  return `Community ${count(id + 1)}`;
}
