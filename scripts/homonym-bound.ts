/**
 * npm run eval:homonym-bound [-- TRUTH.jsonl CORPUS.jsonl] [--abstracts] [--list N]
 *
 * How high can the precision of "may be N different people" claims go against a truth file, for ANY rule that
 * weighs the evidence the corpus holds in the direction evidence points? A rule is monotone when a name whose
 * evidence is at least as strong on every count as a claimed name's is claimed too: more namesakes expected (λ,
 * name-commonness.ts), a side body (or group) at least as large, topics no more alike (title-word similarity,
 * or titles + abstracts with --abstracts), no more venues in common, and (bodies of work) as far apart in the
 * co-author network (`coauthorDistance`) and with years no more overlapping. Whatever its weights or threshold,
 * such a rule that claims a true homonym (positions with 2+ ids in the truth, as `npm run eval:names` counts)
 * claims every name that dominates it; the smallest claim set holding a given set of true homonyms is the union of
 * their dominators, and its precision is the ceiling for the set.
 *
 * It also calibrates on the truth itself, held out: the names are halved by a hash of the name (as eval:names'
 * split check), and (1) a claim threshold on the body-of-work probability (`BODY_MODEL`), (2) a logistic model of
 * the evidence, (3) the size from which a group is a body of work with the threshold, are each chosen on one half's
 * ids and scored on the other's.
 *
 * A seventh count is tried on top (the second bound printed): the venue-series affinity of the side against the
 * main body or cluster (`venueAffinity`: the highest share of authors two of their venue series have in common, the
 * person left out; lower is stronger: two research communities no one else in the dataset spans), and its likelihood
 * ratio is measured without any id (rare names' side clusters against random pairs of such people).
 *
 * Prints what README "Who is who, measured" quotes (the dominance ceiling, the held-out calibrations). Throws
 * nothing; exits 1 when a file is missing. Works out every name's evidence twice: about 5 minutes at load 20–30 on 2 cores.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { nameHalf, parseTruth, prepareCorpus, trueHomonyms, truthAndCorpus, truthOfPeople } from './lib/name-eval';
import { BODY_MODEL, BODY_PAPERS, CLAIM_PROBABILITY, bodiesOfWork, coauthorDistance, flagHomonyms, homonymEvidence, splitPersonCandidates, topicAbstracts, venueFamily } from '../src/core/queries/homonyms';
import { topicIndex, topicSimilarity, topicVector } from '../src/core/queries/topics';
import { paperYearRange } from '../src/core/bundle/years';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { abstracts: { type: 'boolean' }, list: { type: 'string', default: '0' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write('Usage: npm run eval:homonym-bound [-- TRUTH.jsonl CORPUS.jsonl] [--abstracts] [--list N]\n');
  process.exit(0);
}
const { truthPath, corpusPath } = truthAndCorpus('eval:homonym-bound', positionals);
const listN = Number(values.list) || 0;

const prep = prepareCorpus({ name: basename(corpusPath), text: readFileSync(corpusPath, 'utf8') }, parseTruth(truthPath, readFileSync(truthPath, 'utf8')));
const { bundle } = prep;
const ids = truthOfPeople(prep);
const homonyms = trueHomonyms(ids);
const abstracts = values.abstracts ? topicAbstracts(prep.abstracts) : null;
if (values.abstracts && !abstracts) process.stderr.write('homonym-bound: under half of the papers have an abstract; titles alone\n');
const name = (a: number) => bundle.authors.name[a]!;

/** The evidence of one side body (or side cluster) against the person's largest. */
interface Side {
  author: number;
  lambda: number;
  size: number;
  main: number;
  sim: number;
  venues: number;
  /** Bodies only (clusters: 2, what separates clusters at all): `coauthorDistance`, 5 = farther than 4 links. */
  dist: number;
  /** Years overlap the main body's (1) or not (0). */
  overlap: number;
  /** `venueAffinity` of its papers' venue series with the main body's (or cluster's); 1 when either has no venue. */
  aff: number;
  /** The model's probability that it is another person's (`BODY_MODEL` for bodies, the cluster's posterior for clusters). */
  probability: number;
  factors?: Record<string, number>;
}

