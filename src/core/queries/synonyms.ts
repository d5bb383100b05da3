/**
 * Who is who (1), synonyms: pairs of names that are probably one person written two ways (the other check,
 * homonyms — one name, several people — is homonyms.ts).
 *
 * Candidates are pairs of names that fit each other (see `nameFit`): spellings of one surname
 * (`Ching-Yao Chung` / `Ching-Yao Chuang`), initials and missing middle names (`D. Blei` / `David M. Blei`),
 * short forms and nicknames (`Alex` / `Alexander Waibel`, `Kathy` / `Kathleen McKeown`), syllable breaks
 * (`Yu-An Wang` / `Yuan Wang`), compound surnames (`Fokoue` / `Fokoue-Nkoutche`) and dropped name parts
 * (`Victoria Lin` / `Xi Victoria Lin`), and encoding damage: a character lost to `?` or U+FFFD where the other
 * name has a letter (`Ond?ej Bojar` / `Ondřej Bojar`: a file saved in a character set without `ř`; see
 * `encodingDamage`), Vietnamese names the build kept apart by their marks (`Nguyễn Văn Anh` / `Nguyễn Văn Ánh`, and a
 * plain `Nguyen Van Anh` beside both; `names/tone-marks.ts`), and a middle initial written as the given name
 * (`R. Radev` / `Dragomir R. Radev`, or `Dragomir Radev` where `Dragomir R. Radev` is in the list; only with a
 * shared co-author). People DBLP tells apart by its homonym numbers (`Wei Zhang (DBLP 0001)`) are never paired, and
 * the number is not read as part of the name. They are found by blocking (people sharing a surname and first
 * initial, a given name, two name parts, or the same letters), so the work grows with block sizes,
 * never with all pairs of people.
 *
 * Each candidate is then scored by what predicts identity, as a probability from a logistic model
 * (`WEIGHTS`, fitted on the ACL Anthology's hand-curated person ids, see `npm run eval:names`):
 * shared co-authors (counted, not divided by how many co-authors a person has), how rare the names
 * are in the dataset, how alike the two people's topics are (titles and abstracts), the kind of name
 * fit, and whether the two are on one paper together (usually two people; sometimes a byline typo; two names on
 * two or more papers together are two people and never suggested).
 * Pairs at or above `minProbability` are suggested, most probable first, each with its evidence in words.
 *
 * Accepted suggestions become lines of the alias file the CLI reads with `--aliases`
 * (`variant<TAB>canonical`, see `aliasFileFor`).
 */
import type { Abstracts, Bundle } from '../bundle/types';
import { authorPaperIndex, coauthorAdjacency, intersectSorted, linkBetween, row } from '../bundle/indices';
import { cleanText } from '../util/text-lines';
import { foldText, mergeKey, parseName } from '../names/index';
import { dblpUntagged } from '../names/dblp-number';
import { partsOfOneSplit, splitPartOf } from '../names/split-part';
import { DIFFERENT_PEOPLE } from '../names/aliases';
import { givenNameFit, type GivenNameFit } from '../names/short-forms';
import { carriesMarks, MarkSplitter, marksClash, wordsMarkedApart } from '../names/tone-marks';
import { gluedForm, gluedNamesSteps, gluedRestOf, mayBeGluedOf, type GluedForm } from '../names/glued';
import { EAST_ASIAN_SURNAMES } from './name-commonness';
import { listTopicWords, topicIndex, topicSimilarity, topicVector, topicWords, type TopicIndex } from './topics';
import { finish, scaled, type Steps } from '../util/steps';

export type SuggestionReason =
  | 'surname-spelling'
  | 'initials'
  | 'middle-name'
  | 'short-form'
  | 'given-spelling'
  | 'syllables'
  | 'compound-surname'
  | 'name-parts'
  | 'encoding'
  | 'marks'
  | 'middle-initial';

/** Which way a line of evidence points: for the two names being one person, or against it. */
export type EvidenceWay = 'for' | 'against';

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
  /**
   * How the names fit, one sentence, the two named in the order of `names` (kept first), e.g. `same given name;
   * surnames "Chuang" and "Chung" differ by 1 letter` for ["Ching-Yao Chuang", "Ching-Yao Chung"].
   */
  detail: string;
  /** The evidence in words a user can check: shared co-authors, topics, rarity, joint papers. */
  evidence: string[];
  /**
   * Which way each line of `evidence` points (same order): `for` one person (shared co-authors, similar topics, a
   * surname no one else here has) or `against` (no shared co-author, different topics, a common surname, both names
   * on one paper). The review list groups them so (a tester could not tell "different topics" from "5 shared
   * co-authors" in one list).
   */
  ways: EvidenceWay[];
  /** Papers the two wrote together (a byline typo if they are one person), most recent first. */
  jointPapers: number[];
  /** Cosine similarity of the two people's topics (0..1). */
  topicSimilarity: number;
  /**
   * Other people here with the rarer of the two surnames (0: that surname is one of the two's alone), as the score
   * weighs it (`PairFeatures.surnamePeople`); absent in suggestions made before it was kept.
   */
  surnamePeople?: number;
  /** 0..1: probability that the two are one person (see `WEIGHTS`). */
  score: number;
}

export interface SuggestionOptions {
  /** Abstracts aligned with the papers: better topic evidence (default: titles only). */
  abstracts?: Abstracts | null;
  /** Suggest pairs at least this probable (default 0.2: on acl_2016_2021_all, recall 0.66 of the true pairs left apart, P@50 0.86). */
  minProbability?: number;
  /** Co-authors the two must share (default 0). */
  minSharedCoauthors?: number;
  /**
   * Only the pairs of this author (an index into `bundle.authors`): the suggestions of the whole list that name them,
   * in the same order and with the same figures (every pair is met as the whole list meets it; only the pairs tried
   * are fewer). An author card asks it first (~0.2 s on the 30k map against ~10 s for every name, Node 20,
   * `scripts/own-suggestions.ts`).
   */
  only?: number;
}

