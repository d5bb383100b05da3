/**
 * The part of the state that lives in the URL: dataset, selection, view, and every filter and view
 * setting, so a shared link reproduces what its sender saw.
 * `?ds=acl&author=12&view=coauthors&min=3&years=2018-2020&venues=4,17&link=0.5&unlinked=hide&ego=12.2&only=4&size=strength&colour=year`,
 * or `?bundle=path/bundle.json` to open a bundle by path; `comm=5` for a community's card (the number its card
 * says, "Community 5", counted from 1; links written before it say `community=4`, the 0-based id, and still open
 * that card: `community` is read, never written, as a tester read community=10 beside "Community 11" as a bug), `pair=12.34` for two
 * co-authors' card (a click on their link), `review=names` for the who-is-who review list (`review=12.34`: at the
 * pair "author 12 / author 34", `review=12`: at the name of author 12: see `ReviewPlace`), in place of an author or
 * paper. Settings at their default are left out.
 *
 * | parameter | setting | example |
 * |---|---|---|
 * | `min` | minimum papers per author | `min=3` |
 * | `papers=hidden` | paper nodes off | |
 * | `years` | year range (inclusive), or one year | `years=2018-2020`, `years=2020` |
 * | `venues` | only the papers of these venues (indices into the bundle's `venues`, from 0; `none`: papers without a venue) | `venues=4,17`, `venues=none` |
 * | `link` | minimum link strength (co-author view) | `link=0.5` |
 * | `unlinked=hide` | hide authors left without a link (co-author view) | |
 * | `ego` | only this author and those within 1–3 steps | `ego=12.2` (author 12, 2 steps) |
 * | `hide` / `only` | hidden communities, or the only ones shown (whichever is shorter) | `hide=3,7`, `only=4` |
 * | `size` | what author sizes show | `size=strength` |
 * | `colour` | what node colours show | `colour=year` |
 * | `chain` | the co-author chain traced between two authors (written by the chain feature: `chainInUrl`) | `chain=12.34` |
 * | `review` | the who-is-who review list (a card, like `author`), at a pair or a name (`ReviewPlace`) | `review=names`, `review=12.34`, `review=12` |
 * | `find` | the review list's name filter, as typed (only beside `review`; written by the list: `withReviewFind`) | `find=baldwin` |
 * | `at` | the part of the map shown, in the layout's coordinates (written only into a shared link, kept in the address while the camera shows it: url/map-place.ts) | `at=812.4,-96.1,230` |
 */
import { sameRef, type NodeRef } from '../graph/node-keys';
import type { GraphView } from '../graph/sigma-graph';
import { DEFAULT_FILTERS, type Filters } from '../graph/visibility';
import { NO_VENUE } from '../../core/queries/time-slice';
import { boundedEditDistance } from '../../core/queries/synonyms';
import { QUERY_PARAM_NAMES } from '../../core/openalex/query';
import type { ColorBy, Selection, SizeBy } from '../store/types';
import { AT_PARAM, parseMapPlace, type MapPlace } from './map-place';

/**
 * Where the who-is-who review list is: at a suggested pair (`a` the name kept, `b` the name merged, as the
 * suggestion says them: `review=a.b`) or at a name that may be several people (`author`: `review=12`), the one
 * the user last acted on (opened, accepted, rejected…), so Back from a card opened there, a reload or a shared
 * link shows the list at it; or at the heading of its names that may be several people (`section: 'several'`:
 * `review=several`, where the sidebar's count of them opens the list, the 30k map's 7 names lay 219,000 px down its
 * 621 pairs). Ids are the map's author indices.
 */
export type ReviewPlace = { a: number; b: number } | { author: number } | { section: typeof REVIEW_SEVERAL };

/** The `review` value (and `ReviewPlace` section) of the review list's "May be several people" section. */
export const REVIEW_SEVERAL = 'several';

/** A selection the URL keeps: an author, a paper, a community's card, two co-authors' card or the review list. */
export type UrlSelection = NodeRef | { kind: 'community'; id: number } | { kind: 'pair'; a: number; b: number } | { kind: 'review'; at?: ReviewPlace };

/** The part of `selection` the URL keeps (null for none): all of it, since every card is kept (the review list too). */
export function urlSelection(selection: Selection | null): UrlSelection | null {
  return selection;
}

