/**
 * Time, where papers have years: a year-range filter (two-handled slider) for the canvas and search,
 * and colour by year (each author by the mean year of their papers) with its legend.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Panel } from '../../panels/Panel';
import { StepSlider } from '../../panels/StepSlider';
import { Segmented } from '../../panels/Segmented';
import { useAtlas } from '../../store';
import { yearColours, yearCounts, yearSpan } from '../../data/per-bundle';
import './time.css';
import { plural } from '../../format';

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

/** Years in a row without a paper beyond which the slider leaves them out (one step over the gap). */
const MAX_EMPTY_RUN = 3;

/** The years the year slider steps through, with their paper counts. */
interface SliderYears {
  /** Ascending; the first is the span's first year, the last its last. */
  years: number[];
  counts: number[];
  /** `gapAfter[k]`: years with no paper were left out between `years[k]` and `years[k + 1]`. */
  gapAfter: boolean[];
}

/**
 * The years the slider steps through: every year of the span (`counts[0]` is `min`), except runs of more than
 * MAX_EMPTY_RUN years without a paper, which are left out — one lab's list with a lone 1814 entry squeezed its
 * 2000–2026 papers into the slider's last eighth; one step now leads from 1814 to 2000.
 */
function sliderYears(counts: number[], min: number): SliderYears {
  const out: SliderYears = { years: [], counts: [], gapAfter: [] };
  let k = 0;
  while (k < counts.length) {
    let run = 0;
    while (k + run < counts.length && counts[k + run] === 0) run++;
    if (run > MAX_EMPTY_RUN && k > 0) {
      out.gapAfter[out.gapAfter.length - 1] = true;
      k += run;
      continue;
    }
    out.years.push(min + k);
    out.counts.push(counts[k]);
    out.gapAfter.push(false);
    k++;
  }
  return out;
}

/** Index in `years` (ascending) of the first year ≥ `year` (`up`) or the last year ≤ `year`, clamped to the list. */
function stepOf(years: number[], year: number, up: boolean): number {
  if (up) {
    const i = years.findIndex((y) => y >= year);
    return i < 0 ? years.length - 1 : i;
  }
  for (let i = years.length - 1; i >= 0; i--) if (years[i] <= year) return i;
  return 0;
}

/**
 * The papers of each year as bars above the year slider, lined up with its thumbs (a thumb is 16 px wide,
 * so year k of n sits at 8 px + k/(n-1) of the rest); years inside the range are drawn in the accent colour.
 * A bar is 0.72 of its year's slot and at most 40 px wide (a whole slot each ran 100 px past the sidebar); histogram
 * and slider are inset 12 px (time.css), so an end bar, centred 8 px from the slider's end, stays inside the panel.
 * A baseline runs under the bars, so a year with no paper reads as empty (nothing above the line) and a year with
 * one paper as a bar (at least 3 px over it). Runs of empty years left out of the slider (`gapAfter`) are axis
 * breaks: a small "//" cut in the baseline between the two years around them, never a mark above the line (three
 * tall dotted marks side by side read as a bar of data, a tester on a lab's list back to 1814).
 */
function YearHistogram({ steps, from, to }: { steps: SliderYears; from: number; to: number }) {
  const { years, counts, gapAfter } = steps;
  const most = Math.max(1, ...counts);
  const n = counts.length;
  const first = years[0], last = years[n - 1];
  const span = last - first + 1;
  // each year read out for a short span; a long one (a lab's list back to 1814: 213 years, most of them 0) summarised
  const peak = counts.indexOf(most);
  const summary =
    span <= 20
      ? counts.map((c, k) => `${years[k]}: ${c.toLocaleString('en')}`).join(', ')
      : `${first} to ${last}, papers in ${counts.filter((c) => c > 0).length} of the ${span} years; most in ${years[peak]} (${most.toLocaleString('en')})`;
  const breaks = gapList(steps);
  return (
    <div
      className="year-histogram"
      data-testid="year-histogram"
      role="img"
      aria-label={`Papers per year: ${summary}${breaks.length ? `; the axis leaves out ${breakWords(breaks)} (no papers)` : ''}`}
    >
      <span className="year-baseline" aria-hidden="true" />
      {counts.map((c, k) => {
        const year = years[k];
        return (
          <span
            key={year}
            className={`year-bar ${year >= from && year <= to ? 'in-range' : ''}`}
            data-year={year}
            data-count={c}
            title={`${year}: ${c.toLocaleString('en')} ${plural('paper', c)}`}
            style={{
              // an empty year draws nothing over the baseline; one paper is at least 3 px tall, so it reads as a bar
              height: c === 0 ? 0 : `max(3px, ${(c / most) * 100}%)`,
              left: `calc(8px + (100% - 16px) * ${k / (n - 1)})`,
              width: `min(calc((100% - 16px) * ${0.72 / (n - 1)}), 40px)`,
            }}
          />
        );
      })}
      {gapAfter.map(
        (gap, k) =>
          gap && (
            <span
              key={`gap-${years[k]}`}
              className="year-gap"
              data-testid="year-gap"
              title={`${years[k] + 1}–${years[k + 1] - 1}: no papers`}
              aria-hidden="true"
              style={{ left: `calc(8px + (100% - 16px) * ${(k + 0.5) / (n - 1)})` }}
            />
          ),
      )}
    </div>
  );
}

/** The runs of empty years the slider leaves out, as first and last year (`steps.gapAfter`). */
function gapList(steps: SliderYears): [number, number][] {
  const out: [number, number][] = [];
  steps.gapAfter.forEach((gap, k) => gap && out.push([steps.years[k] + 1, steps.years[k + 1] - 1]));
  return out;
}

