/**
 * npm run eval:labels -- DIR [DIR ...] [--top N] [--spread X] [--json FILE]
 *
 * How well the community names (cluster labels) of built bundles (`build:graph --out DIR`) tell the clusters apart
 * and say what each is about. Per bundle it prints the N largest clusters' names (default 30; largest by authors, the
 * map's order) and counts, over every community and over the N largest:
 * - duplicate heads: communities whose name's first term (case-folded) starts another community's name too;
 * - generic heads: a first term of one word that is in `GENERIC_WORDS` (words that name no topic of a field:
 *   "knowledge", "approach", "start"), or whose community spread is above X (default 0.25): the share of the
 *   communities of 20+ papers in which 2% or more of the titles hold the word (a word most clusters use is no name
 *   for one of them, the inverse class frequency of c-TF-IDF, Grootendorst 2022);
 * - verb heads: a first term whose first word is a verb form in `VERB_WORDS` ("start", "improve") or a one-word
 *   head in -ed;
 * - plain-word heads: the N largest names headed by one word in small letters ("event", "inference"; a language's
 *   name, a proper name or an acronym is capitalised);
 * - the largest number of the N largest heads sharing one two-word phrase ("machine translation" in six of them).
 * Titles are read from the bundle (`papers.title`), so the spread needs no abstracts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

/** Words that name no topic of the field alone: a head of one of them says nothing of its cluster. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'approach approaches analysis application applications data dataset datasets evaluation framework information ' +
    'knowledge language languages learning method methods model models network networks neural performance problem ' +
    'problems representation representations research results study system systems task tasks text texts work ' +
    'start everyday situations case cases use using towards toward new novel based effective efficient improving ' +
    'generation understanding processing detection classification prediction features feature corpus corpora'
  ).split(' '),
);

/** Verb forms that start clause fragments rather than topics. */
export const VERB_WORDS: ReadonlySet<string> = new Set(
  (
    'start starts started improve improves improving improved use uses used make makes made help helps capture ' +
    'captures rise learn learns combine combines propose proposes proposed show shows shown achieve achieves ' +
    'enable enables provide provides present presents introduce introduces explore explores leverage leverages'
  ).split(' '),
);

const SEP = ' · ';

/** A word as the spread counts it: lower case, a plural "s" off (not "ss", "us", "is"). */
export function foldWord(w: string): string {
  const l = w.toLowerCase();
  return l.length > 3 && l.endsWith('s') && !/(ss|us|is)$/.test(l) ? l.slice(0, -1) : l;
}

