/*
 * The people a split makes of one name. A split (Who is who's "Split into N people", homonyms.ts `splitDecisions`)
 * gives part of a name's papers to new people named after it with a number: "Jialiang Wang (2)", "Jialiang Wang
 * (3)"… The number says which part of the split the person is; it is no part of the name (its surname is "Wang",
 * not "(2)"), and two parts of one split were decided to be different people.
 */

const PART = /^(.*\S) \((\d+)\)$/;

/** The name of part `k` (2, 3…) of a split of `name`: "Jialiang Wang (2)". */
export function splitPartName(name: string, k: number): string {
  return `${name} (${k})`;
}

/**
 * A display name without its split number (`splitPartName`): "Jialiang Wang (2)" → name "Jialiang Wang", part 2;
 * any other name → itself, part null. Pure; throws nothing.
 */
export function splitPartOf(display: string): { name: string; part: number | null } {
  const m = PART.exec(display);
  return m ? { name: m[1]!, part: Number(m[2]) } : { name: display, part: null };
}

/**
 * Whether two display names are parts of one split of a name: "Jialiang Wang" and "Jialiang Wang (2)", or "… (2)"
 * and "… (3)" (one name, at least one of them numbered). Such people were decided to be different people, so they
 * are never suggested as one again, whichever way the map was built (a split applied in the page, or an alias file
 * imported with the paper list). Pure; throws nothing.
 */
export function partsOfOneSplit(a: string, b: string): boolean {
  const x = splitPartOf(a);
  const y = splitPartOf(b);
  return (x.part !== null || y.part !== null) && x.name === y.name;
}