// Authors of each venue series (venueFamily: the series whatever the year), for `venueAffinity`.
const seriesOf = bundle.venues.map((v) => venueFamily(v));
const seriesAuthors = new Map<string, Set<number>>();
bundle.papers.authors.forEach((authors, p) => {
  const v = bundle.papers.venue[p];
  if (v == null) return;
  const set = seriesAuthors.get(seriesOf[v]!) ?? new Set<number>();
  for (const a of authors) set.add(a);
  seriesAuthors.set(seriesOf[v]!, set);
});
/**
 * How much two sets of `person`'s papers share a research community through their venues: over every pair of their
 * venue series, the highest share of the smaller series' authors (the person left out) who also wrote in the other;
 * the same series counts 1. 0: no one else in the dataset wrote in both; 1 when either set has no venue. `person` may be
 * a list (everyone left out: a pair of people under an artificial shared name).
 */
function venueAffinity(person: number | readonly number[], a: readonly number[], b: readonly number[]): number {
  const left = new Set(typeof person === 'number' ? [person] : person);
  const series = (papers: readonly number[]) => [...new Set(papers.flatMap((p) => (bundle.papers.venue[p] == null ? [] : [seriesOf[bundle.papers.venue[p]!]!])))];
  const sa = series(a);
  const sb = series(b);
  if (!sa.length || !sb.length) return 1;
  let best = 0;
  for (const x of sa)
    for (const y of sb) {
      if (x === y) return 1;
      const [small, large] = ((u, v) => (u.size <= v.size ? [u, v] : [v, u]))(seriesAuthors.get(x)!, seriesAuthors.get(y)!);
      let shared = 0;
      let counted = 0;
      for (const c of small) {
        if (left.has(c)) continue;
        counted++;
        if (large.has(c)) shared++;
      }
      best = Math.max(best, shared / Math.max(1, counted));
    }
  return best;
}

const everyone = flagHomonyms(bundle, { minScore: -Infinity, abstracts });
const bodySides: Side[] = [];
const clusterSides: Side[] = [];
for (const f of everyone) {
  const raw = splitPersonCandidates(bundle, f.author, abstracts);
  const e = homonymEvidence(bundle, raw, abstracts, raw);
  const lambda = e.namesakes;
  const main = e.bodyFacts[0];
  e.bodyFacts.slice(1).forEach((b) => {
    const y0 = main!.years;
    const y = b.years;
    bodySides.push({
      author: f.author,
      lambda,
      size: b.papers.length,
      main: main!.papers.length,
      sim: b.topicSimilarity,
      venues: b.sharedVenues.length,
      dist: coauthorDistance(bundle, f.author, main!.papers, b.papers),
      overlap: y0 && y && y[0] <= y0[1] && y0[0] <= y[1] ? 1 : 0,
      aff: venueAffinity(f.author, main!.papers, b.papers),
      probability: b.probability,
      factors: b.factors as unknown as Record<string, number>,
    });
  });
  const c0 = e.clusters[0]!;
  e.clusters.slice(1).forEach((c) => {
    const y = c.years;
    const y0 = c0.years;
    clusterSides.push({
      author: f.author,
      lambda,
      size: c.papers.length,
      main: c0.papers.length,
      sim: c.topicSimilarity,
      venues: c.venues.filter((v) => c0.venues.includes(v)).length,
      dist: 2,
      overlap: y0 && y && y[0] <= y0[1] && y0[0] <= y[1] ? 1 : 0,
      aff: venueAffinity(f.author, c0.papers, c.papers),
      probability: e.probability,
    });
  });
}

process.stderr.write(`homonym-bound: ${bodySides.length} side bodies, ${clusterSides.length} side clusters\n`);

