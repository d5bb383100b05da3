/**
 * What each community is about: 2–4 distinctive terms (words and phrases) from its papers' titles and
 * abstracts, weighed against the whole corpus.
 *
 * Every paper counts a term once (present or not), plus once more when the term is in its title: titles
 * are where authors name their topic, and one long abstract repeating a word must not outvote ten
 * papers. A term's score for community c is the z-score of its weighted log-odds ratio between c and the rest
 * of the corpus with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words: Lexical
 * Feature Selection and Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4),
 * §3.5), the prior being the whole corpus's term counts: a word every community uses about as often ("language",
 * "model", "neural" in an ACL corpus) scores near 0 however frequent it is, and a rare term's noisy odds are
 * shrunk towards the corpus's, so a label term is both frequent in the community and rarer elsewhere. Stop words and
 * academic filler are dropped and break phrases; plurals are folded ("embeddings" = "embedding") and a
 * word is shown in its most frequent spelling ("BERT", "embeddings"), a phrase as the papers most often write the
 * whole phrase ("Movie Gen", "word embeddings": `phraseForms`).
 *
 * Labels are whole phrases as the papers write them: a term that, in the community, mostly stands inside
 * one longer phrase ("gen" in "Movie Gen", "sense disambiguation" in "word sense disambiguation") gives
 * way to that phrase; phrases score a bonus per extra word; a single word must occur in one of the
 * community's titles (words found only in abstracts are often verbs: "capture", "rise").
 *
 * One pass tokenises all papers into per-paper term lists; a second pass counts per community with
 * dense typed-array counters. Deterministic: ties are broken by the term itself.
 */
import { Counter, PairTable } from './int-tables';
import { COMMUNITY_LABEL_MAX_CHARS } from './label';
import { buildStopWords } from '../../text/stop-words';
import { collectPaperTerms, collectPaperTermsSteps, readScannedSteps, readStreams, readStreamsSteps, ScannedTexts, UPPER_INITIAL, VERB, VERB_USES, Vocabulary, type PaperTerms, type WordStreams } from './tokenize';

export type { ScannedTexts };
import type { CommunityTerms, LabelOptions, LabelPaper } from './types';

interface Candidate {
  term: number;
  score: number;
  key: string;
  words: string[];
  /** Characters the term takes as the label shows it (its words' usual spellings, `usualLengths`). */
  width: number;
}

/** A term used in fewer papers than this share of a longer phrase's papers is a cut-off piece of it. */
const CUT_SHARE = 0.6;
/** Below this many papers, a corpus counts every phrase of a title (see `tokenize.ts`) and needs no corpus-wide support. */
const SMALL_CORPUS = 400;
/**
 * α0, the informative prior's size (pseudo-counts spread over the terms as the corpus uses them): how strongly a
 * term's odds in a community are drawn towards its odds in the corpus. At most PRIOR_SHARE of the corpus's own
 * count, so a corpus of a few papers is not outweighed by its prior.
 */
const PRIOR_SIZE = 1000;
const PRIOR_SHARE = 0.1;
/** A label term's odds in its community are at least this many times its odds in the rest of the corpus (after the prior). */
const MIN_ODDS_RATIO = 1.5;
const MIN_LOG_ODDS = Math.log(MIN_ODDS_RATIO);
/** Score bonus per extra word of a phrase. */
const PHRASE_BONUS = 0.3;

/**
 * The z-score of the log-odds ratio of a term between a group and the rest of the corpus, with an informative
 * Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 16–22): with α = `prior` (the term's pseudo-count) and
 * α0 = `priorTotal` (all terms' pseudo-counts),
 * δ = log((y_i + α) / (n_i + α0 − y_i − α)) − log((y_j + α) / (n_j + α0 − y_j − α)),
 * σ² ≈ 1 / (y_i + α) + 1 / (y_j + α), and the z-score is δ / σ.
 * @param inGroup y_i, the term's (weighted) count in the group, ≥ 0
 * @param groupTotal n_i, all terms' count in the group, > inGroup
 * @param inRest y_j, the term's count in the rest of the corpus, ≥ 0
 * @param restTotal n_j, all terms' count in the rest, > inRest
 * @param prior α, > 0: the term's share of the corpus times `priorTotal`
 * @param priorTotal α0, > prior
 * @returns `delta`, δ (natural log; positive: the term is more frequent in the group than in the rest), and `z`,
 * δ / σ; never throws
 */
export function logOddsZ(inGroup: number, groupTotal: number, inRest: number, restTotal: number, prior: number, priorTotal: number): { delta: number; z: number } {
  const delta = Math.log((inGroup + prior) / (groupTotal + priorTotal - inGroup - prior)) - Math.log((inRest + prior) / (restTotal + priorTotal - inRest - prior));
  return { delta, z: delta / Math.sqrt(1 / (inGroup + prior) + 1 / (inRest + prior)) };
}

/** Distinctive terms for each community (index = community number). */
export function labelCommunities(papers: readonly LabelPaper[], communityCount: number, opts: LabelOptions = {}): CommunityTerms[] {
  return labelTokenized(tokenizePapers(papers, opts), papers.map((p) => p.community), communityCount, opts);
}

/**
 * The papers' texts read into terms, before any community is known (the first, larger part of
 * `labelCommunities`; see `tokenizePapers`). Opaque: only `labelTokenized` reads it.
 */
export interface TokenizedPapers {
  vocab: Vocabulary;
  perPaper: PaperTerms;
  paperCount: number;
  /**
   * The texts as written, word by word in paper order (title, then abstract): per word its spelling slot × 2, plus 1
   * where its case says how it is written (`Vocabulary.slotInSentence`); -1 between words that make no phrase (stop
   * words, punctuation, texts' ends). Read once the terms are chosen, to show each phrase as the papers write it
   * (`phraseForms`).
   */
  spelt: Int32Array;
}

/** The streams' spellings, at their length (a stream grown by doubling holds up to twice the room). */
function speltOf(streams: WordStreams): Int32Array {
  const { spelt } = streams;
  return spelt.buffer.byteLength === spelt.byteLength ? spelt : spelt.slice();
}

