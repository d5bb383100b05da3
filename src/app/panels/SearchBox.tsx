/**
 * One search box for authors and paper titles, as an ARIA combobox: arrows move through results,
 * Enter opens the panel and moves the camera (focus goes to the panel's heading), Escape clears.
 * `/` or Ctrl+K (⌘K) anywhere focuses it.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { mark } from '../debug';
import { useAtlas } from '../store';
import { useCommunityColors } from './use-community-colors';

export function SearchBox() {
  const dataset = useAtlas((s) => s.dataset);
  const query = useAtlas((s) => s.query);
  const hits = useAtlas((s) => s.hits);
  const active = useAtlas((s) => s.activeHit);
  const { setQuery, setActiveHit, clearSearch, select } = useAtlas.getState();
  const colors = useCommunityColors();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const inputId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target !== null && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
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

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (!dataset) return null;
  const { authors, papers, venues } = dataset.bundle;
  const showList = open && query.trim() !== '';

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    select({ kind: hit.kind, index: hit.index });
    setOpen(false);
    // the reader goes on in the details panel: its heading takes the focus once it shows
    requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('.details h2');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      if (hits.length) setActiveHit((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActiveHit((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      if (query) clearSearch();
      else e.currentTarget.blur();
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={inputId} className="visually-hidden">
        Search authors and papers
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits.length ? `${listId}-${active}` : undefined}
        placeholder={`Search ${authors.name.length.toLocaleString('en')} authors and ${papers.title.length.toLocaleString('en')} papers`}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results" ref={listRef}>
          {hits.length === 0 && <li className="search-empty">No visible author or paper matches “{query}”.</li>}
          {hits.map((hit, i) => {
            const isAuthor = hit.kind === 'author';
            const venue = !isAuthor && papers.venue[hit.index] !== null ? venues[papers.venue[hit.index]!] : null;
            const community = isAuthor ? authors.community[hit.index] : papers.community[hit.index];
            return (
              <li
                key={`${hit.kind}${hit.index}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="search-hit"
                data-kind={hit.kind}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
                onMouseMove={() => i !== active && setActiveHit(i)}
              >
                <span className={isAuthor ? 'dot' : 'square'} style={{ background: colors[community] }} aria-hidden="true" />
                <span className="hit-text">
                  <span className="hit-label">{isAuthor ? authors.name[hit.index] : papers.title[hit.index]}</span>
                  <span className="hit-detail">
                    {isAuthor
                      ? `Author · ${authors.paperCount[hit.index]} paper${authors.paperCount[hit.index] === 1 ? '' : 's'}`
                      : ['Paper', papers.year[hit.index], venue].filter((x) => x !== null && x !== '').join(' · ')}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