/** x is at least as strong evidence as t on every count (a monotone rule that claims t claims x). */
const dominates6 = (x: Side, t: Side) => x.lambda >= t.lambda && x.size >= t.size && x.sim <= t.sim && x.venues <= t.venues && x.dist >= t.dist && x.overlap <= t.overlap;
/** With the venue-series affinity as a seventh count (set by the second pass below). */
let withAffinity = false;
const dominates = (x: Side, t: Side) => dominates6(x, t) && (!withAffinity || x.aff <= t.aff);

/** Names a monotone rule must claim with `author` (the fewest, over which of its sides makes the claim). */
function dominators(sides: Side[], author: number): { set: Set<number>; side: Side } {
  let best: { set: Set<number>; side: Side } | null = null;
  for (const t of sides.filter((s) => s.author === author)) {
    const set = new Set<number>([author]);
    for (const x of sides) if (dominates(x, t)) set.add(x.author);
    if (!best || set.size < best.set.size) best = { set, side: t };
  }
  if (!best) throw new Error(`no side of ${name(author)}`);
  return best;
}

const f3 = (x: number) => x.toFixed(3);
const out: string[] = [];
out.push(`homonym-bound: ${basename(corpusPath)} against ${basename(truthPath)}; topics from ${abstracts ? 'titles + abstracts' : 'titles'}`);
const trueAll = [...homonyms].filter((a) => everyone.some((f) => f.author === a));
out.push(`names with 2+ clusters: ${everyone.length}; with 2+ bodies of work: ${new Set(bodySides.map((s) => s.author)).size} (${new Set(bodySides.filter((s) => homonyms.has(s.author)).map((s) => s.author)).size} true homonyms); true homonyms with 2+ clusters: ${trueAll.map(name).join(', ') || 'none'}`);
out.push('');
for (const pass of [false, true]) {
  withAffinity = pass;
  if (pass) out.push('');
  out.push(withAffinity ? 'The same with a seventh count, the venue-series affinity (`venueAffinity`: no more shared with the main\'s venue series):' : 'Dominance bound (a monotone rule that claims the name claims every name at least as strong on every count):');
  out.push(`| true homonym | level | its evidence (λ, side/main papers, similarity, venues in common, co-author distance, years overlap${withAffinity ? ', venue-series affinity' : ''}) | names it forces | of them true | ceiling |`);
  out.push('|---|---|---|---|---|---|');
  const forced = new Map<number, Set<number>>();
  for (const a of trueAll) {
    const onBodies = bodySides.some((s) => s.author === a);
    const sides = onBodies ? bodySides : clusterSides;
    const { set, side: t } = dominators(sides, a);
    forced.set(a, set);
    const right = [...set].filter((x) => homonyms.has(x)).length;
    out.push(
      `| ${name(a)} | ${onBodies ? 'body of work' : 'cluster'} | λ ${t.lambda.toFixed(2)}, ${t.size}/${t.main}, ${f3(t.sim)}, ${t.venues}, ${onBodies ? t.dist : '≥2'}, ${t.overlap ? 'yes' : 'no'}${withAffinity ? `, ${f3(t.aff)}` : ''} | ${set.size} | ${right} | ${f3(right / set.size)} |`,
    );
  }
  // the best set: any subset of the true homonyms forcing under 100 names each (a set with one forcing 100 or more
  // is at most (true homonyms)/100, printed below)
  const trues = [...forced.keys()].filter((a) => forced.get(a)!.size < 100);
  let best = { precision: 0, set: new Set<number>(), names: [] as string[] };
  for (let mask = 1; mask < 1 << trues.length; mask++) {
    const union = new Set<number>();
    const chosen: string[] = [];
    trues.forEach((a, i) => {
      if (mask & (1 << i)) {
        chosen.push(name(a));
        for (const x of forced.get(a)!) union.add(x);
      }
    });
    const right = [...union].filter((x) => homonyms.has(x)).length;
    const p = right / union.size;
    if (p > best.precision || (p === best.precision && union.size > best.set.size)) best = { precision: p, set: union, names: chosen };
  }
  out.push(`(true homonyms forcing 100+ names each: ${[...forced.keys()].filter((a) => forced.get(a)!.size >= 100).length}; a set with any of them is at most ${f3(forced.size / 100)})`);
  out.push(`best ceiling over every set of true homonyms: ${f3(best.precision)} (claiming ${best.names.join(', ')}: ${best.set.size} names, ${[...best.set].filter((x) => homonyms.has(x)).length} true)`);
  const required = [...forced.keys()].filter((a) => ['Yang Liu', 'Fei Liu', 'Bo Li', 'Yao Yao'].includes(name(a)));
  if (required.length) {
    const union = new Set<number>();
    for (const a of required) for (const x of forced.get(a)!) union.add(x);
    const right = [...union].filter((x) => homonyms.has(x)).length;
    out.push(`the issue's id-split names together (${required.map(name).join(', ')}): ${union.size} names forced, ${right} true: ceiling ${f3(right / union.size)}`);
  }
  if (listN > 0)
    for (const a of [...forced.keys()].filter((x) => forced.get(x)!.size <= 40)) {
      const others = [...forced.get(a)!].filter((x) => x !== a).slice(0, listN);
      out.push(`  ${name(a)} forces: ${others.map((x) => `${name(x)}${homonyms.has(x) ? ' (+)' : ''}`).join(', ')}`);
    }
}

