/**
 * What each community is about: 2–4 distinctive terms (words and two-word phrases) from its papers'
 * titles and abstracts, weighed against the whole corpus.
 *
 * Every paper counts a term once (present or not), plus once more when the term is in its title: titles
 * are where authors name their topic, and one long abstract repeating a word must not outvote ten
 * papers. A term's score for community c is its share of c's papers times the log of how much more
 * often it occurs in c than in the corpus (its contribution to the KL divergence of c from the
 * corpus), so a label term is both frequent in the community and rare elsewhere. Stop words and
 * academic filler are dropped and break phrases; plurals are folded ("embeddings" = "embedding") and a
 * term is shown in its most frequent spelling ("BERT", "embeddings").
 *
 * One pass tokenises all papers into per-paper term lists; a second pass counts per community with
 * dense typed-array counters. Deterministic: ties are broken by the term itself.
 */
import { deu, eng, fra, ita, por, spa } from 'stopword';

export interface LabelPaper {
  title: string;
  abstract: string | null;
  /** Community index, 0 ≤ community < communityCount; anything else is ignored. */
  community: number;
}

export interface CommunityTerms {
  /** Distinctive terms, best first (may be fewer than `minTerms` for communities with little text). */
  terms: string[];
}

export interface LabelOptions {
  /** At most this many terms (default 4). */
  maxTerms?: number;
  /** Always give this many when the text has them (default 2). */
  minTerms?: number;
  /** Beyond `minTerms`, a term is kept only if it scores at least this share of the best term (default 0.4). */
  relativeCutoff?: number;
  /** More words to ignore (lower case). */
  extraStopWords?: readonly string[];
}

/** English function words beyond the `stopword` package's list, and words every abstract uses. */
const EXTRA_STOP_WORDS = `
a an the and or nor not no so yet as at by for from in into of off on onto to up upon via with within without
across against along among amongst around above below beneath beside besides beyond during except inside near
per till toward towards underneath unlike until whereas whether whereby wherein thereby therein though although
however hence thus therefore moreover furthermore nevertheless nonetheless otherwise instead indeed namely
i.e e.g etc ie eg vs et al cf its it's itself ours ourselves us she hers herself whom whose why
either every few neither none others own several one two three four five first second third last
is am are was were be been being have has had having do does did done doing can could may might must shall
should will would cannot can't don't doesn't isn't aren't won't just quite rather often usually always already
ever even again further less least almost else thereof whose whilst
here there then now only very too also both each such
paper papers propose proposed proposes proposing present presents presented presenting introduce introduces
introduced introducing show shows showed shown showing demonstrate demonstrates demonstrated demonstrating
result results resulting approach approaches method methods methodology work works study studies studied
investigate investigates investigated explore explores explored exploring describe describes described
performance perform performs performed improve improves improved improving improvement improvements
outperform outperforms outperformed outperforming achieve achieves achieved achieving obtain obtains obtained
state-of-the-art art sota novel new existing previous prior previously recent recently current currently
based using use used uses make makes made provide provides provided providing significant significantly
substantial substantially considerably effective effectively experiment experiments experimental
experimentally various different large small strong simple additionally addition finally respectively
specifically particular particularly generally general including include includes included given able way
ways number numbers set terms aim aims goal issue issues challenge challenges challenging key main important
crucial leverage leverages leveraging enable enables enabling allow allows allowing technique techniques
find finds found findings conduct conducted conducting extensive code available publicly release released
https http www github com org io html pdf url de aforementioned
well high higher better best good many much more most fewer lower large-scale furthermore
`;

/**
 * Words that may stand inside a phrase ("large language model", "weak supervision") but never alone
 * nor at its end, where an English noun phrase has its head: generic verbs, adjectives, adverbs and
 * nouns that say nothing about a topic.
 */
