/**
 * npm run eval:homonym-calibrate [-- TRUTH.jsonl CORPUS.jsonl] [--seeds 3] [--body 5] [--abstracts] [--dump FILE]
 *
 * Measures the evidence model of the "may be N different people" claim (`BODY_RATES`, `CLUSTER_RATES` in
 * src/core/queries/homonyms.ts) from two kinds of confirmed cases, neither of them one of the names scored:
 *  - one person: every person of the built corpus whose name is rare (under 0.003 other people expected with it)
 *    and whose author positions all carry one Anthology person id that is not a
 *    catch-all: their side groups are one person's;
 *  - different people: artificial homonyms. Pairs of those people with the same surname (never co-authors) are put under one name (the
 *    second one's positions renamed to the first one's name) and the corpus is rebuilt, as often as `--seeds`;
 *    a side group or body of work whose papers are mostly the other person's is a namesake's.
 * For each size of the person's largest cluster (or body of work) it prints how many side clusters (bodies) of
 * each size one person has on average (the own rate) and how many a namesake brings (the namesake rate, per
 * namesake), and, pooled over sizes, how the two differ in topic similarity, a venue in common and overlapping
 * years (likelihood ratios, add-½ smoothed). The posterior odds that a side cluster is a namesake's are then
 * λ · namesake rate / own rate · the ratios, λ the namesakes expected for the name (name-commonness.ts).
 * Names are halved by a hash: the model is fitted on one half and its claims checked on the other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_CATCH_ALLS, nameHalf, parseTruth, prepareCorpus, preparePapers, truthAndCorpus, truthOfPeople, type PreparedCorpus } from './lib/name-eval';
import { bodiesOfWork, coauthorDistance, splitPersonCandidates, venueFamily } from '../src/core/queries/homonyms';
import { namePrior } from '../src/core/queries/name-commonness';
import { linkBetween } from '../src/core/bundle/indices';
import { topicIndex, topicSimilarity, topicVector } from '../src/core/queries/topics';
import { mulberry32 } from '../src/core/util/random';
import type { Abstracts, Bundle } from '../src/core/bundle/types';
import { foldName, parseName } from '../src/core/names/index';
import { paperYearRange } from '../src/core/bundle/years';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: 'string', default: '3' }, body: { type: 'string', default: '5' }, json: { type: 'boolean' }, dump: { type: 'string' }, abstracts: { type: 'boolean' } },
});
const { truthPath, corpusPath } = truthAndCorpus('eval:homonym-calibrate', positionals);
const seeds = Number(values.seeds) || 3;
const bodyPapers = Number(values.body) || 5;
const useAbstracts = !!values.abstracts;

const prep = prepareCorpus({ name: corpusPath, text: readFileSync(corpusPath, 'utf8') }, parseTruth(truthPath, readFileSync(truthPath, 'utf8')));
const b0 = prep.bundle;
const ids = truthOfPeople(prep);
const catchAlls = new Set(DEFAULT_CATCH_ALLS);
const pool: number[] = [];
for (let a = 0; a < b0.authors.name.length; a++) {
  const prior = namePrior(b0, a);
  if (prior.expectedInDataset >= 0.003) continue;
  const own = [...ids[a]!.keys()];
  if (own.length !== 1 || catchAlls.has(own[0]!)) continue;
  pool.push(a);
}
const half = (name: string) => nameHalf(name);

/** One side cluster (or body) against the person's largest. */
interface Side {
  level: 'cluster' | 'body';
  main: number;
  size: number;
  sim: number;
  sharedVenue: boolean;
  yearsOverlap: boolean;
  /** Bodies only: co-author distance (`coauthorDistance`, -1 for clusters). */
  dist: number;
  /** Share of its papers whose venue family (`venueFamily`) the main one has too. */
  familyShare: number;
  namesake: boolean;
  half: number;
  /**
   * Byline roles (papers with 2+ authors): [first author, last author, papers] in the main body, then in this one.
   * Measured with --dump (a student in one body and a senior author in the other at the same time is hard for one
   * person); not in the model.
   */
  roles: [number, number, number, number, number, number];
}
/** One person (real, or an artificial homonym): the size of the largest cluster and body. */
interface Person {
  mainCluster: number;
  mainBody: number;
  merged: boolean;
  half: number;
}
const sides: Side[] = [];
const persons: Person[] = [];