// Is the venue-series affinity evidence at all? Its likelihood ratio measured without any id, as eval:homonym-ratios
// measures the cluster ratios: "one person" = the side clusters of people with a rare name (under 0.003 namesakes
// expected) against their largest; "different people" = one such person's largest cluster against another's side
// cluster (random pairs, both people left out; random pairs differ more than real namesakes, so this overstates).
{
  const rare = everyone.filter((f) => f.namesakes < 0.003).map((f) => {
    const raw = splitPersonCandidates(bundle, f.author, abstracts);
    const e = homonymEvidence(bundle, raw, abstracts, raw);
    return { a: f.author, main: e.clusters[0]!.papers, sides: e.clusters.slice(1).map((c) => c.papers) };
  });
  const one = rare.flatMap((r) => r.sides.map((side) => venueAffinity(r.a, r.main, side)));
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const different: number[] = [];
  for (let k = 0; k < 20000 && rare.length > 1; k++) {
    const x = rare[Math.floor(rnd() * rare.length)]!;
    const y = rare[Math.floor(rnd() * rare.length)]!;
    if (x === y || !y.sides.length) continue;
    different.push(venueAffinity([x.a, y.a], x.main, y.sides[Math.floor(rnd() * y.sides.length)]!));
  }
  const edges = [0, 0.02, 0.05, 0.1, 0.2, Infinity];
  const share = (xs: number[], i: number) => xs.filter((x) => x >= edges[i]! && x < edges[i + 1]!).length / Math.max(1, xs.length);
  out.push('');
  out.push(
    `Venue-series affinity as evidence (no id; ${one.length} one-person side clusters, ${different.length} random pairs): ` +
      edges
        .slice(0, -1)
        .map((lo, i) => `[${lo}, ${edges[i + 1] === Infinity ? '1' : edges[i + 1]}${edges[i + 1] === Infinity ? ']' : ')'}: ${f3(share(one, i))} vs. ${f3(share(different, i))}, ratio ${(share(different, i) / Math.max(1e-9, share(one, i))).toFixed(2)}`)
        .join('; '),
  );
}

