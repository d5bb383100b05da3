/**
 * A build started from the map the user knew (`previous`: what Apply in the explorer passes): after one merge, the
 * authors it does not concern stay where they were, every community reads as before (same number, so the same
 * colour, and the same label), the merged person starts where the part with more papers was; undone, the map is
 * the first one again. Invented data: eight research groups with words of their own, a few links between them.
 */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/core/bundle/types';
import { matchCommunities, nodesOnPreviousMap } from '../../../src/core/analyse/previous-map';
import { buildText } from '../helpers';

const TOPICS = [
  ['glacier', 'meltwater', 'icesheet'],
  ['protein', 'folding', 'chaperone'],
  ['volcano', 'magma', 'eruption'],
  ['neutrino', 'detector', 'oscillation'],
  ['coral', 'reef', 'bleaching'],
  ['compiler', 'register', 'allocation'],
  ['malaria', 'parasite', 'vaccine'],
  ['quantum', 'qubit', 'entanglement'],
];
const GIVEN = ['Ana', 'Boris', 'Chen', 'Dana', 'Emil', 'Farah', 'Gus'];
const FAMILY = ['Abel', 'Brook', 'Costa', 'Dunn', 'Egan', 'Frey', 'Gale', 'Hart'];

/** A JSON Lines paper list: group g's authors "<given> <family g>", 10 papers each, some with a neighbour group's author. */
function corpus(): string {
  let state = 12345;
  const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const lines: string[] = [];
  TOPICS.forEach((words, g) => {
    const people = GIVEN.map((n) => `${n} ${FAMILY[g]}`);
    for (let k = 0; k < 10; k++) {
      const authors = people.filter(() => rand() < 0.45);
      while (authors.length < 2) authors.push(people[Math.floor(rand() * people.length)]!);
      if (k === 0) authors.push(`${GIVEN[0]} ${FAMILY[(g + 1) % TOPICS.length]}`);
      const title = `${words[k % 3]} ${words[(k + 1) % 3]} study ${k + 1} of ${words[(k + 2) % 3]}`;
      lines.push(JSON.stringify({ id: `g${g}p${k}`, title, authors: [...new Set(authors)], year: 2010 + (k % 8), venue: 'Journal', doi: null }));
    }
  });
  return `${lines.join('\n')}\n`;
}

const TEXT = corpus();
const first = buildText('groups.jsonl', TEXT);
const b0 = first.bundle;
// the merge: group 0's two authors with the most papers are one person, named as the one with more
const [KEEP, MERGE] = b0.authors.name
  .map((name, a) => ({ name, papers: b0.authors.paperCount[a]! }))
  .filter((x) => x.name.endsWith(' Abel'))
  .sort((p, q) => q.papers - p.papers || p.name.localeCompare(q.name))
  .filter((x, k, all) => k === 0 || x.papers < all[0]!.papers)
  .map((x) => x.name) as [string, string];
const aliases = { name: 'aliases.tsv', text: `${MERGE}\t${KEEP}\n` };
const merged = buildText('groups.jsonl', TEXT, { aliases, previous: b0 });
const b1 = merged.bundle;

