/**
 * One search index per dataset over author names (every spelling) and paper titles:
 * accents and case folded, prefix matching, and small typos forgiven.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Bundle } from '../../core/bundle/types';
import { foldText, isUnambiguousSuffix } from '../../core/names/parse-name';
import { givenNameFit, givenNameForms } from '../../core/names/short-forms';
import { EAST_ASIAN_SURNAMES } from '../../core/queries/name-commonness';

export type NodeKind = 'author' | 'paper';

export interface SearchHit {
  kind: NodeKind;
  index: number;
  score: number;
}

export interface SearchIndex {
  /** Index up to `budgetMs` more of the documents; true when all are in. Lets the index fill in idle time. */
  fill(budgetMs: number): boolean;
  /** How much is left to fill: documents (authors, then titles) not indexed yet plus authors' spellings not yet folded. */
  left(): number;
  /**
   * Runs one one-letter search and drops its result, once the index is filled: the first keystroke then finds the
   * search's code compiled (at 70k, quiet machine: the first letter 36.5 ms input → results, the next eight 4–19;
   * the first search in a page 12–17 ms, the same again 1.7). For idle time, after `fill` has returned true.
   */
  warm(): void;
  /**
   * Best hits first; `isVisible` removes what the filters hide. At most `limit` hits (20 by default), of which up
   * to `paperRoom` (0 by default) are kept for papers whenever titles match: authors and papers are capped
   * separately, so names that fill the list ("BERT": Bert Cappelle, Bertie Vidgen, Dario Bertero…) leave room for
   * the titles holding the word; either kind takes the other's unused room. Among authors who fit equally the one
   * with more papers comes first: papers per author index from `authorPapers` (a year range's, `TimeSlice.papers`,
   * under one), else the whole record's. `authorsOnly` (the chain's author pickers): no title is searched at all
   * (with `isVisible` refusing papers the titles were searched and dropped: on the 30k map "graham n" spent 17 of its
   * 19 ms in Node there), and typos in names are forgiven whenever no name is spelled as typed, whatever titles hold.
   */
  search(
    query: string,
    isVisible: (kind: NodeKind, index: number) => boolean,
    limit?: number,
    paperRoom?: number,
    authorPapers?: ArrayLike<number>,
    authorsOnly?: boolean,
  ): SearchHit[];
}

interface Doc {
  id: number;
  text: string;
}

/** Splits names and queries into words the way MiniSearch's default tokenizer does (spaces and punctuation). */
const WORD_BREAK = /[\n\r\p{Z}\p{P}]+/u;

/** The folded words of `text`. */
function foldedWords(text: string): string[] {
  return text.split(WORD_BREAK).map(foldText).filter(Boolean);
}

/**
 * How well the typed words `query` (folded) fit one spelling of a name (`name`: its folded words, given
 * names first, family name last), or -1 when a typed word fits no part of it (found by typo forgiveness).
 * Each typed word takes the best free part: a whole part 3, a single letter as the first given name's
 * initial 2 ("Wang J" is Jin Wang) and as a later given name's 1.5 (Zijie J. Wang), as the family name's 1,
 * a prefix of a part 2 ("Jial"); plus 0.5 when the typed words name the person in full: every written-out part
 * typed and a written-out given name among them as a word of two letters or more ("Jing Wang" above Jing Xian
 * Wang; a middle initial or a generational suffix left out costs nothing: "Noah Smith" is also Noah A. Smith).
 * A name whose given names are only initials earns no more than a written-out one: "Hajic" fits J. Hajič and
 * Jan Hajič alike, and "Wang J" J. Wang and Jin Wang alike (a tester: J. Hajič, 1 paper, above Jan Hajič, 78),
 * so the most prolific comes first among them. A one-part name ("Mausam") typed whole is named in full.
 *
 * With `shortForms`, a typed word of 2+ letters also fits a given name (not the family name) written as another
 * form of it (`givenNameFit`, which owns short forms and nicknames): a short form or nickname either way ("Daniel"
 * typed for Dan Jurafsky, "Kathy" for Kathleen McKeown) 2, as a word begun; a written-out name typed for the
 * name's initial ("Christopher" for C. Manning) 1. Prefix short forms are not read for a romanised East Asian
 * family name ("Yangqiu Song" is not Yang Song). Such a fit counts only when the family name is typed too, whole or
 * begun ("Dan Jurafsky" is not Daniel J. Navarro), and counts as the given name typed, for the full-name bonus.
 * @param query the typed words, folded (`foldText`), in the order typed
 * @param name one spelling's words, folded, given names first and the family name last
 * @param shortForms whether a given name may be typed as another form of it (see above); false by default
 * @returns the fit (higher is better), or -1 when some typed word fits no part; never throws
 */
