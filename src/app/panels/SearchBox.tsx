/**
 * One search box for authors and paper titles, as an ARIA combobox (`Combobox`): arrows move through results,
 * Enter opens the panel and moves the camera (focus goes to the panel's heading), Escape clears what is typed.
 * An Escape in the field is the field's alone (it never closes a card or leaves the ego view); in an empty field
 * it lets go of the focus. Escapes after that, the focus left nowhere, close the card (and the drawer) as on the
 * page, but do not leave the ego view: a tester pressing Escape twice to clear the search lost their ego view (the
 * first emptied the field, the second let go of it, and one more, now outside the field, left the ego view). A
 * click, a focus or another key anywhere ends that: Escape on the map (or the page) then leaves the ego view as
 * before. Ctrl+K (⌘K) anywhere focuses it, `/` anywhere but in a text-entry field (a checkbox or a slider is none).
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { mark } from '../debug';
import { useAtlas } from '../store';
import type { PaperSlice } from '../../core/queries/time-slice';
import { subsetSpan, type VenueBundle } from '../../core/queries/venue-words';
import type { SearchHit } from '../search/search-index';
import { namesakeHints } from '../search/namesakes';
import { Combobox } from './Combobox';
import { useCommunityColors } from './use-community-colors';
import { useFieldEscape } from './escape-let-go';
import { focusCardHeading } from '../focus-back';
import { isTextEntry } from '../text-entry';
import { plural } from '../format';
import { searchPlaceholders, searchScope } from '../stats-line';

let measureCtx: CanvasRenderingContext2D | null = null;

/**
 * The first of `candidates` that fits the input's text box whole (measured in its font, again when it is
 * resized): a placeholder is never cut ("Search 36,784 authors and 29,541 paper").
 */
