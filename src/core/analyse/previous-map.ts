/**
 * A build that starts from the map the user knew (an Apply of who-is-who decisions in the explorer, the CLI's
 * `--previous`): which author and paper of the new build each one was on the previous map, and which new community
 * continues which old one, so the layout and the communities' numbers, colours and labels carry over where the
 * decisions did not change them. Pure; no I/O.
 */
import type { Bundle, BundleCommunity } from '../bundle/types';

/**
 * The previous map's columns a build needs to start from it: the bundle's (`Bundle`), as the explorer holds it or
 * as `bundle.json` has it. Positions in layout units (the bundle's x/y).
 */
export interface PreviousMap {
  authors: Pick<Bundle['authors'], 'name' | 'paperCount' | 'community' | 'x' | 'y'>;
  papers: Pick<Bundle['papers'], 'title' | 'year' | 'authors' | 'community' | 'x' | 'y'>;
  communities: readonly Pick<BundleCommunity, 'label' | 'terms' | 'x' | 'y'>[];
}

/** Each new author and paper against the previous map (`nodesOnPreviousMap`). */
export interface PreviousNodes {
  /** Per new author: the previous map's author it continues (-1: none, a new person such as a split's part). */
  authorOld: Int32Array;
  /** Per new author: 1 when it is laid out again (new, or its papers are not those it had: a merge, a split). */
  authorChanged: Uint8Array;
  /** Per new paper: the previous map's paper (-1: none). */
  paperOld: Int32Array;
  /** Per new paper: 1 when its byline's people are not those it had (a merge or split renamed one), or it is new. */
  paperChanged: Uint8Array;
}

/**
 * Which author and paper of the previous map each new one is. A paper is the previous map's paper of the same
 * index when both lists have the same titles in the same order (a rebuild reads the same paper lists), else the
 * first one of the same title and year not taken. An author is the previous author of the same display name or of
 * one of its other spellings (`aliases`: a merge's spellings); of several (a merge), the one with the most papers
 * (ties: the same name, then the lowest index), so a merged person starts where the larger part was. A person
 * none of whose names was on the previous map (a split's new person) continues no one. O(authors + authorships);
 * throws nothing.
 */
export function nodesOnPreviousMap(
  previous: PreviousMap,
  people: readonly { name: string; aliases: readonly string[] }[],
  papers: readonly { title: string; year?: number | null }[],
  paperAuthors: readonly (readonly number[])[],
): PreviousNodes {
  const old = previous;
  const nOld = old.authors.name.length;
  const oldByName = new Map<string, number>();
  for (let a = 0; a < nOld; a++) if (!oldByName.has(old.authors.name[a]!)) oldByName.set(old.authors.name[a]!, a);
  const authorOld = new Int32Array(people.length).fill(-1);
  people.forEach((person, i) => {
    let best = oldByName.get(person.name) ?? -1;
    for (const alias of person.aliases) {
      const a = oldByName.get(alias);
      if (a === undefined) continue;
      if (best === -1 || old.authors.paperCount[a]! > old.authors.paperCount[best]!) best = a;
    }
    authorOld[i] = best;
  });
  const paperOld = new Int32Array(papers.length).fill(-1);
  const sameOrder = papers.length === old.papers.title.length && papers.every((p, j) => p.title === old.papers.title[j]);
  if (sameOrder) for (let j = 0; j < papers.length; j++) paperOld[j] = j;
  else {
    const byKey = new Map<string, number[]>();
    old.papers.title.forEach((t, j) => {
      const key = `${old.papers.year[j] ?? ''}\u0000${t}`;
      const list = byKey.get(key);
      if (list) list.push(j);
      else byKey.set(key, [j]);
    });
    papers.forEach((p, j) => {
      const list = byKey.get(`${p.year ?? ''}\u0000${p.title}`);
      if (list?.length) paperOld[j] = list.shift()!;
    });
  }
  // a paper is changed when its byline's people are not the previous ones (by name)
  const paperChanged = new Uint8Array(papers.length);
  const authorChanged = new Uint8Array(people.length);
  const newPapersOf = new Int32Array(people.length);
  for (let j = 0; j < papers.length; j++) {
    const o = paperOld[j]!;
    const now = paperAuthors[j]!;
    for (const a of now) newPapersOf[a]!++;
    if (o < 0) {
      paperChanged[j] = 1;
      for (const a of now) authorChanged[a] = 1;
      continue;
    }
    const was = old.papers.authors[o]!;
    let same = was.length === now.length;
    for (let k = 0; same && k < now.length; k++) same = old.authors.name[was[k]!] === people[now[k]!]!.name;
    if (!same) {
      paperChanged[j] = 1;
      for (const a of now) if (authorOld[a]! < 0 || old.authors.name[authorOld[a]!] !== people[a]!.name || !was.includes(authorOld[a]!)) authorChanged[a] = 1;
    }
  }
  people.forEach((person, i) => {
    const o = authorOld[i]!;
    if (o < 0 || old.authors.name[o] !== person.name || old.authors.paperCount[o] !== newPapersOf[i]) authorChanged[i] = 1;
  });
  return { authorOld, authorChanged, paperOld, paperChanged };
}

/**
 * Where community detection starts from on a build from a previous map (`detectCommunities`' `initial`): each
 * author in the previous community of the author it continues (`authorOld`), an author new to the map in a
 * community of its own (labels from the previous map's count up). Throws nothing.
 */
export function previousPartition(authorOld: Int32Array, previous: PreviousMap): Int32Array {
  const oldCount = previous.communities.length;
  return Int32Array.from(authorOld, (o, a) => (o >= 0 ? previous.authors.community[o]! : oldCount + a));
}