/** Whether two review places are the same (both absent included). */
export function sameReviewPlace(a: ReviewPlace | undefined, b: ReviewPlace | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if ('section' in a || 'section' in b) return 'section' in a && 'section' in b && a.section === b.section;
  if ('author' in a) return 'author' in b && a.author === b.author;
  return 'a' in b && a.a === b.a && a.b === b.b;
}

/** The text of a review place in the URL (`12.34` for a pair, `12` for a name, `several` for that section). */
export const reviewPlaceText = (at: ReviewPlace): string => ('section' in at ? at.section : 'author' in at ? String(at.author) : `${at.a}.${at.b}`);

/**
 * Whether two URL selections are the same card: the same author, paper, community or pair, or both the review
 * list wherever it is (a move in the list replaces its history entry; opening it pushes one).
 */
export function sameUrlCard(a: UrlSelection | null, b: UrlSelection | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.kind !== b.kind) return false;
  if (a.kind === 'review') return true;
  if (a.kind === 'pair') {
    const o = b as { a: number; b: number };
    return a.a === o.a && a.b === o.b;
  }
  return a.kind === 'community' ? a.id === (b as { id: number }).id : sameRef(a, b as NodeRef);
}

/** Whether two URL selections name the same author, paper, community or pair, or the review list at the same place. */
export function sameUrlSelection(a: UrlSelection | null, b: UrlSelection | null): boolean {
  if (!sameUrlCard(a, b)) return false;
  return a?.kind !== 'review' || sameReviewPlace(a.at, (b as { at?: ReviewPlace }).at);
}

/** The value of the `review` parameter that opens the list without a place. */
export const REVIEW_LIST = 'names';

/**
 * The review list's `review` value read: `at` its place (`12.34`, `12` or `several`, see `ReviewPlace`), none for `names`;
 * `unread` the value when it is neither (the list still opens, at its top; the page says the place was not
 * understood). Null when the query has no `review` parameter.
 */
export function reviewInUrl(search: string): { at?: ReviewPlace; unread: string | null } | null {
  const value = new URLSearchParams(search).get('review');
  if (value === null) return null;
  const pair = /^(\d+)\.(\d+)$/.exec(value);
  if (pair && pair[1] !== pair[2]) return { at: { a: Number(pair[1]), b: Number(pair[2]) }, unread: null };
  if (/^\d+$/.test(value)) return { at: { author: Number(value) }, unread: null };
  if (value === REVIEW_SEVERAL) return { at: { section: REVIEW_SEVERAL }, unread: null };
  return { unread: value === REVIEW_LIST ? null : value };
}

/** The URL parameter of the review list's name filter (ReviewPanel.tsx), kept only while the list is open. */
export const REVIEW_FIND_PARAM = 'find';

/** The review list's name filter in the query `search`, as typed ('' when none). Throws nothing. */
export function reviewFindInUrl(search: string): string {
  return new URLSearchParams(search).get(REVIEW_FIND_PARAM) ?? '';
}

/**
 * `search` (`?…` or '') with the review list's name filter set to `text` (removed when it is only spaces), the other
 * parameters kept: written in place of the entry shown as the user types (a reload, a shared link or Back to the list
 * lost it), never a new entry per key. Throws nothing.
 */