export function nameFit(query: readonly string[], name: readonly string[], shortForms = false): number {
  const used = new Array<boolean>(name.length).fill(false);
  // the family name: the last part, a generational suffix after it aside (Jan Hajič jr.)
  let familyAt = name.length - 1;
  while (familyAt > 0 && isUnambiguousSuffix(name[familyAt]!)) familyAt--;
  // a written-out given name typed as a word, not only as its initial (the full-name bonus needs one)
  let givenTyped = familyAt === 0;
  let fit = 0;
  // a given name fitted as another form of a typed word, and the family name typed (whole or begun, not an initial):
  // a form counts only beside the family name typed ("Dan Jurafsky" is not Daniel J. Navarro)
  let formUsed = false;
  let familyTyped = false;
  // whole words first, so an initial never takes the part a whole word names ("J Jones" and "Jones J")
  const order = [...query.keys()].sort((a, b) => query[b]!.length - query[a]!.length);
  for (const qi of order) {
    const w = query[qi]!;
    let best = -1;
    let at = -1;
    let form = false;
    name.forEach((part, i) => {
      if (used[i]) return;
      const family = i === familyAt && familyAt > 0;
      let v = -1;
      let isForm = false;
      // a letter typed is an initial even where the name writes one ("Wang J" is Jin Wang before Zijie J. Wang)
      if (w.length === 1) v = part.startsWith(w) ? (family ? 1 : i === 0 ? 2 : 1.5) : -1;
      else if (part === w) v = 3;
      else if (w.length >= 2 && part.startsWith(w)) v = 2;
      else if (shortForms && w.length >= 2 && i < familyAt) {
        // another form of the typed given name: a short form or nickname either way, or its initial
        const f = givenNameFit(w, part, !EAST_ASIAN_SURNAMES.has(name[familyAt]!));
        v = f === 'short' ? 2 : f === 'initial' ? 1 : -1;
        isForm = true;
      }
      if (v > best) {
        best = v;
        at = i;
        form = isForm;
      }
    });
    if (best < 0) return -1;
    used[at] = true;
    fit += best;
    if (form) formUsed = true;
    if (at === familyAt && w.length >= 2) familyTyped = true;
    if (w.length >= 2 && at < familyAt && name[at]!.length >= 2) givenTyped = true;
  }
  if (formUsed && !familyTyped) return -1;
  // left out at no cost: a middle initial (Noah A. Smith), a generational suffix (Hal Daumé III); the first given
  // name is part of the full name even as an initial (J. Hajič is not named in full by "Hajic")
  const full = name.every((part, i) => used[i] || (i > 0 && (part.length === 1 || isUnambiguousSuffix(part))));
  if (full && givenTyped) fit += 0.5;
  return fit;
}

/**
 * `name` with German umlauts and ß, and the Nordic ø, æ, å written out as ASCII transliterates them ("Schütze" ->
 * "Schuetze", "Søgaard" -> "Soegaard"), or null when it has none: searched as another spelling, since folding
 * alone makes "Schutze" and "Sogaard", and "Schuetze" typed found Florian Schultze (a typo away) first.
 */
