import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import {
  chainInUrl,
  hiddenCommunities,
  KNOWN_PARAMS,
  meantParam,
  namesOtherDataset,
  parseUrlState,
  reviewFindInUrl,
  reviewInUrl,
  sameUrlCard,
  sameUrlSelection,
  toSearch,
  unknownParamsNote,
  urlSelection,
  withChain,
  withReviewFind,
} from '../../src/app/url/url-state';
import { formatMapPlace, parseMapPlace } from '../../src/app/url/map-place';

describe('URL state', () => {
  it('writes every filter and view setting and reads them back', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      minPapers: 3,
      showPapers: false,
      years: [2018, 2020] as const,
      venues: [-1, 3, 17],
      minLinkStrength: 1 / 3,
      hideUnlinked: true,
      ego: { author: 12, steps: 2 as const },
      hiddenCommunities: new Set([4, 1]),
    };
    const search = toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'author', index: 7 }, view: 'coauthors' }, '?test=1', {
      filters,
      sizeBy: 'strength',
      colorBy: 'year',
      communityCount: 10,
    });
    expect(search).toBe('?test=1&ds=acl&author=7&view=coauthors&min=3&papers=hidden&years=2018-2020&venues=none%2C3%2C17&link=0.333333&unlinked=hide&ego=12.2&hide=1%2C4&size=strength&colour=year');
    const url = parseUrlState(search);
    expect(url.selection).toEqual({ kind: 'author', index: 7 });
    expect(url.view).toBe('coauthors');
    expect(url.settings.filters).toEqual({ minPapers: 3, showPapers: false, years: [2018, 2020], venues: [-1, 3, 17], minLinkStrength: 0.333333, hideUnlinked: true, ego: { author: 12, steps: 2 } });
    expect(hiddenCommunities(url.settings.communities, 10)).toEqual(new Set([1, 4]));
    expect(url.settings.sizeBy).toBe('strength');
    expect(url.settings.colorBy).toBe('year');
  });

  it('reads a venue list as a person writes it (any order, `none` for papers without a venue) and says an unreadable entry', () => {
    expect(parseUrlState('?venues=17,none,3,3').settings.filters.venues).toEqual([-1, 3, 17]);
    expect(parseUrlState('?venues=4').settings.unread).toEqual([]);
    const bad = parseUrlState('?venues=4,acl');
    expect(bad.settings.filters.venues).toEqual([4]);
    expect(bad.settings.unread).toEqual(['venues=4,acl']);
    expect(parseUrlState('?venues=').settings.filters.venues).toBeNull();
  });

  it('says "only this one" as one id, and leaves defaults out', () => {
    const hidden = new Set(Array.from({ length: 499 }, (_, i) => (i >= 3 ? i + 1 : i)));
    const search = toSearch({ dataset: null, bundle: 'data/x/bundle.json', selection: null, view: 'papers' }, '', {
      filters: { ...DEFAULT_FILTERS, hiddenCommunities: hidden },
      sizeBy: 'papers',
      colorBy: 'community',
      communityCount: 500,
    });
    expect(search).toBe('?bundle=data%2Fx%2Fbundle.json&only=3');
    expect(hiddenCommunities(parseUrlState(search).settings.communities, 500)).toEqual(hidden);
    expect(toSearch({ dataset: 'seed', bundle: null, selection: null, view: 'papers' }, '?min=4&names=abc', { filters: DEFAULT_FILTERS, sizeBy: 'papers', colorBy: 'community', communityCount: 5 })).toBe('?names=abc&ds=seed');
    // the decisions belong to the dataset the query names: an entry for another one leaves them out
    expect(toSearch({ dataset: 'moor', bundle: null, selection: null, view: 'papers' }, '?names=abc&ds=seed', { filters: DEFAULT_FILTERS, sizeBy: 'papers', colorBy: 'community', communityCount: 5 })).toBe('?ds=moor');
    expect(toSearch({ dataset: null, bundle: 'data/x/bundle.json', selection: null, view: 'papers' }, '?names=abc&ds=seed')).toBe('?bundle=data%2Fx%2Fbundle.json');
    expect(toSearch({ dataset: 'seed', bundle: null, selection: null, view: 'papers' }, '?names=abc&ds=seed')).toBe('?names=abc&ds=seed');
  });

  it("keeps a community's card as comm=N, the number its card says (a tester: \"Community 11\" beside community=10); old community=ID links still open it", () => {
    const search = toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'community', id: 4 }, view: 'papers' }, '');
    // id 4 is the card "Community 5"
    expect(search).toBe('?ds=acl&comm=5');
    expect(parseUrlState(search).selection).toEqual({ kind: 'community', id: 4 });
    // a link written before: community= is the 0-based id, the same card; rewriting it says comm=
    expect(parseUrlState('?community=4').selection).toEqual({ kind: 'community', id: 4 });
    expect(toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'community', id: 4 }, view: 'papers' }, '?community=4')).toBe('?ds=acl&comm=5');
    expect(parseUrlState('?community=4&author=2').selection).toEqual({ kind: 'author', index: 2 });
    expect(parseUrlState('?community=x').selection).toBeNull();
    expect(parseUrlState('?comm=0').selection).toBeNull();
    // a community and an author are told apart
    expect(sameUrlSelection({ kind: 'community', id: 4 }, { kind: 'community', id: 4 })).toBe(true);
    expect(sameUrlSelection({ kind: 'community', id: 4 }, { kind: 'author', index: 4 })).toBe(false);
    expect(sameUrlSelection({ kind: 'paper', index: 4 }, { kind: 'paper', index: 5 })).toBe(false);
  });

  it("keeps two co-authors' card as pair=A.B, so a reload or a shared link opens it again (a tester: it was lost)", () => {
    const pair = { kind: 'pair', a: 12, b: 34 } as const;
    expect(urlSelection(pair)).toEqual(pair);
    const search = toSearch({ dataset: 'acl', bundle: null, selection: pair, view: 'coauthors' }, '?names=x');
    expect(search).toBe('?names=x&ds=acl&pair=12.34&view=coauthors');
    expect(parseUrlState(search).selection).toEqual(pair);
    expect(sameUrlSelection(pair, { kind: 'pair', a: 12, b: 34 })).toBe(true);
    expect(sameUrlSelection(pair, { kind: 'pair', a: 12, b: 35 })).toBe(false);
    expect(sameUrlSelection(pair, { kind: 'author', index: 12 })).toBe(false);
    // damaged or the same author twice: no card
    for (const bad of ['?pair=12', '?pair=12.x', '?pair=7.7', '?pair=-1.2']) expect(parseUrlState(bad).selection, bad).toBeNull();
    expect(parseUrlState('?pair=7.7').settings.unread).toEqual(['pair=7.7']);
    // replacing it with an author's card drops it
    expect(toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'author', index: 3 }, view: 'papers' }, search)).toBe('?names=x&ds=acl&author=3');
  });

  it('keeps the who-is-who review list as review=names, at the pair or name acted on (a reload closed it, a link could not open it)', () => {
    const list = { kind: 'review' } as const;
    expect(urlSelection(list)).toEqual(list);
    const open = toSearch({ dataset: 'acl', bundle: null, selection: list, view: 'papers' }, '?names=x&author=3');
    expect(open).toBe('?names=x&ds=acl&review=names');
    expect(parseUrlState(open).selection).toEqual(list);
    // at a suggested pair (the name kept, then the one merged), and at a name that may be several people
    const atPair = { kind: 'review', at: { a: 12, b: 34 } } as const;
    const atName = { kind: 'review', at: { author: 7 } } as const;
    expect(toSearch({ dataset: 'acl', bundle: null, selection: atPair, view: 'coauthors' }, '')).toBe('?ds=acl&review=12.34&view=coauthors');
    expect(parseUrlState('?ds=acl&review=12.34').selection).toEqual(atPair);
    expect(toSearch({ dataset: 'acl', bundle: null, selection: atName, view: 'papers' }, '')).toBe('?ds=acl&review=7');
    expect(parseUrlState('?review=7').selection).toEqual(atName);
    // one card wherever it is (a move in it replaces the entry), but not the same place
    expect(sameUrlCard(atPair, atName)).toBe(true);
    expect(sameUrlCard(list, atPair)).toBe(true);
    expect(sameUrlSelection(atPair, { kind: 'review', at: { a: 12, b: 34 } })).toBe(true);
    expect(sameUrlSelection(atPair, atName)).toBe(false);
    expect(sameUrlSelection(list, atPair)).toBe(false);
    expect(sameUrlCard(list, { kind: 'author', index: 7 })).toBe(false);
    // at the names that may be several people (the sidebar's count of them opens the list there: after the 30k map's
    // 621 pairs, 219,000 px down)
    const atSeveral = { kind: 'review', at: { section: 'several' } } as const;
    expect(toSearch({ dataset: 'acl', bundle: null, selection: atSeveral, view: 'papers' }, '')).toBe('?ds=acl&review=several');
    expect(parseUrlState('?ds=acl&review=several').selection).toEqual(atSeveral);
    expect(reviewInUrl('?review=several')).toEqual({ at: { section: 'several' }, unread: null });
    expect(sameUrlSelection(atSeveral, { kind: 'review', at: { section: 'several' } })).toBe(true);
    expect(sameUrlSelection(atSeveral, atName)).toBe(false);
    expect(sameUrlSelection(atName, atSeveral)).toBe(false);
    expect(sameUrlSelection(atPair, atSeveral)).toBe(false);
    expect(sameUrlSelection(atSeveral, list)).toBe(false);
    // replacing it with an author's card drops it; an author named too comes first
    expect(toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'author', index: 3 }, view: 'papers' }, '?review=12.34')).toBe('?ds=acl&author=3');
    expect(parseUrlState('?review=names&author=2').selection).toEqual({ kind: 'author', index: 2 });
    // a place that cannot be read opens the list at its top, and says what it was
    for (const bad of ['', 'x', '7.7', '1.2.3', '-4']) {
      expect(parseUrlState(`?review=${bad}`).selection, bad).toEqual(list);
      expect(reviewInUrl(`?review=${bad}`), bad).toEqual({ unread: bad });
    }
    expect(reviewInUrl('?review=names')).toEqual({ unread: null });
    expect(reviewInUrl('?ds=acl')).toBeNull();
  });

  // a tester: the list narrowed to "baldwin", a reload (or the link sent, or Back from a card opened from it) showed
  // the whole list again
  it("keeps the review list's name filter beside it (find=), and only while the list is open", () => {
    const typed = withReviewFind('?ds=acl&review=12.34', 'Søgaard & co');
    expect(typed).toBe('?ds=acl&review=12.34&find=S%C3%B8gaard+%26+co');
    expect(reviewFindInUrl(typed)).toBe('Søgaard & co');
    // emptied, or only spaces: gone
    expect(withReviewFind(typed, '')).toBe('?ds=acl&review=12.34');
    expect(withReviewFind(typed, '   ')).toBe('?ds=acl&review=12.34');
    expect(reviewFindInUrl('?ds=acl&review=names')).toBe('');
    // a move in the list (another place) keeps it, and so does the list kept open over a map rebuilt with the decisions
    // (a link's `names=`); a card opened from the list or the list closed drops it
    const list = { kind: 'review', at: { author: 7 } } as const;
    expect(toSearch({ dataset: 'acl', bundle: null, selection: list, view: 'papers' }, typed)).toBe('?ds=acl&review=7&find=S%C3%B8gaard+%26+co');
    expect(toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'author', index: 3 }, view: 'papers' }, typed)).toBe('?ds=acl&author=3');
    expect(toSearch({ dataset: 'acl', bundle: null, selection: null, view: 'papers' }, typed)).toBe('?ds=acl');
    expect(toSearch({ dataset: null, bundle: 'rebuilt/bundle.json', selection: list, view: 'papers' }, typed)).toBe('?bundle=rebuilt%2Fbundle.json&review=7&find=S%C3%B8gaard+%26+co');
  });

  it('ignores what does not parse, and ids the dataset does not have', () => {
    const url = parseUrlState('?min=zero&years=2020-2018&link=-1&ego=5.9&size=colour&colour=red&hide=1,x,99');
    expect(url.settings.filters.minPapers).toBe(1);
    expect(url.settings.filters.years).toBeNull();
    expect(url.settings.filters.minLinkStrength).toBe(0);
    expect(url.settings.filters.ego).toBeNull();
    expect(url.settings.sizeBy).toBe('papers');
    expect(url.settings.colorBy).toBe('community');
    expect(hiddenCommunities(url.settings.communities, 10)).toEqual(new Set([1]));
    expect(hiddenCommunities({ only: [99] }, 10)).toEqual(new Set());
  });

  it('reads one year alone as a one-year range, as a person writes it (a tester: years=2020 was refused)', () => {
    expect(parseUrlState('?years=2020').settings.filters.years).toEqual([2020, 2020]);
    expect(parseUrlState('?years=2020-').settings.filters.years).toBeNull();
  });

  it('writes one year back as it was written, years=2020 (it became years=2020-2020, a tester)', () => {
    const filters = { ...DEFAULT_FILTERS, years: [2020, 2020] as const };
    const search = toSearch({ dataset: 'acl', bundle: null, selection: null, view: 'papers' }, '', { filters, sizeBy: 'papers', colorBy: 'community', communityCount: 3 });
    expect(new URLSearchParams(search).get('years')).toBe('2020');
    expect(parseUrlState(search).settings.filters.years).toEqual([2020, 2020]);
  });
});

