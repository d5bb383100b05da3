/** The build report's figures in words, so they add up: the browser's Build report shows them beside each figure. */
import type { BuildReport } from './report-types';

const count = (x: number) => x.toLocaleString('en');

/**
 * What the People figure says beside it, so it adds up with Author names: how many fewer people than spellings,
 * and how many people were written more than one way (merge entries) with how many spellings as written in the
 * files (raw strings, some of which display alike and count once among Author names).
 */
export function peopleWords(report: Pick<BuildReport, 'authorNames' | 'authors' | 'merged'>): string {
  const merges = report.merged.filter((m) => m.kind === 'person');
  if (merges.length === 0) return report.authors === report.authorNames ? 'one per spelling: no variants merged' : `${count(Math.abs(report.authorNames - report.authors))} ${report.authors < report.authorNames ? 'fewer' : 'more'} than author names`;
  const raw = merges.reduce((sum, m) => sum + m.merged.length, 0);
  const diff = report.authorNames - report.authors;
  const gap = diff === 0 ? 'as many as author names' : `${count(Math.abs(diff))} ${diff > 0 ? 'fewer' : 'more'} than author names`;
  return `${gap}: ${count(merges.length)} ${merges.length === 1 ? 'person' : 'people'} written more than one way (${count(raw)} spellings as written in the files, listed under Merged; spellings that display alike count once among author names)`;
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