const WEAK_WORDS = `
suffer suffers suffering shed address addresses addressed addressing next avoid avoids avoiding gather gathering
enhance enhanced enhancing modern observation observations altogether unordered expressive weak strong local
global specific standard common typical certain real original complex various big huge low worse poor great
major minor additional extra full overall total potential possible relevant useful efficient robust accurate
reliable difficult hard easy empirical comprehensive systematic detailed deep diverse multiple single whole
entire help helps helped yield yields require requires required need needs consider considered considering take
takes taken give gives reach reaches focus focuses focused focusing lead leads led remain remains become becomes
seem seems tend tends verify verified identify identifies identified explain explains explaining explained
actually directly easily explicitly implicitly jointly simultaneously automatically largely mainly mostly
typically widely highly way aspect fact factor kind type form part case example instance variant amount level
degree step setting scenario manner side point end trade-off gain benefit advantage drawback limitation lack
impact effect role importance property insight finding future direction attempt attempts focus area areas
expand expands alleviate alleviates resolve resolves choose chooses assess assesses marking highlighting
supporting view views proper fit fits suit suits perspective perspectives
`;

/** Words too general to stand alone as a label, though fine at the end of a phrase ("language model"). */
const NOT_ALONE = 'model learning training network mechanism natural question data system effectiveness name task language';

const ACADEMIC_FILLER_REQUIRED = ['paper', 'propose', 'results', 'approach', 'method', 'show'];

function buildStopWords(extra: readonly string[] = []): Set<string> {
  const words = new Set<string>();
  // English, plus the function words of languages whose papers turn up in English corpora (TALN, IberLEF...).
  for (const list of [eng, fra, spa, deu, por, ita]) for (const w of list) words.add(w.toLowerCase());
  for (const w of EXTRA_STOP_WORDS.split(/\s+/)) if (w) words.add(w);
  for (const w of ACADEMIC_FILLER_REQUIRED) words.add(w);
  for (const w of extra) words.add(w.toLowerCase());
  // Folded forms too, so "shows" and "results" are caught whichever way they are written.
  for (const w of [...words]) words.add(foldPlural(w));
  return words;
}

/**
 * Simple plural folding on a lower-case word: studies→study, classes→class, approaches→approach,
 * embeddings→embedding. Words ending in ss/us/is/ias (class, corpus, analysis, bias) and short words are left alone.
 */
export function foldPlural(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('zes')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') || word.endsWith('ias') || word.endsWith("'s")) return word;
  return word.slice(0, -1);
}

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
/** A three-word phrase is counted only when both its two-word halves occur in this many papers. */
const TRIGRAM_MIN_HALF_PAPERS = 3;

/** Open-addressing hash table from a pair of non-negative int32 to a non-negative int32 (-1: absent). */
class PairTable {
  private mask = (1 << 16) - 1;
  private keyA = new Int32Array(this.mask + 1).fill(-1);
  private keyB = new Int32Array(this.mask + 1);
  private value = new Int32Array(this.mask + 1);
  private count = 0;

  private slot(a: number, b: number): number {
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & this.mask;
    while (this.keyA[i] !== -1 && (this.keyA[i] !== a || this.keyB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.keyA[i] === -1 ? -1 : this.value[i]!;
  }

  set(a: number, b: number, v: number): void {
    if (2 * (this.count + 1) > this.mask) this.grow();
    const i = this.slot(a, b);
    if (this.keyA[i] === -1) this.count++;
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.value[i] = v;
  }

  private grow(): void {
    const { keyA, keyB, value } = this;
    this.mask = this.mask * 2 + 1;
    this.keyA = new Int32Array(this.mask + 1).fill(-1);
    this.keyB = new Int32Array(this.mask + 1);
    this.value = new Int32Array(this.mask + 1);
    for (let i = 0; i < keyA.length; i++) {
      if (keyA[i] === -1) continue;
      const j = this.slot(keyA[i]!, keyB[i]!);
      this.keyA[j] = keyA[i]!;
      this.keyB[j] = keyB[i]!;
      this.value[j] = value[i]!;
    }
  }
}

/**
 * Every term of one labelling run: single words and phrases share one id space. A phrase is its
 * prefix term plus one more word, so `parent` / `last` spell any term out.
 */
class Vocabulary {
  /** Spelling as written → slot (hash table on the characters); per slot its word id (-1: stop word / unusable), count and text. */
  private spellingMask = (1 << 16) - 1;
  private spellingHash = new Int32Array(this.spellingMask + 1);
  private spellingSlot = new Int32Array(this.spellingMask + 1).fill(-1);
  readonly slotWord: number[] = [];
  readonly slotCount: number[] = [];
  readonly slotText: string[] = [];
  private readonly word = new Map<string, number>();
  private readonly phrase = new PairTable();
  /** Per term: the shorter term it extends (-1 for a word), its last word, its length in words, and the folded text of a word. */
  readonly parent: number[] = [];
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
      id = this.add(-1, -1, 1, folded);
      this.last[id] = id;
      // Standalone adverbs (-ly) and participles (-ed) name no topic ("accurately", "structured").
      this.weak[id] = this.weakWords.has(folded) || (folded.length > 4 && (folded.endsWith('ly') || folded.endsWith('ed')));
      this.word.set(folded, id);
    }
    return id;
  }

