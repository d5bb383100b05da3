/**
 * The CLI summary's merge line and the splits marked in report.json: a name split by the alias file's per-paper
 * lines (`variant<TAB>canonical<TAB>paper`) comes out of the names stage as "person" merges (the variant's spelling
 * merged into each new person); here they are told apart, so the summary says "split 1 name into 4 people" and not
 * "merged 4".
 */
import pluralize from 'pluralize';
import { dirname, resolve } from 'node:path';
import { parseAliasFile, type AliasRule } from '../../src/core/names/aliases';
import type { BuildReport, MergeEntry } from '../../src/core/bundle/report-types';
import { splitWords } from '../../src/core/bundle/report-words';
import type { InputFile } from '../../src/core/ingest/types';

/**
 * A report.json merge entry. `split` (added by the CLI, person entries only): the entry comes from the alias file's
 * per-paper lines, which split `split.name` into several people; `kept` is one of those people and `merged` the
 * spelling(s) moved to it on those papers. Entries without `split` keep their meaning: several spellings or
 * duplicate papers made one.
 */
export type ReportMerge = MergeEntry;

/** The alias lines an entry's reason names: "alias file (line 2, 3)" → [2, 3]; none for other reasons. */
function aliasLinesOf(m: MergeEntry): number[] {
  const found = /^alias file \(lines? ([\d, ]+)\)/.exec(m.reason);
  return found ? found[1]!.split(',').map((x) => Number(x.trim())).filter((x) => Number.isInteger(x)) : [];
}

/**
 * Marks, in `report.merged` (in place), the person entries that come from split lines of the alias file (every
 * line its reason names has a paper column) with `split: { name }` (the name split). `aliases` is the alias file
 * as read; nothing is marked without one, or when it cannot be read (the build said so already).
 */
export function markSplits(report: BuildReport, aliases: InputFile | null): void {
  if (!aliases || typeof aliases.text !== 'string') return;
  let rules: AliasRule[];
  try {
    rules = parseAliasFile(aliases.name, aliases.text);
  } catch {
    return;
  }
  const byLine = new Map(rules.map((r) => [r.line, r]));
  for (const m of report.merged as ReportMerge[]) {
    // (the names stage marks them itself now, with how many people the name became)
    if (m.kind !== 'person' || m.split) continue;
    const lines = aliasLinesOf(m).map((l) => byLine.get(l));
    if (lines.length === 0 || lines.some((r) => !r || !r.paper)) continue;
    m.split = { name: lines[0]!.variant };
  }
}

/**
 * The summary's merge line, e.g. "merged 2 duplicate papers and 1 pair of names, split 1 name into 4 people,
 * skipped 1", from `report`'s merge entries (a split's people as the names stage counted them). Never throws.
 */
export function describeMerges(report: BuildReport): string {
  const merged = report.merged as ReportMerge[];
  const papers = merged.filter((m) => m.kind === 'paper').length;
  const people = merged.filter((m) => m.kind === 'person' && !m.split);
  const parts: string[] = [];
  const joined: string[] = [];
  if (papers) joined.push(pluralize('duplicate paper', papers, true));
  if (people.length) {
    const pairs = people.every((m) => m.merged.length <= 2);
    joined.push(pairs ? `${people.length} ${pluralize('pair', people.length)} of names` : `${people.length} ${pluralize('group', people.length)} of names`);
  }
  parts.push(joined.length ? `merged ${joined.join(' and ')}` : 'merged 0');
  // the split's words and count are the report's (report-words.ts `splitWords`): counted from the alias file's
  // own spelling of the name, checked against the map's display names, a split into 2 read "into 1 people"
  const split = splitWords(merged);
  if (split) parts.push(split);
  parts.push(`skipped ${report.skipped.length}`);
  return parts.join(', ');
}

/**
 * The summary's last line, how to open the map just built in `out` (a path as given to --out): `npm run view`, and
 * when `out` is a folder of `<cwd>/public/data`, the one `npm start` serves (the dataset `listed` there under that
 * id, `registerDataset`), also how to find it in the explorer: pick `name` (the bundle's name) in the map list at
 * the top left, or add `?ds=<id>` to the address `npm start` prints. No host or port is written: Vite's dev server
 * takes the next free port when 5173 (vite.config.ts) is taken, and `npm start -- --port N` another. `cwd`: the
 * project's folder (npm runs its scripts there). Throws nothing.
 */
export function openItLine(out: string, listed: string | null, name: string, cwd: string = process.cwd()): string {
  const served = listed !== null && dirname(resolve(cwd, out)) === resolve(cwd, 'public', 'data');
  const more = served ? `   (or npm start, then pick "${name}" in the map list at the top left, or add ?ds=${encodeURIComponent(listed)} to the address it prints)` : '';
  return `open it: npm run view -- ${out}${more}`;
}
