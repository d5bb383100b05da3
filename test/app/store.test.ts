/**
 * The explorer store as the one owner of what the details panel shows and what the canvas emphasises
 * (the seed list): one selection at a time, cards and nodes replacing each other, a feature's emphasis
 * written into the store and dropped with the dataset.
 */
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../src/app/data/dataset';
import { useChain } from '../../src/app/features/chain/store';
import { createAtlasStore, linkPlaceHolds, pairFraming, useAtlas } from '../../src/app/store';
import { sharedPapers } from '../../src/core/bundle/indices';
import { selectedNode } from '../../src/app/store/types';
import { parseUrlState } from '../../src/app/url/url-state';
import { buildFiles, buildText, SEED_PATH } from '../core/helpers';

const seed = buildFiles([SEED_PATH]).bundle;
const author = (name: string) => seed.authors.name.indexOf(name);

describe('one selection decides the details panel', () => {
  it('an author card gives way to a community card, and back; the URL node follows', () => {
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(seed, async () => [], null));
    store.getState().select({ kind: 'author', index: 3 });
    expect(selectedNode(store.getState().selection)).toEqual({ kind: 'author', index: 3 });
    store.getState().select({ kind: 'community', id: 0 });
    expect(store.getState().selection).toEqual({ kind: 'community', id: 0 });
    expect(selectedNode(store.getState().selection)).toBeNull();
    store.getState().select({ kind: 'paper', index: 1 });
    expect(store.getState().selection).toEqual({ kind: 'paper', index: 1 });
  });

  it('the search field keeps its text beside the card its result opened; another way to a card empties it; a step Back leaves it', () => {
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(seed, async () => [], null));
    store.getState().setQuery('Jialiang');
    store.getState().select({ kind: 'author', index: author('Jialiang Wang') }, { fromSearch: true });
    expect(store.getState().query).toBe('Jialiang');
    // a co-author's link in the card (or a click on the map): the field no longer names what is shown
    store.getState().select({ kind: 'paper', index: 1 });
    expect(store.getState().query).toBe('');
    expect(store.getState().hits).toEqual([]);
    // history puts back its entry's text itself (UrlController): a step does not empty the field
    store.getState().setQuery('Wang');
    store.getState().select({ kind: 'author', index: 3 }, { origin: 'history' });
    expect(store.getState().query).toBe('Wang');
    // closing the card: the text is the search the user goes through the results of, and stays
    store.getState().select(null);
    expect(store.getState().query).toBe('Wang');
    // with no card open, a close (Escape on the map) leaves what is being typed
    store.getState().setQuery('Wang');
    store.getState().select(null);
    expect(store.getState().query).toBe('Wang');
    // a co-author chain traced: the field no longer names what is shown
    store.getState().emphasise({ by: 'chain', nodes: [{ kind: 'author', index: 0 }, { kind: 'author', index: 1 }], steps: [] });
    expect(store.getState().query).toBe('');
  });

  it('a card opened from the drawer closes it (bottom sheet on narrow screens); a node does not move the drawer', () => {
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(seed, async () => [], null));
    store.getState().setDrawerOpen(true);
    store.getState().select({ kind: 'author', index: 0 }, { moveCamera: false });
    expect(store.getState().drawerOpen).toBe(true);
    store.getState().select({ kind: 'review' });
    expect(store.getState().drawerOpen).toBe(false);
  });

  it('a link of one community shown alone (only=) frames that community, as "Show only this one" does; of several, what they leave shown', () => {
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?only=1'));
    expect(store.getState().camera?.target).toEqual({ kind: 'community', id: 1 });
    const button = createAtlasStore();
    button.getState().openDataset(prepareDataset(seed, async () => [], null));
    button.getState().onlyCommunity(1);
    expect(button.getState().camera?.target).toEqual(store.getState().camera?.target);
    // a card in the link is what it frames
    const card = createAtlasStore();
    card.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?only=1&author=3'));
    expect(card.getState().camera?.target).toEqual({ kind: 'node', ref: { kind: 'author', index: 3 } });
    const several = createAtlasStore();
    several.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?only=0,1'));
    expect(several.getState().camera?.target).toEqual({ kind: 'shown' });
  });

  it('a link with filters and no card that frames its part opens on what the filters leave shown; a card of a shown author frames the author', () => {
    const open = (query: string) => {
      const store = createAtlasStore();
      store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState(query));
      return store.getState();
    };
    expect(open('?min=2').camera?.target).toEqual({ kind: 'shown' });
    const prolific = seed.authors.paperCount.findIndex((n) => n >= 2);
    const single = seed.authors.paperCount.findIndex((n) => n === 1);
    expect(open(`?min=2&author=${prolific}`).camera?.target).toEqual({ kind: 'node', ref: { kind: 'author', index: prolific } });
    // an author the link's filters hide: their card opens (saying so), the camera frames what is shown
    const hidden = open(`?min=2&author=${single}`);
    expect(hidden.selection).toEqual({ kind: 'author', index: single });
    expect(hidden.camera?.target).toEqual({ kind: 'shown' });
  });

  it('a pair’s card frames its two authors and their shared papers, as the card does; a link’s place wins over it, and over a card its decisions select', () => {
    const open = (query: string) => {
      const store = createAtlasStore();
      store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState(query));
      return store;
    };
    const a = author('Jialiang Wang');
    const link = seed.coauthorLinks.source.findIndex((s, k) => s === a || seed.coauthorLinks.target[k] === a);
    const b = seed.coauthorLinks.source[link] === a ? seed.coauthorLinks.target[link]! : seed.coauthorLinks.source[link]!;
    const shared = sharedPapers(seed, a, b);
    expect(shared.length).toBeGreaterThan(0);
    const framing = { kind: 'nodes', refs: [{ kind: 'author', index: a }, { kind: 'author', index: b }, ...shared.map((index) => ({ kind: 'paper', index }))] };
    expect(pairFraming(seed, a, b)).toEqual(framing);
    expect(open(`?pair=${a}.${b}`).getState().camera?.target).toEqual(framing);
    // with a place (at=): the place, which the card's own framing (PairPanel) leaves while nothing else changed
    const placed = open(`?pair=${a}.${b}&at=1,2,30`);
    expect(placed.getState().camera?.target).toEqual({ kind: 'at', place: { x: 1, y: 2, span: 30 } });
    expect(linkPlaceHolds(placed.getState())).toBe(true);
    // a card the link's decisions select once the map is rebuilt (origin 'load') leaves the place too
    placed.getState().select({ kind: 'author', index: a }, { origin: 'load' });
    expect(placed.getState().camera?.target.kind).toBe('at');
    // the user's own choice, or a step Back or Forward, frames the card
    placed.getState().select({ kind: 'author', index: b });
    expect(linkPlaceHolds(placed.getState())).toBe(false);
    expect(placed.getState().camera?.target).toEqual({ kind: 'node', ref: { kind: 'author', index: b } });
    const stepped = open(`?at=1,2,30`);
    stepped.getState().select({ kind: 'author', index: a }, { origin: 'history' });
    expect(stepped.getState().camera?.target).toEqual({ kind: 'node', ref: { kind: 'author', index: a } });
  });

  it('what does not exist in the dataset is not selected', () => {
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(seed, async () => [], null));
    store.getState().select({ kind: 'community', id: seed.communities.length });
    expect(store.getState().selection).toBeNull();
    store.getState().select({ kind: 'pair', a: 0, b: seed.authors.name.length });
    expect(store.getState().selection).toBeNull();
  });
});