/** Facts of `author` in `bundle`; `origin(p)` tells whose a paper is (0: the person's, 1: the namesake's). */
const familiesOf = new WeakMap<Bundle, string[]>();
function collect(bundle: Bundle, abstracts: Abstracts, author: number, origin: ((p: number) => number) | null, h: number) {
  // with --abstracts everything (groups joined by topic, bodies, similarity) uses titles + abstracts, as the queries do when given them
  const text = useAbstracts ? abstracts : null;
  const index = topicIndex(bundle, text);
  let families = familiesOf.get(bundle);
  if (!families) familiesOf.set(bundle, (families = bundle.venues.map(venueFamily)));
  const split = splitPersonCandidates(bundle, author, text);
  const byCluster = new Map<number, number[]>();
  for (const g of split.groups) byCluster.set(g.cluster, [...(byCluster.get(g.cluster) ?? []), ...g.papers]);
  const clusters = [...byCluster.values()].sort((x, y) => y.length - x.length || Math.min(...x) - Math.min(...y));
  const bodies = bodiesOfWork(bundle, split, text, bodyPapers);
  const whose = (papers: number[]) => (origin ? (papers.filter((p) => origin(p) === 1).length * 2 > papers.length ? 1 : 0) : 0);
  const years = (papers: number[]) => paperYearRange(bundle, papers);
  const add = (level: Side['level'], lists: number[][]) => {
    if (!lists.length) return;
    const main = lists[0]!;
    const mv = topicVector(index, main);
    const venues = new Set(main.map((p) => bundle.papers.venue[p]).filter((v) => v != null));
    const familyOf = (p: number) => (bundle.papers.venue[p] == null ? null : families[bundle.papers.venue[p]!]!);
    const mainFamilies = new Set(main.map(familyOf).filter((f) => f != null));
    const y0 = years(main);
    const mainOrigin = whose(main);
    const roles = (papers: number[]) => {
      let first = 0;
      let last = 0;
      let n = 0;
      for (const p of papers) {
        const au = bundle.papers.authors[p]!;
        if (au.length < 2) continue;
        n++;
        if (au[0] === author) first++;
        else if (au[au.length - 1] === author) last++;
      }
      return [first, last, n] as const;
    };
    const mainRoles = roles(main);
    for (const s of lists.slice(1)) {
      const y1 = years(s);
      sides.push({
        level,
        main: main.length,
        size: s.length,
        sim: topicSimilarity(mv, topicVector(index, s)),
        sharedVenue: s.some((p) => bundle.papers.venue[p] != null && venues.has(bundle.papers.venue[p])),
        yearsOverlap: !!(y0 && y1 && y1[0] <= y0[1] && y0[0] <= y1[1]),
        dist: level === 'body' ? coauthorDistance(bundle, author, main, s) : -1,
        familyShare: (() => {
          const fs = s.map(familyOf).filter((f) => f != null);
          return fs.length ? fs.filter((f) => mainFamilies.has(f)).length / fs.length : -1;
        })(),
        namesake: whose(s) !== mainOrigin,
        half: h,
        roles: [...mainRoles, ...roles(s)],
      });
    }
  };
  add('cluster', clusters);
  add('body', bodies);
  persons.push({ mainCluster: clusters[0]?.length ?? 0, mainBody: bodies[0]?.length ?? 0, merged: origin !== null, half: h });
}

const t0 = performance.now();
for (const a of pool) collect(b0, prep.abstracts, a, null, half(b0.authors.name[a]!));
const realSides = sides.length;

