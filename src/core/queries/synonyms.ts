/**
 * Who is who (1): pairs of people who are probably one person written two ways.
 *
 * A pair is suggested when the names are close AND the two share co-authors:
 *  - "surname spelling": the same given name, surnames one letter apart (two for long surnames):
 *    `Ching-Yao Chung` / `Ching-Yao Chuang`;
 *  - "initials": the same surname, given names that fit each other once initials and missing
 *    middle names are allowed: `D. Blei` / `David M. Blei`, `David Blei` / `David M. Blei`.
 * Two people who wrote a paper together are never suggested (one person is not two authors of a paper).
 *
 * Candidates are found by blocking (people sharing a given name; people sharing a surname and a first
 * initial) so the work grows with block sizes, never with all pairs of people.
 *
 * Accepted suggestions become lines of the alias file the CLI reads with `--aliases`
 * (`variant<TAB>canonical`, see `aliasFileFor`).
 */
import type { Bundle } from '../bundle/types';
import { coauthorAdjacency, intersectSorted, linkBetween, row } from '../bundle/indices';
import { cleanText } from '../util/text-lines';
import { foldName, nameKey, parseName } from '../names/index';

export type SuggestionReason = 'surname-spelling' | 'initials';

export interface SamePersonSuggestion {
  /** The person to keep (more papers; then the fuller name), and the one to merge into it. */
  keep: number;
  merge: number;
  /** Display names of `keep` and `merge`. */
  names: [string, string];
  /** Every spelling seen for each (display name first). */
  spellings: [string[], string[]];
  paperCounts: [number, number];
  /** Co-authors of both, strongest joint ties first. */
  sharedCoauthors: number[];
  reason: SuggestionReason;
  /** One sentence for the review list, e.g. `same given name; surnames "Chung" and "Chuang" differ by 1 letter`. */
  detail: string;
  /** 0..1: how alike the names are × how much of their co-authors they share. */
  score: number;
}

export interface SuggestionOptions {
  /** Co-authors the two must share (default 1). */
  minSharedCoauthors?: number;
}

interface NameParts {
  /** Given-name tokens, folded: "Ching-Yao" → ["ching", "yao"], "D. M." → ["d", "m"]. */
  given: string[];
  /** Folded given name without separators ("chingyao"). */
  givenKey: string;
  /** Folded surname ("chuang"). */
  family: string;
}

function nameParts(name: string): NameParts {
  const parsed = parseName(name, 'first-last');
  const given = parsed.given
    .split(/[\s.\-‐‑–]+/)
    .map((t) => foldName(t))
    .filter(Boolean);
  return { given, givenKey: given.join(''), family: foldName(parsed.family) };
}

/** Levenshtein distance if at most `max`, else max + 1. */
export function boundedEditDistance(x: string, y: string, max: number): number {
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[y.length]!;
}

/** How many surname edits we accept for names of this length. */
function surnameTolerance(shorter: number): number {
  if (shorter >= 7) return 2;
  if (shorter >= 4) return 1;
  return 0;
}

/** Two given-name tokens fit: equal, or one is the initial of the other. */
function tokensFit(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length === 1) return y.startsWith(x);
  if (y.length === 1) return x.startsWith(y);
  return false;
}

/**
 * Given names fit when the first tokens fit and every token of the shorter list fits a later token of
 * the longer one, in order ("d" / "david m"; "david" / "david m"; "c y" / "ching yao").
 * Returns how strong the fit is (0: none; 0.9: full first name on both sides; 0.75: initials only).
 */
function givenNamesFit(x: string[], y: string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  if (!tokensFit(x[0]!, y[0]!)) return 0;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && !tokensFit(short[i]!, long[j]!)) j++;
    if (j >= long.length) return 0;
    j++;
  }
  return x[0]!.length > 1 && y[0]!.length > 1 ? 0.9 : 0.75;
}

