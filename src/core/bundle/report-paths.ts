import type { BuildReport } from './report-types';

/** A path that tells folders: absolute ("/home/ann/…", "C:\…", "~/…") or from the current folder ("./x", "../x"). */
const FOLDER_PATH = /^(?:\/|[A-Za-z]:[\\/]|\\\\|~[\\/]|\.{1,2}[\\/])/;

/** The file's name without its folders ("/home/ann/refs/cdl.bib" → "cdl.bib"); a name with none is returned as is. */
export function fileNameOnly(path: string): string {
  return path.replace(/^.*[\\/]/, '') || path;
}

/**
 * `report` with every input file written as a path that tells folders (a bundle built before its builder named
 * inputs by file name: `/work/…/acl_2016_2021_all.jsonl`) shown by its file name only, wherever the path occurs
 * (the inputs table, each note's and skipped record's file, the texts of notes, reasons and merges), so a report
 * shown or shared never tells the builder's directory layout. Only the inputs' exact paths are replaced (never
 * other text that looks like a path); two inputs of one file name keep their paths. Returns `report` itself when
 * nothing is to change, else a copy; throws nothing for a report `checkReport` accepts.
 */
export function withFileNamesOnly(report: BuildReport): BuildReport {
  const paths = [...new Set(report.inputs.map((i) => i.file))].filter((f) => FOLDER_PATH.test(f));
  if (paths.length === 0) return report;
  const names = new Map<string, number>();
  for (const i of report.inputs) names.set(fileNameOnly(i.file), (names.get(fileNameOnly(i.file)) ?? 0) + 1);
  // the longest first, so "/a/b.bib.gz" is not cut by "/a/b.bib"
  const replace = paths.filter((p) => names.get(fileNameOnly(p)) === 1).sort((a, b) => b.length - a.length);
  if (replace.length === 0) return report;
  let text = JSON.stringify(report);
  for (const p of replace) text = text.split(JSON.stringify(p).slice(1, -1)).join(JSON.stringify(fileNameOnly(p)).slice(1, -1));
  return JSON.parse(text) as BuildReport;
}
