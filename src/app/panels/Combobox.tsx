/**
 * A text input with a list of matches under it, as an ARIA combobox (WAI-ARIA APG "editable combobox with list
 * autocomplete"): the one owner of list keyboard handling for the search box and the author pickers.
 * No match is active until an arrow is pressed (`active` -1): ArrowDown from the field makes the first match
 * active and moves down, ArrowUp from the field the last and moves up (both wrap), as the APG's "combobox with
 * listbox popup" does; Enter chooses the active match, or the first when none is active (Enter right after typing
 * opens the first result; a tester's ArrowDown then Enter opened the second, the first having been active
 * unmarked by anything but its shade), and with no match at all it goes on (e.g. to submit a form),
 * Escape is the caller's (`onEscape`); the active option is `aria-activedescendant` (focus stays in the input)
 * and is scrolled into view; a click chooses, the pointer makes an option active, and pressing on the list
 * does not take the focus from the input. Enter while the matches are still being found (`pending`) chooses the first
 * once they come. The list shows while the input has the focus (from the user: not one
 * given back by a closing card, until a key or click) and the query is not blank
 * (and, without an `empty` message, only when there are matches). What the matches are, which one is active and
 * what choosing does belong to the caller. Used by the search box, the chain's author pickers and the OpenAlex
 * lookups of a new map.
 */
import { isFocusGivenBack } from '../focus-back';
import { byUser } from '../pointer-moves';
import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { scrollIntoViewWithin } from '../scroll-within';

export interface ComboboxProps<T> {
  /** The input's id, for a `<label htmlFor>`. */
  inputId: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Passed to the input as they are (type, placeholder, aria-label...). */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
  query: string;
  onQueryChange: (text: string) => void;
  /** The matches of `query`, in the order shown. */
  items: readonly T[];
  /** Index of the active match in `items`; -1 (or any index out of `items`) when none is. */
  active: number;
  onActiveChange: (index: number) => void;
  /** A match was chosen (Enter or click); the list closes. */
  onChoose: (item: T, index: number) => void;
  /** Escape in the input. Returns true when it was handled here (the key then goes no further: no panel closes). */
  onEscape: (input: HTMLInputElement) => boolean;
  /** The listbox's accessible name. */
  listLabel: string;
  listClassName: string;
  itemKey: (item: T) => string;
  /** Extra `data-` attributes of an option (for tests and styles). */
  itemData?: (item: T) => Record<`data-${string}`, string>;
  renderItem: (item: T) => ReactNode;
  /** Class of each option (default `search-hit`). */
  optionClassName?: string;
  /** Shown in the list when nothing matches; without it the list shows only when there are matches. */
  empty?: ReactNode;
  /**
   * The matches of `query` are still being found (the search index filling just after a big map opened): an Enter
   * pressed meanwhile is kept and chooses the first match once they come, unless the query changed or Escape was
   * pressed first (a tester typed a name and Enter while "Searching…" showed, and nothing opened).
   */
  pending?: boolean;
}

export function Combobox<T>(props: ComboboxProps<T>) {
  const { inputId, inputRef, inputProps, query, onQueryChange, items, active, onActiveChange, onChoose, onEscape } = props;
  const [open, setOpen] = useState(false);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const showList = open && query.trim() !== '' && (items.length > 0 || props.empty !== undefined);

  // the list opened below a field near the bottom of a scrolling panel (the chain's pickers in the phone's
  // drawer) is brought into view, or it opens unseen (tester)
  useEffect(() => {
    if (showList && listRef.current) scrollIntoViewWithin(listRef.current);
  }, [showList, items.length]);
  useEffect(() => {
    const chosen = showList ? listRef.current?.querySelector('[aria-selected="true"]') : null;
    if (chosen) scrollIntoViewWithin(chosen);
  }, [active, showList]);

  const choose = (i: number) => {
    const item = items[i];
    if (item === undefined) return;
    setOpen(false);
    onChoose(item, i);
  };

  // an Enter pressed while the matches were pending: the query it was pressed on
  const enterWaiting = useRef<string | null>(null);
  useEffect(() => {
    const waiting = enterWaiting.current;
    if (waiting === null || props.pending) return;
    enterWaiting.current = null;
    if (waiting === query && items.length > 0) choose(0);
    // (choose is made anew each render; the matches' arrival is what this waits for)
  }, [items, props.pending, query]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const some = items[active] !== undefined;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      if (items.length) onActiveChange(some ? (active + 1) % items.length : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length) onActiveChange(some ? (active - 1 + items.length) % items.length : items.length - 1);
    } else if (e.key === 'Enter' && items.length > 0) {
      // with nothing to choose, Enter goes on (it submits the form the input is in, if any)
      e.preventDefault();
      choose(some ? active : 0);
    } else if (e.key === 'Enter' && props.pending && query.trim() !== '') {
      e.preventDefault();
      enterWaiting.current = query;
    } else if (e.key === 'Escape') {
      enterWaiting.current = null;
      if (onEscape(e.currentTarget)) {
        e.stopPropagation();
        e.preventDefault();
      }
    }
  };

  return (
    <>
      <input
        autoComplete="off"
        spellCheck={false}
        {...inputProps}
        ref={inputRef}
        id={inputId}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && items[active] !== undefined ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setOpen(true);
        }}
        // the focus given back by a closing card (focus-back.ts) opens no list the user did not ask for; typing (even
        // the same text over itself: onInput, which React fires where onChange sees no change), ArrowDown or a click
        // in the field does
        onFocus={(e) => !isFocusGivenBack(e.currentTarget) && setOpen(true)}
        onInput={() => setOpen(true)}
        onMouseDown={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label={props.listLabel} className={props.listClassName} ref={listRef}>
          {items.length === 0 && <li className="search-empty">{props.empty}</li>}
          {items.map((item, i) => (
            <li
              key={props.itemKey(item)}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={props.optionClassName ?? 'search-hit'}
              {...props.itemData?.(item)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
              // the row under the mouse is the active one only when the user moved it (pointer-moves.ts): results
              // re-drawn under a resting mouse moved the active row from under the keyboard's choice. Both events:
              // the user's move onto a row is its `pointerover` (the first event at the new position), a move within
              // it a `pointermove`
              onPointerOver={(e) => byUser(e.nativeEvent) && i !== active && onActiveChange(i)}
              onPointerMove={(e) => byUser(e.nativeEvent) && i !== active && onActiveChange(i)}
            >
              {props.renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
