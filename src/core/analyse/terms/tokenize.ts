/**
 * Text to term ids: every word (letters/digits with inner hyphens or apostrophes) and every two- and
 * three-word phrase of the papers' titles and abstracts, in one vocabulary of ids. Stop words,
 * punctuation and line breaks break phrases.
 */
import { IntList, Counter, PairTable } from './int-tables';
import { foldPlural } from '../../text/plural';
import { NOT_ALONE, WEAK_WORDS } from '../../text/stop-words';
import type { LabelPaper } from './types';

// A word: letters/digits, with inner hyphens or apostrophes ("cross-lingual", "text-to-video").
// Scanned by hand with an incremental hash, so a word seen before costs no string allocation.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const wordCharClass = new Uint8Array(65536);
for (let c = 0; c < 128; c++) wordCharClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
function isWordChar(c: number): boolean {
  let k = wordCharClass[c]!;
  if (k === 0) k = wordCharClass[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
const ELISION = /^(?:[cdjlmnst]|qu)'(.+)$/;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|[^\s@]+@[^\s@]+\.[a-z]{2,}/g;

/**
 * A citation mark as the BibTeX reader writes `\cite{…}` ("[smith2019]", "[a, b, p. 3]"): a bracket group holding a
 * digit or a colon (citation keys carry a year or a prefix). Its keys are no topic words: "smith2019" led a
 * cluster's name (a tester's finding).
 */
const CITATION = /\[[^\][]*[\d:][^\][]*\]/g;
const STARTS_WITH_LETTER = /^\p{L}/u;
const MAX_TERMS = 2 ** 30;
/**
 * A three-word phrase is counted only when both its two-word halves occur in this many papers (3; 1 in
 * corpora of under 400 papers, where every phrase of a title matters and there are few to count).
 */
const trigramMinHalfPapers = (paperCount: number) => (paperCount < 400 ? 1 : 3);

/**
 * The word a spelling stands for: lower-cased, a possessive 's and a French elision (l', d', qu') dropped,
 * plurals folded (`foldPlural`); null for a stop word (before or after folding), a one-letter word or one that
 * does not start with a letter. Pure.
 */
export function foldSpelling(text: string, stopWords: ReadonlySet<string>): string | null {
  let lower = text.toLowerCase().replace(/’/g, "'");
  if (lower.endsWith("'s")) lower = lower.slice(0, -2);
  // French elision: l'analyse, d'un, qu'il.
  const elided = ELISION.exec(lower);
  if (elided) lower = elided[1]!;
  if (lower.length < 2 || !STARTS_WITH_LETTER.test(lower) || stopWords.has(lower)) return null;
  const folded = foldPlural(lower);
  return stopWords.has(folded) ? null : folded;
}

/**
 * The first, character-level step of tokenising, apart from any vocabulary: texts cut into words (letters/digits
 * with inner hyphens or apostrophes; URLs and e-mail addresses cut out), each word as the slot of its spelling as
 * written (one slot per distinct spelling, in a hash table on the characters, so a spelling seen before costs no
 * string allocation), with whether only spaces separate it from the text's word before. It needs no stop words
 * and no word ids, so texts can be scanned before it is known which papers they belong to (the CLI's build thread
 * scans the records as they are read); `Vocabulary` turns slots into word ids later, in paper order.
 */
export class SpellingScanner {
  private mask = (1 << 16) - 1;
  private hash = new Int32Array(this.mask + 1);
  private slotAt = new Int32Array(this.mask + 1).fill(-1);
  /** Per slot: the spelling as written. */
  readonly texts: string[] = [];
  /** Per slot, when made with stop words (`foldedWith`): `foldSpelling` of it, worked out as the slot is made. */
  readonly folded: (string | null)[] = [];

  /** `foldedWith`: stop words to fold each new spelling with as it is scanned (a `Vocabulary` with the same set then uses `folded`). */
  constructor(readonly foldedWith: ReadonlySet<string> | null = null) {}

  /**
   * Appends `text`'s words to `out`, one entry each: its spelling's slot × 2, plus 1 when only spaces (at least
   * one) separate it from the word before it in this text. Linear in the text's length; throws nothing.
   */
  scan(text: string, out: IntList): void {
    const linked = text.includes('://') || text.includes('www.') || text.includes('@') ? text.replace(URL, ' . ') : text;
    const clean = linked.includes('[') ? linked.replace(CITATION, ' . ') : linked;
    const n = clean.length;
    // a text of n characters has at most (n + 1) / 2 words
    out.reserve((n + 1) >> 1);
    const data = out.data;
    let len = out.length;
    let previousEnd = -1;
    let i = 0;
    while (i < n) {
      // Skip to the next word character, then read the word (inner - ' ’ join word characters).
      let c = clean.charCodeAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      const begin = i;
      let hash = FNV_OFFSET;
      for (;;) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        i++;
        if (i >= n) break;
        c = clean.charCodeAt(i);
        if (isWordChar(c)) continue;
        if ((c === 45 || c === 39 || c === 8217) && i + 1 < n && isWordChar(clean.charCodeAt(i + 1))) continue;
        break;
      }
      const slot = this.slotOf(clean, begin, i, hash);
      data[len++] = slot * 2 + (previousEnd >= 0 && isSpaces(clean, previousEnd, begin) ? 1 : 0);
      previousEnd = i;
    }
    out.length = len;
  }

  /** Slot of the spelling `text[begin, end)` whose FNV-1a hash is `hash` (a new slot the first time). */
  private slotOf(text: string, begin: number, end: number, hash: number): number {
    const mask = this.mask;
    let i = hash & mask;
    for (;;) {
      const slot = this.slotAt[i]!;
      if (slot === -1) break;
      if (this.hash[i] === hash && sameText(this.texts[slot]!, text, begin, end)) return slot;
      i = (i + 1) & mask;
    }
    const slot = this.texts.length;
    if (slot >= MAX_TERMS) throw new RangeError('too many distinct spellings to label communities');
    const spelling = text.slice(begin, end);
    this.texts.push(spelling);
    if (this.foldedWith) this.folded.push(foldSpelling(spelling, this.foldedWith));
    this.hash[i] = hash;
    this.slotAt[i] = slot;
    if (2 * this.texts.length > mask) this.grow();
    return slot;
  }

  private grow(): void {
    const { hash, slotAt } = this;
    this.mask = this.mask * 2 + 1;
    this.hash = new Int32Array(this.mask + 1);
    this.slotAt = new Int32Array(this.mask + 1).fill(-1);
    for (let k = 0; k < slotAt.length; k++) {
      if (slotAt[k] === -1) continue;
      let i = hash[k]! & this.mask;
      while (this.slotAt[i] !== -1) i = (i + 1) & this.mask;
      this.hash[i] = hash[k]!;
      this.slotAt[i] = slotAt[k]!;
    }
  }
}

/**
 * Function words that tell how the word beside them is used (`Vocabulary.cueOf`): CUE_VERB_AFTER, a verb may follow
 * ("we", "to", a modal, "it", "which"); CUE_DETERMINER, a noun or adjective follows ("the", "these"); CUE_OBJECT, it
 * may be a verb's object and so follow a verb ("the", "them", "how"). NO_CUE marks a slot looked at that has none.
 */
const CUE_VERB_AFTER = 1;
const CUE_DETERMINER = 2;
const CUE_OBJECT = 4;
const NO_CUE = 8;
const FUNCTION_CUES = new Map<string, number>();
for (const [words, cue] of [
  ['we they to can could may might will would should must cannot not does do did it which who he she', CUE_VERB_AFTER],
  ['the a an this these those its their our his her my your each every such any some no', CUE_DETERMINER],
  ['the a an this these those its their our them it both each every any some how what whether', CUE_OBJECT],
] as const) {
  for (const w of words.split(' ')) FUNCTION_CUES.set(w, (FUNCTION_CUES.get(w) ?? 0) | cue);
}
/** `Vocabulary.verbLike`: the least share of a verb's uses beside a verb's function words, the most after a determiner. */
const VERB_SHARE = 0.2;
/** `Vocabulary.verbLike`'s bits. */
export const VERB_USES = 1;
export const VERB = 2;
const DETERMINER_SHARE = 0.02;
/** ... and at least this many such uses: one "to Princeton WordNet" makes no verb of "Princeton". */
const MIN_VERB_CUES = 3;

/** A spelling slot not yet turned into a word id. */
const UNRESOLVED = -2;
/** `Vocabulary.initialCase`: a spelling starting with a small letter, a capital, or neither. */
export const LOWER_INITIAL = 1;
export const UPPER_INITIAL = 2;
const OTHER_INITIAL = 3;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Every term of one labelling run: single words and phrases share one id space. A phrase is its
 * prefix term plus one more word, so `parent` / `last` spell any term out. Spellings come from `spellings`
 * (its slots); each becomes a word id the first time a paper uses it (`wordOfSlot`), so ids follow the papers'
 * order whichever texts were scanned first.
 */
export class Vocabulary {
  /** Per spelling slot: its word id (-1: stop word / unusable; UNRESOLVED: no paper used it yet) and how often papers use it. */
  readonly slotWord: number[] = [];
  readonly slotCount: number[] = [];
  /**
   * Per spelling slot: its uses where the case says how the word is written (`StreamWriter.text`): in a text in
   * sentence case (not a Title Case or capitals title), after spaces alone (not a sentence's first word, nor after
   * punctuation). "Chinese" there is a proper name; "Translation" in a Title Case title says nothing.
   */
  readonly slotInSentence: number[] = [];
  /**
   * Per spelling slot: its uses right after a word that comes before a verb ("we", "to", "can", "it", "which": "we
   * combine", "to capture", "it consists") or right before an object ("captures the", "combine them"), and its uses
   * right after a determiner ("the", "these", "its": "the model"), each only where spaces alone separate the two.
   * Read by `Vocabulary.verbLike`: how the papers use a word tells a verb ("capture", "combine") from a noun.
   */
  readonly slotVerbCues: number[] = [];
  readonly slotDeterminerCues: number[] = [];
  /** Per spelling slot: how its first letter is written (`initialCase`), 0 until asked. */
  private readonly slotInitial: number[] = [];
  /** Per spelling slot: its `CUE_*` bits as a function word (0 until asked; NO_CUE for none). */
  private readonly slotCue: number[] = [];
  private readonly word = new Map<string, number>();
  private readonly phrase = new PairTable();
  /**
   * Per term (ids 0 .. termCount - 1): the shorter term it extends (-1 for a word), the term without its first
   * word (-1 for a word), its last word, its length in words (typed arrays, longer than termCount: grown by
   * doubling; at 30k papers 367k terms, where lists of numbers took twice the room and left copies behind as they
   * grew), and the folded text of a word ('' for a phrase).
   */
  private columns = {
    parent: new Int32Array(1 << 12),
    suffix: new Int32Array(1 << 12),
    last: new Int32Array(1 << 12),
    size: new Int32Array(1 << 12),
    weak: new Uint8Array(1 << 12),
    afterVerbCue: new Int32Array(1 << 12),
  };
  readonly key: string[] = [];

  /** Per term id: the term it extends by one word (-1: a word). Entries from `termCount` on are unused. */
  get parent(): Int32Array {
    return this.columns.parent;
  }
  /** Per term id: the term without its first word (-1: a word). Entries from `termCount` on are unused. */
  get suffix(): Int32Array {
    return this.columns.suffix;
  }
  /** Per term id: its last word's id (a word's own id). Entries from `termCount` on are unused. */
  get last(): Int32Array {
    return this.columns.last;
  }
  /**
   * Per two-word phrase id: its uses right after a word that comes before a verb ("we", "to", a modal, "it", "which"),
   * where spaces alone separate them: "to learn embeddings", "we combine BERT" (0 for other terms). Read by
   * `isClause` (distinctive-terms.ts): a phrase starting with a verb the papers hardly ever so use is a noun phrase
   * ("read speech", a participle: "of read speech", "Japanese read speech").
   */
  get afterVerbCue(): Int32Array {
    return this.columns.afterVerbCue;
  }
  /** Per term id: its length in words (1: a word). Entries from `termCount` on are unused. */
  get size(): Int32Array {
    return this.columns.size;
  }
  /** Terms so far (words and phrases). */
  get termCount(): number {
    return this.key.length;
  }
  private readonly weakWords = new Set(WEAK_WORDS.split(/\s+/).filter(Boolean).map(foldPlural));
  private readonly notAlone = new Set(NOT_ALONE.split(' '));

  constructor(
    private readonly stopWords: Set<string>,
    readonly spellings: SpellingScanner = new SpellingScanner(stopWords),
  ) {}

  /** Per spelling slot: the spelling as written. */
  get slotText(): readonly string[] {
    return this.spellings.texts;
  }

  /** A term that cannot be a label: a weak word, or a phrase ending in one. */
  isWeak(term: number): boolean {
    return this.columns.weak[this.last[term]!] === 1 || (this.parent[term] === -1 && this.notAlone.has(this.key[term]!));
  }

  /** Makes room for every slot `spellings` has now (call after scanning, before `wordOfSlot`). */
  syncSlots(): void {
    for (let k = this.slotWord.length; k < this.spellings.texts.length; k++) {
      this.slotWord.push(UNRESOLVED);
      this.slotCount.push(0);
      this.slotInSentence.push(0);
      this.slotVerbCues.push(0);
      this.slotDeterminerCues.push(0);
      this.slotInitial.push(0);
      this.slotCue.push(0);
    }
  }

  /** Word id (-1: none) of spelling slot `slot`, made the first time; counts the use. */
  wordOfSlot(slot: number): number {
    let w = this.slotWord[slot]!;
    if (w === UNRESOLVED) w = this.slotWord[slot] = this.resolve(slot);
    this.slotCount[slot]!++;
    return w;
  }

  /**
   * How slot `slot`'s spelling starts, when it makes a word (not a stop word): LOWER_INITIAL ("translation"),
   * UPPER_INITIAL ("Chinese", "BERT"); OTHER_INITIAL for a digit or a stop word. Worked out once per slot.
   */
  initialCase(slot: number): number {
    let c = this.slotInitial[slot]!;
    if (c === 0) {
      const first = this.spellings.texts[slot]!;
      c = !this.isWordSlot(slot) ? OTHER_INITIAL : LOWER_START.test(first) ? LOWER_INITIAL : UPPER_START.test(first) ? UPPER_INITIAL : OTHER_INITIAL;
      this.slotInitial[slot] = c;
    }
    return c;
  }

  /** Slot `slot`'s `CUE_*` bits (0: none), from its lower-cased spelling; worked out once per slot. */
  cueOf(slot: number): number {
    let c = this.slotCue[slot]!;
    if (c === 0) this.slotCue[slot] = c = FUNCTION_CUES.get(this.spellings.texts[slot]!.toLowerCase()) ?? NO_CUE;
    return c & ~NO_CUE;
  }

  /**
   * Per word id (an array over the term ids; phrases 0): VERB_USES where the papers use the word as a verb at least
   * VERB_SHARE of the time (and MIN_VERB_CUES times) (right after a word that comes before a verb or right before an object, `slotVerbCues`:
   * "we combine", "captures the"), and VERB too where, besides, at most DETERMINER_SHARE of its uses are right after a
   * determiner (`slotDeterminerCues`): a word the papers use as a verb, hardly ever as a noun ("capture", "combine",
   * "consist", "learn"; "the support", "the report" make "support vector machines" no verb phrase). On acl_2016_2021_all "capture" has 1,612 such uses of 1,646 and 8 after a determiner, "train" 2,055 of
   * 1,622 (a use may count twice) and 16, "model" 1,068 of 39,355 and 7,805. Worked out once, on first call.
   */
  verbLike(): Uint8Array {
    if (this.verbWords) return this.verbWords;
    const n = this.termCount;
    const uses = new Int32Array(n);
    const verb = new Int32Array(n);
    const determiner = new Int32Array(n);
    for (let slot = 0; slot < this.slotWord.length; slot++) {
      const w = this.slotWord[slot]!;
      if (w < 0) continue;
      uses[w] += this.slotCount[slot]!;
      verb[w] += this.slotVerbCues[slot]!;
      determiner[w] += this.slotDeterminerCues[slot]!;
    }
    const out = new Uint8Array(n);
    for (let w = 0; w < n; w++) {
      if (verb[w]! < MIN_VERB_CUES || verb[w]! < VERB_SHARE * uses[w]!) continue;
      out[w] = determiner[w]! <= DETERMINER_SHARE * uses[w]! ? VERB_USES | VERB : VERB_USES;
    }
    return (this.verbWords = out);
  }
  private verbWords: Uint8Array | null = null;

  /**
   * Whether spelling slot `slot` makes a word (`wordOfSlot` gives an id ≥ 0) rather than a stop word or an
   * unusable spelling (-1), without making its id or counting the use. Throws nothing.
   */
  isWordSlot(slot: number): boolean {
    const w = this.slotWord[slot];
    return w !== undefined && w !== UNRESOLVED ? w >= 0 : this.foldedOf(slot) !== null;
  }

  /** `foldSpelling` of slot `slot`'s spelling with these stop words (the scanner's, when it folded with the same). */
  private foldedOf(slot: number): string | null {
    return this.spellings.foldedWith === this.stopWords ? (this.spellings.folded[slot] as string | null) : foldSpelling(this.spellings.texts[slot]!, this.stopWords);
  }

  private resolve(slot: number): number {
    const folded = this.foldedOf(slot);
    if (folded === null) return -1;
    let id = this.word.get(folded);
    if (id === undefined) {
      id = this.add(-1, -1, -1, 1, folded);
      this.last[id] = id;
      // Standalone adverbs (-ly) and participles (-ed) name no topic ("accurately", "structured").
      this.columns.weak[id] = (this.weakWords.has(folded) || (folded.length > 4 && (folded.endsWith('ly') || folded.endsWith('ed')))) ? 1 : 0;
      this.word.set(folded, id);
    }
    return id;
  }


  /** The phrase `prefix` + `word` (prefix: a word or a phrase); `suffix` is the phrase without its first word. */
  extend(prefix: number, word: number, suffix: number): number {
    let id = this.phrase.get(prefix, word);
    if (id < 0) {
      id = this.add(prefix, suffix, word, this.size[prefix]! + 1, '');
      this.phrase.set(prefix, word, id);
    }
    return id;
  }

  /** The two-word phrase `first` `second` (word ids), or -1 where no text wrote it. */
  pairOf(first: number, second: number): number {
    return this.phrase.get(first, second);
  }

  /** The word ids of a term, in order. */
  words(term: number): number[] {
    const out: number[] = [];
    for (let t = term; t >= 0; t = this.parent[t]!) out.push(this.last[t]!);
    return out.reverse();
  }

  private add(parent: number, suffix: number, last: number, size: number, key: string): number {
    const id = this.key.length;
    if (id >= MAX_TERMS) throw new RangeError('too many distinct terms to label communities');
    const c = this.columns;
    if (id === c.parent.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.columns = { parent: grow(c.parent), suffix: grow(c.suffix), last: grow(c.last), size: grow(c.size), weak: grow(c.weak), afterVerbCue: grow(c.afterVerbCue) };
    }
    this.columns.parent[id] = parent;
    this.columns.suffix[id] = suffix;
    this.columns.last[id] = last;
    this.columns.size[id] = size;
    this.key.push(key);
    return id;
  }
}

/**
 * The corpus as word streams: per position the word id (-1 breaks phrases: stop words, punctuation,
 * the gap between title and abstract) and the id of the two-word phrase ending there (or -1).
 * Paper p spans `start[p] .. start[p + 1])`, its title `start[p] .. titleEnd[p])`.
 */
export interface WordStreams {
  start: Int32Array;
  titleEnd: Int32Array;
  word: Int32Array;
  pair: Int32Array;
  /** Per position, how the word there is written (`spelt`, see `TokenizedPapers.spelt`). */
  spelt: Int32Array;
  /** Papers containing each term (words and two-word phrases so far). */
  papersWith: Counter;
}

/**
 * First pass over the papers: each title, then its abstract, scanned into word ids (new words added to `vocab`)
 * with the two-word phrase ending at each word, and the number of papers holding each word and phrase (document
 * frequency, each paper counted once). URLs and e-mail addresses are cut out; words joined only by spaces form
 * phrases. Linear in the text's length; throws nothing.
 */
export function readStreams(papers: readonly Pick<LabelPaper, 'title' | 'abstract'>[], vocab: Vocabulary): WordStreams {
  const steps = readStreamsSteps(papers, vocab, papers.length + 1);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `readStreams` in slices: the generator yields after every `slice` papers (the caller may do other work in
 * between: the CLI's build thread runs a Leiden start or a community layout the main thread waits for) and
 * returns the same streams as `readStreams`. Throws nothing.
 */
export function* readStreamsSteps(papers: readonly Pick<LabelPaper, 'title' | 'abstract'>[], vocab: Vocabulary, slice: number): Generator<void, WordStreams, void> {
  const out = new StreamWriter(vocab, papers.length);
  const tokens = new IntList(1 << 12);
  const text = (t: string, stamp: number) => {
    tokens.length = 0;
    vocab.spellings.scan(t, tokens);
    out.text(tokens.data, 0, tokens.length, stamp);
  };
  for (let from = 0; from < papers.length; from += slice) {
    if (from > 0) yield;
    const to = Math.min(papers.length, from + slice);
    for (let p = from; p < to; p++) {
      const paper = papers[p]!;
      out.paperStart(p);
      text(paper.title ?? '', p + 1);
      out.titleEnd(p);
      if (paper.abstract) text(paper.abstract, p + 1);
    }
  }
  return out.finish();
}

/**
 * Texts scanned ahead (`SpellingScanner`), before it is known which papers they belong to: the CLI's build thread
 * adds each record's title and abstract as the records are read, and once the papers are known reads the word
 * streams from them (`readScannedSteps`) instead of scanning the texts again.
 */
export class ScannedTexts {
  readonly spellings: SpellingScanner;
  private words = new IntList();
  /** Text k's words are `tokens[starts[k] .. starts[k + 1])`. */
  private readonly starts = new IntList(1 << 12);

  /** `stopWords`: the labels' stop words (`buildStopWords`), with which each new spelling is folded as it is scanned. */
  constructor(readonly stopWords: Set<string>) {
    this.spellings = new SpellingScanner(stopWords);
    this.starts.push(0);
  }

  /** Texts added so far. */
  get count(): number {
    return this.starts.length - 1;
  }

  /** Scans `text` and keeps its words; returns its index (0, 1, … in the order added). Throws nothing. */
  add(text: string): number {
    this.spellings.scan(text, this.words);
    this.starts.push(this.words.length);
    return this.starts.length - 2;
  }

  /** The scanned words (`SpellingScanner.scan`'s entries) of every text, text k's at `range(k)`. */
  get tokens(): IntList {
    return this.words;
  }

  /** Lets the scanned words go (the spellings stay): once read into word streams they are not needed. */
  releaseWords(): void {
    this.words = new IntList(1);
    this.starts.length = 1;
  }

  /** Where text `k`'s words are in `tokens.data`: [from, to). */
  range(k: number): [number, number] {
    return [this.starts.data[k]!, this.starts.data[k + 1]!];
  }
}

/**
 * `readStreamsSteps` on texts scanned ahead: paper p's title is text `papers[p].title` of `scanned`, its abstract
 * text `papers[p].abstract` (-1: none, as for an empty or missing abstract). The same streams, term ids and
 * spelling counts as `readStreamsSteps` on the papers' texts (words get their ids in paper order here, whatever
 * order the texts were scanned in; spellings only in texts no paper uses are never counted). `vocab` must use
 * `scanned.spellings`. Yields after every `slice` papers. Throws nothing.
 */
export function* readScannedSteps(scanned: ScannedTexts, papers: readonly { title: number; abstract: number }[], vocab: Vocabulary, slice: number): Generator<void, WordStreams, void> {
  if (vocab.spellings !== scanned.spellings) throw new Error('internal error: the vocabulary must use the scanned texts\' spellings');
  // the streams' length, counted first, so they are made at that length: grown by doubling, at 30k papers they
  // were two arrays of 4.2M entries for 3.8M, after 4.1M more each were let go (67 MB made for 30 MB used)
  const data = scanned.tokens.data;
  let entries = 0;
  for (const paper of papers) {
    const [a, b] = scanned.range(paper.title);
    entries += streamEntries(data, a, b, vocab);
    if (paper.abstract >= 0) {
      const [c, d] = scanned.range(paper.abstract);
      entries += streamEntries(data, c, d, vocab);
    }
  }
  const out = new StreamWriter(vocab, papers.length, entries);
  for (let from = 0; from < papers.length; from += slice) {
    if (from > 0) yield;
    const to = Math.min(papers.length, from + slice);
    for (let p = from; p < to; p++) {
      const paper = papers[p]!;
      out.paperStart(p);
      const [a, b] = scanned.range(paper.title);
      out.text(data, a, b, p + 1);
      out.titleEnd(p);
      if (paper.abstract >= 0) {
        const [c, d] = scanned.range(paper.abstract);
        out.text(data, c, d, p + 1);
      }
    }
  }
  return out.finish();
}

/**
 * How many stream entries `StreamWriter.text` writes for the scanned words `tokens[from, to)`: one per word, a
 * break (-1) before each word not joined by spaces alone to a word before it (a stop word's gap too), and one
 * ending the text. Makes no word ids and counts no use (`Vocabulary.isWordSlot`). Throws nothing.
 */
function streamEntries(tokens: Int32Array, from: number, to: number, vocab: Vocabulary): number {
  let n = to - from + 1;
  let previous = false;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (previous && (token & 1) === 0) n++;
    previous = vocab.isWordSlot(token >> 1);
  }
  return n;
}

/**
 * The word streams (`WordStreams`) being written, text by text: scanned words turned into word ids and two-word
 * phrases (new words and phrases added to the vocabulary, in the order met), with each term's document frequency.
 * Word and phrase streams, and per term its paper count and the last paper that counted it, are typed arrays
 * grown before each text to hold all it can add, so the loop itself never checks capacity. Given the streams'
 * length (`entries`, as `streamEntries` counts it), the streams are made at that length once and never grown.
 */
class StreamWriter {
  private readonly start: Int32Array;
  private readonly titleEnds: Int32Array;
  private word: Int32Array;
  private pair: Int32Array;
  /** Per position: the spelling slot × 2, plus 1 where its case says how it is written (`slotInSentence`); -1 for no word. */
  private spelt: Int32Array;
  private len = 0;
  private papersWith = new Int32Array(1 << 16);
  private seenIn = new Int32Array(1 << 16);

  constructor(
    private readonly vocab: Vocabulary,
    private readonly paperCount: number,
    private readonly entries: number | null = null,
  ) {
    this.start = new Int32Array(paperCount + 1);
    this.titleEnds = new Int32Array(paperCount);
    this.word = new Int32Array(entries ?? 1 << 16);
    this.pair = new Int32Array(entries ?? 1 << 16);
    this.spelt = new Int32Array(entries ?? 1 << 16);
  }

  paperStart(p: number): void {
    this.start[p] = this.len;
  }

  titleEnd(p: number): void {
    this.titleEnds[p] = this.len;
  }

  /** n words add at most 2n + 1 stream entries and 2n new terms. */
  private reserve(n: number): void {
    const { vocab } = this;
    if (this.entries === null && this.len + 2 * n + 2 > this.word.length) {
      const size = Math.max(this.word.length * 2, this.len + 2 * n + 2);
      const w = new Int32Array(size);
      w.set(this.word.subarray(0, this.len));
      this.word = w;
      const p = new Int32Array(size);
      p.set(this.pair.subarray(0, this.len));
      this.pair = p;
      const s = new Int32Array(size);
      s.set(this.spelt.subarray(0, this.len));
      this.spelt = s;
    }
    const terms = vocab.termCount + 2 * n + 2;
    if (terms > this.papersWith.length) {
      const size = Math.max(this.papersWith.length * 2, terms);
      const a = new Int32Array(size);
      a.set(this.papersWith);
      this.papersWith = a;
      const b = new Int32Array(size);
      b.set(this.seenIn);
      this.seenIn = b;
    }
    vocab.syncSlots();
  }

  /**
   * One text's words, `tokens[from, to)` as `SpellingScanner.scan` wrote them, for paper `stamp - 1`. Words
   * separated by anything but spaces (punctuation, a line break, a stop word's gap) do not form a phrase: a -1
   * entry breaks the stream there, and one ends each text.
   */
  text(tokens: Int32Array, from: number, to: number, stamp: number): void {
    this.reserve(to - from);
    const { vocab, word, pair, spelt, papersWith, seenIn } = this;
    const inSentence = vocab.slotInSentence;
    const verbCues = vocab.slotVerbCues;
    const determinerCues = vocab.slotDeterminerCues;
    // a title may be in Title Case; an abstract is looked at too (one that writes "for Dependency Parsing." and
    // "BERT. BERT works" has more capitals than small letters: its case says nothing either)
    const sentenceCase = isSentenceCase(tokens, from, to, vocab);
    let len = this.len;
    let previous = -1;
    // the function word just before (its cue bits; 0: none) and the word just before (its slot; -1: none)
    let cueBefore = 0;
    let wordBefore = -1;
    // whether the word just before came right after a word that comes before a verb (its phrase's `afterVerbCue`)
    let previousCued = false;
    for (let k = from; k < to; k++) {
      const token = tokens[k]!;
      const id = vocab.wordOfSlot(token >> 1);
      // how the words beside a function word are used (`Vocabulary.verbLike`), where spaces alone separate them
      let cued = false;
      if (id >= 0) {
        if ((token & 1) === 1 && cueBefore !== 0) {
          cued = (cueBefore & CUE_VERB_AFTER) !== 0;
          if (cued) verbCues[token >> 1]!++;
          if ((cueBefore & CUE_DETERMINER) !== 0) determinerCues[token >> 1]!++;
        }
        cueBefore = 0;
        wordBefore = token >> 1;
      } else {
        const cue = vocab.cueOf(token >> 1);
        if ((cue & CUE_OBJECT) !== 0 && (token & 1) === 1 && wordBefore >= 0) verbCues[wordBefore]!++;
        cueBefore = cue;
        wordBefore = -1;
      }
      // a word's case where it tells how the word is written (see `slotInSentence`)
      const telling = sentenceCase && (token & 1) === 1;
      if (telling) inSentence[token >> 1]!++;
      const joined = previous >= 0 && (token & 1) === 1;
      if (previous >= 0 && !joined) {
        word[len] = -1;
        spelt[len] = -1;
        pair[len++] = -1;
      }
      word[len] = id;
      spelt[len] = id >= 0 ? (token & ~1) + (telling ? 1 : 0) : -1;
      let phrase = -1;
      if (id >= 0) {
        if (seenIn[id] !== stamp) {
          seenIn[id] = stamp;
          papersWith[id]++;
        }
        if (joined) {
          phrase = vocab.extend(previous, id, id);
          if (previousCued) vocab.afterVerbCue[phrase]!++;
          if (seenIn[phrase] !== stamp) {
            seenIn[phrase] = stamp;
            papersWith[phrase]++;
          }
        }
      }
      pair[len++] = phrase;
      previous = id;
      previousCued = cued;
    }
    word[len] = -1;
    spelt[len] = -1;
    pair[len++] = -1;
    // (a typed array drops writes past its end: a miscount must not pass unseen)
    if (len > word.length) throw new Error('internal error: the word streams are longer than counted');
    this.len = len;
  }

  finish(): WordStreams {
    this.start[this.paperCount] = this.len;
    const counts = new Counter();
    counts.data = this.papersWith;
    return { start: this.start, titleEnd: this.titleEnds, word: this.word.subarray(0, this.len), pair: this.pair.subarray(0, this.len), spelt: this.spelt.subarray(0, this.len), papersWith: counts };
  }
}

/**
 * Whether the scanned words `tokens[from, to)` are a text in sentence case, where a capital inside a sentence
 * marks a name ("Chinese", "Princeton") and not the style of a Title Case or capitals title: of its words (not stop
 * words) after spaces alone, at least one starts with a small letter and no fewer start so than with a capital.
 * ("Learning Chinese Segmentation using Lattices": Title Case; "Improving Chinese word segmentation": sentence case.)
 */
function isSentenceCase(tokens: Int32Array, from: number, to: number, vocab: Vocabulary): boolean {
  let lower = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if ((token & 1) === 0) continue;
    const c = vocab.initialCase(token >> 1);
    if (c === LOWER_INITIAL) lower++;
    else if (c === UPPER_INITIAL) upper++;
  }
  return lower > 0 && lower >= upper;
}

function sameText(stored: string, text: string, begin: number, end: number): boolean {
  if (stored.length !== end - begin) return false;
  for (let k = 0; k < stored.length; k++) if (stored.charCodeAt(k) !== text.charCodeAt(begin + k)) return false;
  return true;
}

function isSpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Per paper, its distinct terms (words, two- and three-word phrases) with weight 1, or 2 when the term
 * is in the title. Paper p's entries are `terms[start[p] .. start[p + 1])`.
 */
export interface PaperTerms {
  start: Int32Array;
  terms: Int32Array;
  weights: Int8Array;
}

/**
 * Second pass: each paper's distinct terms (words, two-word phrases, and three-word phrases whose two halves are
 * both in enough papers: 3, or 1 below 400 papers) with weight 2 when the term is in the title, else 1.
 * Three-word phrases are added to `vocab` here. Linear in the streams' length; throws nothing.
 */
export function collectPaperTerms(streams: WordStreams, vocab: Vocabulary): PaperTerms {
  const steps = collectPaperTermsSteps(streams, vocab, streams.titleEnd.length + 1);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `collectPaperTerms` in slices of `slice` papers (see `readStreamsSteps`); the same result. Throws nothing. */
export function* collectPaperTermsSteps(streams: WordStreams, vocab: Vocabulary, slice: number): Generator<void, PaperTerms, void> {
  const paperCount = streams.titleEnd.length;
  const start = new Int32Array(paperCount + 1);
  const terms = new IntList();
  // a byte each (1 or 2), grown with `terms`
  let weights = new Int8Array(terms.data.length);
  const weightOf = new Counter();
  const seenIn = new Counter();
  const touched: number[] = [];
  const { word, pair, papersWith } = streams;
  const minHalf = trigramMinHalfPapers(paperCount);

  const visit = (term: number, stamp: number, inTitle: boolean) => {
    if (seenIn.get(term) !== stamp) {
      seenIn.add(term, stamp - seenIn.get(term));
      weightOf.add(term, 1 - weightOf.get(term));
      touched.push(term);
    }
    if (inTitle && weightOf.get(term) === 1) weightOf.add(term, 1);
  };

  for (let p = 0; p < paperCount; p++) {
    if (p > 0 && p % slice === 0) yield;
    touched.length = 0;
    const stamp = p + 1;
    for (let i = streams.start[p]!; i < streams.start[p + 1]!; i++) {
      const w = word[i]!;
      if (w < 0) continue;
      const inTitle = i < streams.titleEnd[p]!;
      visit(w, stamp, inTitle);
      const two = pair[i]!;
      if (two < 0) continue;
      visit(two, stamp, inTitle);
      const before = pair[i - 1]!;
      if (before >= 0 && papersWith.get(before) >= minHalf && papersWith.get(two) >= minHalf) {
        visit(vocab.extend(before, w, two), stamp, inTitle);
      }
    }
    const first = terms.length;
    for (const t of touched) terms.push(t);
    if (weights.length < terms.data.length) {
      const grown = new Int8Array(terms.data.length);
      grown.set(weights.subarray(0, first));
      weights = grown;
    }
    for (let k = 0; k < touched.length; k++) weights[first + k] = weightOf.get(touched[k]!);
    start[p + 1] = terms.length;
  }
  return { start, terms: terms.data.subarray(0, terms.length), weights: weights.slice(0, terms.length) };
}