// Calibration on the truth, held out: halves by a hash of the name.
out.push('');
out.push('Calibrated on the truth, held out (fitted on one half of the names by a hash, scored on the other):');
const half = (a: number) => nameHalf(name(a));
const byAuthor = new Map<number, Side>();
for (const s of bodySides) {
  const cur = byAuthor.get(s.author);
  if (!cur || s.probability > cur.probability) byAuthor.set(s.author, s);
}
const cases = [...byAuthor.values()];
const label = (s: Side) => (homonyms.has(s.author) ? 1 : 0);
for (const [fitOn, scoreOn] of [
  [0, 1],
  [1, 0],
] as const) {
  const train = cases.filter((s) => half(s.author) === fitOn);
  const test = cases.filter((s) => half(s.author) === scoreOn);
  // (1) the claim threshold on the model's probability that maximises precision on the training half (ties: more claims)
  const thresholds = [...new Set(train.map((s) => s.probability))].sort((x, y) => x - y);
  let t = 0.5;
  let bestP = -1;
  let bestN = 0;
  for (const th of thresholds) {
    const claimed = train.filter((s) => s.probability >= th);
    const p = claimed.filter((s) => label(s)).length / claimed.length;
    if (claimed.some((s) => label(s)) && (p > bestP || (p === bestP && claimed.length > bestN))) {
      bestP = p;
      bestN = claimed.length;
      t = th;
    }
  }
  const claimedT = test.filter((s) => s.probability >= t);
  // (2) logistic regression on the log factors (λ, size, topic similarity, venues in common, distance, overlap), L2
  const feats = (s: Side) => [1, Math.log(s.lambda + 0.01), Math.log(s.size), Math.log(s.main), s.sim, s.venues > 0 ? 1 : 0, s.dist, s.overlap];
  const w = logistic(train.map(feats), train.map(label), 1);
  const p = (s: Side) => 1 / (1 + Math.exp(-feats(s).reduce((acc, x, i) => acc + x * w[i]!, 0)));
  const claimedL = test.filter((s) => p(s) >= 0.5);
  const rankedL = [...test].sort((x, y) => p(y) - p(x));
  const fmt = (c: Side[]) => `${c.length} claims, ${c.filter(label).length} true (${c.length ? f3(c.filter(label).length / c.length) : '—'}): ${c.map((s) => `${name(s.author)}${label(s) ? '+' : ''}`).join(', ') || 'none'}`;
  out.push(
    `- fit on the ${fitOn ? 'odd' : 'even'} half (${train.length} names with 2+ bodies, ${train.filter(label).length} true), scored on the ${scoreOn ? 'odd' : 'even'} (${test.length}, ${test.filter(label).length} true):` +
      ` threshold ${t.toFixed(2)} → ${fmt(claimedT)}; logistic (at 1/2) → ${fmt(claimedL)}; logistic's top 4: ${fmt(rankedL.slice(0, 4))}`,
  );
}

