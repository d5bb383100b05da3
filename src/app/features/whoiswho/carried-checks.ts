/**
 * The name checks of the map shown before an Apply, carried over to the rebuilt map while its own checks run
 * (use-worker-insight.ts `carryNameChecks`): the review list and the sidebar's counts stay on screen, marked as being
 * refreshed, instead of "getting the names ready, 5%" for the whole re-check (13 s on the 30k map after one merge at
 * load 6–11, Apply click to answer 21.5 → 34.5 s: 9 s of it handing the rebuilt map to the worker).
 *
 * Why not a re-check of the touched names alone: every pair's score has the map's people count in it (`WEIGHTS.sizeLog`),
 * and the surname and given-name counts, the name priors of the homonym flags and the topic index are the whole map's,
 * so one merge can move any pair's score or any flag; only the whole re-check gives what a full check gives, and the
 * rebuilt map must reach the worker for it anyway (most of its time). So the checks of the map before are shown,
 * said to be the map before's, until the whole re-check answers, which then replaces them as they are.
 */
import type { Bundle } from '../../../core/bundle/types';
import { spellingsOf } from '../../../core/queries/synonyms';
import type { InsightsResults } from '../../workers/insights-protocol';

type NameChecks = InsightsResults['names'];

/** Each display name's index in `names`, a name written twice (never, in a built map) left out. */
function indexByName(names: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  const twice = new Set<string>();
  names.forEach((n, i) => {
    if (at.has(n)) twice.add(n);
    else at.set(n, i);
  });
  for (const n of twice) at.delete(n);
  return at;
}

/**
 * `checks` (of the map `from`) told in the terms of the map `to` (the map an Apply rebuilt from the same paper lists):
 * each pair and flag found again by its display names (authors are renumbered by a rebuild), with the rebuilt map's
 * spellings and paper counts; a pair or flag whose name is not on `to` (the spelling a merge gave to another) is left
 * out, and so is a shared co-author or a joint paper not found again (papers by index where their titles agree, else
 * by title). Scores, evidence and the order are the map before's. Throws nothing.
 */
export function carriedChecks(checks: NameChecks, from: Bundle, to: Bundle): NameChecks {
  const authorAt = indexByName(to.authors.name);
  const author = (i: number) => authorAt.get(from.authors.name[i]!);
  let paperAt: Map<string, number> | null = null;
  const paper = (p: number): number | undefined => {
    const title = from.papers.title[p]!;
    if (to.papers.title[p] === title) return p;
    paperAt ??= indexByName(to.papers.title);
    return paperAt.get(title);
  };
  const suggestions: NameChecks['suggestions'] = [];
  for (const s of checks.suggestions) {
    const keep = author(s.keep);
    const merge = author(s.merge);
    if (keep === undefined || merge === undefined) continue;
    suggestions.push({
      ...s,
      keep,
      merge,
      spellings: [spellingsOf(to, keep), spellingsOf(to, merge)],
      paperCounts: [to.authors.paperCount[keep]!, to.authors.paperCount[merge]!],
      sharedCoauthors: s.sharedCoauthors.map(author).filter((x): x is number => x !== undefined),
      jointPapers: s.jointPapers.map(paper).filter((p): p is number => p !== undefined),
    });
  }
  const flags: NameChecks['flags'] = [];
  for (const f of checks.flags) {
    const a = author(f.author);
    if (a === undefined) continue;
    flags.push({ ...f, author: a, papers: to.authors.paperCount[a]! });
  }
  return { suggestions, flags };
}