/**
 * The community-independent part of labelling: every paper's title and abstract tokenised into its distinct
 * terms (words, two- and three-word phrases, see tokenize.ts). Only `title` and `abstract` of each paper are
 * read, so this can run before communities are found (the CLI runs it on a second thread meanwhile).
 * `opts.extraStopWords` applies here. Linear in the text; throws nothing.
 */
export function tokenizePapers(papers: readonly { title: string; abstract: string | null }[], opts: LabelOptions = {}): TokenizedPapers {
  const vocab = new Vocabulary(buildStopWords(opts.extraStopWords));
  const streams = readStreams(papers, vocab);
  const perPaper = collectPaperTerms(streams, vocab);
  return { vocab, perPaper, paperCount: papers.length, spelt: speltOf(streams) };
}

/**
 * `tokenizePapers` in slices: the generator yields after every `slice` papers of each pass, so a thread can do
 * more urgent work between slices (the CLI's build thread: a Leiden start or community layouts the main thread
 * waits for), and returns exactly what `tokenizePapers` returns. Throws nothing.
 */
export function* tokenizePapersSteps(papers: readonly { title: string; abstract: string | null }[], slice: number, opts: LabelOptions = {}): Generator<void, TokenizedPapers, void> {
  const vocab = new Vocabulary(buildStopWords(opts.extraStopWords));
  const streams = yield* readStreamsSteps(papers, vocab, slice);
  yield;
  const perPaper = yield* collectPaperTermsSteps(streams, vocab, slice);
  return { vocab, perPaper, paperCount: papers.length, spelt: speltOf(streams) };
}

/** Texts to scan ahead for `tokenizeScannedSteps`, with the stop words of `opts` (`extraStopWords`). */
export function scannedTexts(opts: LabelOptions = {}): ScannedTexts {
  return new ScannedTexts(buildStopWords(opts.extraStopWords));
}

/**
 * `tokenizePapersSteps` on texts scanned ahead (`ScannedTexts`: the CLI's build thread scans each record's title
 * and abstract as the input is read, before the ingest has said which records become which papers): paper p's
 * title is text `papers[p].title` of `scanned`, its abstract text `papers[p].abstract` (-1: no abstract, as for a
 * null or empty one). Returns exactly what `tokenizePapersSteps` returns for the papers' texts (term ids follow
 * the papers' order; texts no paper uses count for nothing). Yields after every `slice` papers. `scanned`'s words
are let go on the way (`releaseWords`): it is read once. The stop words are the ones `scanned` was made with
(`scannedTexts(opts)`). Throws nothing.
 */
export function* tokenizeScannedSteps(scanned: ScannedTexts, papers: readonly { title: number; abstract: number }[], slice: number): Generator<void, TokenizedPapers, void> {
  const vocab = new Vocabulary(scanned.stopWords, scanned.spellings);
  const streams = yield* readScannedSteps(scanned, papers, vocab, slice);
  // (the streams hold the words now; the scanned ones take 4 bytes a word of every record read)
  scanned.releaseWords();
  yield;
  const perPaper = yield* collectPaperTermsSteps(streams, vocab, slice);
  return { vocab, perPaper, paperCount: papers.length, spelt: speltOf(streams) };
}

/**
 * The rest of `labelCommunities` once communities are known: `community[p]` is paper p's community
 * (0 ≤ c < communityCount; anything else is ignored) for the papers given to `tokenizePapers`, in that order.
 * Returns the distinctive terms of each community (index = community number). Throws nothing.
 */