describe('a link asking for what this map does not have', () => {
  it('opens the whole map and says what was missing, as the link writes it; dismissed, or gone with the next dataset', () => {
    const store = createAtlasStore();
    const authors = seed.authors.name.length;
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState(`?author=${authors + 10}`));
    expect(store.getState().selection).toBeNull();
    expect(store.getState().linkNote).toBe(
      `This link asks for author=${authors + 10} (it has ${authors} authors, numbered from 0), which this map does not have: it may have been made on another version of the data.`,
    );
    store.getState().dismissLinkNote();
    expect(store.getState().linkNote).toBeNull();
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?comm=9999'));
    expect(store.getState().linkNote).toContain(`comm=9999 (it has ${seed.communities.length} communities, numbered from 1)`);
    // a parameter that cannot be read is said as plainly, not dropped in silence
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?author=abc&ego=2.9'));
    expect(store.getState().selection).toBeNull();
    expect(store.getState().linkNote).toBe('This link’s author=abc and ego=2.9 could not be read and were left out.');
    // a parameter the app does not read at all is said, with the one meant (`?data=acl30k` opened the sample in silence)
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?data=acl30k'));
    expect(store.getState().linkNote).toBe('The link’s parameter data= is not one this app reads; maps are chosen with ds=…');
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?author=abc&yeras=2019'));
    expect(store.getState().linkNote).toBe('This link’s author=abc could not be read and was left out. The link’s parameter yeras= is not one this app reads; a year range is years=2018-2020.');
    // a link that names what exists leaves no note, and replaces the last one
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?community=0'));
    expect(store.getState().selection).toEqual({ kind: 'community', id: 0 });
    expect(store.getState().linkNote).toBeNull();
    // a card a rebuild drops (no URL settings: not a link) leaves no note either
    store.getState().openDataset(prepareDataset(seed, async () => [], null), { selection: { kind: 'community', id: 9999 }, view: 'papers' });
    expect(store.getState().selection).toBeNull();
    expect(store.getState().linkNote).toBeNull();
  });
});

