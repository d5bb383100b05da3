/**
 * The sidebar's segmented switches ("Authors & papers" / "Co-authors", what sizes authors, what colours them): one
 * radio group each, after the WAI-ARIA radio group pattern (https://www.w3.org/WAI/ARIA/apg/patterns/radio/): the
 * group is one Tab stop (the checked option, else the first), and the arrow keys, Home and End move to another
 * option and choose it. Before, every option was a Tab stop of its own (a tester: four Tab presses to pass "Size
 * authors by").
 */
import { useRef, type KeyboardEvent } from 'react';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  /** The option's tooltip. */
  title?: string;
}

/** The option `key` moves to from option `index` of `count` (arrows wrap around; Home, End): null for another key. */
export function radioKeyTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * A radio group drawn as a segmented switch (`.segmented`): `options` in order, `value` the checked one (none
 * checked when it is not among them: the first option is then the Tab stop), `onChange(value)` on a click or an
 * arrow key. Name it with `label` (aria-label) or `labelledBy` (an element's id).
 */
export function Segmented<T extends string>({
  options,
  value,
  onChange,
  label,
  labelledBy,
  className = '',
}: {
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  label?: string;
  labelledBy?: string;
  className?: string;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const checked = options.findIndex((o) => o.value === value);
  const tabStop = checked >= 0 ? checked : 0;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const to = radioKeyTarget(e.key, index, options.length);
    if (to === null) return;
    e.preventDefault();
    buttons.current[to]?.focus();
    if (options[to]!.value !== value) onChange(options[to]!.value);
  };
  return (
    <div className={`segmented ${className}`.trim()} role="radiogroup" aria-label={label} aria-labelledby={labelledBy}>
      {options.map((o, i) => (
        <button
          key={o.value}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          tabIndex={i === tabStop ? 0 : -1}
          title={o.title}
          onClick={() => onChange(o.value)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
