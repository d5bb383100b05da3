/**
 * A dataset's name when the user gives none: the input files' names without folder or extension, each stem
 * once, joined by " + " ("acl.bib" and "acl.ris" give "acl", not "acl + acl"; "a.bib" and "b.ris" give
 * "a + b"; a compressed file's inner extension goes too: "acl_all.jsonl.gz" gives "acl_all"). `fileNames`: file names or paths as given (either slash). Returns "" for no file. Throws nothing.
 * Used by the build (`buildDataset`) and the import dialog's placeholder, so both say the same.
 */
export function datasetNameOf(fileNames: readonly string[]): string {
  const stems = fileNames.map((f) => f.replace(/^.*[\\/]/, '').replace(/(\.[^.]+)?\.(gz|gzip)$|\.[^.]+$/i, ''));
  return [...new Set(stems)].join(' + ');
}
