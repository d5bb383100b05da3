/**
 * Time, where papers have years: a year-range filter (two-handled slider) for the canvas and search,
 * and colour by year (each author by the mean year of their papers) with its legend.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Panel } from '../../panels/Panel';
import { Segmented } from '../../panels/Segmented';
import { useAtlas } from '../../store';
import { yearColours, yearCounts, yearSpan } from '../../data/per-bundle';
import './time.css';
import { plural } from '../../format';
import { axisYears, evenScale, fromPosition, pageYear, stepYear, toPosition, yearAt, yearPlace, yearScale, type YearScale } from './year-scale';

export function YearLegend() {
  const dataset = useAtlas((s) => s.dataset)!;
  const colorBy = useAtlas((s) => s.colorBy);
  const theme = useAtlas((s) => s.theme);
  // the year scale needs every author's mean year (all papers per author): only when colouring by year (it was
  // ~250 ms of opening a 30k import at load 22, CPU profile, for a legend not shown)
  if (colorBy !== 'year') return null;
  // the canvas's colours on this theme (the light canvas's scale stops before viridis's yellow end)
  const { scale } = yearColours(dataset.bundle, theme);
  if (scale.stops.length === 0) return null;
  const gradient = `linear-gradient(to right, ${scale.stops.map((s) => s.colour).join(', ')})`;
  return (
    <div className="year-legend" data-testid="year-legend">
      <span className="year-legend-title">Mean year of papers</span>
      <span className="year-ramp" style={{ background: gradient }} aria-hidden="true" />
      <span className="year-stops">
        {scale.stops.map((s) => (
          <span key={s.year}>{s.year}</span>
        ))}
      </span>
    </div>
  );
}

/**
 * The papers of each year as bars above the year slider, on the slider's scale (year-scale.ts: spaced by papers):
 * each year with papers is a bar centred in its slot (a thumb is 16 px wide, so position t sits at 8 px + t of the
 * rest), 0.72 of the slot wide and at most 24 px; its height is the year's papers. Years inside the range are drawn
 * in the accent colour; each thumb stands on the bar of the year it says (year-scale.ts `yearPlace`), so the bars
 * from one thumb to the other are the range's years.
 * Histogram and slider are inset 12 px (time.css), so an end bar stays inside the panel. A baseline runs under the
 * bars. Runs of more than MAX_EMPTY_RUN empty years (`gapAfter`) are axis breaks: a small "//" cut in the baseline
 * on the edge between the two years around them, never a mark above the line (three tall dotted marks side by side
 * read as a bar of data, a tester on a lab's list back to 1814).
 */
function YearHistogram({ scale, from, to }: { scale: YearScale; from: number; to: number }) {
  const { years, counts, edges } = scale;
  const most = Math.max(1, ...counts);
  const first = years[0]!, last = years[years.length - 1]!;
  const span = last - first + 1;
  // each year read out for a short span; a long one (a lab's list back to 1814: 213 years, most of them 0) summarised
  const peak = counts.indexOf(most);
  const summary =
    span <= 20
      ? Array.from({ length: span }, (_, i) => `${first + i}: ${(counts[years.indexOf(first + i)] ?? 0).toLocaleString('en')}`).join(', ')
      : `${first} to ${last}, papers in ${years.length} of the ${span} years; most in ${years[peak]} (${most.toLocaleString('en')})`;
  const breaks = gapList(scale);
  return (
    <div
      className="year-histogram"
      data-testid="year-histogram"
      role="img"
      aria-label={`Papers per year: ${summary}${breaks.length ? `; the axis leaves out ${breakWords(breaks)} (no papers)` : ''}`}
    >
      <span className="year-baseline" aria-hidden="true" />
      {counts.map((c, k) => {
        const year = years[k]!;
        const slot = edges[k + 1]! - edges[k]!;
        return (
          <span
            key={year}
            className={`year-bar ${year >= from && year <= to ? 'in-range' : ''}`}
            data-year={year}
            data-count={c}
            title={`${year}: ${c.toLocaleString('en')} ${plural('paper', c)}`}
            style={{
              // one paper is at least 3 px tall, so it reads as a bar
              height: `max(3px, ${(c / most) * 100}%)`,
              left: `calc(8px + (100% - 16px) * ${yearPlace(scale, k)})`,
              // a year of a few papers among thousands is a hairline, still drawn
              width: `clamp(1px, calc((100% - 16px) * ${0.72 * slot}), 24px)`,
            }}
          />
        );
      })}
      {breakMarks(scale).map(({ at, runs }) => (
        <span
          key={`gap-${runs[0]![0]}`}
          className="year-gap"
          data-testid="year-gap"
          title={`${breakWords(runs)}: no papers`}
          aria-hidden="true"
          style={{ left: `calc(8px + (100% - 16px) * ${at})` }}
        />
      ))}
    </div>
  );
}

