import type { IngestNote, RawPaper } from '../ingest/types';
import type { MergeEntry } from '../bundle/report-types';
import { cleanText } from '../util/text-lines';
import { aliasConflicts, type AliasRule } from './aliases';
import { authorOrder, displayName, innerSuffix, shownName as shownSpelling, shownNameOf, foldName, foldText, isNameSuffix, nameKeyOf, PARTICLES, parseName, splitDegrees, type NameOrder } from './parse-name';
import { normaliseOrcid } from '../ingest/orcid';
import { mergeKey, mergeKeyOf } from './merge-key';
import { joinOpenAlexIds } from './openalex-ids';
import { MarkSplitter } from './tone-marks';
import { dblpTagged, dblpUntagged } from './dblp-number';
import { gluedNames } from './glued';
import { DOUBLE_ACUTE_STAND_INS, properlyMarked } from './marked-spelling';

/** The name an alias line gives, without a DBLP number it was shown with ("Wei Zhang (DBLP 0003)": "Wei Zhang"). */
const canonicalName = (rule: AliasRule): string => dblpUntagged(rule.canonical).name;

export interface Person {
  /**
   * Display name ("First Last" form of the most frequent spelling; on a tie the more informative one: diacritics,
   * then ő or ű over a stand-in for it (õ, ô, ũ, û) where the spellings differ only there, then mixed case over capitals whole, then capitals inside words, then letters, then hyphens and apostrophes, whatever the order of the files); but a
   * less frequent spelling that only adds the marks the most frequent one lacks is shown ("Frédéric Béchet" over
   * "Frederic Bechet": `properlyMarked`, the merge entry saying why).
   */
  name: string;
  /** Other spellings, display form. */
  aliases: string[];
  orcid: string | null;
}

export interface ResolvedPeople {
  people: Person[];
  /** Per paper, person indices in byline order (a person listed twice on a paper counts once). */
  paperAuthors: number[][];
  /** Per paper, the person index of every author position as written (same length as the paper's `authors`). */
  positionPeople: number[][];
  focalAuthor: number | null;
  merged: MergeEntry[];
  notes: { file: string; line: number; note: string }[];
  /** Every author spelling of the papers, as written, with its display form (for `countAuthorNames`). */
  shownSpellings: ShownSpellings;
}

/**
 * A person being gathered. Most people have one spelling, so the first display spelling (and its count) and the
 * first raw spelling are plain fields; the Map and Set are made only when a second one turns up (three
 * collections per person were most of this stage's garbage at 30k papers). Iteration order is insertion order either way.
 */
interface Acc {
  key: string;
  orcid: string | null;
  /** The first display spelling and its count, while it is the only one (`spellings` null). */
  shown1: string | null;
  count1: number;
  /** Every display spelling with its count, once there are two or more (the first one first). */
  spellings: Map<string, number> | null;
  /** The first spelling as written, while it is the only one (`rawSpellings` null). */
  raw1: string | null;
  rawSpellings: Set<string> | null;
  viaAlias: Set<number> | null;
  first: number;
  /** A person keyed by an ORCID: each spelling as written, where it was first seen (for `familyClash`). */
  orcidAt: Map<string, SpellingAt> | null;
}

/** Where a spelling of a person was first seen: its name order, display form, file and line. */
interface SpellingAt {
  order: NameOrder;
  shown: string;
  file: string;
  line: number;
}

const LATIN = /\p{Script=Latin}/u;

/** Folded words of a name part ("García-Márquez" -> garcia, marquez), particles and suffixes left out. */
function words(s: string): string[] {
  return foldText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !PARTICLES.has(w) && !isNameSuffix(w));
}

/**
 * Spellings of one ORCID's person whose family names differ from the first spelling's (after folding): no word of
 * either family name is a word of the other's whole name ("Wei Zhang" / "Maria Garcia"; not "Zhang Wei" /
 * "Wei Zhang", "Smith" / "Smith-Jones", "J. Smith" / "Jane Smith"). Spellings in another script (Latin / not) are
 * not compared: a transliteration is not a change of name. Returns the first spelling and the differing ones.
 */
function familyClash(at: Map<string, SpellingAt>): { first: SpellingAt; others: SpellingAt[] } | null {
  const read = [...at].map(([raw, a]) => {
    const n = parseName(raw, a.order);
    return { a, family: words(n.family), all: new Set(words(`${n.given} ${n.family}`)), latin: LATIN.test(raw) };
  });
  const [f, ...rest] = read;
  if (!f || f.family.length === 0) return null;
  const others = rest.filter((o) => o.latin === f.latin && o.family.length > 0 && !o.family.some((w) => f.all.has(w)) && !f.family.some((w) => o.all.has(w)));
  return others.length ? { first: f.a, others: others.map((o) => o.a) } : null;
}