// Artificial homonyms: pairs within one half (so a half's model never sees the other half's people).
for (let seed = 1; seed <= seeds; seed++) {
  const random = mulberry32(seed);
  const pairs: [number, number][] = [];
  // namesakes share a surname (and with it, often, a country and a community): pairs are made within a surname
  const bySurname = new Map<string, number[]>();
  for (const a of pool) {
    const key = `${half(b0.authors.name[a]!)}|${surname(b0.authors.name[a]!)}`;
    const list = bySurname.get(key);
    if (list) list.push(a);
    else bySurname.set(key, [a]);
  }
  for (const members of bySurname.values()) {
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    for (let i = 0; i + 1 < members.length; i += 2) if (linkBetween(b0, members[i]!, members[i + 1]!) < 0) pairs.push([members[i]!, members[i + 1]!]);
  }
  const renamed = rename(prep, pairs);
  const b1 = renamed.bundle;
  const byName = new Map<string, number>();
  b1.authors.name.forEach((n, i) => byName.set(n, i));
  const papersOf = paperSets(prep);
  for (const [a, bb] of pairs) {
    const m = byName.get(b0.authors.name[a]!);
    if (m === undefined) continue;
    const other = papersOf.get(bb)!;
    collect(b1, renamed.abstracts, m, (p) => (other.has(p) ? 1 : 0), half(b0.authors.name[a]!));
  }
}
const tDone = performance.now();
if (values.dump) writeFileSync(values.dump, JSON.stringify({ realSides, sides: sides.map((s, i) => ({ ...s, real: i < realSides })), persons }));

// ---- the model, fitted on a half (or on everything) ----
const CLUSTER_MAIN = [3, 15, Infinity]; // main cluster: 1–3, 4–15, 16+
const CLUSTER_SIDE = [1, 3, Infinity]; // side cluster: 1, 2–3, 4+
const BODY_MAIN = [9, 19, Infinity]; // main body: 5–9, 10–19, 20+
const BODY_SIDE = [9, Infinity]; // side body: 5–9, 10+
// similarity bins (groups at 0.2+ are joined); titles + abstracts share more words, so their bins are twice as wide
// (chosen on this calibration set: a namesake's body is under 0.05 ten times as often as one person's second body)
const SIM = useAbstracts ? [0.05, 0.1, 0.15, Infinity] : [0.02, 0.05, 0.1, Infinity];
const bin = (edges: number[], x: number) => edges.findIndex((e) => x <= e);
const simBin = (s: number) => SIM.findIndex((e) => s < e);

interface Model {
  bodyRate?: number; // namesake bodies per namesake / own side bodies per person (pooled over main sizes)
  bodySize?: number[]; // ratio per side-body size bin
  own: number[][]; // [main][side] own side clusters per person
  namesake: number[][]; // [main][side] namesake side clusters per namesake
  sim: number[]; // ratio per similarity bin
  venue: number[]; // [shared, not]
  years: number[]; // [overlap, not]
  distance: number[]; // bodies: co-author distance 2, 3, 4+ (measured and shown, not used: see below)
  family: number[]; // bodies: share of papers at a venue family of the main body's: half or more, some, none (not used)
  roles: number[]; // byline roles: [a first author in one and a last author in the other, not] (not used)
  counts: { persons: number[]; merges: number[]; own: number[][]; namesake: number[][]; ownSides: number; namesakeSides: number };
}

