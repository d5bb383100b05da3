/**
 * Pick one author by name: an ARIA combobox (`Combobox`) over the dataset's search index (authors only, whatever
 * the filters hide). Shows the chosen author as a chip that can be cleared. Focus is never dropped: after a choice
 * it goes where `afterChoose` puts it (the next empty picker), else to the chip's clear button; after a clear, to
 * the field again (a keyboard tester had to Tab again from the top of the page).
 */
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { authorPaperCounts } from '../../../core/queries/time-slice';
import { subsetSpan } from '../../../core/queries/venue-words';
import { useAtlas } from '../../store';
import { Combobox } from '../../panels/Combobox';
import { useCommunityColors } from '../../panels/use-community-colors';
import { useFieldEscape } from '../../panels/escape-let-go';
import { plural } from '../../format';
import { namesakeHints } from '../../search/namesakes';

const LIMIT = 8;

export function AuthorPicker({
  label,
  value,
  onChange,
  inputRef,
  afterChoose,
}: {
  label: string;
  value: number | null;
  onChange: (author: number | null) => void;
  /** The field's input, for a caller that moves focus to it (the chain's To field after From is chosen). */
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Moves focus after a choice; returns false when it did not (focus then goes to this chip's clear button). */
  afterChoose?: () => boolean;
}) {
  const dataset = useAtlas((s) => s.dataset)!;
  const colors = useCommunityColors();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const inputId = useId();
  const { name, community } = dataset.bundle.authors;
  // with a year range, an author's papers in it (the chain goes through the range's links): as the map counts them
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  const paperCount = authorPaperCounts(dataset.bundle, slice);
  const inYears = slice ? ` in ${subsetSpan(dataset.bundle, slice)}` : '';
  const hits = useMemo(
    () => (query.trim() === '' ? [] : dataset.search().search(query, (kind) => kind === 'author', LIMIT, 0, paperCount, true).map((h) => h.index)),
    [dataset, query, paperCount],
  );

  // two authors of the same name each say what tells them apart (as in the search box)
  // (their whole record's co-author and years, said so under a range: namesakes.ts)
  const namesakes = useMemo(() => namesakeHints(dataset.bundle, hits, dataset.coauthorsOf, dataset.papersOf, slice !== null), [dataset, hits, slice]);

  // Escape here is the field's alone, as in the search box: it clears, then lets go of the field; it never closes
  // a card or leaves the ego view (one in an empty field went on to the page, a tester)
  const fieldEscape = useFieldEscape();

  const clearRef = useRef<HTMLButtonElement>(null);
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;
  // what the user just did here, so focus follows once the chip or the field is on screen
  const moved = useRef<'chose' | 'cleared' | null>(null);
  useEffect(() => {
    const what = moved.current;
    moved.current = null;
    if (what === 'chose' && value !== null && !afterChoose?.()) clearRef.current?.focus();
    else if (what === 'cleared' && value === null) input.current?.focus();
  }, [value, afterChoose, input]);

  const choose = (author: number) => {
    moved.current = 'chose';
    onChange(author);
    setQuery('');
  };

  if (value !== null) {
    return (
      <div className="picker picked">
        <span className="picker-label">{label}</span>
        <span className="picked-author" data-testid={`picked-${label.toLowerCase()}`}>
          <span className="dot" style={{ background: colors[community[value]] }} aria-hidden="true" />
          <span className="author-name" title={name[value]}>
            {name[value]}
          </span>
        </span>
        <button
          ref={clearRef}
          type="button"
          className="icon-button small-icon"
          aria-label={`Clear ${label.toLowerCase()}`}
          onClick={() => {
            moved.current = 'cleared';
            onChange(null);
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    );
  }

  return (
    <div className="picker">
      <label className="picker-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="picker-field">
        <Combobox
          inputId={inputId}
          inputRef={input}
          inputProps={{ type: 'text', placeholder: 'Author name' }}
          query={query}
          onQueryChange={(text) => {
            setQuery(text);
            setActive(-1);
          }}
          items={hits}
          active={active}
          onActiveChange={setActive}
          onChoose={choose}
          onEscape={(field) => fieldEscape(field, query !== '', () => setQuery(''))}
          listLabel={`${label}: matching authors`}
          listClassName="search-results picker-results"
          itemKey={(a) => String(a)}
          empty={<>No author matches “{query}”.</>}
          renderItem={(a) => (
            <>
              <span className="dot" style={{ background: colors[community[a]] }} aria-hidden="true" />
              <span className="hit-text">
                <span className="hit-label">{name[a]}</span>
                <span className="hit-detail">
                  {paperCount[a]} {plural('paper', paperCount[a]!)}
                  {inYears}
                  {namesakes.has(a) && <span className="hit-namesake"> · {namesakes.get(a)}</span>}
                </span>
              </span>
            </>
          )}
        />
      </div>
    </div>
  );
}