describe('a link whose filters would leave the map empty', () => {
  const visibleAuthors = (store: ReturnType<typeof createAtlasStore>) => store.getState().visibility!.author.reduce((n: number, v: number) => n + v, 0);
  it('a year range with no paper of the map is dropped and said (a map without years has no year slider to undo it)', () => {
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState('?years=2018-2019'));
    expect(store.getState().filters.years).toBeNull();
    expect(visibleAuthors(store)).toBe(seed.authors.name.length);
    expect(store.getState().linkNote).toBe('This link asks for papers from 2018–2019 (its papers have no year), which this map does not have: it may have been made on another version of the data.');
    const dated = { ...seed, papers: { ...seed.papers, year: seed.papers.year.map(() => 2020) } };
    store.getState().openDataset(prepareDataset(dated, async () => [], null), parseUrlState('?years=1990-1995'));
    expect(store.getState().filters.years).toBeNull();
    expect(store.getState().linkNote).toContain('papers from 1990–1995 (its papers are from 2020)');
    // a range that meets the map's years is kept, with no note
    store.getState().openDataset(prepareDataset(dated, async () => [], null), parseUrlState('?years=2019-2021'));
    expect(store.getState().filters.years).toEqual([2019, 2021]);
    expect(store.getState().linkNote).toBeNull();
  });

  it('a least paper count above every author is dropped and said; one some author reaches is kept', () => {
    const store = createAtlasStore();
    const most = Math.max(...seed.authors.paperCount);
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState(`?min=${most + 1}`));
    expect(store.getState().filters.minPapers).toBe(1);
    expect(visibleAuthors(store)).toBe(seed.authors.name.length);
    expect(store.getState().linkNote).toContain(`authors with at least ${most + 1} papers (the most any author has is ${most})`);
    store.getState().openDataset(prepareDataset(seed, async () => [], null), parseUrlState(`?min=${most}`));
    expect(store.getState().filters.minPapers).toBe(most);
    expect(store.getState().linkNote).toBeNull();
  });

  it('under a year range the least paper count is of the range\'s papers: kept when an author reaches it there, else dropped and said with the range', () => {
    // invented: Ana has three papers, one of them in 2020; Ben two, both in 2020
    const lines = [
      { id: 'q1', title: 'Tide Tables', authors: ['Ana Reyes'], year: 2018 },
      { id: 'q2', title: 'Tide Tables Revisited', authors: ['Ana Reyes'], year: 2019 },
      { id: 'q3', title: 'Harbour Lights', authors: ['Ana Reyes', 'Ben Okafor'], year: 2020 },
      { id: 'q4', title: 'Night Ferries', authors: ['Ben Okafor'], year: 2020 },
    ].map((r) => JSON.stringify(r));
    const dated = buildText('invented.jsonl', lines.join('\n')).bundle;
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(dated, async () => [], null), parseUrlState('?years=2020&min=3'));
    expect(store.getState().filters).toMatchObject({ years: [2020, 2020], minPapers: 1 });
    expect(store.getState().linkNote).toContain('authors with at least 3 papers in 2020 (the most any author has in 2020 is 2)');
    store.getState().openDataset(prepareDataset(dated, async () => [], null), parseUrlState('?years=2020&min=2'));
    expect(store.getState().filters).toMatchObject({ years: [2020, 2020], minPapers: 2 });
    expect(store.getState().linkNote).toBeNull();
    // Ben alone: Ana's one paper of 2020 is under the minimum, whatever her three over all years
    expect(visibleAuthors(store)).toBe(1);
    // all years: Ana's three pass
    store.getState().openDataset(prepareDataset(dated, async () => [], null), parseUrlState('?min=3'));
    expect(store.getState().filters.minPapers).toBe(3);
    expect(visibleAuthors(store)).toBe(1);
  });
});

describe('a traced chain is an emphasis in the store', () => {
  it('written when found, cleared with the chain and with another dataset', () => {
    // (unit files share their worker's modules: a chain another file traced is cleared first)
    useChain.getState().clearPath();
    useAtlas.getState().openDataset(prepareDataset(seed, async () => [], null));
    useChain.getState().setPathEnd('from', author('Cynthia Dwork'));
    expect(useAtlas.getState().emphasis).toBeNull();
    useChain.getState().setPathEnd('to', author('Philippe Hansen-Estruch'));
    const emphasis = useAtlas.getState().emphasis!;
    expect(emphasis.by).toBe('chain');
    expect(emphasis.nodes.map((n) => seed.authors.name[n.index])).toEqual(['Cynthia Dwork', 'Jialiang Wang', 'Philippe Hansen-Estruch']);
    expect(emphasis.steps).toHaveLength(2);
    useChain.getState().clearPath();
    expect(useAtlas.getState().emphasis).toBeNull();

    useChain.getState().setPathEnd('from', author('Cynthia Dwork'));
    useChain.getState().setPathEnd('to', author('Philippe Hansen-Estruch'));
    useAtlas.getState().openDataset(prepareDataset(seed, async () => [], null));
    expect(useAtlas.getState().emphasis).toBeNull();
    expect(useChain.getState().path.chain).toBeNull();
  });
});