/** Left-out runs of years in words: "1815–1823, 1825–1833 and 1835–1877", the first three and a count of the rest. */
function breakWords(breaks: [number, number][]): string {
  const runs = breaks.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  if (runs.length === 1) return runs[0]!;
  if (runs.length <= 3) return `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
  return `${runs.slice(0, 3).join(', ')} and ${runs.length - 3} more ${plural('run', runs.length - 3)} of years`;
}

/** One handle of the year slider: its position is a step of `steps` (the years it steps through), said as the year. */
function YearThumb({ id, label, steps, step, onStep }: { id: string; label: string; steps: number[]; step: number; onStep: (step: number) => void }) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <StepSlider id={id} count={steps.length} step={step} valueText={String(steps[step])} onStep={onStep} />
    </>
  );
}

/**
 * What a year typed into one end of the range makes: the year to apply (clamped into the map's span `min`–`max`,
 * with a `note` saying so), or a `problem` in words and no year (not a whole number; a first year after the last,
 * or a last year before the first). `typed`: the box's text; `end`: which end it is; `other`: the range's other end.
 * Pure; throws nothing.
 */
export function typedYear(typed: string, end: 'from' | 'to', other: number, min: number, max: number): { year: number | null; note: string | null; problem: string | null } {
  const text = typed.trim();
  if (!/^\d{1,4}$/.test(text)) return { year: null, note: null, problem: text ? `“${text.slice(0, 12)}” is not a year: type one from ${min} to ${max}` : `Type a year from ${min} to ${max}` };
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

function YearBox({ end, label, value, other, min, max, problemId, onYear, onWords }: { end: 'from' | 'to'; label: string; value: number; other: number; min: number; max: number; problemId: string; onYear: (year: number) => void; onWords: (words: YearWords) => void }) {
  const [draft, setDraft] = useState(String(value));
  const [bad, setBad] = useState(false);
  const shown = useRef(value);
  // the range moved elsewhere (slider, "All years", a link): the box shows it. Only the other end moved (its box,
  // its thumb) while this box holds a year it refused: that year is tried again against the new end and applied
  // when it now fits, else kept, still refused (a tester typed To 2016 under From 2019, then From 2016: the To box
  // went back to 2021, the 2016 typed lost)
  useEffect(() => {
    const ownMoved = shown.current !== value;
    shown.current = value;
    if (!ownMoved && bad) {
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
  const steps = useMemo(() => (span && counts ? sliderYears(counts, span[0]) : null), [span, counts]);
  // what the last year typed made (a problem: not applied; a note: clamped into the span), said while the range
  // is the one it was said for (a slider's move or "All years" after it takes it away)
  const [words, setWords] = useState<YearWords | null>(null);
  const problemId = useId();
  // nothing to filter or colour when every dated paper is from the same year
  if (!span || !steps || span[0] === span[1]) return null;
  const [min, max] = span;
  const [from, to] = years ?? span;
  const set = (a: number, b: number) => setYearRange(a <= min && b >= max ? null : [Math.min(a, b), Math.max(a, b)]);
  // the slider's positions are the steps (years in long empty runs left out); the range keeps years
  const last = steps.years.length - 1;
  const fromStep = stepOf(steps.years, from, true);
  const toStep = Math.max(fromStep, stepOf(steps.years, to, false));
  const pct = (step: number) => (step / last) * 100;
  // the two thumbs on one year: "to" is drawn over "from" and can only go right, so at the last year (or past the
  // middle) "from" goes on top, which can go left (a tester's 2021–2021 range could not be dragged out at all)
  const fromOnTop = fromStep === toStep && fromStep > 0 && fromStep >= last / 2;
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
        {max > min && <YearHistogram steps={steps} from={from} to={to} />}
        {max > min && (
          <div className={`dual-range ${fromOnTop ? 'from-on-top' : ''}`} data-testid="year-range" style={{ ['--lo' as string]: `${pct(fromStep)}%`, ['--hi' as string]: `${pct(toStep)}%` }}>
            <YearThumb id={fromId} label="From year" steps={steps.years} step={fromStep} onStep={(k) => set(steps.years[Math.min(k, toStep)], to)} />
            <YearThumb id={toId} label="To year" steps={steps.years} step={toStep} onStep={(k) => set(from, steps.years[Math.max(k, fromStep)])} />
          </div>
        )}
        {max > min && (
          // the scale's ends under the bars (the bars alone did not say which year is which)
          <div className="year-axis muted small" aria-hidden="true" data-testid="year-axis">
            <span>{steps.years[0]}</span>
            <span>{steps.years[steps.years.length - 1]}</span>
          </div>
        )}
        {max > min && (
          // the ends typed (a year cannot be picked on a phone's slider over a long span)
          <div className="year-boxes" data-testid="year-boxes">
            <label>
              <span>From</span>
              <YearBox end="from" label="First year of the range" value={from} other={to} min={min} max={max} problemId={problemId} onYear={(y) => set(y, to)} onWords={setWords} />
            </label>
            <label>
              <span>to</span>
              <YearBox end="to" label="Last year of the range" value={to} other={from} min={min} max={max} problemId={problemId} onYear={(y) => set(from, y)} onWords={setWords} />
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
        {max > min && steps.gapAfter.some(Boolean) && (
          // the axis is not linear where it skips empty years: said under it, with the years left out
          <span className="year-break-note muted small" data-testid="year-break-note">
            <span className="year-break-sign" aria-hidden="true" /> axis skips {breakWords(gapList(steps))} (no papers)
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