export function transliterated(name: string): string | null {
  const MAP: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ø: 'oe', Ø: 'Oe', æ: 'ae', Æ: 'Ae', å: 'aa', Å: 'Aa' };
  // most names have none of these letters: no normalising and no copy for them (this runs for every author when the
  // index is built)
  if (!/[äöüßÄÖÜøØæÆåÅ\u0308\u030a]/.test(name)) return null;
  const out = name.normalize('NFC').replace(/[äöüßÄÖÜøØæÆåÅ]/g, (c) => MAP[c]!);
  return out === name.normalize('NFC') ? null : out;
}

/**
 * Initials written together after a surname, as PubMed, Web of Science and Vancouver lists write names
 * ("Smith NA", "Wang JL"): two or three capitals beside a word in lower case are that many initials
 * ("Smith N A"). Anything else is returned as it is (an acronym alone, "BERT", "ACL", stays a word).
 */
export function spreadInitials(query: string): string {
  const words = query.split(/\s+/);
  if (words.length < 2 || !words.some((w) => /\p{Ll}/u.test(w))) return query;
  return words.map((w) => (/^\p{Lu}{2,3}\.?,?$/u.test(w) ? [...w.replace(/[.,]/g, '')].join(' ') : w)).join(' ');
}

/**
 * How well the typed words fit a title: 3 for each typed word the title holds as a whole word, 2 for one it holds
 * only as the beginning of a word ("neural transl": 5 for "… in Neural Machine Translation", 4 for "Translating
 * Neuralese"; a one-letter word counts as begun only), or -1 when a typed word is in it neither way (the title
 * was found by forgiving a typo).
 * @param query the typed words, folded (`foldText`)
 * @param terms the title's folded words that matched (MiniSearch's `SearchResult.terms`), or all its words
 * @returns the fit; never throws
 */
export function titleFit(query: readonly string[], terms: readonly string[]): number {
  let fit = 0;
  for (const w of query) {
    // one letter is a word begun, not a whole one: "neural t" is not "Don't" ("don", "t") first
    if (w.length > 1 && terms.includes(w)) fit += 3;
    else if (terms.some((t) => t.startsWith(w))) fit += 2;
    else return -1;
  }
  return fit;
}

/**
 * How many of the typed words `title` holds in the order typed, each as a whole word or a word's beginning, and
 * not necessarily side by side (the longest such run): "neural transl" is 2 in "Neural Machine Translation" and
 * 1 in "Translating Neuralese".
 * @param query the typed words, folded (`foldText`), in the order typed
 * @param title the title's words, folded, in order
 * @returns 0 to `query.length`; never throws
 */
export function wordsInOrder(query: readonly string[], title: readonly string[]): number {
  // the longest common subsequence, a typed word matching a title word it begins
  let prev = new Array<number>(query.length + 1).fill(0);
  for (const t of title) {
    const row = [0];
    for (let j = 1; j <= query.length; j++) row.push(t.startsWith(query[j - 1]!) ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!));
    prev = row;
  }
  return prev[query.length]!;
}

/**
 * Rank groups, best first: authors who carry every typed word as a whole part of their name ("Bert" is Bert
 * Cappelle), papers whose title holds every typed word as a whole word ("What BERT Sees"), authors whose name
 * fits every typed word otherwise (begun, "Bertie Vidgen", or as an initial, "Wang J"), papers whose title
 * spells every typed word as a word's beginning ("BERTology"), then what only typo forgiveness found.
 */
const AUTHOR_WHOLE = 4;
const PAPER_WHOLE = 3;
const AUTHOR_FITS = 2;
const PAPER_SPELLS = 1;

/**
 * The rank group of an author whose best `nameFit` over `words` typed words is `fit`: AUTHOR_WHOLE when every
 * typed word is a whole part of the name (a whole part scores 3, the most a word scores, so the fit reaches
 * 3 per typed word only then), AUTHOR_FITS for any other fit, 0 for none (-1).
 */
function authorGroup(fit: number, words: number): number {
  return fit < 0 ? 0 : fit >= 3 * words ? AUTHOR_WHOLE : AUTHOR_FITS;
}