function useFittingPlaceholder(input: React.RefObject<HTMLInputElement | null>, candidates: string[]): string {
  const key = candidates.join('\u0000');
  const [chosen, setChosen] = useState(candidates[0] ?? '');
  const chosenRef = useRef(chosen);
  chosenRef.current = chosen;
  useEffect(() => {
    const el = input.current;
    const list = key.split('\u0000');
    if (!el) return;
    const fit = () => {
      measureCtx ??= document.createElement('canvas').getContext('2d');
      const style = getComputedStyle(el);
      // a search field keeps room for its clear button on the right, placeholder or not
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      if (!measureCtx || room <= 0) return setChosen(list[0] ?? '');
      // the parts, not the `font` shorthand (Chrome computes it empty for inputs)
      measureCtx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const next = list.find((text) => measureCtx!.measureText(text).width <= room) ?? list[list.length - 1] ?? '';
      // before this frame paints (a ResizeObserver's callbacks run after layout, before paint)
      if (next !== chosenRef.current) flushSync(() => setChosen(next));
    };
    // measured once the page has been laid out, by the observer's first call: measuring here, as the page is
    // first mounted, forced a layout of the whole page before Sigma's own (CPU profile of the first frame,
    // seed at load 17: 442 ms in this function)
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [input, key]);
  return chosen;
}

/**
 * What the list says when nothing shown matches `query`: that nothing in the dataset does, or how many
 * matches the filters hide (the search itself forgives accents, case and small typos: "Muller" finds Müller).
 */
function NoMatch({ query }: { query: string }) {
  const dataset = useAtlas((s) => s.dataset);
  // the index still filling (just after a big map opened): the results come when it is full (store `setQuery`)
  const searching = useAtlas((s) => s.searching);
  if (searching) return <span role="status" aria-busy="true" data-testid="search-waiting">Searching…</span>;
  const hidden = dataset ? dataset.search().search(query, () => true, 100).length : 0;
  if (hidden === 0) return <>No author or paper matches “{query}”.</>;
  return (
    <>
      No visible author or paper matches “{query}”: {hidden === 100 ? 'over 99' : hidden} {hidden === 1 ? 'match is' : 'matches are'} hidden by the
      filters.
    </>
  );
}

/** The magnifier drawn in the search field (also in the greyed field shown while a map's names load: App.tsx). */
export function SearchIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function SearchBox() {
  const dataset = useAtlas((s) => s.dataset);
  const query = useAtlas((s) => s.query);
  const hits = useAtlas((s) => s.hits);
  // with a year range, an author's papers in it (the search holds the range's authors only): as the map counts them
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  const active = useAtlas((s) => s.activeHit);
  // the index still filling: an Enter pressed meanwhile opens the first result once it comes (Combobox `pending`)
  const searching = useAtlas((s) => s.searching);
  // the authors and papers search looks through (those the filters leave), for the placeholder
  const shownAuthors = useAtlas((s) => s.visibility?.authorCount ?? null);
  const shownPapers = useAtlas((s) => s.visibility?.paperCount ?? null);
  // the co-author view draws no paper: its papers are searched, not shown
  const view = useAtlas((s) => s.view);
  const { setQuery, setActiveHit, clearSearch, select } = useAtlas.getState();
  const colors = useCommunityColors();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Escape here is the field's alone (see the module comment and escape-let-go.ts)
  const fieldEscape = useFieldEscape();

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      // a checkbox or a slider focused takes no text: `/` there focuses the search too (text-entry.ts)
      const typing = isTextEntry(e.target);
      if ((e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useLayoutEffect(() => {
    mark('searchResults');
  }, [hits]);

  // two results of the same name ("Thomas Müller" under two Scopus ids) each say what tells them apart
  const namesakes = useMemo(
    () =>
      dataset
        ? namesakeHints(dataset.bundle, hits.filter((h) => h.kind === 'author').map((h) => h.index), dataset.coauthorsOf, dataset.papersOf, slice !== null)
        : new Map<number, string>(),
    [dataset, hits, slice],
  );
  // what search looks through under the filters (hidden authors and papers are not found): stats-line.ts
  const sizes = { authors: dataset?.bundle.authors.name.length ?? 0, papers: dataset?.bundle.papers.title.length ?? 0, communities: 0 };
  const placeholder = useFittingPlaceholder(
    inputRef,
    searchPlaceholders(sizes, searchScope(sizes, shownAuthors === null || shownPapers === null ? null : { authorCount: shownAuthors, paperCount: shownPapers }), view === 'papers'),
  );

  if (!dataset) return null;
  const { authors, papers, venues } = dataset.bundle;

  const choose = (hit: SearchHit) => {
    // the field keeps its text beside the card it opened (any other way to a card clears it: store `select`)
    select({ kind: hit.kind, index: hit.index }, { fromSearch: true });
    // the reader goes on in the details panel: its heading takes the focus once it shows
    requestAnimationFrame(() => focusCardHeading());
  };

  return (
    <div className="search" role="search">
      <label htmlFor={inputId} className="visually-hidden">
        Search authors and papers
      </label>
      <SearchIcon />
      <Combobox
        inputId={inputId}
        inputRef={inputRef}
        inputProps={{
          type: 'search',
          placeholder,
        }}
        query={query}
        onQueryChange={setQuery}
        items={hits}
        active={active}
        onActiveChange={setActiveHit}
        onChoose={choose}
        onEscape={(input) => fieldEscape(input, query !== '', clearSearch)}
        listLabel="Search results"
        listClassName="search-results"
        itemKey={(hit) => `${hit.kind}${hit.index}`}
        itemData={(hit) => ({ 'data-kind': hit.kind })}
        empty={<NoMatch query={query} />}
        pending={searching}
        renderItem={(hit) => {
          const isAuthor = hit.kind === 'author';
          const venue = !isAuthor && papers.venue[hit.index] !== null ? venues[papers.venue[hit.index]!] : null;
          const community = isAuthor ? authors.community[hit.index] : papers.community[hit.index];
          return (
            <>
              <span className={isAuthor ? 'dot' : 'square'} style={{ background: colors[community] }} aria-hidden="true" />
              <span className="hit-text">
                <span className="hit-label" title={isAuthor ? authors.name[hit.index] : papers.title[hit.index]}>
                  {isAuthor ? authors.name[hit.index] : papers.title[hit.index]}
                </span>
                <span className="hit-detail">
                  {isAuthor
                    ? authorDetail(slice ? slice.papers[hit.index]! : authors.paperCount[hit.index]!, slice, dataset.bundle)
                    : ['Paper', papers.year[hit.index], venue].filter((x) => x !== null && x !== '').join(' · ')}
                  {isAuthor && namesakes.has(hit.index) && <span className="hit-namesake"> · {namesakes.get(hit.index)}</span>}
                </span>
              </span>
            </>
          );
        }}
      />
    </div>
  );
}

/**
 * A found author's detail line: "Author · 3 papers", or under a year range (`slice`) their papers in it, "Author · 2
 * papers in 2019–2020" (`papers` is the count to write: the range's under a range); venues are named from `bundle`
 * (core `subsetSpan`: "in 3 venues", "in “Annual Meeting of the…” (10 volumes)"). Throws nothing.
 */
export function authorDetail(papers: number, slice: Pick<PaperSlice, 'years' | 'venues'> | null, bundle: VenueBundle): string {
  return `Author · ${papers} ${plural('paper', papers)}${slice ? ` in ${subsetSpan(bundle, slice)}` : ''}`;
}
