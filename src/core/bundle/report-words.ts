/** The build report's figures in words, so they add up: the browser's Build report shows them beside each figure. */
import type { BuildReport, MergeEntry } from './report-types';

const count = (x: number) => x.toLocaleString('en');

/**
 * What the People figure says beside it, so it adds up with Author names: how many fewer people than spellings,
 * and how many people were written more than one way (merge entries) with how many spellings as written in the
 * files (raw strings, some of which display alike and count once among Author names).
 */
export function peopleWords(report: Pick<BuildReport, 'authorNames' | 'authors' | 'merged'>): string {
  const merges = report.merged.filter((m) => m.kind === 'person' && !m.split);
  const split = splitWords(report.merged);
  const splitSaid = split ? `; the alias file's per-paper lines ${split} (listed under Split)` : '';
  if (merges.length === 0) {
    const apart = report.authors === report.authorNames ? 'one per spelling' : `${count(Math.abs(report.authorNames - report.authors))} ${report.authors < report.authorNames ? 'fewer' : 'more'} than author names`;
    return split ? `${apart}: no variants merged${splitSaid}` : report.authors === report.authorNames ? 'one per spelling: no variants merged' : apart;
  }
  const raw = merges.reduce((sum, m) => sum + m.merged.length, 0);
  const diff = report.authorNames - report.authors;
  const gap = diff === 0 ? 'as many as author names' : `${count(Math.abs(diff))} ${diff > 0 ? 'fewer' : 'more'} than author names`;
  return `${gap}: ${count(merges.length)} ${merges.length === 1 ? 'person' : 'people'} written more than one way (${count(raw)} spellings as written in the files, listed under Merged; spellings that display alike count once among author names)${splitSaid}`;
}

/** The names split into several people (person entries marked `split`): how many, and how many people they became. */
export function splitCounts(merged: readonly MergeEntry[]): { names: number; people: number } {
  const by = new Map<string, number>();
  for (const m of merged) if (m.kind === 'person' && m.split) by.set(m.split.name, Math.max(by.get(m.split.name) ?? 0, m.split.people ?? merged.filter((x) => x.split?.name === m.split!.name).length));
  return { names: by.size, people: [...by.values()].reduce((a, b) => a + b, 0) };
}

/** "split 1 name into 4 people" (the CLI's words), or '' when the alias file split no name (see `splitCounts`). */
export function splitWords(merged: readonly MergeEntry[]): string {
  const { names, people } = splitCounts(merged);
  if (names === 0) return '';
  return `split ${names === 1 ? '1 name' : `${count(names)} names`} into ${count(people)} ${people === 1 ? 'person' : 'people'}`;
}

/**
 * What the Components figure says beside it: the largest, and how many are authors with no co-author link (each a
 * component of one, whether a community of one or in a capped paper's group; see `communitiesWithoutLinks`).
 */
export function componentsWords(report: Pick<BuildReport, 'largestComponent' | 'communitiesWithoutLinks'>): string {
  const largest = `largest: ${count(report.largestComponent)} ${report.largestComponent === 1 ? 'person' : 'people'}`;
  const alone = report.communitiesWithoutLinks?.authors ?? 0;
  return alone ? `${largest}; ${count(alone)} ${alone === 1 ? 'is an author' : 'are authors'} with no co-author link, each a component of one` : largest;
}
