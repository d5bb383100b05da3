/**
 * File and dataset names told apart when they are written alike: two files `same.bib` from two folders are
 * `same.bib` and `same.bib (2)` in notes, errors and lists (as a file manager numbers copies); a dataset imported
 * again under a name already in the switcher is `name (2)`, `name (3)`…
 */

/**
 * `names` (in order) with each repeat numbered: ["same.bib", "same.bib", "a.ris"] → ["same.bib", "same.bib (2)",
 * "a.ris"]; a numbered name that is itself in the list is skipped ("a (2)" given too: the repeat is "a (3)").
 * Returns a new array of the same length. Throws nothing.
 */
export function distinctNames(names: readonly string[]): string[] {
  const taken = new Set(names);
  const seen = new Set<string>();
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    const out = freeName(name, (n) => taken.has(n) || seen.has(n));
    seen.add(out);
    return out;
  });
}

/** `name` when `isTaken(name)` is false, else the first of `name (2)`, `name (3)`… that is free. Throws nothing. */
export function freeName(name: string, isTaken: (name: string) => boolean): string {
  if (!isTaken(name)) return name;
  for (let k = 2; ; k++) {
    const candidate = `${name} (${k})`;
    if (!isTaken(candidate)) return candidate;
  }
}
