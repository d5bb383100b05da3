import { count } from './count-words';

/**
 * How a community is named on screen: its label (distinctive title words, from the build) or, without one,
 * "Community N" with N counted from 1. `id` is the bundle's 0-based community id, the one URLs carry in
 * `hide=`/`only=` (and in old links' `community=`; a card's link writes `comm=` with N, the number shown).
 * A label made of its top authors' names (the build gives one when no title words stand out: `terms` empty,
 * core/analyse/terms/label.ts `communityLabel`) is said as "Cluster of A, B": bare, under a paper's year it read
 * as the paper's author list, and named people not on the paper (a tester, small imported maps).
 */
export function communityName(community: { label?: string | null; terms?: readonly string[] } | undefined, id: number): string {
  if (!community?.label) return communityNumber(id);
  return community.terms && community.terms.length === 0 ? `Cluster of ${community.label}` : community.label;
}

/** "Community N" for the 0-based community id `id` (N = id + 1), as the community card's kicker says it. */
export function communityNumber(id: number): string {
  return `Community ${count(id + 1)}`;
}