export function labelTokenized(tokens: TokenizedPapers, community: ArrayLike<number>, communityCount: number, opts: LabelOptions = {}): CommunityTerms[] {
  const maxTerms = opts.maxTerms ?? 4;
  const minTerms = Math.min(opts.minTerms ?? 2, maxTerms);
  const cutoff = opts.relativeCutoff ?? 0.4;
  const { vocab, perPaper } = tokens;

  // Corpus-wide weighted frequency of every term, and of all terms (the log-odds' n).
  const total = new Counter();
  let allTotal = 0;
  for (let k = 0; k < perPaper.terms.length; k++) {
    total.add(perPaper.terms[k]!, perPaper.weights[k]!);
    allTotal += perPaper.weights[k]!;
  }

  const members: number[][] = Array.from({ length: communityCount }, () => []);
  for (let p = 0; p < tokens.paperCount; p++) {
    const c = community[p]!;
    if (Number.isInteger(c) && c >= 0 && c < communityCount) members[c]!.push(p);
  }
  const paperTotal = tokens.paperCount;
  const priorSize = Math.min(PRIOR_SIZE, PRIOR_SHARE * allTotal);
  // in a corpus of a few hundred papers, a phrase two papers of a community share is already a topic
  const smallCorpus = paperTotal < SMALL_CORPUS;

  const local = new Counter();
  const localPapers = new Counter();
  const localTitles = new Counter();
  /**
   * Per term: c + 1 when, in community c, the term is a cut-off piece of a longer phrase, mostly
   * followed (right) or preceded (left) by the same word.
   */
  const cutRight = new Counter();
  const cutLeft = new Counter();
  const verbs = vocab.verbLike();
  const papersWith = new Counter();
  for (let k = 0; k < perPaper.terms.length; k++) papersWith.add(perPaper.terms[k]!, 1);
  // largest community first (most papers; ties: lower number): a community's name is told from larger ones' (`Heads`)
  const order = members.map((_, c) => c).sort((x, y) => members[y]!.length - members[x]!.length || x - y);
  const spread = wordSpread(perPaper, members);
  const widths = usualLengths(vocab);
  const heads = new Heads(vocab, spread);
  const chosen: Candidate[][] = [];
  for (const c of order) {
    const list = members[c]!;
    const touched: number[] = [];
    let groupTotal = 0;
    for (const p of list) {
      for (let k = perPaper.start[p]!; k < perPaper.start[p + 1]!; k++) {
        const term = perPaper.terms[k]!;
        groupTotal += perPaper.weights[k]!;
        if (local.get(term) === 0) touched.push(term);
        local.add(term, perPaper.weights[k]!);
        localPapers.add(term, 1);
        if (perPaper.weights[k] === 2) localTitles.add(term, 1);
      }
    }
    const onePaper = list.length === 1;
    // A term is a cut-off piece of a phrase ("gen" of "Movie Gen", "neural topic" of "neural topic
    // model") when, in this community, most papers that use it use the longer phrase: only the whole
    // phrase may be a label.
    for (const term of touched) {
      if (vocab.size[term] === 1 || vocab.isWeak(term)) continue;
      const inPapers = localPapers.get(term);
      const before = vocab.parent[term]!;
      const after = vocab.suffix[term]!;
      // In a community of one paper every phrase of it is in "most" of its papers, so any longer phrase of the
      // abstract would cut the title's own words ("fake news detection" of "FaKnow: A Unified Library for Fake News
      // Detection", cut by "comprehensive fake news" of its abstract, left "consequently hindering reproducibility"
      // as the label): there a piece in the title is cut only by a longer phrase in the title too (on the ACL
      // 2016–2021 map 296 of 1,492 one-paper communities changed label, e.g. "off-the-shelf model · GermEval" to
      // "toxic comments classification" for "… Synthetic Data in Toxic Comment Classification")
      const byTitle = onePaper ? localTitles.get(term) : 1;
      // (a piece of a clause, "tokens" of "count tokens", is no piece of a topic: the clause is no label, `isClause`)
      if (inPapers >= CUT_SHARE * localPapers.get(before) && (!onePaper || byTitle >= localTitles.get(before)) && !isClause(term, vocab, verbs, papersWith)) cutRight.add(before, c + 1 - cutRight.get(before));
      if (inPapers >= CUT_SHARE * localPapers.get(after) && (!onePaper || byTitle >= localTitles.get(after)) && !isClause(term, vocab, verbs, papersWith)) cutLeft.add(after, c + 1 - cutLeft.get(after));
    }
    // In a community of three papers or more, a term must come from two of them (and 4% of them), and
    // occur in three papers of the corpus: a label names what several papers share, not one paper's coinage.
    const small = list.length < 3;
    const minSupport = small ? 1 : Math.max(2, Math.ceil(0.04 * list.length));
    const candidates: Candidate[] = [];
    for (const term of touched) {
      const a = local.get(term);
      const inPapers = localPapers.get(term);
      const inTitles = localTitles.get(term);
      local.add(term, -a);
      localPapers.add(term, -inPapers);
      localTitles.add(term, -inTitles);
      if (inPapers < minSupport) continue;
      // titles name topics: a single word must be in one of the community's titles (abstracts alone give
      // verbs and generic words: "capture", "rise"); a phrase of content words is a noun phrase already
      if (inTitles === 0 && vocab.size[term] === 1) continue;
      if (cutRight.get(term) === c + 1 || cutLeft.get(term) === c + 1) continue;
      // a phrase that starts with a piece usually preceded by a word ("language processing task" of
      // "natural language processing task") or ends with one usually followed by a word is cut too
      if (vocab.size[term]! > 1 && (cutLeft.get(vocab.parent[term]!) === c + 1 || cutRight.get(vocab.suffix[term]!) === c + 1)) continue;
      if (!small && !smallCorpus && papersWith.get(term) < 3) continue;
      if (vocab.isWeak(term)) continue;
      if (isClause(term, vocab, verbs, papersWith)) continue;
      // the log-odds ratio against the rest of the corpus, the corpus's counts its prior (Monroe et al. 2008)
      const all = total.get(term);
      const { delta, z } = logOddsZ(a, groupTotal, all - a, allTotal - groupTotal, (priorSize * all) / allTotal, priorSize);
      // the z-score alone favours frequent words: a word every community uses, a little more often in this one
      // ("attention", "dataset"), is no name for it; a name is at least MIN_ODDS_RATIO times as likely here
      if (!(delta >= MIN_LOG_ODDS) || !(z > 0)) continue;
      // phrases name a topic better than the single words in them
      const phraseBonus = 1 + PHRASE_BONUS * (vocab.size[term]! - 1);
      candidates.push({ term, score: z * phraseBonus, key: '', words: [], width: 0 });
    }
    chosen[c] = heads.pick(poolOf(candidates, vocab, widths), maxTerms, minTerms, cutoff);
  }
  const words = new Set<number>();
  const phrases = new Set<number>();
  for (const terms of chosen) {
    for (const t of terms) {
      for (const w of vocab.words(t.term)) words.add(w);
      if (vocab.size[t.term]! > 1) phrases.add(t.term);
    }
  }
  const forms = displayForms(words, vocab);
  const phrased = phraseForms(phrases, tokens, forms);
  return chosen.map((terms) => ({ terms: terms.map((t) => phrased.get(t.term) ?? forms.get(t.term)!.text) }));
}

/** `wordSpread`: only communities of at least this many papers are counted ... */
const SPREAD_MIN_PAPERS = 20;
/** ... and at least this many of them (else every word weighs 1) ... */
const SPREAD_MIN_COMMUNITIES = 5;
/** ... a community uses a word when at least this share of its papers' titles hold it ... */
const SPREAD_TITLE_SHARE = 0.02;
/** ... and a word used by up to this share of them weighs 1, one used by more less (`SpreadWeights.weight`). */
const SPREAD_FREE = 0.1;

/** Per term, how much its spread over the communities leaves of its score (`wordSpread`). */
interface SpreadWeights {
  /** 1 for a term used by up to `SPREAD_FREE` of the communities counted; less the more communities use it. */
  weight(term: number): number;
}

/**
 * How widely each term is spread over the communities: the share of communities of `SPREAD_MIN_PAPERS`+ papers in
 * whose titles it is used (in `SPREAD_TITLE_SHARE` of them or more), and from it the term's weight in a name, the
 * inverse class frequency of class-based TF-IDF (c-TF-IDF: Grootendorst 2022, "BERTopic", arXiv:2203.05794, §3.2):
 * ln(1 + 1 / share) / ln(1 + 1 / SPREAD_FREE), at most 1. On the ACL 2016–2021 map "knowledge" is in the titles of
 * over half the 70 large communities and headed the name of one about neural machine translation; a language's name
 * ("Hindi") or a topic's word ("inflection") is in a few. A word's score is weighed so (a generic word names no
 * cluster); a phrase's only where it would head a name (`Heads`): "neural machine translation", in a third of the
 * communities, says what a cluster is about, and "Czech" what sets it apart. One pass over the large communities'
 * titles; with fewer than `SPREAD_MIN_COMMUNITIES` of them every term weighs 1.
 */