function fit(level: Side['level'], use: (h: number) => boolean): Model {
  const mainEdges = level === 'cluster' ? CLUSTER_MAIN : BODY_MAIN;
  const sideEdges = level === 'cluster' ? CLUSTER_SIDE : BODY_SIDE;
  const mainOf = (p: Person) => (level === 'cluster' ? p.mainCluster : p.mainBody);
  const persons0 = mainEdges.map(() => 0);
  const merges = mainEdges.map(() => 0);
  for (const p of persons) {
    if (!use(p.half) || mainOf(p) === 0) continue;
    (p.merged ? merges : persons0)[bin(mainEdges, mainOf(p))]!++;
  }
  const own = mainEdges.map(() => sideEdges.map(() => 0));
  const ns = mainEdges.map(() => sideEdges.map(() => 0));
  const S: Side[] = [];
  const F: Side[] = [];
  sides.forEach((s, i) => {
    if (s.level !== level || !use(s.half)) return;
    // own side clusters from the real people only (in a merge they are counted again); namesakes from merges
    if (i < realSides) {
      own[bin(mainEdges, s.main)]![bin(sideEdges, s.size)]!++;
      S.push(s);
    } else if (s.namesake) {
      ns[bin(mainEdges, s.main)]![bin(sideEdges, s.size)]!++;
      F.push(s);
    }
  });
  const rate = (c: number[][], d: number[]) => c.map((row, m) => row.map((x) => (x + 0.5) / (d[m]! + 1)));
  const ratio = (f: (s: Side) => number, k: number) => {
    const cs = new Array<number>(k).fill(0);
    const cf = new Array<number>(k).fill(0);
    for (const s of S) cs[f(s)]!++;
    for (const s of F) cf[f(s)]!++;
    return cs.map((_, i) => (cf[i]! + 0.5) / (F.length + 0.5 * k) / ((cs[i]! + 0.5) / (S.length + 0.5 * k)));
  };
  const sum = (x: number[]) => x.reduce((a, b) => a + b, 0);
  // a size bin with under 5 own side bodies says nothing measurable (0 own bodies of 10+ made a ratio of 6 from the
  // smoothing alone): its ratio is 1
  const sizeRatio = sideEdges.map((_, k) => {
    const o = sum(own.map((r) => r[k]!));
    return o < 5 ? 1 : (sum(ns.map((r) => r[k]!)) + 0.5) / (F.length + 1) / ((o + 0.5) / (S.length + 1));
  });
  return {
    bodyRate: (F.length + 0.5) / (sum(merges) + 1) / ((S.length + 0.5) / (sum(persons0) + 1)),
    bodySize: sizeRatio,
    own: rate(own, persons0),
    namesake: rate(ns, merges),
    sim: ratio((s) => simBin(s.sim), SIM.length),
    venue: ratio((s) => (s.sharedVenue ? 0 : 1), 2),
    years: ratio((s) => (s.yearsOverlap ? 0 : 1), 2),
    distance: level === 'body' ? ratio((s) => Math.min(s.dist, 4) - 2, 3) : [],
    family: level === 'body' ? ratio((s) => (s.familyShare >= 0.5 ? 0 : s.familyShare > 0 ? 1 : 2), 3) : [],
    roles: ratio((s) => (roleContrast(s) ? 0 : 1), 2),
    counts: { persons: persons0, merges, own, namesake: ns, ownSides: S.length, namesakeSides: F.length },
  };
}

/**
 * Posterior odds per namesake expected (λ = 1) that side `s` is a namesake's under `model`. Bodies of work are few
 * (one person has a second one about once in 40), so their rates are pooled over the main body's size (the ratio
 * varies little with it) and the side body's size enters as a ratio of its own.
 */
function odds(model: Model, s: Side): number {
  if (s.level === 'body') return model.bodyRate! * model.bodySize![bin(BODY_SIDE, s.size)]! * features(model, s);
  const m = bin(CLUSTER_MAIN, s.main);
  const k = bin(CLUSTER_SIDE, s.size);
  return (model.namesake[m]![k]! / model.own[m]![k]!) * features(model, s);
}
/**
 * A student in one body and a senior author in the other: first author on half or more of one's papers with 2+
 * authors, last author on half or more of the other's. Hard for one person at the same time, easy when one person
 * moves on (so years matter); measured, not in the model (see the printed ratio).
 */
function roleContrast(s: Side): boolean {
  const [mf, ml, mn, sf, sl, sn] = s.roles;
  if (!mn || !sn) return false;
  return (ml / mn >= 0.5 && sf / sn >= 0.5) || (mf / mn >= 0.5 && sl / sn >= 0.5);
}
const features = (model: Model, s: Side) => model.sim[simBin(s.sim)]! * model.venue[s.sharedVenue ? 0 : 1]! * model.years[s.yearsOverlap ? 0 : 1]!;

