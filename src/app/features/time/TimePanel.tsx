/**
 * Time, where papers have years: a year-range filter (two-handled slider) for the canvas and search,
 * and colour by year (each author by the mean year of their papers) with its legend.
 */
import { useId, useMemo } from 'react';
import type { Bundle } from '../../../core/bundle/types';
import { Panel } from '../../panels/Panel';
import { useAtlas } from '../../store';
import { yearColours, yearSpan } from '../../data/per-bundle';
import './time.css';
import { plural } from '../../format';

export function YearLegend() {
  const dataset = useAtlas((s) => s.dataset)!;
  const colorBy = useAtlas((s) => s.colorBy);
  // the year scale needs every author's mean year (all papers per author): only when colouring by year (it was
  // ~250 ms of opening a 30k import at load 22, CPU profile, for a legend not shown)
  if (colorBy !== 'year') return null;
  const { scale } = yearColours(dataset.bundle);
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

/** Papers per year from `min` to `max` (index 0 is `min`). */
function papersPerYear(bundle: Bundle, min: number, max: number): number[] {
  const counts = new Array<number>(max - min + 1).fill(0);
  for (const y of bundle.papers.year) if (y !== null && y >= min && y <= max) counts[y - min]++;
  return counts;
}

/**
 * The papers of each year as bars above the year slider, lined up with its thumbs (a thumb is 16 px wide,
 * so year k of n sits at 8 px + k/(n-1) of the rest); years inside the range are drawn in the accent colour.
 * A bar is 0.72 of its year's slot and at most 40 px wide (a whole slot each ran 100 px past the sidebar); histogram
 * and slider are inset 12 px (time.css), so an end bar, centred 8 px from the slider's end, stays inside the panel.
 */
function YearHistogram({ counts, min, from, to }: { counts: number[]; min: number; from: number; to: number }) {
  const most = Math.max(1, ...counts);
  const n = counts.length;
  // each year read out for a short span; a long one (a lab's list back to 1814: 213 years, most of them 0) summarised
  const peak = counts.indexOf(most);
  const summary =
    n <= 20
      ? counts.map((c, k) => `${min + k}: ${c.toLocaleString('en')}`).join(', ')
      : `${min} to ${min + n - 1}, papers in ${counts.filter((c) => c > 0).length} of the ${n} years; most in ${min + peak} (${most.toLocaleString('en')})`;
  return (
    <div
      className="year-histogram"
      data-testid="year-histogram"
      role="img"
      aria-label={`Papers per year: ${summary}`}
    >
      {counts.map((c, k) => {
        const year = min + k;
        return (
          <span
            key={year}
            className={`year-bar ${year >= from && year <= to ? 'in-range' : ''}`}
            data-year={year}
            data-count={c}
            title={`${year}: ${c.toLocaleString('en')} ${plural('paper', c)}`}
            style={{
              height: `${c === 0 ? 0 : Math.max(6, (c / most) * 100)}%`,
              left: `calc(8px + (100% - 16px) * ${k / (n - 1)})`,
              width: `min(calc((100% - 16px) * ${0.72 / (n - 1)}), 40px)`,
            }}
          />
        );
      })}
    </div>
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
  const counts = useMemo(() => (span ? papersPerYear(dataset.bundle, span[0], span[1]) : []), [dataset, span]);
  // nothing to filter or colour when every dated paper is from the same year
  if (!span || span[0] === span[1]) return null;
  const [min, max] = span;
  const [from, to] = years ?? span;
  const set = (a: number, b: number) => setYearRange(a <= min && b >= max ? null : [Math.min(a, b), Math.max(a, b)]);
  const pct = (y: number) => (max === min ? 0 : ((y - min) / (max - min)) * 100);
  const withoutYear = dataset.bundle.papers.year.filter((y) => y === null).length;

  return (
    <Panel
      title="Time"
      kicker={`Papers from ${min} to ${max}`}
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
          Papers from <strong data-testid="year-from">{from}</strong> to <strong data-testid="year-to">{to}</strong>
        </span>
        {max > min && <YearHistogram counts={counts} min={min} from={from} to={to} />}
        {max > min && (
          <div className="dual-range" style={{ ['--lo' as string]: `${pct(from)}%`, ['--hi' as string]: `${pct(to)}%` }}>
            <label htmlFor={fromId} className="visually-hidden">
              From year
            </label>
            <input id={fromId} type="range" min={min} max={max} step={1} value={from} onChange={(e) => set(Math.min(Number(e.target.value), to), to)} />
            <label htmlFor={toId} className="visually-hidden">
              To year
            </label>
            <input id={toId} type="range" min={min} max={max} step={1} value={to} onChange={(e) => set(from, Math.max(Number(e.target.value), from))} />
          </div>
        )}
        {years && withoutYear > 0 && (
          <span className="muted small">
            {withoutYear} {plural('paper', withoutYear)} without a year {withoutYear === 1 ? 'is' : 'are'} hidden while a range is set.
          </span>
        )}
      </div>
      <div className="field colour-by">
        <span id={colourId}>Colour authors by</span>
        <div className="segmented" role="radiogroup" aria-labelledby={colourId}>
          <button type="button" role="radio" aria-checked={colorBy === 'community'} onClick={() => setColorBy('community')}>
            Community
          </button>
          <button type="button" role="radio" aria-checked={colorBy === 'year'} onClick={() => setColorBy('year')}>
            Mean year
          </button>
        </div>
      </div>
    </Panel>
  );
}