describe('a traced chain follows the year range', () => {
  const rows = [
    { id: 'p1', title: 'Salt and Rope', authors: ['Ana Reyes', 'Cleo Park', 'Dev Shah'], year: 2020 },
    { id: 'p2', title: 'Four Winds', authors: ['Cleo Park', 'Eli Moss'], year: 2019 },
    { id: 'p3', title: 'Old Charts', authors: ['Ana Reyes', 'Eli Moss'], year: 2016 },
  ];
  const bundle = buildText('invented.jsonl', rows.map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null })).join('\n')).bundle;
  const who = (name: string) => bundle.authors.name.indexOf(name);
  const names = () => useChain.getState().path.chain?.authors.map((a) => bundle.authors.name[a]) ?? null;

  it('a new range traces it again through that range\'s links; no range gives the all-years chain back', () => {
    useChain.getState().clearPath();
    useAtlas.getState().openDataset(prepareDataset(bundle, async () => [], null));
    useChain.getState().setPathEnd('from', who('Ana Reyes'));
    useChain.getState().setPathEnd('to', who('Eli Moss'));
    expect(names()).toEqual(['Ana Reyes', 'Eli Moss']);
    useAtlas.getState().setYearRange([2019, 2020]);
    expect(names()).toEqual(['Ana Reyes', 'Cleo Park', 'Eli Moss']);
    expect(useChain.getState().path.years).toEqual([2019, 2020]);
    expect(useAtlas.getState().emphasis!.nodes.map((n) => bundle.authors.name[n.index])).toEqual(['Ana Reyes', 'Cleo Park', 'Eli Moss']);
    useAtlas.getState().setYearRange([2020, 2020]);
    expect(useChain.getState().path.status).toBe('none');
    useAtlas.getState().setYearRange(null);
    expect(names()).toEqual(['Ana Reyes', 'Eli Moss']);
    useChain.getState().clearPath();
  });
});

describe('a chain traced in the ego view is shown whole', () => {
  it("the chain's people outside the network and its steps' papers stay shown, counted apart; they go with the chain, or with the view", () => {
    useChain.getState().clearPath();
    useAtlas.getState().openDataset(prepareDataset(seed, async () => [], null));
    const dwork = author('Cynthia Dwork');
    const far = author('Philippe Hansen-Estruch');
    useAtlas.getState().setEgo({ author: dwork, steps: 1 });
    const network = useAtlas.getState().visibility!;
    expect(network.author[far]).toBe(0);
    expect(network.alsoShownAuthors).toBe(0);

    useChain.getState().setPathEnd('from', dwork);
    useChain.getState().setPathEnd('to', far);
    const chain = useChain.getState().path.chain!;
    const shown = useAtlas.getState().visibility!;
    // every person of the chain shown, and the paper behind each step (the authors-and-papers view)
    expect(chain.authors.every((a) => shown.author[a] === 1)).toBe(true);
    expect(chain.steps.every((s) => shown.paper[s.paper] === 1)).toBe(true);
    const outside = chain.authors.filter((a) => network.author[a] === 0);
    expect(outside.length).toBeGreaterThan(0);
    expect(shown.alsoShownAuthors).toBe(outside.length);
    expect(shown.authorCount).toBe(network.authorCount + outside.length);
    // not all of the chain people's papers: only the steps' (Hansen-Estruch has papers the chain does not pass)
    const addedPapers = [...shown.paper.keys()].filter((p) => shown.paper[p] === 1 && network.paper[p] === 0);
    expect(addedPapers.every((p) => chain.steps.some((s) => s.paper === p))).toBe(true);

    // steps changed: still whole
    useAtlas.getState().setEgo({ author: dwork, steps: 2 });
    expect(chain.authors.every((a) => useAtlas.getState().visibility!.author[a] === 1)).toBe(true);
    useAtlas.getState().setEgo({ author: dwork, steps: 1 });
    // the chain cleared: the network alone again
    useChain.getState().clearPath();
    expect(useAtlas.getState().visibility!.author[far]).toBe(0);
    expect(useAtlas.getState().visibility!.alsoShownAuthors).toBe(0);
    // outside the ego view a chain adds nothing to the filters' authors
    useChain.getState().setPathEnd('from', dwork);
    useChain.getState().setPathEnd('to', far);
    useAtlas.getState().setEgo(null);
    expect(useAtlas.getState().visibility!.alsoShownAuthors).toBe(0);
    useChain.getState().clearPath();
  });
});