/** The largest distance across the map's authors (layout units). */
function extent(b: Bundle): number {
  const xs = b.authors.x;
  const ys = b.authors.y;
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Each named author's distance from where they were on `before`, over the map's extent. */
function displacements(before: Bundle, after: Bundle, skip: readonly string[]): number[] {
  const at = new Map(before.authors.name.map((n, i) => [n, i]));
  const e = extent(before);
  const out: number[] = [];
  after.authors.name.forEach((n, i) => {
    const o = at.get(n);
    if (o === undefined || skip.includes(n)) return;
    out.push(Math.hypot(after.authors.x[i]! - before.authors.x[o]!, after.authors.y[i]! - before.authors.y[o]!) / e);
  });
  return out.sort((p, q) => p - q);
}

/** Each community's authors, sorted, by number. */
const membersOf = (b: Bundle) => b.communities.map((_, c) => b.authors.name.filter((_, a) => b.authors.community[a] === c).sort().join('|'));

describe('a build from the previous map, after one merge', () => {
  it('has the merge and says it started from the previous map', () => {
    expect(b0.authors.name).toContain(MERGE);
    expect(b1.authors.name).not.toContain(MERGE);
    expect(b1.authors.name.length).toBe(b0.authors.name.length - 1);
    expect(merged.report.previousMap).toBeDefined();
    expect(merged.report.previousMap!.authorsLaidOutAgain).toBeGreaterThanOrEqual(1);
  });

  it('keeps every author the merge does not concern where they were', () => {
    const d = displacements(b0, b1, [KEEP, MERGE]);
    expect(d.length).toBe(b0.authors.name.length - 2);
    // the median, and most of them: not moved at all (to the bundle's 2 decimals)
    expect(d[Math.floor(d.length / 2)]!).toBeLessThan(0.02);
    expect(d[Math.floor(d.length / 2)]!).toBe(0);
    // the authors of every community the merge does not touch: each where it was
    const at = new Map(b0.authors.name.map((n, i) => [n, i]));
    const touched = new Set([KEEP, MERGE].map((n) => b0.authors.community[b0.authors.name.indexOf(n)]!));
    expect(touched.size).toBeLessThan(b0.communities.length);
    for (let i = 0; i < b1.authors.name.length; i++) {
      const name = b1.authors.name[i]!;
      const o = at.get(name)!;
      if (name === KEEP || touched.has(b0.authors.community[o]!)) continue;
      // (a disc the merge made larger may push its neighbours' discs a little)
      expect(Math.hypot(b1.authors.x[i]! - b0.authors.x[o]!, b1.authors.y[i]! - b0.authors.y[o]!) / extent(b0), name).toBeLessThan(0.01);
    }
  });

  it('starts the merged person where the part with more papers was', () => {
    const keep0 = b0.authors.name.indexOf(KEEP);
    const merge0 = b0.authors.name.indexOf(MERGE);
    expect(b0.authors.paperCount[keep0]!).toBeGreaterThan(b0.authors.paperCount[merge0]!);
    const keep1 = b1.authors.name.indexOf(KEEP);
    const fromKeep = Math.hypot(b1.authors.x[keep1]! - b0.authors.x[keep0]!, b1.authors.y[keep1]! - b0.authors.y[keep0]!);
    const fromMerge = Math.hypot(b1.authors.x[keep1]! - b0.authors.x[merge0]!, b1.authors.y[keep1]! - b0.authors.y[merge0]!);
    expect(fromKeep).toBeLessThan(fromMerge);
    expect(fromKeep / extent(b0)).toBeLessThan(0.05);
  });

  it('keeps each community its number (its colour) and its label', () => {
    expect(b1.communities.length).toBe(b0.communities.length);
    const m0 = membersOf(b0);
    const m1 = membersOf(b1);
    b0.communities.forEach((c, k) => {
      // a community without the two merged names has the same authors under the same number
      if (!m0[k]!.split('|').some((n) => n === KEEP || n === MERGE)) expect(m1[k], `community ${k}`).toBe(m0[k]);
      expect(b1.communities[k]!.label, `community ${k}`).toBe(c.label);
      expect(b1.communities[k]!.terms).toEqual(c.terms);
    });
    expect(merged.report.previousMap!.communitiesContinued).toBe(b0.communities.length);
  });

  it('is the same for the same input and previous map', () => {
    const again = buildText('groups.jsonl', TEXT, { aliases, previous: b0 });
    expect(JSON.stringify(again.bundle)).toBe(JSON.stringify(b1));
  });

  it('undone (built again without the merge, from the merged map), gives the first map back', () => {
    const undone = buildText('groups.jsonl', TEXT, { previous: b1 });
    const d = displacements(b0, undone.bundle, [KEEP, MERGE]);
    expect(d[Math.floor(d.length / 2)]!).toBe(0);
    expect(undone.bundle.communities.map((c) => c.label)).toEqual(b0.communities.map((c) => c.label));
    // the part the merge took starts beside its papers, around the person it was merged into
    const back = undone.bundle.authors.name.indexOf(MERGE);
    const keep1 = b1.authors.name.indexOf(KEEP);
    const dist = Math.hypot(undone.bundle.authors.x[back]! - b1.authors.x[keep1]!, undone.bundle.authors.y[back]! - b1.authors.y[keep1]!);
    expect(dist / extent(b1)).toBeLessThan(0.2);
  });
});

describe('a build from the previous map, after one split', () => {
  it('starts the new person beside the papers it takes, around the original, and leaves the others where they were', () => {
    const who = b0.authors.name.indexOf(KEEP);
    const theirs = b0.papers.title.filter((_, p) => b0.papers.authors[p]!.includes(who));
    const moved = theirs.slice(0, 2);
    const lines = moved.map((title) => `${KEEP}\t${KEEP} (2)\t${title}`).join('\n');
    const split = buildText('groups.jsonl', TEXT, { aliases: { name: 'aliases.tsv', text: `${lines}\n` }, previous: b0 }).bundle;
    const part = split.authors.name.indexOf(`${KEEP} (2)`);
    expect(part).toBeGreaterThanOrEqual(0);
    const fromOriginal = Math.hypot(split.authors.x[part]! - b0.authors.x[who]!, split.authors.y[part]! - b0.authors.y[who]!);
    expect(fromOriginal / extent(b0)).toBeLessThan(0.1);
    const d = displacements(b0, split, [KEEP]);
    expect(d[Math.floor(d.length / 2)]!).toBe(0);
    expect(split.communities.map((c) => c.label)).toEqual(b0.communities.map((c) => c.label));
  });
});

describe('matchCommunities', () => {
  it('gives a community that continues an old one the old number, and the free numbers to the others', () => {
    // old: communities 0 {a,b,c}, 1 {d,e}, 2 {f}; new (Leiden's numbers): 0 {d,e}, 1 {a,b,c,x}, 2 {f}, 3 {g} (a new person)
    const previous = {
      authors: { name: ['a', 'b', 'c', 'd', 'e', 'f'], paperCount: [1, 1, 1, 1, 1, 1], community: [0, 0, 0, 1, 1, 2], x: [0, 0, 0, 0, 0, 0], y: [0, 0, 0, 0, 0, 0] },
      papers: { title: [], year: [], authors: [], community: [], x: [], y: [] },
      communities: [0, 1, 2].map((k) => ({ label: `L${k}`, terms: [], x: 0, y: 0 })),
    };
    const people = ['d', 'e', 'a', 'b', 'c', 'x', 'f', 'g'].map((name) => ({ name, aliases: [] }));
    const nodes = nodesOnPreviousMap(previous, people, [], []);
    expect([...nodes.authorOld]).toEqual([3, 4, 0, 1, 2, -1, 5, -1]);
    const m = matchCommunities([0, 0, 1, 1, 1, 1, 2, 3], 4, nodes.authorOld, previous);
    // {d,e} -> 1, {a,b,c,x} -> 0 (Jaccard 3/4), {f} -> 2; {g} continues none and takes the number left, 3
    expect(m.ofAuthor).toEqual([1, 1, 0, 0, 0, 0, 2, 3]);
    expect([...m.continues]).toEqual([0, 1, 2, -1]);
  });
});
