/**
 * Words that never make a community label: function words (English and the languages whose papers turn
 * up in English corpora), academic filler every abstract uses, and weak words that may stand inside a
 * phrase but not alone or at its end.
 */
import { deu, eng, fra, ita, por, spa } from 'stopword';
import { foldPlural } from './plural';

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
here there then now only very too also both each such when where which while what how who
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
crucial leverage leverages leveraging utilize utilizes utilizing utilized utilise utilises utilising utilised enable enables
enabling allow allows allowing technique techniques
find finds found findings conduct conducted conducting extensive code available publicly release released
https http www github com org io html pdf url de aforementioned
well high higher better best good many much more most fewer lower large-scale furthermore
`;

/**
 * Words that may stand inside a phrase ("large language model", "weak supervision") but never alone
 * nor at its end, where an English noun phrase has its head: generic verbs, adjectives, adverbs and
 * nouns that say nothing about a topic.
 */
export const WEAK_WORDS = `
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
supporting view views proper fit fits suit suits perspective perspectives strategy strategies traditional
combine combines combined combining
`;

/** Words too general to stand alone as a label, though fine at the end of a phrase ("language model"). */
export const NOT_ALONE = 'model learning training network mechanism natural question data system effectiveness name task language';

const ACADEMIC_FILLER_REQUIRED = ['paper', 'propose', 'results', 'approach', 'method', 'show'];

/**
 * The stop words of community labels, lower-cased: the stopword package's English, French, Spanish, German,
 * Portuguese and Italian lists (papers in those languages turn up in English corpora), our list of academic
 * filler ("propose", "results", "approach"...), and `extra`; each also in its plural-folded form, so "shows" and
 * "show" are both caught. A new set on every call; throws nothing.
 */
export function buildStopWords(extra: readonly string[] = []): Set<string> {
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