/** Adds `by` to the count of display spelling `name` of `acc` (adding the spelling when new). */
function countSpelling(acc: Acc, name: string, by: number): void {
  if (acc.spellings) acc.spellings.set(name, (acc.spellings.get(name) ?? 0) + by);
  else if (acc.shown1 === null) ((acc.shown1 = name), (acc.count1 = by));
  else if (acc.shown1 === name) acc.count1 += by;
  else acc.spellings = new Map([[acc.shown1, acc.count1], [name, by]]);
}

/** Adds a spelling as written to `acc`. */
function addRawSpelling(acc: Acc, spelling: string): void {
  if (acc.rawSpellings) acc.rawSpellings.add(spelling);
  else if (acc.raw1 === null) acc.raw1 = spelling;
  else if (acc.raw1 !== spelling) acc.rawSpellings = new Set([acc.raw1, spelling]);
}

/** Diacritics of a spelling: combining marks after NFD ("é", "ć") and the letters NFD does not split ("ø", "ł"). */
function diacritics(s: string): number {
  return (s.normalize('NFD').match(/\p{M}/gu)?.length ?? 0) + (s.toLowerCase().match(/[øłđðæœßıþ]/g)?.length ?? 0);
}

/**
 * Minus the words written in capitals whole ("ZHANG, WEI": −2; an initial or "Wei Zhang": 0): a tie goes to the
 * mixed-case spelling ("Wei Zhang", not "WEI ZHANG"), which says how the person writes the name.
 */
function notShouted(s: string): number {
  let n = 0;
  for (const w of s.split(/[\s,]+/u)) {
    // (two capitals in a row: initials "J.-H." are no shouting)
    if (/\p{Lu}{2,}/u.test(w) && !/\p{Ll}/u.test(w)) n--;
  }
  return n;
}

/** Capitals inside a word ("WenHan", "McCrae", "LeCun"); a word shouted whole ("WEI") has none. */
function innerCapitals(s: string): number {
  return s.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
}

/** Letters of a spelling: a written-out name has more than its initials ("Josiah Carberry", "J. S. Carberry"). */
function letters(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}