/** Pairs of people who are probably one person (see the module comment), best first. */
export function suggestSamePerson(bundle: Bundle, opts: SuggestionOptions = {}): SamePersonSuggestion[] {
  const minShared = opts.minSharedCoauthors ?? 1;
  const names = bundle.authors.name;
  const parts = names.map(nameParts);
  const adjacency = coauthorAdjacency(bundle);
  const out: SamePersonSuggestion[] = [];
  const seen = new Set<number>();

  const consider = (a: number, b: number, reason: SuggestionReason, nameScore: number, detail: string) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const pairKey = lo * names.length + hi;
    if (seen.has(pairKey)) return;
    seen.add(pairKey);
    if (nameKey(names[a]!, 'first-last') === nameKey(names[b]!, 'first-last')) return; // kept apart on purpose (e.g. different ORCIDs)
    if (linkBetween(bundle, a, b) >= 0) return;
    const shared = intersectSorted(row(adjacency, a), row(adjacency, b));
    if (shared.length < minShared || shared.length === 0) return;
    const overlap = shared.length / Math.min(bundle.authors.coauthorCount[a]!, bundle.authors.coauthorCount[b]!);
    const evidence = 1 - 0.5 ** shared.length;
    const score = Math.round(nameScore * (0.5 * evidence + 0.5 * overlap) * 1000) / 1000;
    const [keep, merge] = preferredFirst(bundle, a, b);
    const strength = (c: number) => linkWeight(bundle, keep, c) + linkWeight(bundle, merge, c);
    shared.sort((x, y) => strength(y) - strength(x) || x - y);
    out.push({
      keep,
      merge,
      names: [names[keep]!, names[merge]!],
      spellings: [spellingsOf(bundle, keep), spellingsOf(bundle, merge)],
      paperCounts: [bundle.authors.paperCount[keep]!, bundle.authors.paperCount[merge]!],
      sharedCoauthors: shared,
      reason,
      detail,
      score,
    });
  };

  // Same given name, surnames a letter or two apart.
  const byGiven = groupBy(parts, (p) => (p.givenKey.length >= 2 && p.given.some((t) => t.length > 1) ? p.givenKey : null));
  for (const group of byGiven.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const fa = parts[a]!.family;
        const fb = parts[b]!.family;
        if (fa === fb) continue;
        const tolerance = surnameTolerance(Math.min(fa.length, fb.length));
        if (tolerance === 0) continue;
        const d = boundedEditDistance(fa, fb, tolerance);
        if (d > tolerance) continue;
        const familyA = parseName(names[a]!, 'first-last').family;
        const familyB = parseName(names[b]!, 'first-last').family;
        consider(a, b, 'surname-spelling', d === 1 ? 0.85 : 0.65, `same given name; surnames "${familyA}" and "${familyB}" differ by ${d} letter${d === 1 ? '' : 's'}`);
      }
    }
  }

  // Same surname and first initial, given names that fit each other.
  const bySurname = groupBy(parts, (p) => (p.family && p.given.length ? `${p.family}\u0000${p.given[0]![0]}` : null));
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (parts[a]!.givenKey === parts[b]!.givenKey) continue;
        const fit = givenNamesFit(parts[a]!.given, parts[b]!.given);
        if (fit === 0) continue;
        const givenA = parseName(names[a]!, 'first-last').given;
        const givenB = parseName(names[b]!, 'first-last').given;
        consider(a, b, 'initials', fit, `same surname; given names "${givenA}" and "${givenB}" fit (initials or a missing middle name)`);
      }
    }
  }

  return out.sort((x, y) => y.score - x.score || y.sharedCoauthors.length - x.sharedCoauthors.length || x.keep - y.keep || x.merge - y.merge);
}

/** Which of two people to keep: more papers, then the longer (fuller) name, then the lower index. */
function preferredFirst(bundle: Bundle, a: number, b: number): [number, number] {
  const pa = bundle.authors.paperCount[a]!;
  const pb = bundle.authors.paperCount[b]!;
  if (pa !== pb) return pa > pb ? [a, b] : [b, a];
  const la = bundle.authors.name[a]!.length;
  const lb = bundle.authors.name[b]!.length;
  if (la !== lb) return la > lb ? [a, b] : [b, a];
  return a < b ? [a, b] : [b, a];
}

function linkWeight(bundle: Bundle, a: number, b: number): number {
  const e = linkBetween(bundle, a, b);
  return e < 0 ? 0 : bundle.coauthorLinks.weight[e]!;
}

/** Display name and every other spelling of a person. */
export function spellingsOf(bundle: Bundle, author: number): string[] {
  return [bundle.authors.name[author]!, ...bundle.authors.aliases[author]!];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    if (k === null) return;
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  });
  return groups;
}

/** One line of the alias file. Without `paper`: every occurrence of `variant` is `canonical`; with it, only on that paper. */
export interface AliasDecision {
  variant: string;
  canonical: string;
  /** DOI or exact title of the one paper the line applies to (splitting a shared name), or null. */
  paper?: string | null;
}

/** The lines that merge `merge` into `keep`: each spelling of the merged person → the kept display name. */
export function mergeDecisions(bundle: Bundle, suggestion: Pick<SamePersonSuggestion, 'keep' | 'merge'>): AliasDecision[] {
  const canonical = bundle.authors.name[suggestion.keep]!;
  return spellingsOf(bundle, suggestion.merge).map((variant) => ({ variant, canonical }));
}

/**
 * The alias file the CLI reads with `--aliases` and the browser applies: UTF-8, one rule per line,
 * tab-separated, `#` starts a comment line:
 *   variant<TAB>canonical              every occurrence of the spelling `variant` is the person `canonical`
 *   variant<TAB>canonical<TAB>paper    only on that paper (DOI or exact title): gives part of a shared name's
 *                                      papers to another person (see homonyms.ts)
 * Fields are whitespace-collapsed (a tab inside a name cannot break a line); duplicate lines and lines
 * that map a name to itself are left out.
 */
export function aliasFileFor(decisions: readonly AliasDecision[]): string {
  const lines: string[] = ['# Coauthor Atlas aliases: variant<TAB>canonical[<TAB>paper DOI or title]'];
  const seen = new Set<string>();
  for (const d of decisions) {
    const variant = cleanText(d.variant);
    const canonical = cleanText(d.canonical);
    const paper = d.paper ? cleanText(d.paper) : '';
    if (!variant || !canonical) continue;
    if (!paper && variant === canonical) continue;
    const line = paper ? `${variant}\t${canonical}\t${paper}` : `${variant}\t${canonical}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}