/** The rank group of a title whose `titleFit` over `words` typed words is `fit` (3 per word held whole), 0 for none. */
function paperGroup(fit: number, words: number): number {
  return fit < 0 ? 0 : fit >= 3 * words ? PAPER_WHOLE : PAPER_SPELLS;
}

/**
 * Build the search index of `bundle` (filled lazily: call `fill` in idle time, `search` fills the rest).
 * Ranking: whole words before words begun, across kinds (the groups above): authors who carry every typed word
 * as a whole part of their name, then papers whose title holds every typed word whole, then authors whose name
 * fits the typed words otherwise, then papers whose title begins them ("BERT": Bert Cappelle, then "What BERT
 * Sees", then Bertie Vidgen, then "BERTology"). Within an author group the best fit first (`nameFit`) and,
 * among equal fits, the most prolific; within a paper group the more typed words whole the better
 * (`titleFit`), then the more of them in the typed order (`wordsInOrder`), then the newest, then MiniSearch's
 * BM25 score; then whatever only typo forgiveness found (authors and papers by BM25, each scored in
 * its own index: names, titles), and that only when nothing is spelled as typed, shown or hidden by the
 * filters (a name typed in full or begun is not padded with near spellings). The titles are searched only when
 * fewer than `limit` visible authors rank above every title (for a query of one or two letters: fewer than
 * `limit` fit at all, since tens of thousands of titles hold such a word). Initials written together
 * after a surname ("Smith NA") count as initials when an author's name fits them (`spreadInitials`).
 */