/**
 * The authors a build from a previous map lets change community (`detectCommunities`' `warm.movable`): those laid
 * out again (`authorChanged`: new, merged, split) and their co-authors (`source`/`target`: the co-author links, author
 * indices), whose links the decisions changed; everyone else keeps the previous map's community. 1 per author.
 * O(authors + links); throws nothing.
 */
export function movableAuthors(authorChanged: Uint8Array, source: ArrayLike<number>, target: ArrayLike<number>): Uint8Array {
  const movable = Uint8Array.from(authorChanged);
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (authorChanged[s]) movable[t] = 1;
    if (authorChanged[t]) movable[s] = 1;
  }
  return movable;
}

/** How the new communities continue the previous map's (`matchCommunities`). */
export interface CommunityMatch {
  /** Per author, the community renumbered: a community that continues an old one has the old one's number where it can. */
  ofAuthor: number[];
  /** Per community (new numbers): the old community it continues (-1: none, a community the decisions made). */
  continues: Int32Array;
  /**
   * Per community (new numbers): the old community holding most of its authors, whether it continues it or not
   * (-1: none of its authors was on the previous map): where it was on the map.
   */
  home: Int32Array;
}

/** Communities whose authors overlap an old community's by less than this Jaccard index are new ones. */
export const MATCH_MIN_JACCARD = 0.5;

/**
 * Matches the new communities (`ofAuthor`, 0 .. count - 1, numbered largest first) to the previous map's by their
 * authors (`authorOld`: each new author's previous author, -1 for none; old authors' communities from `previous`):
 * one to one, the pairs of highest Jaccard index |A∩B| / |A∪B| first (ties: lower new, then lower old number), a pair
 * kept from `MATCH_MIN_JACCARD`. A community that continues old community k is numbered k when k < count (so it
 * keeps its colour and its card's number); the others (new communities, and those whose old number is count or
 * more) take the numbers left free, largest first, so the numbers stay 0 .. count - 1 and, as the old ones were, nearly
 * largest first. Deterministic; O(authors + pairs log pairs); throws nothing.
 */
export function matchCommunities(ofAuthor: readonly number[], count: number, authorOld: Int32Array, previous: PreviousMap): CommunityMatch {
  const oldCount = previous.communities.length;
  const oldSize = new Int32Array(oldCount);
  for (const c of previous.authors.community) oldSize[c]!++;
  const newSize = new Int32Array(count);
  const overlap = new Map<number, number>();
  ofAuthor.forEach((c, a) => {
    newSize[c]!++;
    const o = authorOld[a]!;
    if (o < 0) return;
    const key = c * oldCount + previous.authors.community[o]!;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  });
  const pairs: { c: number; k: number; jaccard: number; shared: number }[] = [];
  for (const [key, shared] of overlap) {
    const c = Math.floor(key / oldCount);
    const k = key % oldCount;
    pairs.push({ c, k, shared, jaccard: shared / (newSize[c]! + oldSize[k]! - shared) });
  }
  pairs.sort((p, q) => q.jaccard - p.jaccard || p.c - q.c || p.k - q.k);
  const continues = new Int32Array(count).fill(-1);
  const home = new Int32Array(count).fill(-1);
  const homeShared = new Int32Array(count);
  const oldTaken = new Uint8Array(oldCount);
  for (const { c, k, jaccard, shared } of pairs) {
    if (shared > homeShared[c]! || (shared === homeShared[c]! && k < home[c]!)) {
      home[c] = k;
      homeShared[c] = shared;
    }
    if (jaccard < MATCH_MIN_JACCARD || continues[c]! >= 0 || oldTaken[k]) continue;
    continues[c] = k;
    oldTaken[k] = 1;
  }
  // numbers: an old one's where it is free and below count, the rest in the free numbers in order
  const renumber = new Int32Array(count).fill(-1);
  const used = new Uint8Array(count);
  for (let c = 0; c < count; c++) {
    const k = continues[c]!;
    if (k >= 0 && k < count) {
      renumber[c] = k;
      used[k] = 1;
    }
  }
  let free = 0;
  for (let c = 0; c < count; c++) {
    if (renumber[c]! >= 0) continue;
    while (used[free]) free++;
    renumber[c] = free;
    used[free] = 1;
  }
  const outContinues = new Int32Array(count).fill(-1);
  const outHome = new Int32Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    outContinues[renumber[c]!] = continues[c]!;
    outHome[renumber[c]!] = home[c]!;
  }
  return { ofAuthor: ofAuthor.map((c) => renumber[c]!), continues: outContinues, home: outHome };
}

/**
 * The communities' labels with the previous map's carried over: a community that continues an old one
 * (`continues[c]` ≥ 0) gets the old label and terms; the others keep `labels`/`terms` as worked out, a label an old
 * one carried over already has getting " (2)", " (3)"… so no two communities read the same. Returns new arrays;
 * throws nothing.
 */
export function carryLabels(labels: readonly string[], terms: readonly (readonly string[])[], continues: Int32Array, previous: PreviousMap): { labels: string[]; terms: string[][] } {
  const outLabels = labels.slice();
  const outTerms = terms.map((t) => t.slice());
  const taken = new Set<string>();
  continues.forEach((k, c) => {
    if (k < 0) return;
    outLabels[c] = previous.communities[k]!.label;
    outTerms[c] = previous.communities[k]!.terms.slice();
    taken.add(outLabels[c]!);
  });
  continues.forEach((k, c) => {
    if (k >= 0) return;
    const base = outLabels[c]!;
    let label = base;
    for (let n = 2; taken.has(label); n++) label = `${base} (${n})`;
    outLabels[c] = label;
    taken.add(label);
  });
  return { labels: outLabels, terms: outTerms };
}