function wordSpread(perPaper: PaperTerms, members: readonly number[][]): SpreadWeights {
  const large = members.filter((list) => list.length >= SPREAD_MIN_PAPERS);
  const counted = large.length >= SPREAD_MIN_COMMUNITIES;
  const used = new Counter();
  if (counted) {
    const local = new Counter();
    const touched: number[] = [];
    for (const list of large) {
      for (const p of list) {
        for (let k = perPaper.start[p]!; k < perPaper.start[p + 1]!; k++) {
          if (perPaper.weights[k] !== 2) continue;
          const term = perPaper.terms[k]!;
          if (local.get(term) === 0) touched.push(term);
          local.add(term, 1);
        }
      }
      const least = Math.max(1, SPREAD_TITLE_SHARE * list.length);
      for (const term of touched) {
        if (local.get(term) >= least) used.add(term, 1);
        local.add(term, -local.get(term));
      }
      touched.length = 0;
    }
  }
  const free = Math.log(1 + 1 / SPREAD_FREE);
  return {
    weight(word: number) {
      if (!counted) return 1;
      const share = used.get(word) / large.length;
      return share <= SPREAD_FREE ? 1 : Math.log(1 + 1 / share) / free;
    },
  };
}

/**
 * A term that is a piece of a clause, not a topic (`Vocabulary.verbLike`: how the papers use its words): a verb
 * ("combining", "assist"), or a phrase with one ("combine BERT", "train neural networks", "BERT captures", "language
 * consists", "BERT captures syntax"; "question answering" and "language understanding" hold none: those -ing forms
 * are the papers' nouns), but for a gerund after a noun ("decision making", `isGerund`) and a first word the papers
 * hardly write after "to" or "we" in this phrase ("read speech", `nounPhraseStart`); a phrase starting with a word
 * used as verb and noun that mostly follows "to" or "we" ("help teachers", `clauseStart`); or an adverb in -ly before
 * a word the papers often use as a verb ("jointly estimate", "explicitly model"). Small communities' terms, read from
 * one or two abstracts, were such pieces on the ACL maps.
 */
function isClause(term: number, vocab: Vocabulary, verbs: Uint8Array, papersWith: Counter): boolean {
  const size = vocab.size[term]!;
  let second = -1;
  let pair = -1;
  for (let t = term; t >= 0; t = vocab.parent[t]!) {
    const w = vocab.last[t]!;
    const first = vocab.parent[t]! < 0;
    if ((verbs[w]! & VERB) !== 0 && !(first ? size > 1 && nounPhraseStart(pair, vocab, papersWith) : isGerund(w, vocab, vocab.last[vocab.parent[t]!]!, verbs, papersWith))) return true;
    if (first && size > 1) {
      // a word the papers use as a verb and as a noun ("help", "the help of") starts a clause where its phrase mostly
      // follows "to", "we" or a modal ("to help teachers", "can help teachers")
      if ((verbs[w]! & VERB_USES) !== 0 && clauseStart(pair, vocab, papersWith)) return true;
      const key = vocab.key[w]!;
      return key.length > 4 && key.endsWith('ly') && (verbs[second]! & VERB_USES) !== 0;
    }
    second = w;
    pair = t;
  }
  return false;
}

/**
 * `isClause`: a verb in -ing after a noun it takes as its object is a gerund, the head of a compound noun: "decision
 * making" (the papers write "making decisions"), "theorem proving" ("proving theorems"). After its subject it is a
 * clause's piece ("corpus containing", "document preserving": no paper writes "containing corpus"), as after a verb
 * or an adverb in -ly ("automatically detecting").
 */
function isGerund(word: number, vocab: Vocabulary, before: number, verbs: Uint8Array, papersWith: Counter): boolean {
  const key = vocab.key[word]!;
  const adverb = vocab.key[before]!;
  if (!(key.length > 4 && key.endsWith('ing')) || (verbs[before]! & VERB_USES) !== 0 || (adverb.length > 4 && adverb.endsWith('ly'))) return false;
  const object = vocab.pairOf(word, before);
  return object >= 0 && papersWith.get(object) > 0;
}

/** `isClause`: a phrase whose first two words are used in at least this many papers ... */
const NOUN_START_MIN_PAPERS = 4;
/** ... and right after a word that comes before a verb in less than this share of them starts with a participle. */
const NOUN_START_MAX_CUED = 0.125;

/** `isClause`: a phrase whose first two words follow a word that comes before a verb in at least this share of its papers ... */
const CLAUSE_START_CUED = 1 / 3;
/** ... and at least this many times starts a clause. */
const CLAUSE_START_MIN_CUES = 2;

/** `isClause`: the phrase `pair` (two words) mostly follows "to", "we", a modal (`Vocabulary.afterVerbCue`). */
function clauseStart(pair: number, vocab: Vocabulary, papersWith: Counter): boolean {
  if (pair < 0) return false;
  const cues = vocab.afterVerbCue[pair]!;
  return cues >= CLAUSE_START_MIN_CUES && cues >= CLAUSE_START_CUED * papersWith.get(pair);
}

/**
 * `isClause`: a phrase starting with a word the papers use as a verb is a noun phrase all the same where the papers
 * hardly ever write its first two words (`pair`) after a word that comes before a verb (`Vocabulary.afterVerbCue`):
 * "read speech" ("of read speech", "Japanese read speech": a participle), where "learn embeddings" and "combine
 * BERT" follow "to" and "we".
 */
function nounPhraseStart(pair: number, vocab: Vocabulary, papersWith: Counter): boolean {
  // (an -ing form with its object, "incorporating commonsense", follows "by" and "for", no cue: a clause all the same)
  if (pair < 0 || vocab.key[vocab.parent[pair]!]!.endsWith('ing')) return false;
  const papers = papersWith.get(pair);
  return papers >= NOUN_START_MIN_PAPERS && vocab.afterVerbCue[pair]! < NOUN_START_MAX_CUED * papers;
}