/** Folded name parts of a person: "Ching-Yao Chuang" → given ["ching", "yao"], family ["chuang"]. */
interface NameParts {
  given: string[];
  family: string[];
  all: string[];
  /**
   * The given name's words, in a romanised East Asian name (`EAST_ASIAN_SURNAMES`) with a hyphenated one kept whole
   * ("Wei-Nan Zhang" → ["wei-nan"], "J.-P. Zhang" → ["j", "p"]): a romanised Chinese or Korean given name written
   * with a hyphen is one name of two syllables, not a first and a middle name (the syllable break is never erased;
   * see merge-key.ts). Elsewhere the given name's parts (`given`): "Ionut-Teodor Sorodoc" is often "Ionut Sorodoc".
   */
  givenWords: string[];
  /** `givenWords` then the family name's parts: the name's parts where a hyphenated given name counts once. */
  words: string[];
  /** The given and family names as written. */
  givenText: string;
  familyText: string;
  /** `all`, `all`, `family` and `given` joined ("yu an wang", "yuanwang", "wang", "yuan"), joined once per name. */
  allSpaced: string;
  allJoined: string;
  familyJoined: string;
  givenJoined: string;
}

function foldParts(s: string): string[] {
  return foldText(s)
    .replace(/['’‘ʼ`´]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A display name as a name: without a split's part number ("Jialiang Wang (2)", split-part.ts) and DBLP's number
 * ("Wei Zhang (DBLP 0003)"), neither of which is part of the name (a tester saw "one of the two surnames is unique"
 * of "Jialiang Wang" and "Jialiang Wang (2)": the surname read as "(2)"); `number` is DBLP's.
 */
function untaggedName(display: string): { name: string; number: string | null } {
  return dblpUntagged(splitPartOf(display).name);
}

function nameParts(display: string): NameParts {
  const parsed = parseName(untaggedName(display).name, 'first-last');
  const given = foldParts(parsed.given);
  const family = foldParts(parsed.family);
  // (only in romanised East Asian names: a Romanian "Ionut-Teodor" is often written "Ionut", one person)
  const givenWords = EAST_ASIAN_SURNAMES.has(family.join(''))
    ? parsed.given
        .split(/[\s.]+/u)
        .map((w) => foldParts(w).join('-'))
        .filter(Boolean)
    : given;
  const all = [...given, ...family];
  return {
    given,
    family,
    all,
    givenWords,
    words: [...givenWords, ...family],
    givenText: parsed.given,
    familyText: parsed.family,
    allSpaced: all.join(' '),
    allJoined: all.join(''),
    familyJoined: family.join(''),
    givenJoined: given.join(''),
  };
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

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

/**
 * Every part of the shorter list fits a part of the longer one, in order; the first parts must fit
 * each other when `anchorFirst`. Returns the weakest fit used (`givenNameFit`, which owns short forms and
 * nicknames), or null.
 */
function sequenceFit(x: string[], y: string[], anchorFirst: boolean, prefixes = true): GivenNameFit {
  if (x.length === 0 || y.length === 0) return null;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let worst: GivenNameFit = 'equal';
  const note = (f: GivenNameFit) => {
    if (f === 'initial' || (f === 'short' && worst === 'equal')) worst = f;
  };
  let j = 0;
  for (let i = 0; i < short.length; i++) {
    if (i === 0 && anchorFirst) {
      const f = givenNameFit(short[0]!, long[0]!, prefixes);
      if (!f) return null;
      note(f);
      j = 1;
      continue;
    }
    while (j < long.length && !givenNameFit(short[i]!, long[j]!, prefixes)) j++;
    if (j >= long.length) return null;
    note(givenNameFit(short[i]!, long[j]!, prefixes));
    j++;
  }
  return worst;
}

interface Fit {
  reason: SuggestionReason;
  detail: string;
}

/** How two names fit each other, or null (see the module comment). `a`, `b` are display names. */
export function nameFit(a: string, b: string): Fit | null {
  return partsFit(a, b, nameParts(a), nameParts(b));
}

/**
 * `nameFit` of two names already split into parts: `x`, `y` must be `nameParts(a)`, `nameParts(b)`, and `ga`, `gb`
 * (when given) `gluedForm(a)`, `gluedForm(b)`, worked out once per name by a caller that tries many pairs.
 */
function partsFit(a: string, b: string, x: NameParts, y: NameParts, ga?: GluedForm, gb?: GluedForm): Fit | null {
  if (x.all.length === 0 || y.all.length === 0) return null;
  // a lost character first: split at the "?", "Ond?ej" read as the short form "Ond" of "Ondřej" (a tester, ACL map)
  const damage = encodingDamage(a, b) ?? encodingDamage(b, a);
  if (damage) return { reason: 'encoding', detail: damageDetail(damage) };
  if (x.allSpaced === y.allSpaced) return null;
  // two names glued into one byline entry ("Peter Bourgonje. Julian Moreno-Schneider") are neither of the two
  // people: never suggested as one of them (the build notes them, see names/glued.ts)
  if (mayBeGluedOf(ga ?? gluedForm(a), gb ?? gluedForm(b))) return null;
  // "Jan Hajič" / "Jan Hajič jr.": father and son, not one person.
  if (SUFFIXES.has(x.all[x.all.length - 1]!) !== SUFFIXES.has(y.all[y.all.length - 1]!)) return null;
  const pa = { given: x.givenText, family: x.familyText };
  const pb = { given: y.givenText, family: y.familyText };
  if (x.allJoined === y.allJoined) {
    return { reason: 'syllables', detail: `same letters, split into name parts differently ("${a}" / "${b}")` };
  }
  const famX = x.familyJoined;
  const famY = y.familyJoined;
  if (famX && famX === famY && x.givenWords.length && y.givenWords.length) {
    // (a hyphenated given name is one name: "Wei" / "Wei-Nan" differ by more than a middle name; a prefix of a
    // romanised East Asian given name is no short form of it: "Yan" / "Yangqiu")
    const f = sequenceFit(x.givenWords, y.givenWords, true, !EAST_ASIAN_SURNAMES.has(famX));
    if (f === 'equal') return { reason: 'middle-name', detail: `same surname; given names "${pa.given}" and "${pb.given}" differ only by a middle name` };
    if (f === 'initial') return { reason: 'initials', detail: `same surname; given names "${pa.given}" and "${pb.given}" fit as initials` };
    if (f === 'short') return { reason: 'short-form', detail: `same surname; "${shortOf(x.given[0]!, y.given[0]!, pa.given, pb.given)}" is a short form of the other given name` };
    // the whole given names, not their first parts (a tester: "Seung-won" / "Sung Ju" were said to "differ by 1
    // letter" from "seung" / "sung"; "Jean-Philippe" / "Jean-Phillipe", 2 letters, were said 1): as many parts, and
    // letters apart no more than a surname's spelling may be (1 from 4 letters, 2 from 7)
    const tolerance = surnameTolerance(Math.min(x.givenJoined.length, y.givenJoined.length));
    const d = tolerance > 0 && x.given.length === y.given.length ? boundedEditDistance(x.givenJoined, y.givenJoined, tolerance) : Infinity;
    if (d >= 1 && d <= tolerance) {
      return { reason: 'given-spelling', detail: `same surname; given names "${pa.given}" and "${pb.given}" differ by ${d} letter${d === 1 ? '' : 's'}` };
    }
  }
  const givX = x.givenJoined;
  const givY = y.givenJoined;
  if (givX && givX === givY && x.given.some((t) => t.length > 1) && famX && famY) {
    const d = boundedEditDistance(famX, famY, surnameTolerance(Math.min(famX.length, famY.length)));
    if (d <= surnameTolerance(Math.min(famX.length, famY.length))) {
      return { reason: 'surname-spelling', detail: `same given name; surnames "${pa.family}" and "${pb.family}" differ by ${d} letter${d === 1 ? '' : 's'}` };
    }
    const [fs, fl] = x.family.length <= y.family.length ? [x.family, y.family] : [y.family, x.family];
    if (fs.every((t) => fl.includes(t)) || (famX.length >= 4 && famY.startsWith(famX)) || (famY.length >= 4 && famX.startsWith(famY))) {
      // in the order the names are given: "Gonzalez" is part of "Gonzalez-Hernandez", or "Gonzalez-Hernandez" contains "Gonzalez"
      const first = shorter(pa.family, pb.family) === pa.family;
      return { reason: 'compound-surname', detail: `same given name; surname "${pa.family}" ${first ? 'is part of' : 'contains'} "${pb.family}"` };
    }
  }
  // Dropped name parts: every part of the shorter name (2+ parts, ending in a full part) in the longer, in order.
  const [s, l] = x.words.length <= y.words.length ? [x, y] : [y, x];
  if (s.words.length >= 2 && s.words.length < l.words.length && s.words[s.words.length - 1]!.length > 1 && s.words.filter((t) => t.length > 1).length >= 2) {
    const f = partsWithin(s.words, l.words);
    if (f === 'equal') return { reason: 'name-parts', detail: s === x ? `every part of "${a}" is in "${b}"` : `"${a}" has every part of "${b}"` };
    if (f === 'initial') {
      return { reason: 'name-parts', detail: s === x ? `every part of "${a}" is in "${b}", an initial standing for a name there` : `"${a}" has every part of "${b}", a name for each of its initials` };
    }
  }
  return null;
}

/**
 * Every part of `short` is a part of `long`, in order: the same part ('equal'), or an initial in `short` for a
 * written-out part of `long` ('initial'). A written-out part never fits an initial or a short form of it in `long`:
 * "Nikolai Ilinykh" is not in "Nikola I. Nikolov", nor "Sanjay Subramanian" in "Sanjay S.P". Null otherwise.
 */
function partsWithin(short: readonly string[], long: readonly string[]): 'equal' | 'initial' | null {
  let worst: 'equal' | 'initial' = 'equal';
  let j = 0;
  for (const t of short) {
    const fits = (u: string) => u === t || (t.length === 1 && u.length > 1 && u.startsWith(t));
    while (j < long.length && !fits(long[j]!)) j++;
    if (j >= long.length) return null;
    if (long[j] !== t) worst = 'initial';
    j++;
  }
  return worst;
}

/**
 * How two spellings of one merge key (`x`, `y`, display names without a DBLP number) whose group the build split by
 * its marks (`MarkSplitter`) fit, the two named in the order given: other marks on the same letters ("Nguyễn Văn
 * Anh" / "Nguyễn Văn Ánh"), or one written with no marks at all, which may be either. Null when neither (the same
 * marks: two people kept apart by ids, or both plain).
 */
function marksFitOf(x: string, y: string): Fit | null {
  const [px, py] = [parseName(x, 'first-last'), parseName(y, 'first-last')];
  if (marksClash(x, px, y, py)) {
    const apart = wordsMarkedApart(px, py);
    const said = apart.length ? apart.map(([u, v]) => `"${u}" / "${v}"`).join(', ') : `"${x}" / "${y}"`;
    return { reason: 'marks', detail: `same letters, different marks: ${said} (in a Vietnamese name a tone or vowel mark makes another word)` };
  }
  const [mx, my] = [carriesMarks(x), carriesMarks(y)];
  if (mx === my) return null;
  const [bare, marked] = mx ? [y, x] : [x, y];
  return { reason: 'marks', detail: `"${bare}" has no marks: it may be "${marked}" or a Vietnamese name with other marks` };
}

/**
 * Per surname and first given name (folded, "radev\0dragomir"), the middle initials written with it in the list
 * ("Dragomir R. Radev": r): what lets "R. Radev" be "Dragomir Radev" (`middleInitialFit`).
 */
function middleInitials(parts: readonly NameParts[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of parts) {
    const fam = p.family.join('');
    if (!fam || p.given.length < 2 || p.given[0]!.length < 2) continue;
    const k = `${fam}\u0000${p.given[0]}`;
    let set = out.get(k);
    if (!set) out.set(k, (set = new Set()));
    for (const t of p.given.slice(1)) set.add(t[0]!);
  }
  return out;
}

/**
 * A name of initials only whose first initial is not the other's first given name but its middle one: "R. Radev"
 * and "Dragomir R. Radev" (Dragomir R. Radev writing his middle name first), or "Dragomir Radev" when a "Dragomir R.
 * Radev" is in the list (`middles`, from `middleInitials`). Same surname required; null otherwise. The two named in
 * the order given. (A suggestion of this kind also needs a shared co-author: see `samePersonCandidates`.)
 */
function middleInitialFit(a: string, b: string, x: NameParts, y: NameParts, middles: ReadonlyMap<string, ReadonlySet<string>>): Fit | null {
  const famX = x.familyJoined;
  if (!famX || famX !== y.familyJoined || !x.given.length || !y.given.length) return null;
  const xShort = x.given.every((t) => t.length === 1);
  const yShort = y.given.every((t) => t.length === 1);
  if (xShort === yShort) return null;
  const [s, l, sName, lName] = xShort ? [x, y, a, b] : [y, x, b, a];
  // (a generational suffix misplaced before the given names, "Jr. M. R. Garey", is no first given name)
  if (l.given[0]!.length < 2 || SUFFIXES.has(l.given[0]!) || s.given[0] === l.given[0]![0]) return null;
  const shortGiven = xShort ? x.givenText : y.givenText;
  const longGiven = xShort ? y.givenText : x.givenText;
  if (l.given.length >= 2) {
    if (!sequenceFit(s.given, l.given.slice(1), true)) return null;
    return { reason: 'middle-initial', detail: `same surname; "${shortGiven}" (in "${sName}") fits the middle name of "${longGiven}" (in "${lName}")` };
  }
  if (s.given.length !== 1 || !middles.get(`${famX}\u0000${l.given[0]}`)?.has(s.given[0]!)) return null;
  return { reason: 'middle-initial', detail: `same surname; "${shortGiven}" (in "${sName}") fits the middle initial that "${longGiven}" is written with elsewhere in this list` };
}

/** What stands for a character lost in encoding: `?` (a character set without it) or U+FFFD (bytes that did not decode). */
const LOST = /[?\uFFFD]/u;
const LOST_RUNS = /[?\uFFFD]+/gu;

/** Where a name lost characters in encoding, against the name it should be (see `encodingDamage`). */
export interface EncodingDamage {
  /** The damaged name as written. */
  damaged: string;
  /** Each lost character: the marks written for it (`?`, `??`, `\uFFFD`) and the letters the other name has there. */
  lost: { marks: string; letters: string; word: string }[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `damaged` is `other` with characters lost in encoding: every run of `?` or U+FFFD in it stands where
 * `other` has one or more letters (at most as many as the marks: one lost UTF-8 character may leave one mark per
 * byte), and the rest of the two names is the same, case aside. `Ond?ej Bojar` / `Ondřej Bojar` → the `?` for `ř`
 * in the word `Ond?ej`. Null when `damaged` has no such mark, or the names differ anywhere else. Throws nothing.
 */
export function encodingDamage(damaged: string, other: string): EncodingDamage | null {
  if (!LOST.test(damaged) || damaged === other) return null;
  const runs = [...damaged.matchAll(LOST_RUNS)];
  let pattern = '^';
  let at = 0;
  for (const r of runs) {
    pattern += `${escapeRegExp(damaged.slice(at, r.index))}(\\p{L}{1,${r[0].length}})`;
    at = r.index + r[0].length;
  }
  pattern += `${escapeRegExp(damaged.slice(at))}$`;
  const m = new RegExp(pattern, 'iu').exec(other);
  if (!m) return null;
  const lost = runs.map((r, i) => {
    // the word the mark is in, as written ("Ond?ej"), for the reason shown
    const start = damaged.slice(0, r.index).search(/\S*$/u);
    const end = r.index + r[0].length + (damaged.slice(r.index + r[0].length).match(/^\S*/u)?.[0].length ?? 0);
    return { marks: r[0], letters: m[i + 1]!, word: damaged.slice(start, end) };
  });
  return { damaged, lost };
}

/** The reason in words: `“Ond?ej” has a character lost in encoding (? for ř)`. */
function damageDetail(d: EncodingDamage): string {
  const words = [...new Set(d.lost.map((l) => l.word))];
  const subject = words.length === 1 ? `“${words[0]}”` : `“${d.damaged}”`;
  return `${subject} has ${d.lost.length === 1 ? 'a character' : `${d.lost.length} characters`} lost in encoding (${d.lost.map((l) => `${l.marks} for ${l.letters}`).join(', ')})`;
}

function shortOf(x: string, y: string, gx: string, gy: string): string {
  return x.length <= y.length ? gx.split(/[\s.-]+/)[0]! : gy.split(/[\s.-]+/)[0]!;
}
const shorter = (a: string, b: string) => (a.length <= b.length ? a : b);

/**
 * Logistic weights: log-odds that a candidate pair is one person. Fitted on acl_2016_2021_all against the
 * Anthology's person ids (scripts/eval-names.ts); rounded. Features: log(1 + shared co-authors), no
 * shared co-author at all, wrote a paper together, topic similarity (cosine), log(1 + other people with
 * the surname), log(1 + other people with the first given name), log(papers of both), log(papers of the
 * one with fewer), shared co-authors as a share of the smaller co-author list, and the kind of name fit.
 * Topic similarity was tried and earned no weight beyond shared co-authors (its fitted weight was −0.2),
 * so it is shown as evidence but not scored. The dataset-size term comes from refitting the bias on year
 * and venue subsets of the corpus (7.6k, 15.6k and 0.8k people): a smaller list has fewer people whose
 * names look alike by chance.
 */
export const REFERENCE_PEOPLE = 37000;
/** Below this many people the size term stops growing (the smallest subset it was fitted on). */
const MIN_FITTED_PEOPLE = 800;

export const WEIGHTS = {
  bias: -1.88,
  sharedLog: 0.36,
  noShared: -0.9,
  together: -0.43,
  topic: 0,
  surnameLog: -0.69,
  givenLog: 0.11,
  papersLog: 0.7,
  fewerPapersLog: 0.17,
  overlap: -0.37,
  /** Per log of (people in the dataset / REFERENCE_PEOPLE): fewer people, fewer chance look-alikes. */
  sizeLog: -0.6,
  reason: {
    'surname-spelling': -1.47,
    initials: 0.81,
    'middle-name': 1.33,
    'short-form': -0.21,
    'given-spelling': -0.43,
    syllables: 0.36,
    'compound-surname': -0.29,
    'name-parts': -0.11,
    // not fitted (the Anthology's names have one such pair): a name that is another with a character lost in
    // encoding is that name as written, which the build would have merged had it survived (mergeKey), so the
    // pair counts as near-certain, above every fitted kind of fit
    encoding: 6,
    // not fitted (the Anthology's 2016–2021 names have no such pair; acl_all has one, one person): the same letters
    // with other Vietnamese marks, a given name that differs in one letter's mark, weighed as a given name that
    // differs by one letter ('given-spelling'): shared co-authors decide
    marks: -0.43,
    // not fitted (too few such pairs to fit): an initial that fits a middle name, weighed as a fit by initials
    // ('initials'); the pair also needs a shared co-author (samePersonCandidates)
    'middle-initial': 0.81,
  } as Record<SuggestionReason, number>,
};

export interface PairFeatures {
  shared: number;
  together: number;
  topic: number;
  /** Other people with the rarer of the two surnames (0: that surname is this person's alone). */
  surnamePeople: number;
  /** Whether the two names have one surname (else `surnamePeople` counts the rarer of two). */
  sameSurname: boolean;
  givenPeople: number;
  /** Papers of the two together, and of the one with fewer. */
  papers: number;
  fewerPapers: number;
  /** Shared co-authors as a share of the co-authors of the one with fewer (0..1). */
  overlap: number;
  reason: SuggestionReason;
  /** People in the dataset. */
  people: number;
}

/** Log-odds of one pair under `weights` (see `WEIGHTS`). */
export function pairLogOdds(f: PairFeatures, w: typeof WEIGHTS = WEIGHTS): number {
  return (
    w.bias +
    w.sharedLog * Math.log1p(f.shared) +
    (f.shared === 0 ? w.noShared : 0) +
    (f.together > 0 ? w.together : 0) +
    w.topic * f.topic +
    w.surnameLog * Math.log1p(f.surnamePeople) +
    w.givenLog * Math.log1p(f.givenPeople) +
    w.papersLog * Math.log(f.papers) +
    w.fewerPapersLog * Math.log(f.fewerPapers) +
    w.overlap * f.overlap +
    w.sizeLog * Math.log(Math.max(MIN_FITTED_PEOPLE, f.people) / REFERENCE_PEOPLE) +
    w.reason[f.reason]
  );
}

export interface Candidate {
  a: number;
  b: number;
  fit: Fit;
  features: PairFeatures;
}

/**
 * Every pair of people whose names fit (see `nameFit`), with its features; no scoring. `only`: the pairs of that
 * author alone (an index into `bundle.authors`; see `SuggestionOptions.only`).
 */
export function samePersonCandidates(bundle: Bundle, abstracts: Abstracts | null = null, only?: number): Candidate[] {
  return finish(samePersonCandidatesSteps(bundle, abstracts, only));
}

/**
 * Names parsed, pairs of a block tried between two yields: a few ms each on the 30k map (37k names, blocks of up
 * to 2000, 317k pairs tried), whose pairs cost a few µs each (a name fit; each name's folded words and merge key
 * are worked out once, the first time it is in a pair).
 */
const NAMES_PER_STEP = 512;
const PAIRS_PER_STEP = 256;

/**
 * What the same-person check works out from every name before it tries pairs (each name parsed and folded, the blocks
 * of names that may fit, the surnames' and given names' counts…): the same for the whole list's check and for one
 * author's (`SuggestionOptions.only`), and most of the latter's time (~0.5 s of ~0.55 on the 30k map, Node 20).
 */
interface NamesPrep {
  parts: NameParts[];
  /** Display names without DBLP's number, and their numbers. */
  plain: string[];
  dblpNumber: (string | null)[];
  /** Each name's folded parts joined (its merge key's words). */
  keys: string[];
  split: MarkSplitter;
  adjacency: ReturnType<typeof coauthorAdjacency>;
  papersOf: ReturnType<typeof authorPaperIndex>;
  surnameCount: Map<string, number>;
  givenCount: Map<string, number>;
  /** Blocks of names that may fit (a key → the names in it, ascending but for a damaged name's block). */
  blocks: Map<string, number[]>;
  middles: Map<string, Set<string>>;
  /** Names that are two authors of the list run together. */
  glued: Set<number>;
}

/**
 * Each bundle's `NamesPrep`, worked out once by whichever check needs it first and shared while it is worked out: an
 * author card's check (`only`) asked while the whole list's is paused halfway through it goes on from there, and the
 * whole list's then finds it done (the worker keeps one bundle; the whole list's check drops it when it is done).
 */
const namesPreps = new WeakMap<Bundle, { steps: Steps<NamesPrep>; value: NamesPrep | null }>();

/** `NamesPrep` of `bundle` in steps (progress 0–0.39 of the candidates' work), shared and kept for the bundle. */
function* namesPrepSteps(bundle: Bundle): Steps<NamesPrep> {
  let shared = namesPreps.get(bundle);
  if (!shared) namesPreps.set(bundle, (shared = { steps: namesPrepWork(bundle), value: null }));
  while (!shared.value) {
    const r = shared.steps.next();
    if (r.done) shared.value = r.value;
    else yield r.value;
  }
  return shared.value;
}

/** The work of `namesPrepSteps` (see `NamesPrep`). */
function* namesPrepWork(bundle: Bundle): Steps<NamesPrep> {
  const names = bundle.authors.name;
  const parts: NameParts[] = [];
  for (let i = 0; i < names.length; i++) {
    parts.push(nameParts(names[i]!));
    if (i % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield 0.125 * (i / names.length);
  }
  // display names without DBLP's number, their numbers, and their folded parts: the merge key's words (`mergeKey`
  // folds the same parse the same way), so two names of one merge key have one `keys` entry, without a second parse
  const untagged = names.map(untaggedName);
  const plain = untagged.map((u) => u.name);
  const dblpNumber = untagged.map((u) => u.number);
  const keys = parts.map((p) => p.all.join(' '));
  yield;
  const split = new MarkSplitter();
  for (let i = 0; i < plain.length; i++) {
    const x = plain[i]!;
    split.add(x, keys[i]!, () => parseName(x, 'first-last'));
    if (i % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield 0.125 + 0.05 * (i / names.length);
  }
  const adjacency = coauthorAdjacency(bundle);
  yield;
  const papersOf = authorPaperIndex(bundle);
  yield;
  const surnameCount = new Map<string, number>();
  const givenCount = new Map<string, number>();
  for (const p of parts) {
    const f = p.family.join('');
    if (f) surnameCount.set(f, (surnameCount.get(f) ?? 0) + 1);
    const g = p.given[0];
    if (g && g.length > 1) givenCount.set(g, (givenCount.get(g) ?? 0) + 1);
  }
  const blocks = new Map<string, number[]>();
  const add = (k: string, i: number) => {
    const g = blocks.get(k);
    if (g) g.push(i);
    else blocks.set(k, [i]);
  };
  for (let i = 0; i < parts.length; i++) {
    if (i % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield 0.175 + 0.075 * (i / names.length);
    const p = parts[i]!;
    if (p.all.length === 0) continue;
    add(`j\u0000${p.all.join('')}`, i);
    const fam = p.family.join('');
    if (fam && p.given.length) add(`f\u0000${fam}\u0000${p.given[0]![0]}`, i);
    const giv = p.given.join('');
    if (giv.length >= 2 && p.given.some((t) => t.length > 1)) add(`g\u0000${giv}`, i);
    const full = p.all.filter((t) => t.length > 1);
    for (let x = 0; x < full.length; x++) for (let y = x + 1; y < full.length; y++) add(`p\u0000${full[x]}\u0000${full[y]}`, i);
  }
  yield;
  // a name written with initials only ("R. Radev") meets the names whose middle initial it may be: "Dragomir R.
  // Radev", and "Dragomir Radev" where a "Dragomir R. Radev" is in the list (`middleInitialFit`)
  const middles = middleInitials(parts);
  yield;
  for (let i = 0; i < parts.length; i++) {
    if (i % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield 0.25 + 0.14 * (i / names.length);
    const p = parts[i]!;
    const fam = p.family.join('');
    if (!fam || p.given.length === 0) continue;
    if (p.given.every((t) => t.length === 1)) add(`m\u0000${fam}\u0000${p.given[0]}`, i);
    else for (const m of middles.get(`${fam}\u0000${p.given[0]}`) ?? []) add(`m\u0000${fam}\u0000${m}`, i);
  }
  yield;
  // a name with a character lost in encoding ("Jan Haji?") meets the names it may be, whatever block they share
  for (const [i, partners] of damagedPartners(names)) for (const j of [i, ...partners]) add(`e\u0000${i}`, j);
  yield;
  // names that are two authors of the list run together ("Pavel Král Tomas Hercig": `gluedNames`, noted by the
  // build) are neither: never paired with a name they hold, wherever it stands in them
  const glued = new Set((yield* gluedNamesSteps(plain)).map((g) => g.glued));
  return { parts, plain, dblpNumber, keys, split, adjacency, papersOf, surnameCount, givenCount, blocks, middles, glued };
}

/**
 * `samePersonCandidates` in steps (util/steps.ts): it yields every few hundred names parsed or pairs tried. `only`:
 * that author's pairs alone (`SuggestionOptions.only`). The names' prep (`NamesPrep`) is kept for the bundle until a
 * whole list's check is done.
 */
export function* samePersonCandidatesSteps(bundle: Bundle, abstracts: Abstracts | null = null, only?: number): Steps<Candidate[]> {
  const names = bundle.authors.name;
  const { parts, plain, dblpNumber, keys, split, adjacency, papersOf, surnameCount, givenCount, blocks, middles, glued } = yield* namesPrepSteps(bundle);
  const marksFit = (a: number, b: number): Fit | null => (split.splits(keys[a]!) ? marksFitOf(plain[a]!, plain[b]!) : null);
  const topics: TopicIndex = topicIndex(bundle, abstracts);
  yield;
  const vectors = new Map<number, Map<number, number>>();
  const vectorOf = (a: number) => {
    let v = vectors.get(a);
    if (!v) vectors.set(a, (v = topicVector(topics, row(papersOf, a))));
    return v;
  };
  yield;
  // each name's glued-name words and merge key, worked out the first time the name is in a pair tried: a name is
  // tried against up to 2000 others, and splitting and folding it each time was most of this loop's time
  const gluedForms: (GluedForm | undefined)[] = new Array(names.length);
  const gluedFormOf = (i: number) => (gluedForms[i] ??= gluedForm(plain[i]!));
  const mergeKeys: (string | undefined)[] = new Array(names.length);
  const mergeKeyAt = (i: number) => (mergeKeys[i] ??= mergeKey(plain[i]!, 'first-last'));
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const n = names.length;
  let tried = 0;
  // progress over the pairs to try (most of the time: 0.39 to 1 of this work; the passes over the names before: 0 to
  // 0.39, as their times were on the 30k map)
  let pairsToTry = 0;
  if (only === undefined) for (const group of blocks.values()) if (group.length >= 2 && group.length <= 2000) pairsToTry += (group.length * (group.length - 1)) / 2;
  let triedBefore = 0;
  for (const group of blocks.values()) {
    if (group.length < 2 || group.length > 2000) continue;
    // one author's pairs (`only`): their place in the block, each pair met in the order (and the block) the whole
    // list meets it, so its fit is read the same way round
    const at = only === undefined ? -1 : group.indexOf(only);
    if (only !== undefined && at < 0) continue;
    for (let i = 0; i < group.length; i++) {
      if (at >= 0 && i > at) break;
      for (let j = at >= 0 && i < at ? at : i + 1; j < group.length; j++) {
        if (at >= 0 && i < at && j > at) break;
        if (++tried === PAIRS_PER_STEP) {
          tried = 0;
          triedBefore += PAIRS_PER_STEP;
          yield 0.39 + 0.61 * Math.min(1, triedBefore / pairsToTry);
        }
        const a = group[i]!;
        const b = group[j]!;
        const key = Math.min(a, b) * n + Math.max(a, b);
        if (seen.has(key)) continue;
        seen.add(key);
        // two people DBLP tells apart by its numbers are never suggested as one
        if (dblpNumber[a] && dblpNumber[b]) continue;
        // nor two parts of a split the user made ("Jialiang Wang" / "Jialiang Wang (2)"), applied in the page or
        // brought by an alias file imported with the paper list
        if (partsOfOneSplit(names[a]!, names[b]!)) continue;
        // one spelling by the merge key: two Vietnamese names told apart by their marks (the build split them,
        // `MarkSplitter`), else kept apart on purpose (e.g. different ORCIDs, DBLP's numbered and unnumbered person)
        const fit = keys[a] === keys[b] ? marksFit(a, b) : (partsFit(plain[a]!, plain[b]!, parts[a]!, parts[b]!, gluedFormOf(a), gluedFormOf(b)) ?? middleInitialFit(plain[a]!, plain[b]!, parts[a]!, parts[b]!, middles));
        if (!fit) continue;
        if ((glued.has(a) || glued.has(b)) && (gluedRestOf(gluedFormOf(a), gluedFormOf(b)) || gluedRestOf(gluedFormOf(b), gluedFormOf(a)))) continue;
        if (fit.reason !== 'marks' && mergeKeyAt(a) === mergeKeyAt(b)) continue; // (a CJK name split two ways)
        const shared = intersectSorted(row(adjacency, a), row(adjacency, b)).length;
        // (an initial that fits only a middle name is a guess a shared co-author must back)
        if (fit.reason === 'middle-initial' && shared === 0) continue;
        const together = linkBetween(bundle, a, b) >= 0 ? intersectSorted(row(papersOf, a), row(papersOf, b)).length : 0;
        // two names on two or more papers together are two people: a byline typo (one person listed twice) does not
        // repeat (on acl_2016_2021_all, 2 such pairs, both two people: "Yan Song" / "Yangqiu Song" on 4 papers)
        if (together >= 2) continue;
        const fa = parts[a]!.familyJoined;
        const fb = parts[b]!.familyJoined;
        const surnamePeople = Math.min(surnameCount.get(fa) ?? 1, surnameCount.get(fb) ?? 1) - 1;
        const ga = parts[a]!.given[0] ?? '';
        const gb = parts[b]!.given[0] ?? '';
        const givenPeople = Math.max(0, Math.min(givenCount.get(ga) ?? 1, givenCount.get(gb) ?? 1) - 1);
        const topic = topicSimilarity(vectorOf(a), vectorOf(b));
        const pa = bundle.authors.paperCount[a]!;
        const pb = bundle.authors.paperCount[b]!;
        out.push({ a, b, fit, features: { shared, together, topic, surnamePeople, sameSurname: fa === fb, givenPeople, papers: pa + pb, fewerPapers: Math.min(pa, pb), overlap: shared / Math.max(1, Math.min(bundle.authors.coauthorCount[a]!, bundle.authors.coauthorCount[b]!)), people: n, reason: fit.reason } });
      }
    }
  }
  // every name's pairs tried: no author's check needs the prep any more (the page has the whole list's answer)
  if (only === undefined) namesPreps.delete(bundle);
  return out;
}

/**
 * For each name with `?` or U+FFFD in it, the other names it may be with characters lost in encoding
 * (`encodingDamage`): only names of a length the marks allow are tried, so the work grows with the damaged names
 * times the names of a few lengths, not with all pairs.
 */
function damagedPartners(names: readonly string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const damaged: number[] = [];
  names.forEach((n, i) => LOST.test(n) && damaged.push(i));
  if (damaged.length === 0) return out;
  const byLength = new Map<number, number[]>();
  names.forEach((n, i) => {
    const g = byLength.get(n.length);
    if (g) g.push(i);
    else byLength.set(n.length, [i]);
  });
  for (const i of damaged) {
    const name = names[i]!;
    const runs = name.match(LOST_RUNS) ?? [];
    const marks = runs.reduce((n, r) => n + r.length, 0);
    // each run stands for 1 to as many letters as it has marks (a letter outside the BMP is 2 code units)
    const partners: number[] = [];
    for (let len = name.length - marks + runs.length; len <= name.length + marks; len++) {
      for (const j of byLength.get(len) ?? []) if (j !== i && encodingDamage(name, names[j]!)) partners.push(j);
    }
    if (partners.length) out.set(i, partners);
  }
  return out;
}

/** Pairs of people who are probably one person (see the module comment), most probable first. */
export function suggestSamePerson(bundle: Bundle, opts: SuggestionOptions = {}): SamePersonSuggestion[] {
  return finish(suggestSamePersonSteps(bundle, opts));
}

/** Candidates scored and described between two yields. */
const CANDIDATES_PER_STEP = 64;

/** `suggestSamePerson` in steps (util/steps.ts): it yields every few hundred names or pairs, and every few candidates described. */
export function* suggestSamePersonSteps(bundle: Bundle, opts: SuggestionOptions = {}): Steps<SamePersonSuggestion[]> {
  const minProbability = opts.minProbability ?? 0.2;
  const minShared = opts.minSharedCoauthors ?? 0;
  const names = bundle.authors.name;
  // the bundle's indexes (each built once per bundle, one piece of work; an author card's check needs them too)
  // (progress, as the time went on the 30k map: the indexes to 0.06, the candidates found to 0.98, then described)
  const adjacency = coauthorAdjacency(bundle);
  yield 0.03;
  const papersOf = authorPaperIndex(bundle);
  yield 0.04;
  const topics = topicIndex(bundle, opts.abstracts ?? null);
  yield 0.06;
  const out: SamePersonSuggestion[] = [];
  const candidates = yield* scaled(samePersonCandidatesSteps(bundle, opts.abstracts ?? null, opts.only), 0.06, 0.98);
  for (let k = 0; k < candidates.length; k++) {
    if (k % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield 0.98 + 0.02 * (k / candidates.length);
    const c = candidates[k]!;
    if (c.features.shared < minShared) continue;
    const p = 1 / (1 + Math.exp(-pairLogOdds(c.features)));
    if (p < minProbability) continue;
    // of a name and its copy with a lost character, the name as written is kept, whoever has more papers
    const [keep, merge] = c.fit.reason === 'encoding' ? (LOST.test(names[c.a]!) ? [c.b, c.a] : [c.a, c.b]) : preferredFirst(bundle, c.a, c.b);
    const shared = intersectSorted(row(adjacency, keep), row(adjacency, merge));
    const strength = (x: number) => linkWeight(bundle, keep, x) + linkWeight(bundle, merge, x);
    shared.sort((x, y) => strength(y) - strength(x) || x - y);
    // the detail names the two in the heading's order (kept name first): the fit was found in index order, which
    // read 'surnames "Chung" and "Chuang"' under "Ching-Yao Chuang ⇄ Ching-Yao Chung" (81 of 636 at 30k)
    const refit = keep === c.a ? c.fit : c.fit.reason === 'marks' ? marksFitOf(untaggedName(names[keep]!).name, untaggedName(names[merge]!).name) : nameFit(names[keep]!, names[merge]!);
    const detail = refit && refit.reason === c.fit.reason ? refit.detail : c.fit.detail;
    const jointPapers = c.features.together ? intersectSorted(row(papersOf, keep), row(papersOf, merge)) : [];
    const evidence: string[] = [];
    const ways: EvidenceWay[] = [];
    const point = (way: EvidenceWay, text: string) => {
      evidence.push(text);
      ways.push(way);
    };
    if (shared.length) point('for', `${shared.length} shared co-author${shared.length === 1 ? '' : 's'}: ${shared.slice(0, 3).map((x) => names[x]).join(', ')}${shared.length > 3 ? ', …' : ''}`);
    else point('against', 'no shared co-author');
    const vk = topicVector(topics, row(papersOf, keep));
    const vm = topicVector(topics, row(papersOf, merge));
    const common = [...vk.entries()].filter(([id]) => vm.has(id)).sort((x, y) => y[1] * vm.get(y[0])! - x[1] * vm.get(x[0])!).slice(0, 3).map(([id]) => topics.vocabulary[id]!);
    if (c.features.topic >= 0.2) point('for', `similar topics${common.length ? `: ${common.join(', ')}` : ''}`);
    else if (c.features.topic < 0.05) point('against', `different topics: ${listTopicWords(topicWords(topics, vk, vm, 2))} vs. ${listTopicWords(topicWords(topics, vm, vk, 2))}`);
    // (of two different surnames, the rarer: "Yash Kumar Lal" / "Yash Kumar" has a unique one, "Lal", not "Kumar")
    if (c.features.surnamePeople === 0) point('for', c.features.sameSurname ? 'no one else in the dataset has this surname' : 'one of the two surnames is unique in the dataset');
    else if (c.features.surnamePeople >= 20) point('against', `a common surname here (${c.features.surnamePeople + 1} people)`);
    if (jointPapers.length) point('against', `both names on ${jointPapers.length === 1 ? 'one paper' : `${jointPapers.length} papers`} ("${bundle.papers.title[jointPapers[0]!]!.slice(0, 60)}"): a byline typo, or two people`);
    out.push({
      keep,
      merge,
      names: [names[keep]!, names[merge]!],
      spellings: [spellingsOf(bundle, keep), spellingsOf(bundle, merge)],
      paperCounts: [bundle.authors.paperCount[keep]!, bundle.authors.paperCount[merge]!],
      sharedCoauthors: shared,
      reason: c.fit.reason,
      detail,
      evidence,
      ways,
      jointPapers,
      topicSimilarity: Math.round(c.features.topic * 1000) / 1000,
      surnamePeople: c.features.surnamePeople,
      score: Math.round(p * 1000) / 1000,
    });
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
 * that map a name to itself are left out. `different` (default none): pairs of names decided to be different
 * people, written last as `# different people<TAB>name<TAB>name` comment lines (names/aliases.ts
 * `DIFFERENT_PEOPLE`): every reader skips them as comments, the explorer's import reads them back.
 */
export function aliasFileFor(decisions: readonly AliasDecision[], different: readonly (readonly [string, string])[] = []): string {
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
  for (const [a, b] of different) {
    const x = cleanText(a);
    const y = cleanText(b);
    const line = `${DIFFERENT_PEOPLE}\t${x}\t${y}`;
    if (!x || !y || x === y || seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}