const r2 = (x: number) => Math.round(x * 1000) / 1000;
const out: string[] = [];
out.push(`${useAbstracts ? 'titles + abstracts' : 'titles'}; ${corpusPath}: ${pool.length} rarely named people with one Anthology id; ${seeds} rebuilds with artificial homonyms; body of work = ${bodyPapers}+ papers; ${((tDone - t0) / 1000).toFixed(1)} s`);
for (const level of ['cluster', 'body'] as const) {
  const model = fit(level, () => true);
  out.push(`\n[${level}] persons per main bin ${JSON.stringify(model.counts.persons)}, merges ${JSON.stringify(model.counts.merges)}; own sides ${model.counts.ownSides}, namesake sides ${model.counts.namesakeSides}`);
  out.push(`  own counts ${JSON.stringify(model.counts.own)}; namesake counts ${JSON.stringify(model.counts.namesake)}`);
  out.push(`  own rate ${JSON.stringify(model.own.map((r) => r.map(r2)))}`);
  out.push(`  namesake rate ${JSON.stringify(model.namesake.map((r) => r.map(r2)))}`);
  if (level === 'body') {
    out.push(`  pooled: rate ratio ${r2(model.bodyRate!)}; side size ratio ${JSON.stringify(model.bodySize!.map(r2))} (1: under 5 own side bodies of that size)`);
    // co-author distance (coauthorDistance) is measured but not in the model: same-surname namesakes are closer in
    // the network than one person's own second body (one community, one country), and with it the held-out check
    // gained nothing
    out.push(`  co-author distance [2, 3, 4+] ratio ${JSON.stringify(model.distance.map(r2))} (not used)`);
    // venue families (venueFamily: the series, whatever the year) instead of one venue in common did as well held out,
    // within the noise of 64 one-person bodies: measured, not used
    out.push(`  papers at a venue family of the main body's [half or more, some, none] ratio ${JSON.stringify(model.family.map(r2))} (not used)`);
  }
  // byline roles (a student in one, a senior author in the other): rare among these people's bodies either way
  // (about 1 in 60 one-person second bodies, 1 in 25 namesakes'), a ratio resting on a handful of cases
  out.push(`  byline roles [first author in one, last in the other; not] ratio ${JSON.stringify(model.roles.map(r2))} (not used)`);
  out.push(`  similarity ratio (bins < ${SIM.join(', <')}) ${JSON.stringify(model.sim.map(r2))}; venue in common [yes, no] ${JSON.stringify(model.venue.map(r2))}; years overlap [yes, no] ${JSON.stringify(model.years.map(r2))}`);
  // held-out: fit on one half, check on the other at λ = 1 (one namesake expected): the own sides of the real people
  // and the namesake sides of the merges, weighted by how often each arises, claimed at posterior odds ≥ 1.
  for (const h of [0, 1]) {
    const fitted = fit(level, (x) => x === h);
    const test = sides.filter((s, i) => s.level === level && s.half !== h && (i < realSides || s.namesake));
    const tPersons = persons.filter((p) => p.half !== h && !p.merged && (level === 'cluster' ? p.mainCluster : p.mainBody) > 0).length;
    const tMerges = persons.filter((p) => p.half !== h && p.merged && (level === 'cluster' ? p.mainCluster : p.mainBody) > 0).length;
    let claimedOwn = 0;
    let claimedNs = 0;
    let totalNs = 0;
    test.forEach((s) => {
      const isNs = sides.indexOf(s) >= realSides;
      // per person: own sides arrive once per real person, namesake sides once per namesake (λ = 1): weight by 1/count
      const w = isNs ? 1 / tMerges : 1 / tPersons;
      if (isNs) totalNs += w;
      if (odds(fitted, s) >= 1) {
        if (isNs) claimedNs += w;
        else claimedOwn += w;
      }
    });
    out.push(
      `  fitted on half ${h}, checked on half ${1 - h} at one namesake expected: claimed sides per person ${r2(claimedOwn + claimedNs)}, precision ${r2(claimedNs / Math.max(1e-9, claimedOwn + claimedNs))}, recall ${r2(claimedNs / Math.max(1e-9, totalNs))}`,
    );
  }
}
process.stdout.write(out.join('\n') + '\n');

/** The corpus rebuilt with each pair's second person's positions renamed to the first person's name. */
function rename(p: PreparedCorpus, pairs: [number, number][]): PreparedCorpus {
  const to = new Map<number, string>();
  for (const [a, bb] of pairs) to.set(bb, p.bundle.authors.name[a]!);
  const papers = p.papers.map((paper, j) => {
    const row = p.positionPeople[j]!;
    if (!row.some((person) => to.has(person))) return paper;
    return { ...paper, authors: paper.authors.map((name, k) => to.get(row[k]!) ?? name) };
  });
  return preparePapers('renamed', papers, []);
}

/** Each person's papers (indices of the original corpus, which the rebuild keeps). */
function paperSets(p: PreparedCorpus): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  p.positionPeople.forEach((row, j) => {
    for (const person of row) {
      let s = out.get(person);
      if (!s) out.set(person, (s = new Set()));
      s.add(j);
    }
  });
  return out;
}

function surname(name: string): string {
  return foldName(parseName(name, 'first-last').family);
}