/** Hyphens and apostrophes, which a spelling without them lost ("Tat-Seng", "O'Neil"); dots of initials not counted. */
function joiners(s: string): number {
  return s.match(/[-‐'’]/gu)?.length ?? 0;
}


/**
 * Which of two spellings writes the double acute (ő, ű: Hungarian, LaTeX `\H{o}`) where the other has a stand-in for
 * it (õ, ô, ũ, û), the two the same letter for letter elsewhere: 1 for `a` ("A Szűcs" over "A Szũcs"), −1 for `b`,
 * 0 when they differ otherwise or not at all. Latin-1, and with it many old BibTeX files and databases, has no ő or
 * ű: writers put `\~{u}` or `\^{o}` ("Erdôs"), whereas no encoding lacks õ or û, so a spelling with ő or ű was
 * written on purpose, the stand-in when nothing else could be. Compared in NFC, one code point at a time.
 */
function doubleAcuteOverStandIn(a: string, b: string): number {
  const x = [...a.normalize('NFC')];
  const y = [...b.normalize('NFC')];
  if (x.length !== y.length) return 0;
  let side = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    const here = DOUBLE_ACUTE_STAND_INS.get(y[i]!) === x[i] ? 1 : DOUBLE_ACUTE_STAND_INS.get(x[i]!) === y[i] ? -1 : 0;
    if (here === 0 || (side !== 0 && here !== side)) return 0;
    side = here;
  }
  return side;
}

/**
 * Whether display spelling `a` is more informative than `b`, for two spellings of one person seen equally often:
 * more diacritics ("Goran Topić" over "Goran Topic": folding drops them, nothing restores them), then the double
 * acute over its stand-in where that is all they differ by ("A Szűcs" over "A Szũcs": `doubleAcuteOverStandIn`), then fewer words
 * in capitals whole ("Wei Zhang" over "WEI ZHANG"), then more capitals inside words ("WenHan Chao" over "Wenhan Chao"), then more letters (a written-out "Josiah Carberry" over
 * "J. S. Carberry", both of one ORCID), then more hyphens and apostrophes ("Tat-Seng" over "Tat Seng"), then the
 * smaller code-point order: the choice never depends on the order of the input files.
 */
function moreInformative(a: string, b: string): boolean {
  const marks = diacritics(a) - diacritics(b);
  if (marks !== 0) return marks > 0;
  const acute = doubleAcuteOverStandIn(a, b);
  if (acute !== 0) return acute > 0;
  for (const measure of [notShouted, innerCapitals, letters, joiners]) {
    const d = measure(a) - measure(b);
    if (d !== 0) return d > 0;
  }
  return a < b;
}

/**
 * Notes the people whose name reads as two authors' names glued into one byline entry by the source ("Peter
 * Bourgonje. Julian Moreno-Schneider": `gluedNames`), at the entry's first author position; the entry is kept as
 * written (it is neither of the two people, and the same-person suggestions leave it out). `people`: display names
 * before DBLP's numbers; `positionPeople`: per paper, the person of each author position. Appends to `notes`.
 */
function noteGluedNames(people: readonly Person[], papers: readonly RawPaper[], positionPeople: readonly number[][], notes: IngestNote[]): void {
  const glued = gluedNames(people.map((p) => p.name));
  if (glued.length === 0) return;
  const at = new Map<number, { file: string; line: number } | null>(glued.map((g) => [g.glued, null]));
  papers.forEach((paper, i) =>
    positionPeople[i]?.forEach((person, k) => {
      if (at.has(person) && !at.get(person)) at.set(person, { file: paper.source.file, line: paper.authorLines?.[k] ?? paper.source.line });
    }),
  );
  for (const g of glued) {
    const name = people[g.glued]!.name;
    notes.push({ ...at.get(g.glued)!, note: `"${name}" may be two authors run together in the source: it holds "${people[g.part]!.name}", another author here, and "${g.rest}"; kept as written and not suggested as the same person as "${people[g.part]!.name}" (check the record)` });
  }
}

/** The display spellings of `acc` with their counts, in the order first seen. */
function spellingsOf(acc: Acc): [string, number][] {
  return acc.spellings ? [...acc.spellings] : acc.shown1 === null ? [] : [[acc.shown1, acc.count1]];
}

/** The spellings as written of `acc`, in the order first seen. */
function rawSpellingsOf(acc: Acc): string[] {
  return acc.rawSpellings ? [...acc.rawSpellings] : acc.raw1 === null ? [] : [acc.raw1];
}

/**
 * DBLP's homonym numbers where they tell people apart: two or more people of `people` with one display name,
 * kept apart by DBLP ids that carry a number (`dblp:Wei Zhang 0003`), are shown with the number said as DBLP's,
 * "Wei Zhang (DBLP 0003)" (`dblp-number.ts`; the number is otherwise dropped from the name: a list with one Wei Zhang
 * reads "Wei Zhang"), the bare name kept among their spellings. The person DBLP has not told apart (no number) keeps
 * the bare name. Changes `people[i].name` and `.aliases` in place; `accs[i]` is person i's.
 */
function numberDblpHomonyms(people: Person[], accs: readonly Acc[]): void {
  const numbered = new Map<string, number[]>();
  people.forEach((p, i) => {
    if (!/^dblp:.*\s\d{4}$/.test(accs[i]!.key)) return;
    const list = numbered.get(p.name);
    if (list) list.push(i);
    else numbered.set(p.name, [i]);
  });
  if (numbered.size === 0) return;
  // how many people carry each of those names (numbered or not: DBLP's unnumbered one, or another input's)
  const count = new Map<string, number>();
  for (const p of people) if (numbered.has(p.name)) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  for (const [name, list] of numbered) {
    if (count.get(name)! < 2) continue;
    for (const i of list) {
      // the name as spelled stays one of the person's spellings (search and the alias file find it)
      const p = people[i]!;
      if (!p.aliases.includes(name)) p.aliases.unshift(name);
      p.name = dblpTagged(name, accs[i]!.key.slice(-4));
    }
  }
}

/** Author-id schemes readers give (RawPaper.authorIds), as said in merge reasons. */
const ID_SCHEMES = [
  { prefix: 'openalex:', name: 'OpenAlex author id' },
  { prefix: 'scopus:', name: 'Scopus author id' },
  { prefix: 'dblp:', name: 'DBLP person' },
];

function paperMatches(p: RawPaper, ref: string): boolean {
  const r = ref.toLowerCase();
  return (p.id != null && p.id.toLowerCase() === r) || (p.doi != null && p.doi.toLowerCase() === r) || foldName(p.title) === foldName(ref);
}

/**
 * Distinct author spellings after NFC + trim, over every record read (duplicates included), compared in
 * "First Last" form so "Last, First" inputs count like "First Last" ones. `known`: what `resolvePeople` gave for
 * some of these papers (`resolved`, the same objects or merged copies with the same authors) and the spellings
 * it parsed (`shown`: its `shownSpellings`), so those are not parsed again; the count is the same. Throws nothing.
 */
export function countAuthorNames(papers: RawPaper[], known?: { shown: ShownSpellings; resolved: readonly RawPaper[] }): number {
  const distinct = new Set<string>();
  // what resolvePeople already parsed (every author of `known.resolved`) is not parsed again: at 30k papers the
  // parsing was 0.1-0.2 s of a build's last stage, on the main thread, with the second thread idle
  let skip: Set<RawPaper> | null = null;
  if (known) {
    for (const m of known.shown.values()) for (const v of m.values()) distinct.add(v.rawShown);
    skip = new Set(known.resolved);
  }
  // each spelling parsed once per name order (authors recur across papers)
  const seen = new Map<NameOrder, Set<string>>();
  for (const p of papers) {
    if (skip?.has(p)) continue;
    const paperOrder = p.nameOrder ?? 'auto';
    for (let k = 0; k < p.authors.length; k++) {
      const raw = p.authors[k]!;
      const order = p.literalAuthors?.[k] ? 'literal' : paperOrder;
      let seenHere = seen.get(order);
      if (!seenHere) seen.set(order, (seenHere = new Set()));
      const shown = known?.shown.get(order);
      if (seenHere.has(raw)) continue;
      seenHere.add(raw);
      distinct.add(shown?.get(raw)?.rawShown ?? shownSpelling(raw, order));
    }
  }
  return distinct.size;
}

/**
 * What the build works out from one author spelling as written (`raw`, in a format with name order `order`):
 * `spelling` (whitespace collapsed, `cleanText`), `shown` (its display form), `key` (its merge key, which decides
 * who is who), `rawShown` (the display form of `raw` itself, counted by `countAuthorNames`) and `nameKey` (the
 * key under which duplicate papers' author lists are compared, `mergeDuplicatePapers`). A pure function of
 * `raw` and `order`, so another thread may work it out (the CLI's build thread does, while the input is read)
 * and give it back as `KnownNameParts`. Throws nothing.
 */
export interface NameParts {
  spelling: string;
  shown: string;
  key: string;
  rawShown: string;
  nameKey: string;
}

/** `NameParts` of one spelling as written; see there. */
export function nameParts(raw: string, order: NameOrder): NameParts {
  const spelling = cleanText(raw);
  // parsed once for every form: parseName cleans its input first, and cleanText gives cleanText back, so this is
  // parseName(raw, order) too (three parses per spelling were most of the build thread's work while reading)
  const parsed = parseName(spelling, order);
  const shown = shownNameOf(spelling, parsed, order);
  return { spelling, shown, key: mergeKeyOf(spelling, parsed), rawShown: spelling === raw ? shown : shownNameOf(raw, parsed, order), nameKey: nameKeyOf(raw, parsed) };
}

/** `NameParts` worked out beforehand, per name order and spelling as written (the same as `nameParts` gives). */
export type KnownNameParts = ReadonlyMap<NameOrder, ReadonlyMap<string, NameParts>>;

/**
 * Per name order, per author spelling as written, its display form as `countAuthorNames` counts it (`shownName`
 * of the spelling as written, before whitespace is collapsed): `resolvePeople` gives it for every author of the
 * papers it resolved. Two levels, not one key of order and spelling: a joined key is a new string per authorship,
 * flattened and hashed on every lookup (a fifth of the names stage at 30k papers).
 */
export type ShownSpellings = ReadonlyMap<NameOrder, ReadonlyMap<string, { rawShown: string }>>;

/**
 * Names to people. Each author position of `papers` becomes a person: spellings with the same merge key
 * (NFC, case, diacritics and punctuation folded; `merge-key.ts`) are one person, except Vietnamese spellings that
 * both carry marks and carry different ones ("Nguyễn Văn Anh" / "Nguyễn Văn Ánh", `tone-marks.ts`: two people, and a
 * plain spelling beside both a third, each with a note); author ids decide when present
 * (ORCID, Scopus, DBLP; OpenAlex ids joined as `openalex-ids.ts` says), and alias `rules` rename a spelling,
 * globally or on one paper (`aliasFile` names their file in notes). `focalRaw` (the list's focal author as
 * written) and `focalOrcid` pick `focalAuthor`. Returns the people (display name: the most frequent spelling),
 * each paper's author indices, every merge with its reason and notes (a name twice on one paper; an academic
 * degree read off a name, "Jane Doe, PhD" (`splitDegrees`); names kept apart by their marks; an alias
 * line not applied, with the alias file and line: a paper's line that matched no paper, a plain line whose variant
 * no author is written as, a plain line whose variant a later line gives another name). Deterministic; throws nothing.
 */
export function resolvePeople(papers: RawPaper[], rules: AliasRule[], focalRaw: string | null, aliasFile = 'aliases', focalOrcid: string | null = null, known: KnownNameParts | null = null): ResolvedPeople {
  const globalRules = new Map<string, AliasRule>();
  const paperRules: AliasRule[] = [];
  /**
   * The merge key of a name on an alias line: the key of that spelling as the papers read it when some author is
   * written so (a name copied from the file, "Laks Lakshmanan, V.S." from a "First Last" list, means that author,
   * read in that file's order), else the name's own key (`mergeKey`, order "auto"). Filled in once the spellings are seen.
   */
  const fileSpellings = new Map<string, { order: NameOrder; key: string; shown: string }>();
  const ruleKey = (name: string): string => fileSpellings.get(cleanText(name))?.key ?? mergeKey(name);
  const usedPaperRules = new Set<AliasRule>();
  /**
   * Whether a plain alias line's canonical name reaches someone besides its variant: an author written so in the
   * papers (any spelling with its person key), another line's variant (a chain), or another used line's canonical.
   */
  let spellingPersonKeys: Set<string> | null = null;
  const joinsSomeone = (r: AliasRule): boolean => {
    const target = keyOfRuleName(canonicalName(r));
    const variantKey = keyOfRuleName(r.variant);
    if (target === variantKey) return true;
    if (!spellingPersonKeys) {
      spellingPersonKeys = new Set();
      for (const [spelling, f] of fileSpellings) spellingPersonKeys.add(keyOfSpelling(spelling, f.order, f.key));
    }
    if (spellingPersonKeys.has(target)) return true;
    for (const o of rules) {
      if (o === r || o.paper) continue;
      if (keyOfRuleName(o.variant) === target) return true;
      if (usedGlobalKeys.has(ruleKey(o.variant)) && keyOfRuleName(canonicalName(o)) === target) return true;
    }
    return false;
  };
  // variants (merge keys) of plain lines some author is written as, or that a chain of lines goes through
  const usedGlobalKeys = new Set<string>();
  const resolveAlias = (key: string, paper: RawPaper): AliasRule | null => {
    let rule = globalRules.get(key) ?? null;
    if (rule) usedGlobalKeys.add(key);
    for (const r of paperRules)
      if (ruleKey(r.variant) === key && paperMatches(paper, r.paper!)) {
        usedPaperRules.add(r);
        return r;
      }
    // follow chains a -> b -> c (bounded)
    for (let hops = 0; rule && hops < 10; hops++) {
      const nextKey = ruleKey(rule.canonical);
      const next = globalRules.get(nextKey);
      if (!next || next === rule) break;
      usedGlobalKeys.add(nextKey);
      rule = next;
    }
    return rule;
  };

  // Identifiers decide who is who: an ORCID, else the input's author id (OpenAlex, Scopus, DBLP; an id seen with
  // an ORCID anywhere is that ORCID's person). Name keys that carry exactly one identifier: unlabelled spellings join that person.
  const orcidOfId = new Map<string, string>();
  for (const p of papers)
    p.authorIds?.forEach((id, k) => {
      const o = p.authorOrcids?.[k];
      if (id && o && !orcidOfId.has(id)) orcidOfId.set(id, o);
    });
  // one person split by OpenAlex into several ids: same name and a shared co-author join them (see openalex-ids.ts)
  const joinedId = joinOpenAlexIds(papers, (id) => orcidOfId.has(id));
  const joinedGroups = new Map<string, string[]>();
  for (const [id, rep] of joinedId) {
    const key = `openalex:${rep}`;
    joinedGroups.set(key, [...(joinedGroups.get(key) ?? [rep]), id].sort());
  }
  const identityOf = (p: RawPaper, k: number): string | null => {
    const orcid = p.authorOrcids?.[k] ?? null;
    if (orcid) return `orcid:${orcid}`;
    const raw = p.authorIds?.[k] ?? null;
    if (!raw) return null;
    const id = joinedId.get(raw) ?? raw;
    const o = orcidOfId.get(id);
    return o ? `orcid:${o}` : id.includes(':') ? id : `openalex:${id}`;
  };
  const byKey = new Map<string, number>();
  const accs: Acc[] = [];
  const paperAuthors: number[][] = [];
  const positionPeople: number[][] = [];
  // one name mapped to two people in the alias file: a note for each (the names stage keeps its rule, see aliasConflicts)
  const notes: ResolvedPeople['notes'] = aliasConflicts(rules, aliasFile);
  let order = 0;
  // a spelling's display form and merge key, worked out once per spelling and name order (authors recur across
  // papers: parsing names was most of this stage)
  type Parsed = NameParts & {
    /**
     * The person this spelling is, when no per-paper alias rule and no author id can change that (-1: not yet
     * known): then the person follows from the merge key alone, so it is looked up once per spelling, not once
     * per authorship.
     */
    person: number;
  };
  const parsed = new Map<NameOrder, Map<string, Parsed>>();
  let parsedOrder: NameOrder | null = null;
  let parsedHere = new Map<string, Parsed>();
  let knownHere: ReadonlyMap<string, NameParts> | undefined;
  const parse = (raw: string, nameOrder: NameOrder) => {
    if (nameOrder !== parsedOrder) {
      let m = parsed.get(nameOrder);
      if (!m) parsed.set(nameOrder, (m = new Map()));
      parsedOrder = nameOrder;
      parsedHere = m;
      knownHere = known?.get(nameOrder);
    }
    let got = parsedHere.get(raw);
    if (!got) {
      got = { ...(knownHere?.get(raw) ?? nameParts(raw, nameOrder)), person: -1 };
      parsedHere.set(raw, got);
    }
    return got;
  };
  // Vietnamese spellings of one merge key whose marks differ ("Nguyễn Văn Anh" / "Nguyễn Văn Ánh") are two names:
  // every spelling is seen once first, so that a group is split by its marks whatever the order of the papers
  const marks = new MarkSplitter();
  const markSeen = new Map<NameOrder, Set<string>>();
  for (const p of papers)
    p.authors.forEach((name, k) => {
      const order = authorOrder(p, k);
      let seen = markSeen.get(order);
      if (!seen) markSeen.set(order, (seen = new Set()));
      if (seen.has(name)) return;
      seen.add(name);
      const { spelling, key, shown } = parse(name, order);
      if (!fileSpellings.has(spelling)) fileSpellings.set(spelling, { order, key, shown });
      marks.add(spelling, key, () => parseName(spelling, order));
    });
  for (const r of rules) {
    if (r.paper) paperRules.push(r);
    else globalRules.set(ruleKey(r.variant), r);
  }
  /** The person key of a spelling by its merge key: the merge key, or the part of it a split by marks gives (`MarkSplitter`). */
  const keyOfSpelling = (spelling: string, order: NameOrder, key = mergeKey(spelling, order)) => marks.keyOf(cleanText(spelling), key, () => parseName(spelling, order));
  /** The person key of a name on an alias line: as the papers read that spelling when some author is written so (see `ruleKey`). */
  const keyOfRuleName = (name: string) => {
    const f = fileSpellings.get(cleanText(name));
    return f ? keyOfSpelling(name, f.order, f.key) : keyOfSpelling(name, 'auto');
  };
  const orcidsByKey = new Map<string, Set<string>>();
  for (const p of papers)
    p.authors.forEach((name, k) => {
      const identity = identityOf(p, k);
      if (!identity) return;
      const order = authorOrder(p, k);
      const key = keyOfSpelling(name, order, parse(name, order).key);
      let s = orcidsByKey.get(key);
      if (!s) orcidsByKey.set(key, (s = new Set()));
      s.add(identity);
    });

  // DBLP's numbered people by their person id (`dblp:Wei Zhang 0003`), for alias lines that name one as shown
  const dblpIds = new Set<string>();
  for (const ids of orcidsByKey.values()) for (const id of ids) if (id.startsWith('dblp:')) dblpIds.add(id);
  const dblpPerson = (canonical: string): string | null => {
    const t = dblpUntagged(canonical);
    const id = t.number ? `dblp:${t.name} ${t.number}` : null;
    return id && dblpIds.has(id) ? id : null;
  };
  /** Spellings whose academic degree was said in a note (once per spelling). */
  const degreeNoted = new Set<string>();
  /** Spellings checked for a generational suffix written inside the name ("J Jr Engel", noted once per spelling). */
  const suffixNoted = new Set<string>();
  /** Merge keys of groups split by marks, and person keys of their plain spellings, already said in a note. */
  const markNoted = new Set<string>();
  const byPaperRule = paperRules.length > 0;
  papers.forEach((paper) => {
    const list: number[] = [];
    const positions: number[] = [];
    const { authorIds, authorOrcids } = paper;
    const nameOrder = paper.nameOrder ?? 'auto';
    const literal = paper.literalAuthors;
    paper.authors.forEach((raw, k) => {
      const p = parse(raw, literal?.[k] ? 'literal' : nameOrder);
      const { spelling, shown } = p;
      if (!literal?.[k] && spelling !== p.shown && !degreeNoted.has(spelling)) {
        const { degrees } = splitDegrees(spelling);
        if (degrees.length) {
          degreeNoted.add(spelling);
          notes.push({ file: paper.source.file, line: paper.authorLines?.[k] ?? paper.source.line, note: `"${spelling}": ${degrees.map((d) => `"${d}"`).join(' and ')} read as ${degrees.length === 1 ? 'an academic degree' : 'academic degrees'}, not part of the name ("${shown}")` });
        }
      }
      // a suffix written inside the name ("J Jr Engel") was read as written last: a guess, said once per spelling
      if (!literal?.[k] && !suffixNoted.has(spelling) && / (?:Jr|Sr|I[IV]|III)\b/.test(spelling)) {
        suffixNoted.add(spelling);
        const moved = innerSuffix(spelling, nameOrder);
        if (moved) notes.push({ file: paper.source.file, line: paper.authorLines?.[k] ?? paper.source.line, note: `"${spelling}": "${moved.suffix}" read as a generational suffix written inside the name: "${shown}" (check the record)` });
      }
      // the person depends on this spelling alone unless a per-paper rule or an author id may decide
      const cacheable = !byPaperRule && !authorIds?.[k] && !authorOrcids?.[k];
      let idx = cacheable ? p.person : -1;
      // (without alias rules there is no rule to find)
      const found = idx < 0 || globalRules.size > 0 ? resolveAlias(p.key, paper) : null;
      // (alias lines are found by merge key; in a group split by its marks a line is for the spellings of its own
      // marks: "Nguyen Van Anh → Nguyễn Văn Anh" does not rename "Nguyễn Văn Ánh")
      const spellingOrder = literal?.[k] ? 'literal' : nameOrder;
      // (the line this spelling matched: a paper's line, or the first of a chain of plain lines)
      const matched = found && (found.paper ? found : (globalRules.get(p.key) ?? found));
      const rule = matched && marks.splits(p.key) && keyOfRuleName(matched.variant) !== keyOfSpelling(spelling, spellingOrder, p.key) ? null : found;
      if (idx < 0) {
        // (an alias file line naming DBLP's numbered person as shown, "Wei Zhang (DBLP 0003)", means that person)
        const tagged = rule ? dblpPerson(rule.canonical) : null;
        const key = tagged ?? (rule ? keyOfRuleName(canonicalName(rule)) : keyOfSpelling(spelling, spellingOrder, p.key));
        if (!rule && marks.splits(p.key) && !markNoted.has(key)) {
          // once per group split by its marks (at its first spelling), and once per plain spelling of it (either)
          markNoted.add(key);
          const forms = marks.formsOf(p.key).map((f) => `"${f}"`);
          const at = { file: paper.source.file, line: paper.authorLines?.[k] ?? paper.source.line };
          if (!markNoted.has(p.key)) {
            markNoted.add(p.key);
            notes.push({ ...at, note: `${forms.slice(0, -1).join(', ')} and ${forms[forms.length - 1]} are kept as different people: their marks differ, and in a Vietnamese name a tone or vowel mark makes another word (see the same-person suggestions)` });
          }
          if (key.endsWith('\u0001')) notes.push({ ...at, note: `"${spelling}" (no diacritics) may be ${forms.join(' or ')}: kept as a person of its own (see the same-person suggestions)` });
        }
        const identity = identityOf(paper, k);
        let personKey: string;
        if (identity) personKey = identity;
        else {
          const os = orcidsByKey.get(key);
          personKey = os && os.size === 1 ? [...os][0]! : key;
        }
        let found = byKey.get(personKey);
        if (found === undefined) {
          found = accs.length;
          byKey.set(personKey, found);
          accs.push({ key: personKey, orcid: personKey.startsWith('orcid:') ? personKey.slice(6) : null, shown1: null, count1: 0, spellings: null, raw1: null, rawSpellings: null, viaAlias: null, first: order, orcidAt: null });
        }
        idx = found;
        if (cacheable) p.person = idx;
      }
      const acc = accs[idx]!;
      // (a name copied from the file is shown as that spelling is)
      const shownName = rule ? (fileSpellings.get(cleanText(canonicalName(rule)))?.shown ?? displayName(parseName(canonicalName(rule)))) : shown;
      countSpelling(acc, shownName, 1);
      if (shownName !== shown) countSpelling(acc, shown, 0);
      addRawSpelling(acc, spelling);
      if (acc.orcid) {
        const at = (acc.orcidAt ??= new Map());
        if (!at.has(spelling)) at.set(spelling, { order: literal?.[k] ? 'literal' : nameOrder, shown, file: paper.source.file, line: paper.authorLines?.[k] ?? paper.source.line });
      }
      if (rule) (acc.viaAlias ??= new Set()).add(rule.line);
      order++;
      positions.push(idx);
      if (list.includes(idx)) {
        notes.push({ file: paper.source.file, line: paper.source.line, note: `"${spelling}" appears twice among the authors of "${paper.title.slice(0, 80)}"; counted once` });
      } else list.push(idx);
    });
    paperAuthors.push(list);
    positionPeople.push(positions);
  });

  for (const r of paperRules)
    if (!usedPaperRules.has(r)) notes.push({ file: aliasFile, line: r.line, note: `alias line ${r.line}: no paper "${r.paper}" with author "${r.variant}"; line not applied` });
  // a plain line no author is written as (a typo in the variant) or that a later line with the same variant but
  // another name replaces: said, as a paper's line is
  for (const r of rules) {
    if (r.paper) continue;
    const key = ruleKey(r.variant);
    const last = globalRules.get(key)!;
    // (a later line giving the variant another name is said by `aliasConflicts`, with both lines)
    if (last !== r && mergeKey(last.canonical) !== mergeKey(r.canonical)) continue;
    if (!usedGlobalKeys.has(key)) {
      notes.push({ file: aliasFile, line: r.line, note: `alias line ${r.line}: no author "${r.variant}" in the papers; line not applied` });
    } else if (last === r && !joinsSomeone(r)) {
      notes.push({ file: aliasFile, line: r.line, note: `alias line ${r.line}: no author "${canonicalName(r)}" in the papers, so "${r.variant}" is only renamed to it and joined with no one (to join two people, copy the second name as the papers write it)` });
    }
  }
  const merged: MergeEntry[] = [];
  const ruleAt = new Map(rules.map((r) => [r.line, r]));
  // person entries made by per-paper lines alone split a name, they join nothing (the CLI and the browser say so);
  // lines whose canonical is an author written so in the papers give that author the papers (a split that gives
  // Yang Liu's body of work 2 to Yang Janet Liu): she is no new person of the split (the report said "new person")
  const writtenInPapers = (name: string): boolean => {
    if (!spellingPersonKeys) {
      spellingPersonKeys = new Set();
      for (const [spelling, f] of fileSpellings) spellingPersonKeys.add(keyOfSpelling(spelling, f.order, f.key));
    }
    return spellingPersonKeys.has(keyOfRuleName(name));
  };
  const splitOf = (lines: Set<number>): { split?: { name: string; given?: number } } => {
    const rs = [...lines].map((l) => ruleAt.get(l));
    if (!rs.length || !rs.every((r) => r?.paper)) return {};
    const first = rs[0]!;
    const gives = keyOfRuleName(canonicalName(first)) !== keyOfRuleName(first.variant) && writtenInPapers(canonicalName(first));
    return { split: { name: first.variant, ...(gives ? { given: new Set(rs.map((r) => r!.paper)).size } : {}) } };
  };
  const people: Person[] = accs.map((acc) => {
    let best = '';
    let bestCount = -1;
    const spellings = spellingsOf(acc);
    for (const [s, c] of spellings) if (c > bestCount || (c === bestCount && moreInformative(s, best))) ((best = s), (bestCount = c));
    // a less frequent spelling that only adds the marks the most frequent one lost is shown, and the report says why
    const marked = properlyMarked(spellings, best);
    if (marked) best = marked.spelling;
    const aliases = spellings.map(([s]) => s).filter((s) => s !== best);
    const viaAlias = acc.viaAlias ?? new Set<number>();
    if (acc.rawSpellings && acc.rawSpellings.size > 1) {
      const reason = viaAlias.size
        ? `alias file (line ${[...viaAlias].join(', ')})`
        : acc.orcid
          ? `same ORCID ${acc.orcid}`
          : joinedGroups.has(acc.key)
            ? `same name and a shared co-author under OpenAlex author ids ${joinedGroups.get(acc.key)!.join(', ')} (OpenAlex keeps them apart)`
            : ID_SCHEMES.some((x) => acc.key.startsWith(x.prefix))
            ? (() => {
                const x = ID_SCHEMES.find((y) => acc.key.startsWith(y.prefix))!;
                return `same ${x.name} ${acc.key.slice(x.prefix.length)}`;
              })()
            : aliases.length === 0
              ? 'same name, written in another order ("Last, First" / "First Last") or split differently into family and given names'
              : 'spellings differ only in case, diacritics, or the punctuation and spacing between the same name parts';
      // one ORCID on names whose family names differ: the ORCID decides (names change), but the user is told
      const clash = acc.orcid && !viaAlias.size && acc.orcidAt ? familyClash(acc.orcidAt) : null;
      if (clash) {
        const names = [clash.first, ...clash.others].map((a) => `'${a.shown}'`);
        const where = clash.others[0]!;
        notes.push({ file: where.file, line: where.line, note: `ORCID ${acc.orcid} on ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}: kept as one person as the ORCID says; check the record` });
      }
      merged.push({ kind: 'person', reason: `${clash ? `${reason} (family names differ: check the record)` : reason}${marked ? `; ${marked.why}` : ''}`, kept: best, merged: rawSpellingsOf(acc), ...(viaAlias.size ? splitOf(viaAlias) : {}) });
    } else if (viaAlias.size) {
      merged.push({ kind: 'person', reason: `alias file (line ${[...viaAlias].join(', ')})${marked ? `; ${marked.why}` : ''}`, kept: best, merged: rawSpellingsOf(acc), ...splitOf(viaAlias) });
    }
    return { name: best, aliases, orcid: acc.orcid };
  });
  // how many people each split name became: its entries' people, and the name itself if it is still someone's
  const splitEntries = new Map<string, MergeEntry[]>();
  for (const m of merged) if (m.split) (splitEntries.get(m.split.name) ?? splitEntries.set(m.split.name, []).get(m.split.name)!).push(m);
  for (const [name, entries] of splitEntries) {
    const people = entries.length + (byKey.has(keyOfSpelling(name, 'auto')) ? 1 : 0);
    for (const m of entries) m.split = { ...m.split, name, people };
  }
  noteGluedNames(people, papers, positionPeople, notes);
  numberDblpHomonyms(people, accs);

  let focalAuthor: number | null = null;
  if (focalRaw) {
    const fk = keyOfSpelling(focalRaw, 'auto');
    // An ORCID, when given, decides (the person is keyed by it); otherwise the name.
    const orcid = normaliseOrcid(focalOrcid).orcid;
    const idx = (orcid ? byKey.get(`orcid:${orcid}`) : undefined) ?? byKey.get(fk) ?? accs.findIndex((a) => a.key === fk);
    focalAuthor = idx !== undefined && idx >= 0 ? idx : null;
  }
  return { people, paperAuthors, positionPeople, focalAuthor, merged, notes, shownSpellings: parsed };
}