describe('namesOtherDataset', () => {
  it('is true only for a URL naming another dataset or bundle than the one open', () => {
    const open = { dataset: 'seed', bundle: null };
    expect(namesOtherDataset(parseUrlState('?ds=seed&author=3'), open)).toBe(false);
    expect(namesOtherDataset(parseUrlState('?author=3'), open)).toBe(false);
    expect(namesOtherDataset(parseUrlState('?ds=acl30k'), open)).toBe(true);
    expect(namesOtherDataset(parseUrlState('?bundle=data/x/bundle.json'), open)).toBe(true);
  });
});

describe('the co-author chain in the URL', () => {
  it('reads and writes chain=from.to beside the other parameters, and leaves damaged values out', () => {
    expect(chainInUrl('?ds=acl&chain=12.34&author=3')).toEqual({ from: 12, to: 34 });
    expect(chainInUrl('?chain=12')).toBeNull();
    expect(chainInUrl('?chain=-1.4')).toBeNull();
    expect(chainInUrl('?ds=acl')).toBeNull();
    expect(withChain('?ds=acl&author=3', { from: 5, to: 9 })).toBe('?ds=acl&author=3&chain=5.9');
    expect(withChain('?ds=acl&chain=5.9', null)).toBe('?ds=acl');
    expect(withChain('?chain=5.9', null)).toBe('');
    // the selection and settings written by the URL controller keep the chain
    expect(toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'author', index: 2 }, view: 'papers' }, '?ds=acl&chain=5.9')).toContain('chain=5.9');
  });

  it('lists the parameters a link carries but that cannot be read (a tester: author=abc, paper=-1, ego=2706.9 dropped in silence)', () => {
    expect(parseUrlState('?author=abc').settings.unread).toEqual(['author=abc']);
    expect(parseUrlState('?paper=-1&ego=2706.9').settings.unread).toEqual(['paper=-1', 'ego=2706.9']);
    expect(parseUrlState('?years=2021-2016&min=0&link=x').settings.unread).toEqual(['years=2021-2016', 'min=0', 'link=x']);
    expect(parseUrlState('?comm=x').settings.unread).toEqual(['comm=x']);
    // a word or a list no setting knows is said the same way (view=bogus was dropped in silence beside paper=abc)
    expect(parseUrlState('?paper=abc&view=bogus').settings.unread).toEqual(['paper=abc', 'view=bogus']);
    expect(parseUrlState('?size=huge&colour=red&papers=no&unlinked=yes').settings.unread).toEqual(['size=huge', 'colour=red', 'papers=no', 'unlinked=yes']);
    expect(parseUrlState('?hide=2,x').settings.unread).toEqual(['hide=2,x']);
    expect(parseUrlState('?only=').settings.unread).toEqual(['only=']);
    // what reads leaves nothing to say
    expect(parseUrlState('?author=3&ego=3.2&years=2018-2020&min=2&link=0.5&comm=2').settings.unread).toEqual([]);
    expect(parseUrlState('?view=coauthors&size=strength&colour=year&papers=hidden&unlinked=hide&hide=1,2').settings.unread).toEqual([]);
    expect(parseUrlState('?view=papers&only=3&colour=community').settings.unread).toEqual([]);
  });
});