  /** The phrase `prefix` + `word` (prefix: a word or a phrase). */
  extend(prefix: number, word: number): number {
    let id = this.phrase.get(prefix, word);
    if (id < 0) {
      id = this.add(prefix, word, this.size[prefix]! + 1, '');
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

  private add(parent: number, last: number, size: number, key: string): number {
    const id = this.parent.length;
    if (id >= MAX_TERMS) throw new RangeError('too many distinct terms to label communities');
    this.parent.push(parent);
    this.last.push(last);
    this.size.push(size);
    this.key.push(key);
    return id;
  }
}

/** Growable Int32 list. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** Growable Int32 counter indexed by term id. */
class Counter {
  data = new Int32Array(1 << 16);
  add(i: number, by: number): void {
    if (i >= this.data.length) {
      let size = this.data.length;
      while (size <= i) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[i] += by;
  }
  get(i: number): number {
    return i < this.data.length ? this.data[i]! : 0;
  }
}

/**
 * The corpus as word streams: per position the word id (-1 breaks phrases: stop words, punctuation,
 * the gap between title and abstract) and the id of the two-word phrase ending there (or -1).
 * Paper p spans `start[p] .. start[p + 1])`, its title `start[p] .. titleEnd[p])`.
 */
interface WordStreams {
  start: Int32Array;
  titleEnd: Int32Array;
  word: Int32Array;
  pair: Int32Array;
  /** Papers containing each term (words and two-word phrases so far). */
  papersWith: Counter;
}

function readStreams(papers: readonly LabelPaper[], vocab: Vocabulary): WordStreams {
  const start = new Int32Array(papers.length + 1);
  const titleEnd = new Int32Array(papers.length);
  const word = new IntList();
  const pair = new IntList();
  const papersWith = new Counter();
  const seenIn = new Counter();

  const count = (term: number, stamp: number) => {
    if (seenIn.get(term) !== stamp) {
      seenIn.add(term, stamp - seenIn.get(term));
      papersWith.add(term, 1);
    }
  };

  const scan = (text: string, stamp: number) => {
    const clean = text.includes('://') || text.includes('www.') || text.includes('@') ? text.replace(URL, ' . ') : text;
    const n = clean.length;
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
        word.push(-1);
        pair.push(-1);
      }
      word.push(id);
      let phrase = -1;
      if (id >= 0) {
        count(id, stamp);
        if (joined) {
          phrase = vocab.extend(previous, id);
          count(phrase, stamp);
        }
      }
      pair.push(phrase);
      previous = id;
      previousEnd = i;
    }
    word.push(-1);
    pair.push(-1);
  };

  for (let p = 0; p < papers.length; p++) {
    const paper = papers[p]!;
    start[p] = word.length;
    scan(paper.title ?? '', p + 1);
    titleEnd[p] = word.length;
    if (paper.abstract) scan(paper.abstract, p + 1);
  }
  start[papers.length] = word.length;
  return {
    start,
    titleEnd,
    word: word.data.subarray(0, word.length),
    pair: pair.data.subarray(0, pair.length),
    papersWith,
  };
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
interface PaperTerms {
  start: Int32Array;
  terms: Int32Array;
  weights: Int8Array;
}

function collectPaperTerms(streams: WordStreams, vocab: Vocabulary): PaperTerms {
  const paperCount = streams.titleEnd.length;
  const start = new Int32Array(paperCount + 1);
  const terms = new IntList();
  const weights = new IntList();
  const weightOf = new Counter();
  const seenIn = new Counter();
  const touched: number[] = [];
  const { word, pair, papersWith } = streams;

  const visit = (term: number, stamp: number, inTitle: boolean) => {
    if (seenIn.get(term) !== stamp) {
      seenIn.add(term, stamp - seenIn.get(term));
      weightOf.add(term, 1 - weightOf.get(term));
      touched.push(term);
    }
    if (inTitle && weightOf.get(term) === 1) weightOf.add(term, 1);
  };

  for (let p = 0; p < paperCount; p++) {
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
      if (before >= 0 && papersWith.get(before) >= TRIGRAM_MIN_HALF_PAPERS && papersWith.get(two) >= TRIGRAM_MIN_HALF_PAPERS) {
        visit(vocab.extend(before, w), stamp, inTitle);
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

interface Candidate {
  term: number;
  score: number;
  key: string;
  words: string[];
}

/** Distinctive terms for each community (index = community number). */
export function labelCommunities(papers: readonly LabelPaper[], communityCount: number, opts: LabelOptions = {}): CommunityTerms[] {
  const maxTerms = opts.maxTerms ?? 4;
  const minTerms = Math.min(opts.minTerms ?? 2, maxTerms);
  const cutoff = opts.relativeCutoff ?? 0.4;
  const vocab = new Vocabulary(buildStopWords(opts.extraStopWords));
  const perPaper = collectPaperTerms(readStreams(papers, vocab), vocab);

  // Corpus-wide weighted frequency of every term.
  const total = new Counter();
  for (let k = 0; k < perPaper.terms.length; k++) total.add(perPaper.terms[k]!, perPaper.weights[k]!);

  const members: number[][] = Array.from({ length: communityCount }, () => []);
  for (let p = 0; p < papers.length; p++) {
    const c = papers[p]!.community;
    if (Number.isInteger(c) && c >= 0 && c < communityCount) members[c]!.push(p);
  }
  const paperTotal = papers.length;

  const local = new Counter();
  const localPapers = new Counter();
  const papersWith = new Counter();
  for (let k = 0; k < perPaper.terms.length; k++) papersWith.add(perPaper.terms[k]!, 1);
  const chosen: Candidate[][] = [];
  for (let c = 0; c < communityCount; c++) {
    const list = members[c]!;
    const touched: number[] = [];
    for (const p of list) {
      for (let k = perPaper.start[p]!; k < perPaper.start[p + 1]!; k++) {
        const term = perPaper.terms[k]!;
        if (local.get(term) === 0) touched.push(term);
        local.add(term, perPaper.weights[k]!);
        localPapers.add(term, 1);
      }
    }
    // In a community of three papers or more, a term must come from two of them (and 4% of them), and
    // occur in three papers of the corpus: a label names what several papers share, not one paper's coinage.
    const small = list.length < 3;
    const minSupport = small ? 1 : Math.max(2, Math.ceil(0.04 * list.length));
    const candidates: Candidate[] = [];
    for (const term of touched) {
      const a = local.get(term);
      const inPapers = localPapers.get(term);
      local.add(term, -a);
      localPapers.add(term, -inPapers);
      if (inPapers < minSupport) continue;
      if (!small && papersWith.get(term) < 3) continue;
      if (vocab.isWeak(term)) continue;
      const p = a / list.length;
      const q = total.get(term) / paperTotal;
      if (p <= q) continue;
      // KL contribution with the log-lift raised to 1.5: favours terms both common in the community and rare elsewhere.
      const lift = Math.log(p / q);
      candidates.push({ term, score: p * lift * Math.sqrt(lift), key: '', words: [] });
    }
    chosen.push(pickTerms(candidates, vocab, maxTerms, minTerms, cutoff));
  }
  const words = new Set<number>();
  for (const terms of chosen) for (const t of terms) for (const w of vocab.words(t.term)) words.add(w);
  const forms = displayForms(words, vocab);
  return chosen.map((terms) => ({ terms: terms.map((t) => vocab.words(t.term).map((w) => forms.get(w)!).join(' ')) }));
}

// eslint-disable-next-line

function pickTerms(candidates: Candidate[], vocab: Vocabulary, maxTerms: number, minTerms: number, cutoff: number): Candidate[] {
  // Only the best few hundred matter; spell them out after a cheap sort by score.
  candidates.sort((x, y) => y.score - x.score || x.term - y.term);
  const pool = candidates.slice(0, 200);
  for (const candidate of pool) {
    candidate.words = vocab.words(candidate.term).map((w) => vocab.key[w]!);
    candidate.key = candidate.words.join(' ');
  }
  pool.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  const chosen: Candidate[] = [];
  const top = pool[0]?.score ?? 0;
  for (const candidate of pool) {
    if (chosen.length >= maxTerms) break;
    if (chosen.length >= minTerms && candidate.score < cutoff * top) break;
    // A longer phrase containing chosen terms replaces them when it is nearly as distinctive.
    const inside = chosen.filter((t) => contains(candidate, t));
    if (inside.length > 0) {
      const rest = chosen.filter((t) => !inside.includes(t));
      if (candidate.score >= 0.5 * Math.max(...inside.map((t) => t.score)) && !rest.some((t) => overlaps(t, candidate))) {
        const at = chosen.indexOf(inside[0]!);
        chosen.splice(0, chosen.length, ...rest);
        chosen.splice(Math.min(at, chosen.length), 0, candidate);
      }
      continue;
    }
    if (chosen.some((t) => overlaps(t, candidate))) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** `outer` is a longer phrase with `inner`'s words in a row inside it. */
function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.words.length > inner.words.length && ` ${outer.key} `.includes(` ${inner.key} `);
}

/** Two terms say the same thing: one's text inside the other's, or two phrases sharing a word. */
function overlaps(x: Candidate, y: Candidate): boolean {
  if (x.key.includes(y.key) || y.key.includes(x.key)) return true;
  if (x.words.length > 1 && y.words.length > 1) return x.words.some((w) => y.words.includes(w));
  return false;
}

/**
 * How to show each of the given words: the most frequent spelling, lower-cased unless the word is
 * mostly written with several capitals or digits ("BERT", "RoBERTa", "GPT-3"); one pass over the spellings.
 */
function displayForms(words: Set<number>, vocab: Vocabulary): Map<number, string> {
  const byLower = new Map<number, Map<string, { total: number; plain: number; cased: string; casedCount: number }>>();
  for (let slot = 0; slot < vocab.slotWord.length; slot++) {
    const word = vocab.slotWord[slot]!;
    if (!words.has(word)) continue;
    const s = { text: vocab.slotText[slot]!, count: vocab.slotCount[slot]! };
    let forms = byLower.get(word);
    if (!forms) byLower.set(word, (forms = new Map()));
    const lower = s.text.toLowerCase();
    let form = forms.get(lower);
    if (!form) forms.set(lower, (form = { total: 0, plain: 0, cased: lower, casedCount: 0 }));
    form.total += s.count;
    if (s.text === lower) form.plain += s.count;
    else if (s.count > form.casedCount || (s.count === form.casedCount && s.text < form.cased)) {
      form.cased = s.text;
      form.casedCount = s.count;
    }
  }
  const out = new Map<number, string>();
  for (const [term, forms] of byLower) {
    let bestLower = '';
    let best = { total: -1, plain: 0, cased: '', casedCount: 0 };
    for (const [lower, form] of forms) {
      if (form.total > best.total || (form.total === best.total && lower < bestLower)) ((bestLower = lower), (best = form));
    }
    const keepCase = best.plain * 2 < best.total && /\p{Lu}.*\p{Lu}|\p{N}/u.test(best.cased);
    out.set(term, keepCase ? best.cased : bestLower);
  }
  return out;
}