/** The folded words of a title. */
export function titleWords(title: string): string[] {
  return (title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map(foldWord);
}

interface Community {
  id: number;
  size: number;
  paperCount: number;
  label: string;
  terms: string[];
}

export interface LabelFigures {
  name: string;
  communities: number;
  duplicateHeads: number;
  duplicateHeadsTop: number;
  genericHeads: string[];
  genericHeadsTop: string[];
  verbHeads: string[];
  verbHeadsTop: string[];
  /** The N largest clusters' names headed by one word in small letters (a common word, not a language, name or acronym). */
  plainWordHeadsTop: string[];
  sharedPhraseTop: { phrase: string; count: number };
  top: { size: number; papers: number; label: string }[];
}

/**
 * The figures above for one bundle's communities and papers' titles; `top` clusters listed, `spreadLimit` the share
 * of communities of 20+ papers above which a one-word head is generic.
 */
export function labelFigures(name: string, communities: readonly Community[], titles: readonly string[], paperCommunity: readonly number[], top: number, spreadLimit: number): LabelFigures {
  const bySize = [...communities].sort((a, b) => b.size - a.size || a.id - b.id);
  const topIds = new Set(bySize.slice(0, top).map((c) => c.id));
  const head = (c: Community) => c.label.split(SEP)[0]!.toLocaleLowerCase('en');
  const headCount = new Map<string, number>();
  for (const c of communities) headCount.set(head(c), (headCount.get(head(c)) ?? 0) + 1);
  const dup = (c: Community) => headCount.get(head(c))! > 1;
  // the spread: per word, the communities of 20+ papers where 2% or more of titles hold it
  const big = communities.filter((c) => c.paperCount >= 20);
  const bigIndex = new Map(big.map((c, i) => [c.id, i]));
  const perCommunity = big.map(() => new Map<string, number>());
  titles.forEach((t, p) => {
    const i = bigIndex.get(paperCommunity[p]!);
    if (i === undefined) return;
    const m = perCommunity[i]!;
    for (const w of new Set(titleWords(t))) m.set(w, (m.get(w) ?? 0) + 1);
  });
  const spread = (word: string) => {
    const w = foldWord(word);
    let n = 0;
    big.forEach((c, i) => {
      if ((perCommunity[i]!.get(w) ?? 0) >= 0.02 * c.paperCount) n++;
    });
    return big.length ? n / big.length : 0;
  };
  const generic = (c: Community) => {
    const h = head(c);
    if (h.includes(' ')) return false;
    return GENERIC_WORDS.has(h) || GENERIC_WORDS.has(foldWord(h)) || spread(h) > spreadLimit;
  };
  const verb = (c: Community) => {
    const h = head(c);
    const first = h.split(/\s+/)[0]!;
    return VERB_WORDS.has(first) || (!h.includes(' ') && first.length > 4 && first.endsWith('ed'));
  };
  const phrases = new Map<string, number>();
  for (const c of bySize.slice(0, top)) {
    const words = head(c).split(/\s+/);
    const seen = new Set<string>();
    for (let i = 0; i + 1 < words.length; i++) seen.add(`${words[i]} ${words[i + 1]}`);
    for (const p of seen) phrases.set(p, (phrases.get(p) ?? 0) + 1);
  }
  let shared = { phrase: '', count: 0 };
  for (const [phrase, count] of phrases) if (count > shared.count || (count === shared.count && phrase < shared.phrase)) shared = { phrase, count };
  const show = (c: Community) => `${c.label} (${c.size})`;
  return {
    name,
    communities: communities.length,
    duplicateHeads: communities.filter(dup).length,
    duplicateHeadsTop: bySize.slice(0, top).filter(dup).length,
    genericHeads: communities.filter((c) => c.paperCount >= 20 && generic(c)).map(show),
    genericHeadsTop: bySize.slice(0, top).filter(generic).map(show),
    verbHeads: communities.filter((c) => c.paperCount >= 5 && verb(c)).map(show),
    verbHeadsTop: bySize.slice(0, top).filter(verb).map(show),
    plainWordHeadsTop: bySize.slice(0, top).filter((c) => /^[\p{Ll}][\p{Ll}-]*$/u.test(c.label.split(SEP)[0]!)).map(show),
    sharedPhraseTop: shared,
    top: bySize.filter((c) => topIds.has(c.id)).map((c) => ({ size: c.size, papers: c.paperCount, label: c.label })),
  };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '30' }, spread: { type: 'string', default: '0.25' }, json: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('Usage: npm run eval:labels -- DIR [DIR ...] [--top N] [--spread X] [--json FILE]\n');
    process.exit(2);
  }
  const top = Number(values.top) || 30;
  const spreadLimit = Number(values.spread) || 0.25;
  const all: LabelFigures[] = [];
  for (const dir of positionals) {
    const b = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8')) as { communities: Community[]; papers: { title: string[]; community: number[] } };
    const f = labelFigures(basename(dir), b.communities, b.papers.title, b.papers.community, top, spreadLimit);
    all.push(f);
    const out = [
      `== ${f.name}: ${f.communities} communities`,
      ...(values.quiet ? [] : f.top.map((t, i) => `${String(i + 1).padStart(3)}. ${t.label}  [${t.size} authors, ${t.papers} papers]`)),
      `duplicate heads: ${f.duplicateHeads} of ${f.communities}; in the ${top} largest: ${f.duplicateHeadsTop}`,
      `generic one-word heads (list, or in > ${spreadLimit * 100}% of communities of 20+ papers): ${f.genericHeads.length} of the 20+-paper communities; in the ${top} largest: ${f.genericHeadsTop.length}${f.genericHeadsTop.length ? ` (${f.genericHeadsTop.join('; ')})` : ''}`,
      `  all: ${f.genericHeads.join('; ') || 'none'}`,
      `verb heads (5+ papers): ${f.verbHeads.length}${f.verbHeads.length ? ` (${f.verbHeads.slice(0, 12).join('; ')})` : ''}; in the ${top} largest: ${f.verbHeadsTop.length}`,
      `heads of one word in small letters in the ${top} largest: ${f.plainWordHeadsTop.length}${f.plainWordHeadsTop.length ? ` (${f.plainWordHeadsTop.join('; ')})` : ''}`,
      `most shared two-word phrase in the ${top} largest heads: "${f.sharedPhraseTop.phrase}" × ${f.sharedPhraseTop.count}`,
      '',
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(all, null, 1));
}

if (process.argv[1] && /eval-labels\.ts$/.test(process.argv[1])) main();
