/*
 * DBLP's homonym numbers in display names. DBLP tells people of one name apart by a number ("Wei Zhang 0001",
 * "Wei Zhang 0003"; its person id, kept by the readers as `dblp:Wei Zhang 0003`). Where two people of a list share a
 * name and DBLP's number tells them apart, the display name carries the number in words a reader can place:
 * "Wei Zhang (DBLP 0003)"; the name itself stays "Wei Zhang" (searched, compared and parsed as that).
 */

const TAGGED = /^(.*\S) \(DBLP (\d{4})\)$/;

/** The display name of DBLP's person `number` of name `name`: "Wei Zhang (DBLP 0003)". */
export function dblpTagged(name: string, number: string): string {
  return `${name} (DBLP ${number})`;
}

/**
 * A display name without its DBLP number (`dblpTagged`): "Wei Zhang (DBLP 0003)" -> name "Wei Zhang", number
 * "0003"; any other name -> itself, number null. Pure; throws nothing.
 */
export function dblpUntagged(display: string): { name: string; number: string | null } {
  const m = TAGGED.exec(display);
  return m ? { name: m[1]!, number: m[2]! } : { name: display, number: null };
}