// The other knob a truth could set: the size from which a group is a body of work (`BODY_PAPERS`), with the claim
// threshold. The body probability is recomputed as homonymEvidence does (BODY_MODEL: λ × rate × size × topics ×
// venue × years; no affiliations here), for bodies of k+ papers; chosen on one half (best precision with a true
// claim, ties: more claims), scored on the other.
out.push('');
out.push(`Body size and threshold chosen on the truth, held out (the explorer: ${BODY_PAPERS}+ papers, claimed from ${CLAIM_PROBABILITY}):`);
const model = abstracts ? BODY_MODEL.abstracts : BODY_MODEL.titles;
const index = topicIndex(bundle, abstracts);
const sizes = [3, 4, 5, 6, 7, 8];
/** Per body size: each name's likeliest side body probability (names with 2+ bodies of that size). */
const sweep = new Map<number, Map<number, number>>(sizes.map((k) => [k, new Map()]));
for (const f of everyone) {
  const raw = splitPersonCandidates(bundle, f.author, abstracts);
  if (raw.groups.filter((g) => g.papers.length >= sizes[0]!).length < 2) continue;
  const lambda = f.namesakes;
  for (const k of sizes) {
    const bodies = bodiesOfWork(bundle, raw, abstracts, k);
    if (bodies.length < 2) continue;
    const main = bodies[0]!;
    const v0 = topicVector(index, main);
    const venues0 = new Set(main.map((p) => bundle.papers.venue[p]));
    const y0 = paperYearRange(bundle, main);
    let none = 1;
    for (const b of bodies.slice(1)) {
      const sim = topicSimilarity(v0, topicVector(index, b));
      const bin = (edges: readonly number[], x: number, strict: boolean) => ((i) => (i < 0 ? edges.length : i))(edges.findIndex((e) => (strict ? x < e : x <= e)));
      const y = paperYearRange(bundle, b);
      const overlap = !!(y0 && y && y[0] <= y0[1] && y0[0] <= y[1]);
      const odds =
        lambda *
        model.rate *
        model.size[bin(model.sizeEdges, b.length, false)]! *
        model.similarity[bin(model.similarityEdges, sim, true)]! *
        model.venue[b.some((p) => bundle.papers.venue[p] != null && venues0.has(bundle.papers.venue[p])) ? 0 : 1]! *
        (y0 && y ? model.years[overlap ? 0 : 1]! : 1);
      none *= 1 - Math.round((odds / (1 + odds)) * 100) / 100;
    }
    sweep.get(k)!.set(f.author, Math.round((1 - none) * 100) / 100);
  }
}
const rule = (k: number, t: number, h: number) => [...sweep.get(k)!].filter(([a, p]) => half(a) === h && p >= t).map(([a]) => a);
const tally = (claimed: number[]) => ({ n: claimed.length, right: claimed.filter((a) => homonyms.has(a)).length });
out.push(
  `- claims per body size at ${CLAIM_PROBABILITY} (even half / odd half, true in brackets): ` +
    sizes
      .map((k) => {
        const e = tally(rule(k, CLAIM_PROBABILITY, 0));
        const o = tally(rule(k, CLAIM_PROBABILITY, 1));
        return `${k}+: ${e.n} (${e.right}) / ${o.n} (${o.right})`;
      })
      .join('; '),
);
let heldRight = 0;
let heldN = 0;
for (const [fitOn, scoreOn] of [
  [0, 1],
  [1, 0],
] as const) {
  let choice = { k: BODY_PAPERS, t: CLAIM_PROBABILITY, p: -1, n: 0 };
  for (const k of sizes)
    for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      const c = tally(rule(k, t, fitOn));
      if (!c.right) continue;
      const p = c.right / c.n;
      if (p > choice.p || (p === choice.p && c.n > choice.n)) choice = { k, t, p, n: c.n };
    }
  const test = rule(choice.k, choice.t, scoreOn);
  const c = tally(test);
  heldRight += c.right;
  heldN += c.n;
  out.push(
    `- chosen on the ${fitOn ? 'odd' : 'even'} half: bodies of ${choice.k}+ papers, claimed from ${choice.t} (there ${f3(choice.p)} of ${choice.n}); on the ${scoreOn ? 'odd' : 'even'} half: ${c.n} claims, ${c.right} true` +
      `${test.length ? `: ${test.map((a) => `${name(a)}${homonyms.has(a) ? '+' : ''}`).join(', ')}` : ''}`,
  );
}
out.push(`- held out, both halves: ${heldN} claims, ${heldRight} true: precision ${heldN ? f3(heldRight / heldN) : '—'}`);
process.stdout.write(out.join('\n') + '\n');

/** L2-regularised logistic regression by gradient descent (features include the intercept at index 0). */
function logistic(x: number[][], y: number[], l2: number): number[] {
  const d = x[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < 3000; it++) {
    const g = new Array<number>(d).fill(0);
    x.forEach((row, i) => {
      const z = row.reduce((acc, v, j) => acc + v * w[j]!, 0);
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      row.forEach((v, j) => (g[j]! += err * v));
    });
    for (let j = 0; j < d; j++) w[j]! -= 0.05 * ((g[j]! + (j ? l2 * w[j]! : 0)) / Math.max(1, x.length));
  }
  return w;
}