export function buildSearchIndex(bundle: Bundle): SearchIndex {
  const nA = bundle.authors.name.length;
  // two indices, names and titles: a short query ("a", "at") matches a few thousand names but tens of thousands
  // of titles at 70k papers, and MiniSearch scores every match (a keystroke's 145 ms of 165 at 70k, load 15);
  // when enough names fit the typed words to fill the list, no title could be shown and none is scored
  const index = (): MiniSearch<Doc> =>
    new MiniSearch<Doc>({
      fields: ['text'],
      idField: 'id',
      processTerm: (term) => {
        const folded = foldText(term);
        return folded.length > 0 ? folded : null;
      },
      searchOptions: {
        // prefix matching from two letters: one letter would match most of a big corpus
        prefix: (term) => term.length >= 2,
        // one edit from 4 letters, two (a swapped pair) from 5
        fuzzy: (term) => (term.length >= 5 ? 2 : term.length === 4 ? 1 : false),
        combineWith: 'AND',
      },
    });
  const names = index();
  const titles = index();
  const docs: Doc[] = [];
  const spellingsOf = (i: number): string[] => {
    const written = [bundle.authors.name[i]!, ...bundle.authors.aliases[i]!];
    const extra = written.map(transliterated).filter((x): x is string => x !== null);
    return extra.length ? [...written, ...extra] : written;
  };
  bundle.authors.name.forEach((_name, i) => {
    docs.push({ id: i, text: spellingsOf(i).join(' ; ') });
  });
  bundle.papers.title.forEach((title, i) => docs.push({ id: nA + i, text: title }));
  const paperCount = bundle.authors.paperCount;
  // each author's spellings as folded words (nameFit's input), made in `fill` after the indices, or when first
  // needed: a one-letter search fits thousands of names
  const spellings = new Array<string[][] | undefined>(nA);
  const wordsOf = (author: number): string[][] =>
    (spellings[author] ??= spellingsOf(author).map(foldedWords));

  // each title's folded words (`wordsInOrder`'s input), made when a search first ranks the title
  const titleWords = new Array<string[] | undefined>(bundle.papers.title.length);
  const titleWordsOf = (paper: number): string[] => (titleWords[paper] ??= foldedWords(bundle.papers.title[paper]!));

  let next = 0;
  let nextSpelling = 0;
  const fill = (budgetMs: number): boolean => {
    const end = performance.now() + budgetMs;
    while (next < docs.length && performance.now() < end) {
      // a slice never spans the two indices
      const stop = next < nA ? Math.min(nA, next + 500) : Math.min(docs.length, next + 500);
      (next < nA ? names : titles).addAll(docs.slice(next, stop));
      next = stop;
    }
    while (next >= docs.length && nextSpelling < nA && performance.now() < end) {
      const stop = Math.min(nA, nextSpelling + 2000);
      for (; nextSpelling < stop; nextSpelling++) wordsOf(nextSpelling);
    }
    return next >= docs.length && nextSpelling >= nA;
  };
  /**
   * Every match of `q` the filters leave visible, with its rank group, name fit and paper count. Searched in
   * up to four steps, each only when the steps before it leave fewer than `limit` matches in the top groups
   * (nothing a later step finds could be shown): names as typed (whole words and prefixes), titles as typed,
   * then names and titles with typos forgiven. A match only a typo finds fits no typed word whole or as a
   * prefix, so it ranks in the last group; a match found as typed keeps the score of the words as typed
   * (a title with "attention" is not scored up for also holding "attend"; a title's fit counts the typed words
   * it holds whole or begun, not a word a typo away). At 70k papers a five-letter
   * prefix ("atten") forgiven two edits walked both indices' trees on every keystroke (a keystroke's
   * 30 ms of search in Node, cold, at load 6; 244 ms in the page at load 8), though the titles that spell
   * it already fill the list.
   */
  const rank = (
    q: string,
    isVisible: (kind: NodeKind, index: number) => boolean,
    limit: number,
    paperRoom = 0,
    authorPapers: ArrayLike<number> = paperCount,
    authorsOnly = false,
  ): Ranked[] => {
    // a name with an initial ("Wang J", "J Wang", "Wang, J."): a single letter beside a longer word is a
    // prefix (the initial of a given name), not a word of its own
    const words = q.split(/[\s,.;]+/).filter(Boolean);
    const initials = words.length > 1 && words.some((w) => w.length === 1) && words.some((w) => w.length >= 2);
    const asTyped = initials ? { prefix: () => true, fuzzy: false as const } : { fuzzy: false as const };
    const forgiving = initials ? { prefix: () => true } : undefined;
    const folded = foldedWords(q);
    // a full name typed ("Daniel Jurafsky"): each word of 2+ letters may be a given name written another way in the
    // map (Dan Jurafsky, C. Manning, Kathy for Kathleen): the names are searched for those forms too, each form
    // as a whole word (`givenNameForms`), and every name found is fitted with them (`nameFit`'s shortForms)
    const forms = folded.length > 1 && folded.some((w) => w.length >= 2);
    const namesQuery: Query = forms
      ? {
          combineWith: 'AND',
          queries: folded.map((w): Query => {
            const other = w.length >= 2 ? givenNameForms(w) : [];
            return other.length ? { combineWith: 'OR', queries: [w, { queries: other, prefix: false, fuzzy: false }] } : w;
          }),
        }
      : q;
    const ranked: Ranked[] = [];
    const seen = new Set<number>();
    let top = 0;
    let fitting = 0;
    // visible authors who carry every typed word whole (ranked above every title)
    let whole = 0;
    // matches spelled as typed, the hidden ones too (authors whose name fits every typed word, titles)
    let spelled = 0;
    const addNames = (results: SearchResult[], asTypedStep: boolean) => {
      for (const r of results) {
        const index = r.id as number;
        if (seen.has(index)) continue;
        if (!isVisible('author', index)) {
          if (asTypedStep && !spelled && wordsOf(index).some((name) => nameFit(folded, name) >= 0)) spelled++;
          continue;
        }
        // the best fit of any of the author's spellings as typed; among equal fits the most prolific first
        const strict = Math.max(...wordsOf(index).map((name) => nameFit(folded, name)));
        // a name found as typed spells it; one found only as another form of a given name ("Daniel Jurafsky":
        // Dan Jurafsky) fits and ranks, but typos are still forgiven after it (a near spelling may be the person too)
        // (a name spelled as typed ranks as it did without the forms)
        const fit = strict >= 0 || !forms ? strict : Math.max(...wordsOf(index).map((name) => nameFit(folded, name, true)));
        // found by a word's other forms alone and not fitting with them (the family name typed as an initial,
        // "Dan Jurafsky" for Simon J. D. Prince; a prefix of an East Asian given name, "Yangqiu Song" for Yan Song)
        if (asTypedStep && fit < 0) continue;
        seen.add(index);
        if (asTypedStep && strict >= 0) spelled++;
        if (fit >= 0) fitting++;
        const group = authorGroup(fit, folded.length);
        if (group === AUTHOR_WHOLE) whole++;
        ranked.push({ hit: { kind: 'author', index, score: r.score }, group, fit, order: 0, tie: authorPapers[index]! });
      }
    };
    // `asTypedStep`: the results of a search without typo forgiveness, which all spell every typed word. They rank
    // below the authors who carry every typed word whole, so only the best `limit - whole` visible ones could be shown: those are kept as
    // they come (`kept`, best first), each one's words in order read only when its fit could put it there. At 70k
    // papers "neural" finds ~8,000 titles: ranking every one was a third of the keystroke's search time in the
    // page, and MiniSearch's own order (BM25) put a partial word above a whole one ("neural transl": Translating
    // Neuralese first)
    const addTitles = (results: SearchResult[], asTypedStep: boolean) => {
      const room = Math.max(limit - whole, paperRoom);
      const kept: Ranked[] = [];
      const years = bundle.papers.year;
      const inOrder = folded.length > 1;
      const entry = (index: number, r: SearchResult, fit: number, spells: boolean): Ranked => ({
        hit: { kind: 'paper', index, score: r.score },
        group: spells ? paperGroup(fit, folded.length) : 0,
        fit: Math.max(fit, 0),
        order: !spells ? 0 : inOrder ? wordsInOrder(folded, titleWordsOf(index)) : 1,
        tie: years[index] ?? 0,
      });
      for (const r of results) {
        const index = (r.id as number) - nA;
        if (!asTypedStep) {
          if (seen.has(r.id as number)) continue;
          if (!isVisible('paper', index)) continue;
          seen.add(r.id as number);
          // a title that spells every typed word (whole or as a prefix) ranks above one found only by
          // forgiving a typo: BM25 alone put a rare "Jang" above the many exact "Wang" for "Wang J"
          const fit = titleFit(folded, r.terms);
          if (fit >= 0) top++;
          ranked.push(entry(index, r, fit, fit >= 0));
          continue;
        }
        spelled++;
        if (!isVisible('paper', index)) continue;
        top++;
        if (room <= 0) continue;
        const fit = titleFit(folded, r.terms);
        const last = kept[room - 1];
        if (last !== undefined) {
          if (fit < last.fit) continue;
          // the last one kept has every typed word in order: one with an equal fit, no newer (or as new, no
          // higher score) cannot pass it, whatever its order (told without reading the title's words)
          const year = years[index] ?? 0;
          if (fit === last.fit && last.order === folded.length && (year < last.tie || (year === last.tie && r.score <= last.hit.score))) continue;
        }
        const e = entry(index, r, fit, true);
        if (last !== undefined && compareRanked(e, last) >= 0) continue;
        let at = Math.min(kept.length, room - 1);
        while (at > 0 && compareRanked(e, kept[at - 1]!) < 0) at--;
        kept.splice(at, 0, e);
        if (kept.length > room) kept.pop();
      }
      for (const e of kept) seen.add(nA + e.hit.index);
      ranked.push(...kept);
    };
    addNames(names.search(namesQuery, asTyped), true);
    if (authorsOnly) {
      if (fitting >= limit || spelled > 0) return ranked;
      addNames(names.search(q, forgiving), false);
      return ranked;
    }
    // the titles only when fewer than `limit` visible authors rank above every title (no paper would be shown), or
    // when papers have room of their own (`paperRoom`) and the query is long enough to be a title's word: at one
    // or two letters the titles holding it as a word run to tens of thousands at 70k papers (a keystroke's time),
    // so there any `limit` authors who fit end the search
    const short = folded.join('').length < 3;
    if ((short ? fitting : whole) >= limit && !(paperRoom > 0 && !short)) return ranked;
    addTitles(titles.search(q, asTyped), true);
    if (fitting + top >= limit) return ranked;
    // typos are forgiven only when nothing is spelled as typed, shown or hidden by the filters: a name typed in
    // full ("Qiang Ning") or begun ("Lebanof") is what was meant, and the list is not padded with names and
    // titles a typo away (a tester got Qiang Ning and then 19 loose titles); a match the filters hide is said
    // so by the search box, not replaced by a title a typo away (a tester's "Scott Nowson" with years set)
    if (spelled > 0) return ranked;
    addNames(names.search(q, forgiving), false);
    if (fitting >= limit) return ranked;
    addTitles(titles.search(q, forgiving), false);
    return ranked;
  };
  return {
    fill,
    left: () => docs.length - next + (nA - nextSpelling),
    warm() {
      // the path of a first keystroke: names as typed (one letter fits enough of them), ranked and cut
      sorted(rank('a', () => true, 20), 20);
    },
    search(query, isVisible, limit = 20, paperRoom = 0, authorPapers = paperCount, authorsOnly = false) {
      const typed = query.trim();
      if (typed === '') return [];
      fill(Infinity);
      // initials written together ("Smith NA") are read as initials when some author's name fits them so;
      // otherwise the words as typed ("NLP for ACL" stays a search in titles)
      const spread = spreadInitials(typed);
      if (spread !== typed) {
        const asInitials = rank(spread, isVisible, limit, paperRoom, authorPapers, authorsOnly);
        if (asInitials.some((r) => r.group === AUTHOR_FITS || r.group === AUTHOR_WHOLE)) return sorted(asInitials, limit, paperRoom);
      }
      return sorted(rank(typed, isVisible, limit, paperRoom, authorPapers, authorsOnly), limit, paperRoom);
    },
  };
}