/**
 * Per word, the length of its most used spelling (slot), which the label shows up to its case (`displayForms`): a
 * key folds plurals ("embedding" of "embeddings"), so a name's width is read from how the papers write its words.
 * One pass over the spellings.
 */
function usualLengths(vocab: Vocabulary): Int32Array {
  const most = new Int32Array(vocab.termCount);
  const length = new Int32Array(vocab.termCount);
  for (let slot = 0; slot < vocab.slotWord.length; slot++) {
    const word = vocab.slotWord[slot]!;
    if (!(word >= 0 && word < most.length)) continue;
    if (vocab.slotCount[slot]! > most[word]!) {
      most[word] = vocab.slotCount[slot]!;
      length[word] = vocab.slotText[slot]!.length;
    }
  }
  return length;
}

/** A community's best candidates (a few hundred), spelt out, best first (ties: by text). */
function poolOf(candidates: Candidate[], vocab: Vocabulary, widths: Int32Array): Candidate[] {
  // Only the best few hundred matter; spell them out after a cheap sort by score.
  candidates.sort((x, y) => y.score - x.score || x.term - y.term);
  const pool = candidates.slice(0, 200);
  for (const candidate of pool) {
    const ids = vocab.words(candidate.term);
    candidate.words = ids.map((w) => vocab.key[w]!);
    candidate.key = candidate.words.join(' ');
    // (a word no spelling is counted for: its key)
    candidate.width = ids.reduce((n, w, j) => n + (j > 0 ? 1 : 0) + (widths[w]! || vocab.key[w]!.length), 0);
  }
  pool.sort(byScore);
  return pool;
}

const byScore = (x: Candidate, y: Candidate) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

/**
 * The names chosen so far, and each next community's terms (`pick`, `pickTerms`), the first chosen so that its name
 * tells it from the others. Called for the largest community first (most papers; ties: lower number): its best
 * term and each candidate that could be in its label at all (at least `cutoff` of the best score) are weighed by
 * 1 / (1 + the number of larger communities whose name already starts with that term, with a phrase it is part of,
 * or with a phrase inside it); the best so weighed comes first.
 * Words count alone; two- and three-word phrases also as parts: "machine translation" and "statistical machine
 * translation" are one name twice, "Chinese" and "Chinese word segmentation" are not. The other terms are chosen as
 * before, by their own scores, so a topic that gives way at the head stays in the name ("Hindi · statistical machine
 * translation" after a larger "statistical machine translation"): the best term gives way only to one beside which
 * it still fits on the canvas's line (`COMMUNITY_LABEL_MAX_CHARS`), that is not part of it, nor its acronym.
 *
 * This is the inverse class frequency of class-based TF-IDF (c-TF-IDF: Grootendorst 2022, "BERTopic: Neural topic
 * modeling with a class-based TF-IDF procedure", arXiv:2203.05794, §3.2: a term frequent in many classes weighs less
 * in each) and the novelty of Maximal Marginal Relevance (Carbonell & Goldstein 1998, SIGIR: what is already said
 * weighs against saying it again), counted over the names chosen so far rather than all clusters, so the largest
 * cluster of a topic keeps the topic's plain name (on the whole ACL Anthology "machine translation" headed 17
 * communities' names, six of the 30 largest with its longer phrases). Linear in the pool's size.
 */
class Heads {
  /** Per term: names chosen so far that start with it (`named`), or with it or a phrase holding it (`within`). */
  private readonly named = new Counter();
  private readonly within = new Counter();
  constructor(
    private readonly vocab: Vocabulary,
    private readonly spread: SpreadWeights,
  ) {}

  /** The terms of the next community (smaller than those before), from its pool (`poolOf`); its head is noted. */
  pick(pool: Candidate[], maxTerms: number, minTerms: number, cutoff: number): Candidate[] {
    const { named, within, spread } = this;
    const { size, parent, suffix } = this.vocab;
    const top = pool[0]?.score ?? 0;
    const plain = pickTerms(pool, top, maxTerms, minTerms, cutoff);
    const best = plain[0];
    if (best === undefined) return plain;
    // a term's score for the head: divided by 1 + the larger communities' names it repeats
    const weighed = (candidate: Candidate) => {
      const t = candidate.term;
      let heads = within.get(t);
      if (size[t]! === 3) heads += named.get(parent[t]!) + (suffix[t]! >= 0 ? named.get(suffix[t]!) : 0);
      // (a term many communities use, "machine translation", "knowledge", says what the cluster is about at best, not
      // what sets it apart: it weighs its spread at the head)
      return (candidate.score * spread.weight(t)) / (1 + SHARED_HEAD * heads);
    };
    // a word most communities use ("knowledge") gives way at the head without staying second: the name goes on with
    // the next terms, words weighed by their spread ("Chinese · neural machine translation")
    const generic = size[best.term] === 1 && spread.weight(best.term) < GENERIC_WORD;
    let head = best;
    let headScore = weighed(best);
    for (const candidate of pool) {
      if (candidate.score < cutoff * top) break;
      // a term gives way only to one the name can still say it beside, on the canvas's line (else "bilingual" alone
      // named a "statistical machine translation" community; 2 characters spare for plurals the keys fold), and not
      // to its own acronym ("MT")
      if (candidate === best || (!generic && !fitsBeside(candidate, best)) || overlaps(candidate, best) || isInitialsOf(candidate, best)) continue;
      const score = weighed(candidate);
      if (score > headScore) ((head = candidate), (headScore = score));
    }
    let terms = plain;
    if (head !== best && generic) {
      const byWeight = (t: Candidate) => (size[t.term] === 1 ? t.score * spread.weight(t.term) : t.score);
      const rest = pool.filter((t) => t !== head).sort((x, y) => byWeight(y) - byWeight(x) || byScore(x, y));
      terms = pickTerms([head, ...rest], top, maxTerms, minTerms, cutoff);
    } else if (head !== best) {
      terms = pickTerms([head, ...pool.filter((t) => t !== head)], top, maxTerms, minTerms, cutoff);
      // (the term that gave way stays, second, and fits beside the head, which a longer phrase holding it may have
      // taken over: "Chinese" → "Chinese GEC"; else the name as it was)
      if (terms[1] !== best || !fitsBeside(terms[0]!, best)) terms = plain;
    }
    const first = terms[0]?.term;
    if (first !== undefined) {
      named.add(first, 1);
      within.add(first, 1);
      if (size[first]! === 3) {
        within.add(parent[first]!, 1);
        if (suffix[first]! >= 0) within.add(suffix[first]!, 1);
      }
    }
    return terms;
  }
}