export function withReviewFind(search: string, text: string): string {
  const params = new URLSearchParams(search);
  if (text.trim() === '') params.delete(REVIEW_FIND_PARAM);
  else params.set(REVIEW_FIND_PARAM, text);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** Communities as the URL says them: hidden ones, or the only ones shown (resolved against a dataset). */
export type CommunitySpec = { hide: number[] } | { only: number[] };

/** Filters and view settings as read from a URL, before they are checked against a dataset. */
export interface UrlSettings {
  filters: Omit<Filters, 'hiddenCommunities'>;
  communities: CommunitySpec;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /**
   * The link's parameters that were there but could not be read, as written (`author=abc`, `paper=-1`,
   * `ego=2706.9`): each is left out, and the store says so in its link note (`missingFromLink`) as it does for an
   * id past the map's counts; the address is then rewritten without them.
   */
  unread: string[];
  /**
   * The link's parameters this app does not read at all (`data=acl30k`, `colour-by=year`), as written, in the
   * link's order: the page opens as if they were not there, and the link note says so (`unknownParamsNote`), with the
   * parameter meant when one is near (a tester's `?data=acl30k` opened the sample without a word).
   */
  unknown: string[];
  /**
   * The part of the map the link shows (`at=x,y,span`, url/map-place.ts), framed on opening in place of what the card
   * or the filters would frame; null (or absent) when the link has none or it could not be read (then in `unread`).
   */
  at?: MapPlace | null;
}

export interface UrlState {
  dataset: string | null;
  bundle: string | null;
  selection: UrlSelection | null;
  view: GraphView;
  settings: UrlSettings;
}

/** What the URL writes: the settings as the store holds them, and how many communities the dataset has. */
export interface SettingsToWrite {
  filters: Filters;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  communityCount: number;
}

const SETTING_KEYS = ['min', 'papers', 'years', 'venues', 'link', 'unlinked', 'ego', 'hide', 'only', 'size', 'colour'];

/**
 * Every URL parameter the app reads: the dataset and card (`toSearch`), the settings, and those read by their own
 * owners: `find` (review list), `names` (who-is-who decisions), `chain`, `test` (env.ts), `openalex` and the
 * OpenAlex query's `oa…` (features/openalex). A parameter not here is said as unknown (`unknownParamsNote`); a
 * new parameter must be added here.
 */
export const KNOWN_PARAMS: readonly string[] = [
  'ds',
  'bundle',
  'author',
  'paper',
  'comm',
  'community',
  'pair',
  'review',
  'view',
  ...SETTING_KEYS,
  'find',
  'names',
  'chain',
  'test',
  'openalex',
  AT_PARAM,
  ...QUERY_PARAM_NAMES,
];

/** Words people write for a parameter of another name (`data=` for the map, `color=`): the parameter they mean. */
const MEANT: Record<string, string> = {
  data: 'ds',
  dataset: 'ds',
  datasets: 'ds',
  map: 'ds',
  set: 'ds',
  sample: 'ds',
  file: 'bundle',
  path: 'bundle',
  url: 'bundle',
  color: 'colour',
  colors: 'colour',
  colours: 'colour',
  year: 'years',
  venue: 'venues',
  node: 'author',
  person: 'author',
  name: 'author',
  id: 'author',
  title: 'paper',
  work: 'paper',
  group: 'comm',
  cluster: 'comm',
  community: 'comm',
  sizes: 'size',
};

/** What a parameter is for, said after its name in the note (the map's one first: it is the one most tried). */
const PARAM_PURPOSE: Record<string, string> = {
  ds: 'maps are chosen with ds=…',
  bundle: 'a map file is opened with bundle=…',
  colour: 'colours are chosen with colour=year or colour=community',
  years: 'a year range is years=2018-2020',
  venues: 'venues are venues=4,17',
  author: "an author's card is author=… (a number, from 0)",
  paper: "a paper's card is paper=… (a number, from 0)",
  comm: "a community's card is comm=… (its number, from 1)",
  size: 'sizes are size=papers, strength, degree or betweenness',
};

/**
 * The known parameter `key` (an unknown one, as written) most likely means: a word for it (`data` → `ds`), else the
 * known parameter nearest in spelling (Levenshtein distance at most 2, and less than the key's length: `yeras` →
 * `years`, `colur` → `colour`); null when none is near.
 */
export function meantParam(key: string): string | null {
  const k = key.toLowerCase();
  if (MEANT[k]) return MEANT[k];
  if (KNOWN_PARAMS.includes(k)) return k;
  const max = Math.min(2, k.length - 1);
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const known of KNOWN_PARAMS) {
    const d = boundedEditDistance(k, known, max);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

/**
 * The link note's sentence for the parameters the app does not read (`unknown`: `key=value` as written), null for
 * none: "The link's parameter data= is not one this app reads; maps are chosen with ds=…", with the parameter meant
 * (`meantParam`) when one is near. Said in the link note with the other problems of a link.
 */
export function unknownParamsNote(unknown: readonly string[]): string | null {
  if (unknown.length === 0) return null;
  const keys = unknown.map((u) => u.split('=')[0]!);
  const named = keys.map((k) => `${k}=`);
  const list = named.length < 2 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const head = keys.length === 1 ? `The link’s parameter ${list} is not one this app reads` : `The link’s parameters ${list} are not ones this app reads`;
  const hints = [...new Set(keys.map(meantParam).filter((m): m is string => m !== null))].map((m) => PARAM_PURPOSE[m] ?? `did you mean ${m}=?`);
  const said = `${head}${hints.length ? `; ${hints.join('; ')}` : ''}`;
  return said.endsWith('…') ? said : `${said}.`;
}
const SIZE_BY: readonly SizeBy[] = ['papers', 'strength', 'degree', 'betweenness'];

function index(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** A comma-separated list of indices; anything else in it is dropped. */
function indices(value: string): number[] {
  return [...new Set(value.split(',').map((v) => index(v.trim())).filter((v): v is number => v !== null))];
}

/** The settings in `params`; a value that does not parse leaves its setting at the default. */
function parseSettings(params: URLSearchParams): UrlSettings {
  const { hiddenCommunities: _, ...defaults } = DEFAULT_FILTERS;
  const filters: UrlSettings['filters'] = { ...defaults };
  const min = index(params.get('min'));
  if (min !== null && min >= 1) filters.minPapers = min;
  if (params.get('papers') === 'hidden') filters.showPapers = false;
  // `years=2018-2020`, or one year alone (`years=2020`: as a person writes it, and as it is written back)
  const years = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(params.get('years') ?? '');
  const lastYear = years ? Number(years[2] ?? years[1]) : 0;
  if (years && Number(years[1]) <= lastYear) filters.years = [Number(years[1]), lastYear];
  // `venues=4,17,none`: venue indices, `none` for the papers that give no venue (the store drops those the map lacks)
  const venueEntries = params.has('venues') ? (params.get('venues') ?? '').split(',').map((v) => v.trim()) : [];
  const venues = venueEntries.map((v) => (v === 'none' ? NO_VENUE : index(v))).filter((v): v is number => v !== null);
  if (venues.length) filters.venues = [...new Set(venues)].sort((a, b) => a - b);
  const link = Number(params.get('link'));
  if (params.has('link') && Number.isFinite(link) && link > 0) filters.minLinkStrength = link;
  if (params.get('unlinked') === 'hide') filters.hideUnlinked = true;
  const ego = /^(\d+)\.([123])$/.exec(params.get('ego') ?? '');
  if (ego) filters.ego = { author: Number(ego[1]), steps: Number(ego[2]) as 1 | 2 | 3 };
  const only = params.get('only');
  const communities: CommunitySpec = only !== null ? { only: indices(only) } : { hide: indices(params.get('hide') ?? '') };
  const size = params.get('size') as SizeBy | null;
  const at = parseMapPlace(params.get(AT_PARAM));
  const unread: string[] = [];
  const unreadIf = (key: string, bad: boolean) => {
    if (params.has(key) && bad) unread.push(`${key}=${params.get(key)}`);
  };
  unreadIf('min', min === null || min < 1);
  unreadIf('years', !filters.years);
  unreadIf('venues', venues.length === 0 || venues.length < venueEntries.length);
  unreadIf('link', !(Number.isFinite(link) && link > 0));
  unreadIf('ego', !ego);
  unreadIf(AT_PARAM, !at);
  // the settings read from a word or a list: an unknown word (`size=bogus`) or a list with an entry that is no
  // community number (`hide=2,x`) is said, as an unreadable number is (it was dropped without a word: a tester)
  unreadIf('papers', params.get('papers') !== 'hidden' && params.get('papers') !== 'shown');
  unreadIf('unlinked', params.get('unlinked') !== 'hide');
  unreadIf('size', size === null || !SIZE_BY.includes(size));
  unreadIf('colour', params.get('colour') !== 'year' && params.get('colour') !== 'community');
  for (const key of ['only', 'hide']) {
    const entries = (params.get(key) ?? '').split(',').map((v) => v.trim());
    unreadIf(key, entries.some((v) => index(v) === null) || (key === 'only' && only !== null && indices(only).length === 0));
  }
  return {
    filters,
    communities,
    sizeBy: size !== null && SIZE_BY.includes(size) ? size : 'papers',
    colorBy: params.get('colour') === 'year' ? 'year' : 'community',
    unread,
    unknown: [],
    at,
  };
}

/** The hidden communities `spec` means in a dataset of `count` communities (ids out of range are dropped). */
export function hiddenCommunities(spec: CommunitySpec, count: number): Set<number> {
  if ('only' in spec) {
    const shown = new Set(spec.only.filter((c) => c < count));
    const hidden = new Set<number>();
    if (shown.size === 0) return hidden;
    for (let c = 0; c < count; c++) if (!shown.has(c)) hidden.add(c);
    return hidden;
  }
  return new Set(spec.hide.filter((c) => c < count));
}

/**
 * Whether `url` names another dataset than `source` (the one open or opening): Back or Forward to such an entry
 * opens that dataset (main.tsx) rather than restoring a selection in this one (UrlController). A URL naming none
 * means the default, whatever is open.
 */
export function namesOtherDataset(url: Pick<UrlState, 'dataset' | 'bundle'>, source: { dataset: string | null; bundle: string | null }): boolean {
  return (url.dataset !== null && url.dataset !== source.dataset) || (url.bundle !== null && url.bundle !== source.bundle);
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const author = index(params.get('author'));
  const paper = index(params.get('paper'));
  // the card's number (`comm=5`: "Community 5"), or a link written before it: the 0-based id (`community=4`)
  const numbered = index(params.get('comm'));
  const community = numbered !== null && numbered >= 1 ? numbered - 1 : params.has('comm') ? null : index(params.get('community'));
  const pair = /^(\d+)\.(\d+)$/.exec(params.get('pair') ?? '');
  const review = reviewInUrl(search);
  const settings = parseSettings(params);
  const unreadIf = (key: string, bad: boolean) => {
    if (params.has(key) && bad) settings.unread.push(`${key}=${params.get(key)}`);
  };
  unreadIf('author', author === null);
  unreadIf('paper', paper === null);
  unreadIf('comm', numbered === null || numbered < 1);
  unreadIf('community', !params.has('comm') && community === null);
  unreadIf('pair', pair === null || pair[1] === pair[2]);
  unreadIf('view', params.get('view') !== 'papers' && params.get('view') !== 'coauthors');
  // in the link's own order
  const keys = [...params.keys()];
  for (const key of new Set(keys)) if (!KNOWN_PARAMS.includes(key)) settings.unknown.push(`${key}=${params.get(key)}`);
  settings.unread.sort((a, b) => keys.indexOf(a.slice(0, a.indexOf('='))) - keys.indexOf(b.slice(0, b.indexOf('='))));
  const selection: UrlSelection | null =
    author !== null
      ? { kind: 'author', index: author }
      : paper !== null
        ? { kind: 'paper', index: paper }
        : community !== null
          ? { kind: 'community', id: community }
          : pair !== null && pair[1] !== pair[2]
            ? { kind: 'pair', a: Number(pair[1]), b: Number(pair[2]) }
            : review !== null
              ? { kind: 'review', ...(review.at ? { at: review.at } : {}) }
              : null;
  return {
    dataset: params.get('ds'),
    bundle: params.get('bundle'),
    selection,
    view: params.get('view') === 'coauthors' ? 'coauthors' : 'papers',
    settings,
  };
}

/** Shortest decimal text of a link strength (weights are fractions such as 1/3). */
const decimal = (n: number): string => String(Number(n.toPrecision(6)));

function writeSettings(params: URLSearchParams, s: SettingsToWrite): void {
  const f = s.filters;
  if (f.minPapers > 1) params.set('min', String(f.minPapers));
  if (!f.showPapers) params.set('papers', 'hidden');
  if (f.years) params.set('years', f.years[0] === f.years[1] ? `${f.years[0]}` : `${f.years[0]}-${f.years[1]}`);
  if (f.venues && f.venues.length) params.set('venues', f.venues.map((v) => (v === NO_VENUE ? 'none' : String(v))).join(','));
  if (f.minLinkStrength > 0) params.set('link', decimal(f.minLinkStrength));
  if (f.hideUnlinked) params.set('unlinked', 'hide');
  if (f.ego) params.set('ego', `${f.ego.author}.${f.ego.steps}`);
  const hidden = [...f.hiddenCommunities].sort((a, b) => a - b);
  if (hidden.length > 0) {
    const shown: number[] = [];
    for (let c = 0; c < s.communityCount; c++) if (!f.hiddenCommunities.has(c)) shown.push(c);
    // "only this one" on a map of 500 communities is one id, not 499
    if (shown.length > 0 && shown.length < hidden.length) params.set('only', shown.join(','));
    else params.set('hide', hidden.join(','));
  }
  if (s.sizeBy !== 'papers') params.set('size', s.sizeBy);
  if (s.colorBy !== 'community') params.set('colour', s.colorBy);
}

/** The URL parameter of the who-is-who decisions (written by features/whoiswho/decisions-url.ts). */
export const NAMES_PARAM = 'names';

/**
 * The query string for `state` (and, when given, the filters and view settings), keeping unrelated
 * parameters (e.g. `test`, `names`, `find` beside the review list, `at` last when it can be read) of `current`; but
 * `find` goes when `state` is not the review list, and `names`, the who-is-who decisions of the dataset `current`
 * names, and `at`, a place on its map, are left out when `state` is another dataset (an entry pushed by the switcher carried the decisions of the
 * dataset left; the whoiswho feature puts the new one's own there).
 */
export function toSearch(state: Omit<UrlState, 'settings'>, current: string, settings?: SettingsToWrite): string {
  const params = new URLSearchParams(current);
  const [ds, bundle] = [params.get('ds'), params.get('bundle')];
  // (`at`, the place on the map a shared link opened on, is kept on the same map: the camera's owner takes it out
  // once the camera leaves that place, CameraController; another map's entry has none)
  if ((ds !== null && (ds !== state.dataset || state.bundle !== null)) || (bundle !== null && bundle !== state.bundle)) for (const k of [NAMES_PARAM, AT_PARAM]) params.delete(k);
  for (const k of ['ds', 'bundle', 'author', 'paper', 'community', 'comm', 'pair', 'review', 'view']) params.delete(k);
  // (the place last, as a shared link has it; left out when it cannot be read)
  const place = parseMapPlace(params.get(AT_PARAM)) ? params.get(AT_PARAM) : null;
  params.delete(AT_PARAM);
  if (settings) for (const k of SETTING_KEYS) params.delete(k);
  if (state.bundle !== null) params.set('bundle', state.bundle);
  else if (state.dataset !== null) params.set('ds', state.dataset);
  const sel = state.selection;
  // the review list's filter goes with the list, after it (an author card opened from it, or the list closed, has none)
  const find = params.get(REVIEW_FIND_PARAM);
  params.delete(REVIEW_FIND_PARAM);
  if (sel?.kind === 'review') {
    params.set('review', sel.at ? reviewPlaceText(sel.at) : REVIEW_LIST);
    if (find !== null) params.set(REVIEW_FIND_PARAM, find);
  } else if (sel?.kind === 'community') params.set('comm', String(sel.id + 1));
  else if (sel) params.set(sel.kind, sel.kind === 'pair' ? `${sel.a}.${sel.b}` : String(sel.index));
  if (state.view !== 'papers') params.set('view', state.view);
  if (settings) writeSettings(params, settings);
  if (place !== null) params.set(AT_PARAM, place);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/**
 * The page's `review` parameter as the page was opened (`reviewInUrl`), read when this module loads, with the
 * start-up: the URL is rewritten once the map opens (an unreadable place becomes `review=names`) before the review
 * list can say what it was.
 */
export const reviewAtStart = typeof window === 'undefined' ? null : reviewInUrl(window.location.search);

/**
 * The review list's name filter of the page as it was opened ('' when none, or when the page opened no review list),
 * read when this module loads: the URL is rewritten without it while the map opens (a link's decisions rebuild it
 * with the list closed), before the list can take it up.
 */
export const reviewFindAtStart = reviewAtStart === null ? '' : reviewFindInUrl(window.location.search);

/** The two ends of a co-author chain a URL carries (`chain=12.34`: from author 12 to author 34), or null. */
export function chainInUrl(search: string): { from: number; to: number } | null {
  const m = /^(\d+)\.(\d+)$/.exec(new URLSearchParams(search).get('chain') ?? '');
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** `search` with its `chain` parameter set to `chain` (removed for null), the other parameters kept. */
export function withChain(search: string, chain: { from: number; to: number } | null): string {
  const params = new URLSearchParams(search);
  if (chain) params.set('chain', `${chain.from}.${chain.to}`);
  else params.delete('chain');
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}