interface Ranked {
  hit: SearchHit;
  group: number;
  /** An author's `nameFit`, a title's `titleFit` (0 for a match only a typo found). */
  fit: number;
  /** A title's `wordsInOrder` (0 for an author). */
  order: number;
  /** The last tie-break: an author's paper count, a paper's year (0 when it has none). */
  tie: number;
}

/**
 * Negative when `a` ranks before `b`: by group; within the groups found as typed by fit, then (titles) the typed
 * words in order, then the most prolific author or the newest paper, then MiniSearch's score; among matches
 * only a typo found (names and titles alike) by MiniSearch's score (BM25 weighted down by the edits: the nearer
 * and rarer spelling first, so "Chung" puts Chuang, one letter away, above Zhang, two away, and "Qiang Nimg"
 * Qiang Ning above a title holding "qiang" and "ning").
 */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.group - a.group ||
    (a.group === 0 ? b.hit.score - a.hit.score : b.fit - a.fit || b.order - a.order || b.tie - a.tie || b.hit.score - a.hit.score) ||
    b.tie - a.tie
  );
}

/**
 * The best `limit` of `ranked`, best first (`compareRanked`), with up to `paperRoom` of them papers when as many
 * papers are ranked (the authors' cap is `limit - paperRoom`; either kind fills the room the other leaves).
 */
function sorted(ranked: Ranked[], limit: number, paperRoom = 0): SearchHit[] {
  ranked.sort(compareRanked);
  if (paperRoom <= 0) return ranked.slice(0, limit).map((r) => r.hit);
  const authors = ranked.reduce((n, r) => n + (r.hit.kind === 'author' ? 1 : 0), 0);
  const papers = ranked.length - authors;
  const paperCap = Math.min(papers, Math.max(paperRoom, limit - authors));
  const authorCap = Math.min(authors, limit - paperCap);
  const out: SearchHit[] = [];
  let a = 0;
  let p = 0;
  for (const r of ranked) {
    if (r.hit.kind === 'author' ? a++ < authorCap : p++ < paperCap) out.push(r.hit);
  }
  return out;
}
