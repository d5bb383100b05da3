/**
 * Who-is-who evaluation against hand-curated person ids (the ACL Anthology's, or any file of the same
 * shape): one truth line per input record, `{"id", "people"}` with one person id per author position.
 *
 * Three claims are scored, each as the pipeline makes it:
 *  - automatic merges, counted over pairs of distinct spellings (raw strings after NFC + trim):
 *    a pair is merged when both spellings end up in one person, true when they share a person id;
 *  - "may be one person" suggestions, counted over pairs of people of the built bundle: true when the
 *    two people's positions share a person id (precision, P@k in the order shown, recall of the true
 *    pairs the merges left apart);
 *  - "may be N different people" flags: true when the flagged person's positions carry 2+ person ids.
 * Catch-all ids ("one of several people of this name") confirm no pair. A pair the truth never linked
 * counts as wrong, so precision is a lower bound.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { authorMetrics } from '../../src/core/analyse/metrics';
import { makeBundle } from '../../src/core/bundle/make-bundle';
import { DEFAULT_BUILD_OPTIONS, type Abstracts, type Bundle } from '../../src/core/bundle/types';
import { coauthorLinks } from '../../src/core/graph/index';
import { mergeDuplicatePapers } from '../../src/core/ingest/dedupe';
import { readInput } from '../../src/core/ingest/index';
import type { InputFile, RawPaper } from '../../src/core/ingest/types';
import { foldName, parseName, resolvePeople } from '../../src/core/names/index';
import { cleanText } from '../../src/core/util/text-lines';
import type { HomonymFlag } from '../../src/core/queries/homonyms';

export const DEFAULT_CATCH_ALLS = ['yang-liu', 'fei-liu', 'bo-li'];

/**
 * The truth file and corpus an evaluation script reads: `positionals[0]` and `[1]`, by default
 * ../shared/corpora/acl_2016_2021_all.people.jsonl and .jsonl (next to the project folder). When one is missing it
 * says which, and how to give both, on stderr as `script` (e.g. "eval:names") and exits with 1.
 */
export function truthAndCorpus(script: string, positionals: readonly string[]): { truthPath: string; corpusPath: string } {
  const corpora = resolve('..', 'shared', 'corpora');
  const truthPath = positionals[0] ?? resolve(corpora, 'acl_2016_2021_all.people.jsonl');
  const corpusPath = positionals[1] ?? resolve(corpora, 'acl_2016_2021_all.jsonl');
  for (const [what, p] of [
    ['truth file', truthPath],
    ['corpus', corpusPath],
  ] as const) {
    if (!existsSync(p)) {
      process.stderr.write(
        `${script}: the ${what} ${p} is not there. Give both: npm run ${script} -- TRUTH.jsonl CORPUS ` +
          `(the defaults live in ../shared/corpora/, next to the project folder)\n`,
      );
      process.exit(1);
    }
  }
  return { truthPath, corpusPath };
}

/**
 * Which half (0 or 1) a name falls in, by its FNV-1a hash (32 bits): the split the evaluation scripts fit on one half
 * and check on the other with. Does not depend on the order names come in.
 */
export function nameHalf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2;
}

export interface TruthLine {
  id: string;
  people: string[];
}

export interface PreparedCorpus {
  bundle: Bundle;
  abstracts: Abstracts;
  papers: RawPaper[];
  /** Per kept paper, person index of each author position. */
  positionPeople: number[][];
  /** Per kept paper, truth id of each author position (null when the truth line is missing or misaligned). */
  positionTruth: (string[] | null)[];
  warnings: string[];
}