/**
 * `a` · `b` fits on the canvas's line (`COMMUNITY_LABEL_MAX_CHARS`), each as the papers usually write its words
 * (`Candidate.width`; the keys' length with 2 characters spare for folded plurals kept "Hindi" from heading "Hindi ·
 * statistical machine translation", 39 characters, on the whole ACL Anthology).
 */
const fitsBeside = (a: Candidate, b: Candidate) => a.width + 3 + b.width <= COMMUNITY_LABEL_MAX_CHARS;

/**
 * `candidate`'s text, or one of its words, is the initials of two or more consecutive words of `term`, maybe with a
 * plural "s" ("mt" of "statistical machine translation", as `withoutAcronymRepeats` reads an acronym: it would show
 * `term` in its place; "nmt models" of "neural machine translation", a name saying its topic twice: on acl_2020_main
 * "NMT models · neural machine translation").
 */
function isInitialsOf(candidate: Candidate, term: Candidate): boolean {
  const heads = term.words.map((w) => w[0]!);
  for (let from = 0; from < heads.length; from++) {
    for (let to = from + 2; to <= heads.length; to++) {
      const initials = heads.slice(from, to).join('');
      if (candidate.words.some((w) => w === initials || w === `${initials}s`)) return true;
    }
  }
  return false;
}

/** `Heads`: a best term of one word that its spread weighs below this (`wordSpread`) is generic: it leaves the name's head. */
const GENERIC_WORD = 0.5;

/** `Heads`: how much each larger community already named by a term weighs against it (1: score / (1 + count)). */
const SHARED_HEAD = 1;

/**
 * Up to `maxTerms` terms of a community's pool (best first, `poolOf`; `Heads.pick` may put another first), no two
 * saying the same thing; beyond `minTerms`, only those scoring at least `cutoff` of `top`, the pool's best score.
 */
