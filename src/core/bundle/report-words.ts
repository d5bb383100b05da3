/** The build report's figures in words, so they add up: the browser's Build report shows them beside each figure. */
import type { BuildReport, MergeEntry } from './report-types';
import { shownName } from '../names/parse-name';

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
 * What the build report says of one person entry of a split (`MergeEntry.split`) beside its name: "new person" (one
 * the alias file's per-paper lines made, "Yang Liu (2)"), or "given 5 papers by the split of “Yang Liu”" for an
 * author with papers of their own that the lines gave papers to (`split.given`; the report called Yang Janet Liu a
 * "new person" of Yang Liu's split, a tester). Never throws.
 */
export function splitPersonWords(split: NonNullable<MergeEntry['split']>): string {
  if (!split.given) return 'new person';
  return `given ${count(split.given)} ${split.given === 1 ? 'paper' : 'papers'} by the split of ${quoted(split.name)}`;
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

/** One person written more than one way in the files: the name shown (`kept`) and every spelling as written. */
export interface SpellingMerge {
  kept: string;
  spellings: string[];
}

/**
 * The spellings the build merged into people (the person entries of `merged`, not the alias file's splits):
 * `spellings` as written in the files (each entry's raw spellings), the `people` they became, and the entries
 * themselves in report order (`examples`, the first few, names as written in the imported files). Never throws.
 */
export function spellingMerges(merged: readonly MergeEntry[], examples = 3): { spellings: number; people: number; examples: SpellingMerge[] } {
  const people = merged.filter((m) => m.kind === 'person' && !m.split);
  return {
    spellings: people.reduce((sum, m) => sum + m.merged.length, 0),
    people: people.length,
    examples: people.slice(0, examples).map((m) => ({ kept: m.kept, spellings: [...m.merged] })),
  };
}

/** Duplicate records merged into papers kept (the paper entries of `merged`: each lists the copies merged in). */
export function duplicatePapers(merged: readonly MergeEntry[]): number {
  return merged.reduce((sum, m) => sum + (m.kind === 'paper' ? m.merged.length : 0), 0);
}

const quoted = (s: string) => `“${s}”`;

/** "“Castellanos AB” and “Castellanos, A. B.”", "“a”, “b” and “c”". */
function spellingList(spellings: readonly string[]): string {
  const q = spellings.map(quoted);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/**
 * What the import notice says of the spellings merged (`spellingMerges`): "4 spellings merged into 2 authors:
 * “Castellanos AB” and “Castellanos, A. B.” as A. B. Castellanos, and 1 more", with the first `shown` people as
 * examples (their names as written in the imported files); "no spellings merged" when none. Never throws.
 */
export function spellingMergeWords(m: { spellings: number; people: number; examples: readonly SpellingMerge[] }, shown = 1): string {
  if (m.people === 0) return 'no spellings merged';
  const head = `${count(m.spellings)} ${m.spellings === 1 ? 'spelling' : 'spellings'} merged into ${count(m.people)} ${m.people === 1 ? 'author' : 'authors'}`;
  const some = m.examples.slice(0, shown);
  if (some.length === 0) return head;
  const rest = m.people - some.length;
  return `${head}: ${some.map((e) => `${spellingList(e.spellings)} as ${e.kept}`).join('; ')}${rest > 0 ? `, and ${count(rest)} more` : ''}`;
}

/**
 * What the browser's import notice says was merged: "1 duplicate paper merged · 4 spellings merged into 2 authors:
 * “Castellanos AB” and “Castellanos, A. B.” as A. B. Castellanos, and 1 more" (`duplicatePapers`: the count of
 * `duplicatePapers`; `spellings`: `spellingMerges`), "nothing merged" when neither. Never throws.
 */
export function mergedWords(duplicates: number, spellings: { spellings: number; people: number; examples: readonly SpellingMerge[] }): string {
  const parts: string[] = [];
  if (duplicates > 0) parts.push(`${count(duplicates)} duplicate ${duplicates === 1 ? 'paper' : 'papers'} merged`);
  if (spellings.people > 0) parts.push(spellingMergeWords(spellings));
  return parts.length ? parts.join(' · ') : 'nothing merged';
}

/**
 * Two spellings of the report's person entries that display alike (`shownName`, the name order guessed, as the
 * browser's report does not know each file's), as the example of what the Author names figure counts once; null
 * when the merged people give none. The names are the imported file's. Never throws.
 */
export function sameShownExample(merged: readonly MergeEntry[]): [string, string] | null {
  for (const m of merged) {
    if (m.kind !== 'person' || m.split) continue;
    const by = new Map<string, string>();
    for (const raw of m.merged) {
      const shown = shownName(raw);
      const other = by.get(shown);
      if (other !== undefined && other !== raw) return [other, raw];
      by.set(shown, raw);
    }
  }
  return null;
}

/**
 * How many spellings of the report's person entries display like another of the same entry (`shownName`: written
 * alike but for the order of family and given names), each counted once among Author names: one per such pair.
 * Never throws.
 */
export function sameShownPairs(merged: readonly MergeEntry[]): number {
  let pairs = 0;
  for (const m of merged) {
    if (m.kind !== 'person' || m.split) continue;
    const seen = new Set<string>();
    for (const raw of new Set(m.merged)) {
      const shown = shownName(raw);
      if (seen.has(shown)) pairs++;
      else seen.add(shown);
    }
  }
  return pairs;
}

/**
 * What the Author names figure says beside it: distinct spellings as displayed; when two spellings of the imported
 * files display alike (written alike but for the order of family and given names) and count once, an example
 * (`sameShownExample`) and how many such pairs there are (`sameShownPairs`); when there is none, nothing of them
 * (a tester: the rule was said for lists that had no such pair).
 */
export function authorNamesWords(report: Pick<BuildReport, 'merged'>): string {
  const example = sameShownExample(report.merged);
  if (!example) return 'distinct spellings as displayed';
  const pairs = Math.max(1, sameShownPairs(report.merged));
  const eg = `${quoted(example[0])} and ${quoted(example[1])}`;
  return pairs === 1
    ? `distinct spellings as displayed (1 pair written alike but for the order of family and given names counts once: ${eg})`
    : `distinct spellings as displayed (${count(pairs)} pairs written alike but for the order of family and given names count once each, e.g. ${eg})`;
}