/** Parse the truth file (JSON Lines); throws with the line number on a bad line. */
export function parseTruth(name: string, text: string): TruthLine[] {
  const out: TruthLine[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new Error(`${name}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const o = v as TruthLine;
    if (!o || typeof o.id !== 'string' || !Array.isArray(o.people) || !o.people.every((p) => typeof p === 'string')) {
      throw new Error(`${name}:${i + 1}: expected {"id": string, "people": [string, ...]}`);
    }
    out.push({ id: o.id, people: o.people });
  });
  return out;
}

/**
 * Run the pipeline up to what the who-is-who queries need (ingest, duplicate papers, names, co-author
 * links) and assemble a bundle without communities or layout (every node at 0,0, one community).
 */
export function prepareCorpus(corpus: InputFile, truth: TruthLine[]): PreparedCorpus {
  const read = readInput(corpus);
  const prep = preparePapers(corpus.name, mergeDuplicatePapers(read.papers).papers, truth);
  if (read.skipped.length) prep.warnings.unshift(`${read.skipped.length} records skipped by the reader`);
  return prep;
}

/**
 * `prepareCorpus` from papers already read and de-duplicated (`name` names the bundle): lets a calibration
 * rebuild the same corpus with some authors renamed (scripts/homonym-calibrate.ts).
 */
export function preparePapers(name: string, papers: RawPaper[], truth: TruthLine[]): PreparedCorpus {
  const warnings: string[] = [];
  const truthById = new Map<string, string[]>();
  for (const t of truth) truthById.set(t.id, t.people);
  const people = resolvePeople(papers, [], null);
  let missing = 0;
  let misaligned = 0;
  const positionTruth = papers.map((p) => {
    const t = p.id != null ? truthById.get(p.id) : undefined;
    if (!t) {
      missing++;
      return null;
    }
    if (t.length !== p.authors.length) {
      misaligned++;
      return null;
    }
    return t;
  });
  if (missing) warnings.push(`${missing} papers have no truth line (matched by id)`);
  if (misaligned) warnings.push(`${misaligned} papers have a truth line with another number of authors; left out`);
  const n = people.people.length;
  const options = DEFAULT_BUILD_OPTIONS;
  const links = coauthorLinks(people.paperAuthors, n, options.counting, options.maxAuthors);
  const metrics = authorMetrics(n, people.paperAuthors, links);
  const zeros = (k: number) => new Float64Array(k);
  const { bundle, abstracts } = makeBundle({
    name,
    options,
    papers,
    people: people.people,
    paperAuthors: people.paperAuthors,
    focalAuthor: null,
    authorCommunity: new Array<number>(n).fill(0),
    paperCommunity: new Array<number>(papers.length).fill(0),
    metrics,
    links,
    communities: [{ size: n, paperCount: papers.length, label: '', terms: [], topAuthors: [], x: 0, y: 0 }],
    modularity: 0,
    layout: { authorX: zeros(n), authorY: zeros(n), paperX: zeros(papers.length), paperY: zeros(papers.length) },
    abstractsFile: null,
  });
  return { bundle, abstracts, papers, positionPeople: people.positionPeople, positionTruth, warnings };
}

/** Person ids seen at each person's positions (catch-alls included), and position counts per id. */
export function truthOfPeople(prep: PreparedCorpus): Map<string, number>[] {
  const out = Array.from({ length: prep.bundle.authors.name.length }, () => new Map<string, number>());
  prep.positionPeople.forEach((row, j) => {
    const t = prep.positionTruth[j];
    if (!t) return;
    row.forEach((person, k) => out[person]!.set(t[k]!, (out[person]!.get(t[k]!) ?? 0) + 1));
  });
  return out;
}

const pairKey = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);

export interface PairScore {
  precision: number;
  recall: number;
  pairs: number;
  truePairs: number;
  confirmed: number;
}

function score(predicted: Set<string>, truth: Set<string>): PairScore {
  let confirmed = 0;
  for (const k of predicted) if (truth.has(k)) confirmed++;
  return {
    precision: predicted.size ? confirmed / predicted.size : 1,
    recall: truth.size ? confirmed / truth.size : 1,
    pairs: predicted.size,
    truePairs: truth.size,
    confirmed,
  };
}

function pairsWithin(groups: Iterable<number[]>, into = new Set<string>()): Set<string> {
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) into.add(pairKey(g[i]!, g[j]!));
  return into;
}

function groupBy<K>(n: number, key: (i: number) => K | null): Map<K, number[]> {
  const m = new Map<K, number[]>();
  for (let i = 0; i < n; i++) {
    const k = key(i);
    if (k === null) continue;
    const g = m.get(k);
    if (g) g.push(i);
    else m.set(k, [i]);
  }
  return m;
}

export interface SpellingTable {
  spellings: string[];
  /** Person of each spelling (the first one seen; spellings of one name key always meet). */
  person: number[];
  /** Truth ids of each spelling (catch-alls left out). */
  ids: Set<string>[];
}

/**
 * Every distinct author spelling of the corpus (raw string after NFC + trim), with the person the build made of
 * it and the truth ids it was written for (catch-all ids left out): the units the merge precision and recall
 * are counted over. Throws nothing.
 */
export function spellingTable(prep: PreparedCorpus, catchAlls: ReadonlySet<string>): SpellingTable {
  const index = new Map<string, number>();
  const spellings: string[] = [];
  const person: number[] = [];
  const ids: Set<string>[] = [];
  prep.papers.forEach((p, j) => {
    p.authors.forEach((raw, k) => {
      const s = cleanText(raw);
      let i = index.get(s);
      if (i === undefined) {
        i = spellings.length;
        index.set(s, i);
        spellings.push(s);
        person.push(prep.positionPeople[j]![k]!);
        ids.push(new Set());
      }
      const t = prep.positionTruth[j]?.[k];
      if (t && !catchAlls.has(t)) ids[i]!.add(t);
    });
  });
  return { spellings, person, ids };
}

/** Pairs of spellings the truth calls one person. */
function trueSpellingPairs(table: SpellingTable): Set<string> {
  const byId = new Map<string, number[]>();
  table.ids.forEach((set, i) => {
    for (const id of set) {
      const g = byId.get(id);
      if (g) g.push(i);
      else byId.set(id, [i]);
    }
  });
  return pairsWithin(byId.values());
}

/** Automatic merges of the pipeline, scored over spelling pairs; and the "surname + first given name" baseline. */
export function scoreMerges(table: SpellingTable): { merges: PairScore; baseline: PairScore } {
  const truth = trueSpellingPairs(table);
  const n = table.spellings.length;
  const merged = pairsWithin(groupBy(n, (i) => table.person[i]!).values());
  const baselineKey = (i: number) => {
    const parsed = parseName(table.spellings[i]!, 'first-last');
    const first = parsed.given.split(/[\s.\-‐‑–]+/).map(foldName).filter(Boolean)[0] ?? '';
    return `${foldName(parsed.family)}|${first}`;
  };
  const baseline = pairsWithin(groupBy(n, baselineKey).values());
  return { merges: score(merged, truth), baseline: score(baseline, truth) };
}

/** Pairs of people (bundle authors) the truth calls one person: they share a (non-catch-all) id. */
export function truePersonPairs(peopleTruth: Map<string, number>[], catchAlls: ReadonlySet<string>): Set<string> {
  const byId = new Map<string, number[]>();
  peopleTruth.forEach((ids, person) => {
    for (const id of ids.keys()) {
      if (catchAlls.has(id)) continue;
      const g = byId.get(id);
      if (g) g.push(person);
      else byId.set(id, [person]);
    }
  });
  return pairsWithin(byId.values());
}

export interface RankedScore {
  count: number;
  precision: number;
  p20: number;
  p50: number;
  recall: number;
  truePairs: number;
}

/** Precision, P@20, P@50 and recall of a ranked list of person pairs. */
export function scoreRanked(pairs: readonly (readonly [number, number])[], truth: Set<string>): RankedScore {
  const hits = pairs.map(([a, b]) => truth.has(pairKey(a, b)));
  const at = (k: number) => (hits.length ? hits.slice(0, k).filter(Boolean).length / Math.min(k, hits.length) : 0);
  const confirmed = new Set(pairs.filter((_, i) => hits[i]).map(([a, b]) => pairKey(a, b))).size;
  return {
    count: pairs.length,
    precision: hits.length ? hits.filter(Boolean).length / hits.length : 0,
    p20: at(20),
    p50: at(50),
    recall: truth.size ? confirmed / truth.size : 0,
    truePairs: truth.size,
  };
}

/** People whose positions carry two or more person ids (catch-alls count as an id here). */
export function trueHomonyms(peopleTruth: Map<string, number>[]): Set<number> {
  const out = new Set<number>();
  peopleTruth.forEach((ids, person) => {
    if (ids.size >= 2) out.add(person);
  });
  return out;
}

/** The names issue 10 requires the homonym claim to keep: the ACL Anthology's ids split each into different people. */
export const ISSUE_SPLIT_NAMES: readonly string[] = ['Yang Liu', 'Fei Liu', 'Bo Li', 'Yao Yao'];
/** The precision issue 10 asks of the homonym claim (counted as a lower bound). */
export const TARGET_PRECISION = 0.5;

/** What the homonym check made of one required name (see `requiredNameStatus`). */
export interface RequiredName {
  name: string;
  /** 'claimed', 'candidate' (probability ≥ CANDIDATE_PROBABILITY), 'below the candidates', 'one cluster' (nothing to split) or 'not in the corpus'. */
  status: 'claimed' | 'candidate' | 'below the candidates' | 'one cluster' | 'not in the corpus';
  claimed: boolean;
  /** The name's probability (0 when it has one cluster or is absent). */
  probability: number;
  /** The likeliest side body of work's probability (0 without two bodies). */
  bodyProbability: number;
  bodies: number;
  papers: number;
}

/**
 * For each of `names` (as written; matched after `cleanText` against each person's name and aliases), what the
 * homonym check made of it. `flags`: `flagHomonyms(bundle, { minScore: -Infinity })` (every person with 2+ clusters);
 * `candidateFrom`: the probability from which a person is listed as a candidate. Throws nothing.
 */
export function requiredNameStatus(bundle: Bundle, flags: readonly HomonymFlag[], names: readonly string[], candidateFrom: number): RequiredName[] {
  return names.map((n) => {
    const key = cleanText(n);
    const person = bundle.authors.name.findIndex((x, a) => x === key || bundle.authors.aliases[a]!.includes(key));
    const f = person >= 0 ? flags.find((x) => x.author === person) : undefined;
    const status: RequiredName['status'] =
      person < 0 ? 'not in the corpus' : !f ? 'one cluster' : f.claimed ? 'claimed' : f.probability >= candidateFrom ? 'candidate' : 'below the candidates';
    return {
      name: n,
      status,
      claimed: !!f?.claimed,
      probability: f?.probability ?? 0,
      bodyProbability: f?.bodyProbability ?? 0,
      bodies: f?.bodies ?? 0,
      papers: person >= 0 ? bundle.authors.paperCount[person]! : 0,
    };
  });
}

export interface HomonymTarget {
  /** The precision the target asks for (issue 10: 0.5). */
  targetPrecision: number;
  /** The precision measured (the lower bound the target is checked against). */
  precision: number;
  requiredNames: string[];
  precisionMet: boolean;
  namesMet: boolean;
  /** Both: a rule that reaches the precision by claiming fewer names (dropping a required one) does not meet it. */
  met: boolean;
}

/**
 * Issue 10's target for the homonym claim as one check: `precision` (the measured lower bound, 0..1) at least
 * `target`, and every `required` name claimed. Throws a RangeError for a precision outside 0..1.
 */
export function homonymTarget(precision: number, required: readonly RequiredName[], target = TARGET_PRECISION): HomonymTarget {
  if (!(precision >= 0 && precision <= 1)) throw new RangeError(`precision ${precision} is not within 0..1`);
  const precisionMet = precision >= target;
  const namesMet = required.every((r) => r.claimed);
  return { targetPrecision: target, precision, requiredNames: required.map((r) => r.name), precisionMet, namesMet, met: precisionMet && namesMet };
}