describe('parameters the app does not read', () => {
  it('are listed, in the link\'s order, and none of the parameters the app writes or reads is among them', () => {
    expect(parseUrlState('?data=acl30k&author=3&colr=year&test').settings.unknown).toEqual(['data=acl30k', 'colr=year']);
    const every = KNOWN_PARAMS.map((k) => `${k}=1`).join('&');
    expect(parseUrlState(`?${every}`).settings.unknown).toEqual([]);
    // what the app itself writes is read back without a word
    const written = toSearch({ dataset: 'acl', bundle: null, selection: { kind: 'pair', a: 1, b: 2 }, view: 'coauthors' }, '?names=x&chain=1.2&oa=author:A1&oa-from=2019');
    expect(parseUrlState(written).settings.unknown).toEqual([]);
  });
  it('are said with the parameter meant: a word for it, or the nearest in spelling', () => {
    expect(meantParam('data')).toBe('ds');
    expect(meantParam('Dataset')).toBe('ds');
    expect(meantParam('yeras')).toBe('years');
    expect(meantParam('colur')).toBe('colour');
    expect(meantParam('color')).toBe('colour');
    expect(meantParam('zzzzzz')).toBeNull();
    expect(unknownParamsNote([])).toBeNull();
    expect(unknownParamsNote(['data=acl30k'])).toBe('The link’s parameter data= is not one this app reads; maps are chosen with ds=…');
    expect(unknownParamsNote(['zzzzzz=1', 'qq=2'])).toBe('The link’s parameters zzzzzz= and qq= are not ones this app reads.');
  });
});

