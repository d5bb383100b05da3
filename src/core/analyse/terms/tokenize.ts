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
const STARTS_WITH_LETTER = /^\p{L}/u;
const MAX_TERMS = 2 ** 30;
/**
 * A three-word phrase is counted only when both its two-word halves occur in this many papers (3; 1 in
 * corpora of under 400 papers, where every phrase of a title matters and there are few to count).
 */
const trigramMinHalfPapers = (paperCount: number) => (paperCount < 400 ? 1 : 3);

/**
 * Every term of one labelling run: single words and phrases share one id space. A phrase is its
 * prefix term plus one more word, so `parent` / `last` spell any term out.
 */
export class Vocabulary {
  /** Spelling as written → slot (hash table on the characters); per slot its word id (-1: stop word / unusable), count and text. */
  private spellingMask = (1 << 16) - 1;
  private spellingHash = new Int32Array(this.spellingMask + 1);
  private spellingSlot = new Int32Array(this.spellingMask + 1).fill(-1);
  readonly slotWord: number[] = [];
  readonly slotCount: number[] = [];
  readonly slotText: string[] = [];
  private readonly word = new Map<string, number>();
  private readonly phrase = new PairTable();
  /**
   * Per term: the shorter term it extends (-1 for a word), the term without its first word (-1 for a
   * word), its last word, its length in words, and the folded text of a word.
   */
  readonly parent: number[] = [];
  readonly suffix: number[] = [];
  readonly last: number[] = [];
  readonly size: number[] = [];
  readonly key: string[] = [];

  /** Per word id: a weak word (see WEAK_WORDS). */
  private readonly weak: boolean[] = [];
  private readonly weakWords = new Set(WEAK_WORDS.split(/\s+/).filter(Boolean).map(foldPlural));
  private readonly notAlone = new Set(NOT_ALONE.split(' '));

  constructor(private readonly stopWords: Set<string>) {}

  /** A term that cannot be a label: a weak word, or a phrase ending in one. */
  isWeak(term: number): boolean {
    return this.weak[this.last[term]!] === true || (this.parent[term] === -1 && this.notAlone.has(this.key[term]!));
  }

  /** Word id of the spelling `text[begin, end)` whose FNV-1a hash is `hash`, or -1. */
  wordAt(text: string, begin: number, end: number, hash: number): number {
    const mask = this.spellingMask;
    let i = hash & mask;
    for (;;) {
      const slot = this.spellingSlot[i]!;
      if (slot === -1) break;
      if (this.spellingHash[i] === hash && sameText(this.slotText[slot]!, text, begin, end)) {
        this.slotCount[slot]!++;
        return this.slotWord[slot]!;
      }
      i = (i + 1) & mask;
    }
    const spelling = text.slice(begin, end);
    const slot = this.slotWord.length;
    this.slotWord.push(this.resolve(spelling));
    this.slotCount.push(1);
    this.slotText.push(spelling);
    this.spellingHash[i] = hash;
    this.spellingSlot[i] = slot;
    if (2 * this.slotWord.length > mask) this.growSpellings();
    return this.slotWord[slot]!;
  }

  private growSpellings(): void {
    const { spellingHash, spellingSlot } = this;
    this.spellingMask = this.spellingMask * 2 + 1;
    this.spellingHash = new Int32Array(this.spellingMask + 1);
    this.spellingSlot = new Int32Array(this.spellingMask + 1).fill(-1);
    for (let k = 0; k < spellingSlot.length; k++) {
      if (spellingSlot[k] === -1) continue;
      let i = spellingHash[k]! & this.spellingMask;
      while (this.spellingSlot[i] !== -1) i = (i + 1) & this.spellingMask;
      this.spellingHash[i] = spellingHash[k]!;
      this.spellingSlot[i] = spellingSlot[k]!;
    }
  }