function pickTerms(pool: readonly Candidate[], top: number, maxTerms: number, minTerms: number, cutoff: number): Candidate[] {
  const chosen: Candidate[] = [];
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

/** How a word is shown (`displayForms`). */
interface WordForm {
  text: string;
  /** Written with several capitals or digits ("BERT", "GPT-3"): shown so in any phrase too. */
  acronym: boolean;
  /** Capitalised where the case tells ("Chinese"): a name. */
  name: boolean;
}

/**
 * How to show each of the given words: its most frequent spelling, lower-cased unless the word is mostly written
 * with several capitals or digits ("BERT", "RoBERTa", "GPT-3"), or with a capital where the case says how it is
 * written (`Vocabulary.slotInSentence`: inside a sentence-case title or abstract) at least three times in four
 * that it is so placed ("Chinese", "Princeton": names, where "Translation" in Title Case titles is lower-cased, and
 * a label is not "princeton WordNet"; on acl_2020_main "Transformer-based", capitalised about two times in three,
 * stays lower-cased). One pass over the spellings. A phrase's words are shown as the phrase is written
 * (`phraseForms`), these forms standing in only where the phrase's own uses do not tell.
 */
/**
 * A spelling kept as written in any phrase: a capital after a letter ("BERT", "RoBERTa", "WordNet", "XLM-R") or a
 * digit ("GPT-3"). A hyphenated word with capitals only at its parts' starts ("Man-Month", "Short-Term",
 * "Co-Attention") is a word in Title Case, not an acronym: the labels read "long Short-Term memory".
 */
const ACRONYM_LIKE = /\p{L}\p{Lu}|\p{N}/u;

function displayForms(words: Set<number>, vocab: Vocabulary): Map<number, WordForm> {
  interface Form {
    total: number;
    plain: number;
    cased: string;
    casedCount: number;
    /** Uses inside a sentence-case text (see `slotInSentence`); those with a capital; its most frequent such spelling. */
    inSentence: number;
    capitalInSentence: number;
    capital: string;
    capitalCount: number;
  }
  const byLower = new Map<number, Map<string, Form>>();
  for (let slot = 0; slot < vocab.slotWord.length; slot++) {
    const word = vocab.slotWord[slot]!;
    if (!words.has(word)) continue;
    const s = { text: vocab.slotText[slot]!, count: vocab.slotCount[slot]!, inSentence: vocab.slotInSentence[slot]! };
    let forms = byLower.get(word);
    if (!forms) byLower.set(word, (forms = new Map()));
    const lower = s.text.toLowerCase();
    let form = forms.get(lower);
    if (!form) forms.set(lower, (form = { total: 0, plain: 0, cased: lower, casedCount: 0, inSentence: 0, capitalInSentence: 0, capital: '', capitalCount: 0 }));
    form.total += s.count;
    form.inSentence += s.inSentence;
    if (s.text === lower) form.plain += s.count;
    else if (s.count > form.casedCount || (s.count === form.casedCount && s.text < form.cased)) {
      form.cased = s.text;
      form.casedCount = s.count;
    }
    if (s.inSentence > 0 && vocab.initialCase(slot) === UPPER_INITIAL) {
      form.capitalInSentence += s.inSentence;
      if (s.inSentence > form.capitalCount || (s.inSentence === form.capitalCount && s.text < form.capital)) {
        form.capital = s.text;
        form.capitalCount = s.inSentence;
      }
    }
  }
  const out = new Map<number, WordForm>();
  for (const [term, forms] of byLower) {
    let bestLower = '';
    let best: Form | null = null;
    for (const [lower, form] of forms) {
      if (!best || form.total > best.total || (form.total === best.total && lower < bestLower)) ((bestLower = lower), (best = form));
    }
    const keepCase = best!.plain * 2 < best!.total && ACRONYM_LIKE.test(best!.cased);
    const name = !keepCase && best!.capitalInSentence * 4 > best!.inSentence * 3;
    out.set(term, { text: keepCase ? best!.cased : name ? best!.capital : bestLower, acronym: keepCase, name });
  }
  return out;
}

/** Uses of one written form of a phrase: all, and those where its case tells how the phrase is written. */
interface Written {
  /** The spelling slot of each word. */
  slots: number[];
  uses: number;
  telling: number;
}

/** Uses of a name inside sentences beside a word in Title Case and beside a small one, on its left and right. */
interface Beside {
  leftTitle: number;
  leftSmall: number;
  rightTitle: number;
  rightSmall: number;
}

/** `phraseForms`' flags per word: the roles it has in the phrases looked for. */
const FIRST_OF_TWO = 1;
const LAST_OF_TWO = 2;
const FIRST_OF_THREE = 4;
const MIDDLE_OF_THREE = 8;
const LAST_OF_THREE = 16;
/** A name (`WordForm.name`) among the phrases' words: where it stands in sentences is looked at (`inNames`). */
const NAME = 32;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
const SMALL_WORD = /^\p{Ll}/u;

/** Which words (and hyphenated parts) of a phrase start with a capital: "UUl" for "Penn Discourse treebank". */
const initials = (text: string) =>
  text
    .split(/[ -]/)
    .map((part) => (/^\p{Lu}/u.test(part) ? 'U' : 'l'))
    .join('');
const CAPITAL = /\p{Lu}/gu;
const capitals = (text: string) => text.match(CAPITAL)?.length ?? 0;

/**
 * How to show each of the given phrases (term ids of two or three words), chosen as a whole from the papers' own
 * uses of the phrase (`tokens.spelt`), not word by word: a word capitalised elsewhere ("Gen" of "Movie Gen") must not
 * make a phrase no paper wrote ("movie Gen", the seed's label, where "movie" was mostly written small elsewhere).
 * - its spelling, up to case, is its most used one ("neural networks" or "neural network"; ties: code-unit order);
 * - its case is that of its most used form where the case tells how the phrase is written (its first word inside a
 *   sentence-case title or abstract, after spaces alone, as for `Vocabulary.slotInSentence`: "we present Movie Gen"
 *   tells, a Title Case title or a sentence's start does not), when it writes capitals beyond its acronyms and names
 *   only if more than 3 in 4 of those telling uses are that form (as a single word's capital, `displayForms`; else as
 *   a phrase never so placed, below); ties go to the form writing more of its words as
 *   `words` shows them alone ("Twitter sentiment" 1, "twitter sentiment" 1: the first, "Twitter" being a name),
 *   then to the one with fewer capitals ("heron tagging" 1, "Heron Tagging" 1: the first), then to code-unit order;
 * - a phrase never so placed takes its most used form with each word lower-cased but names (`WordForm.name`:
 *   "Chinese" in "Chinese Word Segmentation" of Title Case titles only);
 * - acronyms keep their usual case in any phrase (`WordForm.acronym`: "BERT embeddings" even where a paper wrote
 *   "bert embeddings").
 * Uses are counted over the whole corpus, so a phrase reads the same in every label of the map. `words` holds every
 * word of the phrases (`displayForms`). One pass over the texts' words, looking a phrase up only where its words can
 * stand (30k map: 3.8M words, 137k uses of 4.5k phrases, ~80 ms at load 13). Returns phrase id → text; throws nothing.
 */
function phraseForms(phrases: ReadonlySet<number>, tokens: TokenizedPapers, words: ReadonlyMap<number, WordForm>): Map<number, string> {
  const out = new Map<number, string>();
  if (phrases.size === 0) return out;
  const { vocab, spelt } = tokens;
  const { slotWord, slotText } = vocab;
  // the phrases in tables of their own (a few thousand: the vocabulary's table of every phrase, 367k at 30k papers,
  // cost a cache miss a look-up), looked up only where each word before the last can stand where it does (on the 30k
  // map most uses of a last word, "model", "translation", follow no word that starts a phrase looked for)
  const role = new Uint8Array(vocab.termCount);
  const sought = [...phrases];
  const two = new PairTable();
  const heads = new PairTable();
  const three = new PairTable();
  sought.forEach((t, k) => {
    const ids = vocab.words(t);
    if (ids.length === 2) {
      role[ids[0]!] |= FIRST_OF_TWO;
      role[ids[1]!] |= LAST_OF_TWO;
      two.set(ids[0]!, ids[1]!, k);
      return;
    }
    role[ids[0]!] |= FIRST_OF_THREE;
    role[ids[1]!] |= MIDDLE_OF_THREE;
    role[ids[2]!] |= LAST_OF_THREE;
    let head = heads.get(ids[0]!, ids[1]!);
    if (head < 0) heads.set(ids[0]!, ids[1]!, (head = k));
    three.set(head, ids[2]!, k);
  });
  for (const t of sought) {
    for (const w of vocab.words(t)) {
      const form = words.get(w)!;
      if (form.name && !form.acronym) role[w] |= NAME;
    }
  }
  // per name, its uses inside sentences beside a word in Title Case ("Penn Treebank") and beside a small one
  // ("Chinese word"): a name that mostly stands beside capitalised words is a piece of a longer name
  const beside = new Map<number, Beside>();
  const besideWord = (name: number, at: number, right: boolean) => {
    const code = spelt[at]!;
    if (code < 0) return;
    const text = slotText[code >> 1]!;
    let n = beside.get(name);
    if (!n) beside.set(name, (n = { leftTitle: 0, leftSmall: 0, rightTitle: 0, rightSmall: 0 }));
    if (TITLE_WORD.test(text)) right ? n.rightTitle++ : n.leftTitle++;
    else if (SMALL_WORD.test(text)) right ? n.rightSmall++ : n.leftSmall++;
  };
  // per phrase its forms, few: found by their slots, without making a string per use
  const uses: Written[][] = sought.map(() => []);
  const note = (k: number, from: number, to: number) => {
    const forms = uses[k]!;
    let n: Written | undefined;
    for (const f of forms) {
      let same = true;
      for (let j = 0; same && j < f.slots.length; j++) same = f.slots[j] === spelt[from + j]! >> 1;
      if (same) {
        n = f;
        break;
      }
    }
    if (!n) {
      const slots: number[] = [];
      for (let j = from; j <= to; j++) slots.push(spelt[j]! >> 1);
      forms.push((n = { slots, uses: 0, telling: 0 }));
    }
    n.uses++;
    if ((spelt[from]! & 1) === 1) n.telling++;
  };
  // the words at the two positions before (-1: none, or no phrase across)
  let w1 = -1;
  let w2 = -1;
  for (let i = 0; i < spelt.length; i++) {
    const code = spelt[i]!;
    const w = code >= 0 ? slotWord[code >> 1]! : -1;
    if (w >= 0 && (role[w]! & NAME) !== 0 && (code & 1) === 1) {
      if (i > 0) besideWord(w, i - 1, false);
      if (i + 1 < spelt.length) besideWord(w, i + 1, true);
    }
    if (w >= 0 && w1 >= 0) {
      const r = role[w]!;
      if ((r & LAST_OF_TWO) !== 0 && (role[w1]! & FIRST_OF_TWO) !== 0) {
        const k = two.get(w1, w);
        if (k >= 0) note(k, i - 1, i);
      }
      if ((r & LAST_OF_THREE) !== 0 && w2 >= 0 && (role[w1]! & MIDDLE_OF_THREE) !== 0 && (role[w2]! & FIRST_OF_THREE) !== 0) {
        const head = heads.get(w2, w1);
        const k = head >= 0 ? three.get(head, w) : -1;
        if (k >= 0) note(k, i - 2, i);
      }
    }
    w2 = w1;
    w1 = w;
  }
  for (let k = 0; k < sought.length; k++) {
    const term = sought[k]!;
    const written = uses[k]!;
    if (written.length === 0) continue;
    const forms = new Map<string, Written>(written.map((f) => [f.slots.map((slot) => slotText[slot]!).join(' '), f]));
    // the spelling, up to case
    const byLower = new Map<string, number>();
    for (const [text, n] of forms) byLower.set(text.toLowerCase(), (byLower.get(text.toLowerCase()) ?? 0) + n.uses);
    let lower = '';
    let most = -1;
    for (const [l, n] of byLower) if (n > most || (n === most && l < lower)) ((lower = l), (most = n));
    // the case: the form most used where the case tells; else the most used form, words lower-cased but names
    let told: string | null = null;
    let toldCount = 0;
    let usual = '';
    let usualCount = 0;
    // a tie: the form that writes more of its words as they are written elsewhere ("Twitter", "BERT"), then fewer capitals
    const ids = vocab.words(term);
    const agrees = (text: string) => text.split(' ').reduce((n, part, j) => n + (part === words.get(ids[j]!)!.text ? 1 : 0), 0);
    const tieOrder = (text: string, than: string) => agrees(than) - agrees(text) || capitals(text) - capitals(than) || (text < than ? -1 : text > than ? 1 : 0);
    const better = (text: string, n: number, than: string, thanN: number) => n > thanN || (n === thanN && tieOrder(text, than) < 0);
    for (const [text, n] of forms) {
      if (text.toLowerCase() !== lower) continue;
      if (n.telling > 0 && (told === null || better(text, n.telling, told, toldCount))) ((told = text), (toldCount = n.telling));
      if (usualCount === 0 || better(text, n.uses, usual, usualCount)) ((usual = text), (usualCount = n.uses));
    }
    // capitals no acronym or name accounts for are shown only where more than 3 in 4 of the telling uses write them
    // so, as for a single word (`displayForms`): "Kestrel Parsing" three times and "kestrel parsing" once is a habit
    // of some authors, not the phrase's case
    // (uses writing capitals at the same words' starts agree: "Penn Discourse Treebank" and "Penn Discourse TreeBank")
    if (told !== null) {
      let telling = 0;
      let agreeing = 0;
      const pattern = initials(told);
      for (const [text, n] of forms) {
        if (text.toLowerCase() !== lower) continue;
        telling += n.telling;
        if (initials(text) === pattern) agreeing += n.telling;
      }
      const plain = told.split(' ').map((part, j) => {
        const word = words.get(ids[j]!)!;
        return (word.acronym || word.name) && word.text.toLowerCase() === part.toLowerCase() ? word.text : part.toLowerCase();
      });
      if (capitals(told) > capitals(plain.join(' ')) && agreeing * 4 <= telling * 3) told = null;
    }
    // no use tells: one consistent form, never half and half ("Penn discourse treebank", "mythical Man-Month"): a
    // phrase with a name that inside sentences mostly stands beside capitalised words, on the side where the phrase
    // has its other words ("Penn" before "Treebank", "Man-Month" after "Mythical"), is a longer name, shown in Title
    // Case as the papers write it (its most used form with every word capitalised); else its words small but
    // acronyms and names ("Chinese word segmentation", "hidden Markov model": "Chinese" and "Markov" stand beside
    // small words)
    const inName = (w: number, j: number) => {
      const n = beside.get(w);
      return n !== undefined && ((j > 0 && n.leftTitle > n.leftSmall) || (j < ids.length - 1 && n.rightTitle > n.rightSmall));
    };
    let proper: string | null = null;
    if (told === null && ids.some(inName)) {
      let properCount = 0;
      for (const [text, n] of forms) {
        if (text.toLowerCase() !== lower || !text.split(' ').every((part) => /^[\p{Lu}\p{N}]/u.test(part))) continue;
        if (proper === null || better(text, n.uses, proper, properCount)) ((proper = text), (properCount = n.uses));
      }
    }
    const parts = (told ?? proper ?? usual).split(' ');
    const shown = parts.map((part, j) => {
      const word = words.get(ids[j]!)!;
      const same = word.text.toLowerCase() === part.toLowerCase();
      if (word.acronym) return same ? word.text : part;
      if (told !== null || proper !== null) return part;
      return same && word.name ? word.text : part.toLowerCase();
    });
    out.set(term, shown.join(' '));
  }
  return out;
}
