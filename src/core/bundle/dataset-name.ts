/** The longest default name that still names every file ("geom + cdl"); past it, or past MAX_NAMED stems, the first file and a count. */
const MAX_JOINED_CHARS = 40;
/** The most file stems a default name lists before it says "+ N more". */
const MAX_NAMED = 3;

/**
 * A dataset's name when the user gives none: the input files' names without folder or extension, each stem
 * once, joined by " + " ("acl.bib" and "acl.ris" give "acl", not "acl + acl"; "a.bib" and "b.ris" give
 * "a + b"; a compressed file's inner extension goes too: "acl_all.jsonl.gz" gives "acl_all"). When that would
 * be long (more than 3 stems, or more than 40 characters: a tester's eight case files named the map with all
 * eight, and the header, the dataset list and the build's note with it), the name is the first stem and how
 * many more: "01-ris-semicolon-authors + 7 more". A name the user types always wins over this one.
 * `fileNames`: file names or paths as given (either slash). Returns "" for no file. Throws nothing.
 * Used by the build (`buildDataset`) and the import dialog's placeholder, so both say the same.
 */
export function datasetNameOf(fileNames: readonly string[]): string {
  const stems = [...new Set(fileNames.map((f) => f.replace(/^.*[\\/]/, '').replace(/(\.[^.]+)?\.(gz|gzip)$|\.[^.]+$/i, '')))];
  const joined = stems.join(' + ');
  if (stems.length <= 1 || (stems.length <= MAX_NAMED && joined.length <= MAX_JOINED_CHARS)) return joined;
  return `${stems[0]} + ${stems.length - 1} more`;
}