/** The runs of empty years marked as axis breaks, as first and last year (`scale.gapAfter`). */
function gapList(scale: YearScale): [number, number][] {
  const out: [number, number][] = [];
  scale.gapAfter.forEach((gap, k) => gap && out.push([scale.years[k]! + 1, scale.years[k + 1]! - 1]));
  return out;
}

/**
 * The axis breaks drawn on the histogram's baseline: one "//" per run of empty years (`gapAfter`), on the edge between
 * the years around it; breaks closer than 0.04 of the slider to the one before are drawn as that one (four runs
 * between 1538, 1700, 1850, 1950 and 1990 sit in the slider's first twentieth: four marks read as a smudge), its
 * title then naming each run.
 */
function breakMarks(scale: YearScale): { at: number; runs: [number, number][] }[] {
  const out: { at: number; runs: [number, number][] }[] = [];
  scale.gapAfter.forEach((gap, k) => {
    if (!gap) return;
    const at = scale.edges[k + 1]!;
    const run: [number, number] = [scale.years[k]! + 1, scale.years[k + 1]! - 1];
    const prev = out[out.length - 1];
    if (prev && at - prev.at < 0.04) prev.runs.push(run);
    else out.push({ at, runs: [run] });
  });
  return out;
}

/** Left-out runs of years in words: "1815–1823, 1825–1833 and 1835–1877", the first three and a count of the rest. */
function breakWords(breaks: [number, number][]): string {
  const runs = breaks.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  if (runs.length === 1) return runs[0]!;
  if (runs.length <= 3) return `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
  return `${runs.slice(0, 3).join(', ')} and ${runs.length - 3} more ${plural('run', runs.length - 3)} of years`;
}

/**
 * One handle of the year slider: a range input whose value is a position on the scale (0–1, spaced by papers), said
 * as the year, standing on that year's bar. Dragging picks the year whose bar is nearest (`yearAt`; the thumb then
 * stands on it, as the text says it); the arrow keys step one year with
 * papers, Page Up/Down about a tenth of the papers, Home/End the first and last year (`onKeyYear` gets the key's
 * year; the caller keeps the range's order).
 */
function YearThumb({ id, label, end, scale, year, onYear }: { id: string; label: string; end: 'from' | 'to'; scale: YearScale; year: number; onYear: (year: number) => void }) {
  const position = end === 'from' ? fromPosition(scale, year) : toPosition(scale, year);
  const first = scale.years[0]!, last = scale.years[scale.years.length - 1]!;
  const keyYear = (key: string): number | null => {
    if (key === 'ArrowRight' || key === 'ArrowUp') return stepYear(scale, year, 1);
    if (key === 'ArrowLeft' || key === 'ArrowDown') return stepYear(scale, year, -1);
    if (key === 'PageUp') return pageYear(scale, year, 1, end);
    if (key === 'PageDown') return pageYear(scale, year, -1, end);
    if (key === 'Home') return first;
    if (key === 'End') return last;
    return null;
  };
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step="any"
        value={position}
        aria-valuetext={String(year)}
        data-year={year}
        onChange={(e) => onYear(yearAt(scale, Number(e.target.value)))}
        onKeyDown={(e) => {
          const y = keyYear(e.key);
          if (y === null || e.altKey || e.ctrlKey || e.metaKey) return;
          // the browser's own step (a hundredth of the slider) would land between years
          e.preventDefault();
          onYear(y);
        }}
      />
    </>
  );
}

/** A box's text that reads as a year (whole, 1–4 digits), whether or not it fits the range. */
const YEAR_TEXT = /^\d{1,4}$/;

/**
 * What a year typed into one end of the range makes: the year to apply (clamped into the map's span `min`–`max`,
 * with a `note` saying so), or a `problem` in words and no year (not a whole number; a first year after the last,
 * or a last year before the first). `typed`: the box's text; `end`: which end it is; `other`: the range's other end.
 * Pure; throws nothing.
 */
export function typedYear(typed: string, end: 'from' | 'to', other: number, min: number, max: number): { year: number | null; note: string | null; problem: string | null } {
  const text = typed.trim();
  if (!YEAR_TEXT.test(text)) return { year: null, note: null, problem: text ? `“${text.slice(0, 12)}” is not a year: type one from ${min} to ${max}` : `Type a year from ${min} to ${max}` };
  const asTyped = Number(text);
  const year = Math.min(max, Math.max(min, asTyped));
  // (said with the year as typed: a year past the span was said as the span's end, which no one had typed, a tester)
  if (end === 'from' && year > other) return { year: null, note: null, problem: `${asTyped} is after the last year, ${other}: type one up to ${other}` };
  if (end === 'to' && year < other) return { year: null, note: null, problem: `${asTyped} is before the first year, ${other}: type one from ${other}` };
  const note = year === asTyped ? null : `${asTyped} is ${asTyped < min ? 'before the first' : 'after the last'} year with papers: ${year} used`;
  return { year, note, problem: null };
}

/**
 * One end of the year range as a box to type a year in (a slider's 1–2 px per year on a phone, over a long span
 * such as a lab's list back to 1814, lets no one pick a year): applied on Enter or when the box is left; a text
 * that is no year, or an end past the other, is said under the boxes and not applied.
 */
/** What typing a year made, said under the boxes while the range is `range` (from, to). */
interface YearWords {
  note: string | null;
  problem: string | null;
  range: [number, number];
}

function YearBox({ end, label, value, other, min, max, problemId, movedHere, onYear, onWords }: { end: 'from' | 'to'; label: string; value: number; other: number; min: number; max: number; problemId: string; movedHere: { readonly current: boolean }; onYear: (year: number) => void; onWords: (words: YearWords) => void }) {
  const [draft, setDraft] = useState(String(value));
  const [bad, setBad] = useState(false);
  const shown = useRef(value);
  // the range moved elsewhere (slider, "All years", a link): the box shows it. Only the other end moved, by its box
  // or its thumb (`movedHere`), while this box holds a year it refused: that year is tried again against the new end
  // and applied when it now fits, else kept, still refused (a tester typed To 2016 under From 2019, then From 2016:
  // the To box went back to 2021, the 2016 typed lost). A range set outside the boxes and thumbs ("All years", the
  // chip's clear, a link, Back) drops the refused year: "All years" after To 2017 refused under From 2020 applied
  // 2016–2017, the refused year tried against the reset range's first year (a tester)
  useEffect(() => {
    const ownMoved = shown.current !== value;
    shown.current = value;
    // (a text that is no year, "abc", can fit no range: it gives way to the year applied, as the problem said of it
    // goes with the range it was said for; a tester saw "abc" kept in red under a range set since)
    if (!ownMoved && bad && movedHere.current && YEAR_TEXT.test(draft.trim())) {
      const r = typedYear(draft, end, other, min, max);
      if (r.year === null) return;
      setBad(false);
      setDraft(String(r.year));
      const range: [number, number] = end === 'from' ? [r.year, other] : [other, r.year];
      onWords({ note: r.note, problem: null, range });
      if (r.year !== value) onYear(r.year);
      return;
    }
    setDraft(String(value));
    setBad(false);
    // (the draft and callbacks are read as they are when an end moves, not followed)
  }, [value, other]);
  const apply = () => {
    if (draft.trim() === String(value) && !bad) return;
    const r = typedYear(draft, end, other, min, max);
    setBad(r.problem !== null);
    const range: [number, number] = r.year === null ? (end === 'from' ? [value, other] : [other, value]) : end === 'from' ? [r.year, other] : [other, r.year];
    onWords({ note: r.note, problem: r.problem, range });
    if (r.year === null) return;
    setDraft(String(r.year));
    if (r.year !== value) onYear(r.year);
  };
  return (
    <input
      className="year-box"
      data-testid={`year-box-${end}`}
      aria-label={label}
      inputMode="numeric"
      autoComplete="off"
      enterKeyHint="done"
      // (8, not 4: "2019.5" was cut to "2019" and taken; now it is said to be no year)
      maxLength={8}
      value={draft}
      aria-invalid={bad}
      aria-describedby={bad ? problemId : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          apply();
        }
      }}
    />
  );
}

export function TimePanel() {
  const dataset = useAtlas((s) => s.dataset)!;
  const years = useAtlas((s) => s.filters.years);
  const setYearRange = useAtlas((s) => s.setYearRange);
  const colorBy = useAtlas((s) => s.colorBy);
  const setColorBy = useAtlas((s) => s.setColorBy);
  const fromId = useId();
  const toId = useId();
  const colourId = useId();
  const span = yearSpan(dataset.bundle);
  const counts = yearCounts(dataset.bundle);
  const scale = useMemo(() => (span && counts ? yearScale(counts, span[0]) : null), [span, counts]);
  // what the last year typed made (a problem: not applied; a note: clamped into the span), said while the range
  // is the one it was said for (a slider's move or "All years" after it takes it away)
  const [words, setWords] = useState<YearWords | null>(null);
  const problemId = useId();
  // the range was last set by this panel's boxes or thumbs (`set`), not "All years", the chip or a link: read by the
  // boxes' effects after the render that shows it (children's effects run first), then cleared
  const movedHere = useRef(false);
  useEffect(() => {
    movedHere.current = false;
  });
  // nothing to filter or colour when every dated paper is from the same year
  if (!span || !scale || span[0] === span[1]) return null;
  const [min, max] = span;
  const [from, to] = years ?? span;
  const set = (a: number, b: number) => {
    movedHere.current = true;
    setYearRange(a <= min && b >= max ? null : [Math.min(a, b), Math.max(a, b)]);
  };
  // the slider's positions are spaced by papers (year-scale.ts); the range keeps years, inclusive
  const fromAt = fromPosition(scale, from);
  const toAt = Math.max(fromAt, toPosition(scale, to));
  // the two thumbs (nearly) on one spot (a one-year range: both on its bar): "to" is drawn over "from" and can only go
  // right, so in the slider's right half "from" goes on top, which can go left (a tester's 2021–2021 range could not
  // be dragged out at all)
  const fromOnTop = toAt - fromAt < 0.05 && fromAt >= 0.5;
  const withoutYear = dataset.bundle.papers.year.filter((y) => y === null).length;
  const said = words && words.range[0] === from && words.range[1] === to ? words : null;

  return (
    <Panel
      title="Time"
      // the map's own span, short (it wrapped beside "All years", and "Papers from 2016 to 2021" above "Papers from
      // 2020 to 2020" read as two ranges, a tester)
      kicker={min === max ? `Papers of ${min}` : `Papers ${min}–${max}`}
      testId="time-panel"
      actions={
        years ? (
          <button type="button" className="text-button" onClick={() => setYearRange(null)}>
            All years
          </button>
        ) : undefined
      }
    >
      <div className="field">
        <span>
          {from === to ? (
            <>
              Papers of <strong data-testid="year-from">{from}</strong>
            </>
          ) : (
            <>
              Papers from <strong data-testid="year-from">{from}</strong> to <strong data-testid="year-to">{to}</strong>
            </>
          )}
        </span>
        {max > min && <YearHistogram scale={scale} from={from} to={to} />}
        {max > min && (
          <div className={`dual-range ${fromOnTop ? 'from-on-top' : ''}`} data-testid="year-range" style={{ ['--lo' as string]: `${fromAt * 100}%`, ['--hi' as string]: `${toAt * 100}%` }}>
            <YearThumb id={fromId} label="From year" end="from" scale={scale} year={from} onYear={(y) => set(Math.min(y, to), to)} />
            <YearThumb id={toId} label="To year" end="to" scale={scale} year={to} onYear={(y) => set(from, Math.max(y, from))} />
          </div>
        )}
        {max > min && (
          // the scale's ends under the bars (the bars alone did not say which year is which)
          <div className="year-axis muted small" aria-hidden="true" data-testid="year-axis">
            {axisYears(scale).map(({ year, at }) => (
              <span key={year} style={{ left: `calc(8px + (100% - 16px) * ${at})` }}>
                {year}
              </span>
            ))}
          </div>
        )}
        {max > min && (
          // the ends typed (a year cannot be picked on a phone's slider over a long span)
          <div className="year-boxes" data-testid="year-boxes">
            <label>
              <span>From</span>
              <YearBox end="from" label="First year of the range" value={from} other={to} min={min} max={max} problemId={problemId} movedHere={movedHere} onYear={(y) => set(y, to)} onWords={setWords} />
            </label>
            <label>
              <span>to</span>
              <YearBox end="to" label="Last year of the range" value={to} other={from} min={min} max={max} problemId={problemId} movedHere={movedHere} onYear={(y) => set(from, y)} onWords={setWords} />
            </label>
          </div>
        )}
        {said?.problem && (
          <span className="field-problem year-box-problem" id={problemId} role="alert" data-testid="year-box-problem">
            {said.problem}
          </span>
        )}
        {said && !said.problem && said.note && (
          <span className="muted small year-box-note" role="status" data-testid="year-box-note">
            {said.note}
          </span>
        )}
        {max > min && !evenScale(scale) && (
          // the axis is not linear: said under it, with the long runs of years it leaves out
          <span className="year-break-note muted small" data-testid="year-break-note">
            Spaced by papers, not by years
            {scale.gapAfter.some(Boolean) && (
              <>
                ; <span className="year-break-sign" aria-hidden="true" /> axis skips {breakWords(gapList(scale))} (no papers)
              </>
            )}
          </span>
        )}
        {years && withoutYear > 0 && (
          <span className="muted small">
            {withoutYear} {plural('paper', withoutYear)} without a year {withoutYear === 1 ? 'is' : 'are'} hidden while a range is set.
          </span>
        )}
      </div>
      <div className="field colour-by">
        <span id={colourId}>Colour authors by</span>
        <Segmented
          labelledBy={colourId}
          options={[
            { value: 'community', label: 'Community' },
            { value: 'year', label: 'Mean year' },
          ]}
          value={colorBy}
          onChange={setColorBy}
        />
      </div>
    </Panel>
  );
}
