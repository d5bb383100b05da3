/**
 * Pick one author by name: an ARIA combobox over the dataset's search index (authors only, whatever
 * the filters hide). Shows the chosen author as a chip that can be cleared.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useAtlas } from '../../store';
import { useCommunityColors } from '../../panels/use-community-colors';

const LIMIT = 8;

export function AuthorPicker({ label, value, onChange }: { label: string; value: number | null; onChange: (author: number | null) => void }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const colors = useCommunityColors();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();
  const { name, community, paperCount } = dataset.bundle.authors;
  const hits = useMemo(
    () => (query.trim() === '' ? [] : dataset.search().search(query, (kind) => kind === 'author', LIMIT).map((h) => h.index)),
    [dataset, query],
  );

  const choose = (author: number | undefined) => {
    if (author === undefined) return;
    onChange(author);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape' && query) {
      e.stopPropagation();
      e.preventDefault();
      setQuery('');
    }
  };

  if (value !== null) {
    return (
      <div className="picker picked">
        <span className="picker-label">{label}</span>
        <span className="picked-author" data-testid={`picked-${label.toLowerCase()}`}>
          <span className="dot" style={{ background: colors[community[value]] }} aria-hidden="true" />
          <span className="author-name">{name[value]}</span>
        </span>
        <button type="button" className="icon-button small-icon" aria-label={`Clear ${label.toLowerCase()}`} onClick={() => onChange(null)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    );
  }

  const showList = open && query.trim() !== '';
  return (
    <div className="picker">
      <label className="picker-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="picker-field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits.length ? `${listId}-${active}` : undefined}
          placeholder="Author name"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {showList && (
          <ul id={listId} role="listbox" aria-label={`${label}: matching authors`} className="search-results picker-results">
            {hits.length === 0 && <li className="search-empty">No author matches “{query}”.</li>}
            {hits.map((a, i) => (
              <li
                key={a}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="search-hit"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(a)}
                onMouseMove={() => i !== active && setActive(i)}
              >
                <span className="dot" style={{ background: colors[community[a]] }} aria-hidden="true" />
                <span className="hit-text">
                  <span className="hit-label">{name[a]}</span>
                  <span className="hit-detail">
                    {paperCount[a]} paper{paperCount[a] === 1 ? '' : 's'}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