  private resolve(text: string): number {
    let lower = text.toLowerCase().replace(/’/g, "'");
    if (lower.endsWith("'s")) lower = lower.slice(0, -2);
    // French elision: l'analyse, d'un, qu'il.
    const elided = ELISION.exec(lower);
    if (elided) lower = elided[1]!;
    if (lower.length < 2 || !STARTS_WITH_LETTER.test(lower) || this.stopWords.has(lower)) return -1;
    const folded = foldPlural(lower);
    if (this.stopWords.has(folded)) return -1;
    let id = this.word.get(folded);
    if (id === undefined) {
      id = this.add(-1, -1, -1, 1, folded);
      this.last[id] = id;
      // Standalone adverbs (-ly) and participles (-ed) name no topic ("accurately", "structured").
      this.weak[id] = this.weakWords.has(folded) || (folded.length > 4 && (folded.endsWith('ly') || folded.endsWith('ed')));
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

  /** The word ids of a term, in order. */
  words(term: number): number[] {
    const out: number[] = [];
    for (let t = term; t >= 0; t = this.parent[t]!) out.push(this.last[t]!);
    return out.reverse();
  }

  private add(parent: number, suffix: number, last: number, size: number, key: string): number {
    const id = this.parent.length;
    if (id >= MAX_TERMS) throw new RangeError('too many distinct terms to label communities');
    this.parent.push(parent);
    this.suffix.push(suffix);
    this.last.push(last);
    this.size.push(size);
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
  const start = new Int32Array(papers.length + 1);
  const titleEnd = new Int32Array(papers.length);
  // Word and phrase streams, and per term its paper count and the last paper that counted it, in typed
  // arrays grown before each text to hold all it can add (a text of n characters yields at most n + 1
  // stream entries and n new terms), so the scan itself never checks capacity.
  let word = new Int32Array(1 << 16);
  let pair = new Int32Array(1 << 16);
  let len = 0;
  let papersWith = new Int32Array(1 << 16);
  let seenIn = new Int32Array(1 << 16);
  const reserve = (n: number) => {
    if (len + n + 2 > word.length) {
      const size = Math.max(word.length * 2, len + n + 2);
      const w = new Int32Array(size);
      w.set(word.subarray(0, len));
      word = w;
      const p = new Int32Array(size);
      p.set(pair.subarray(0, len));
      pair = p;
    }
    const terms = vocab.parent.length + n + 2;
    if (terms > papersWith.length) {
      const size = Math.max(papersWith.length * 2, terms);
      const a = new Int32Array(size);
      a.set(papersWith);
      papersWith = a;
      const b = new Int32Array(size);
      b.set(seenIn);
      seenIn = b;
    }
  };

  const scan = (text: string, stamp: number) => {
    const clean = text.includes('://') || text.includes('www.') || text.includes('@') ? text.replace(URL, ' . ') : text;
    const n = clean.length;
    reserve(n);
    let previous = -1;
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
      const id = vocab.wordAt(clean, begin, i, hash);
      // Words separated by anything but spaces (punctuation, a line break) do not form a phrase.
      const joined = previous >= 0 && isSpaces(clean, previousEnd, begin);
      if (previous >= 0 && !joined) {
        word[len] = -1;
        pair[len++] = -1;
      }
      word[len] = id;
      let phrase = -1;
      if (id >= 0) {
        if (seenIn[id] !== stamp) {
          seenIn[id] = stamp;
          papersWith[id]++;
        }
        if (joined) {
          phrase = vocab.extend(previous, id, id);
          if (seenIn[phrase] !== stamp) {
            seenIn[phrase] = stamp;
            papersWith[phrase]++;
          }
        }
      }
      pair[len++] = phrase;
      previous = id;
      previousEnd = i;
    }
    word[len] = -1;
    pair[len++] = -1;
  };

  for (let from = 0; from < papers.length; from += slice) {
    if (from > 0) yield;
    const to = Math.min(papers.length, from + slice);
    for (let p = from; p < to; p++) {
      const paper = papers[p]!;
      start[p] = len;
      scan(paper.title ?? '', p + 1);
      titleEnd[p] = len;
      if (paper.abstract) scan(paper.abstract, p + 1);
    }
  }
  start[papers.length] = len;
  const counts = new Counter();
  counts.data = papersWith;
  return { start, titleEnd, word: word.subarray(0, len), pair: pair.subarray(0, len), papersWith: counts };
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
  const weights = new IntList();
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
    for (const t of touched) {
      terms.push(t);
      weights.push(weightOf.get(t));
    }
    start[p + 1] = terms.length;
  }
  return { start, terms: terms.data.subarray(0, terms.length), weights: Int8Array.from(weights.data.subarray(0, weights.length)) };
}