describe('a shared link’s place on the map (at=x,y,span)', () => {
  it('reads x, y and a positive span in the layout’s coordinates, and writes them back short', () => {
    expect(parseUrlState('?ds=acl3k&at=812.4,-96.1,230').settings.at).toEqual({ x: 812.4, y: -96.1, span: 230 });
    expect(parseUrlState('?ds=acl3k&at=812.4,-96.1,230').settings.unread).toEqual([]);
    expect(parseUrlState('?ds=acl3k&at=812.4,-96.1,230').settings.unknown).toEqual([]);
    expect(parseUrlState('?ds=acl3k').settings.at).toBeNull();
    expect(KNOWN_PARAMS).toContain('at');
    // rounded short: the span to 3 digits, the centre to a thousandth of the span
    expect(formatMapPlace({ x: 812.41234567, y: -96.0987654, span: 230.4567 })).toBe('812.4,-96.1,230');
    expect(formatMapPlace({ x: 0.123456789, y: -0.00000001, span: 0.0123456 })).toBe('0.12346,0,0.0123');
    for (const place of [{ x: 812.4, y: -96.1, span: 230 }, { x: -3.5, y: 1e-3, span: 0.5 }]) expect(parseMapPlace(formatMapPlace(place))).toEqual(place);
  });

  it('leaves out a value that is not x,y,span (span above 0) and says it in the link note’s list', () => {
    for (const bad of ['1,2', '1,2,0', '1,2,-3', 'a,b,c', '1,2,3,4', '1,,3', 'NaN,1,2', 'Infinity,1,2', '']) {
      const read = parseUrlState(`?ds=acl3k&at=${encodeURIComponent(bad)}`).settings;
      expect(read.at, bad).toBeNull();
      expect(read.unread, bad).toEqual([`at=${bad}`]);
    }
  });

  it('is kept in the address the app writes on the same map (a reload opens on it again), not on another map’s, nor when unreadable', () => {
    const state = parseUrlState('?ds=acl3k&author=5&at=1,2,3');
    expect(toSearch(state, '?ds=acl3k&author=5&at=1,2,3')).toBe('?ds=acl3k&author=5&at=1%2C2%2C3');
    expect(toSearch({ ...state, selection: null }, '?ds=acl3k&author=5&at=1,2,3')).toBe('?ds=acl3k&at=1%2C2%2C3');
    expect(toSearch({ ...state, dataset: 'acl30k' }, '?ds=acl3k&author=5&at=1,2,3')).toBe('?ds=acl30k&author=5');
    expect(toSearch(state, '?ds=acl3k&author=5&at=1,abc')).toBe('?ds=acl3k&author=5');
  });
});
