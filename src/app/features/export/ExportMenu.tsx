/**
 * The top bar's Export menu: the view as PNG or SVG (as drawn: on a big map the level of detail's authors, said with
 * how many of how many), every author and link at the view's framing as SVG, the graph as GEXF, CSV tables; named
 * after the dataset. Choosing an entry makes the file and closes the menu (on every screen: a menu left open said
 * "Downloaded …" in its last line, the next click on Export only closed it, a tester), the focus back on the Export
 * button, and "Downloaded …" is said in a note under the top bar (a live region) for a few seconds. A failed export
 * keeps the menu open with the error in its last line.
 */
import { useEffect, useMemo, useState } from 'react';
import { DropMenu } from '../../panels/DropMenu';
import { useAtlas } from '../../store';
import { exportNow, pictureLines, type ExportKind } from './exports';
import { CANCELLED } from '../../workers/insights-client';
import { sigmaOnScreen } from '../../graph/sigma-instance';
import { visibilityFor } from '../../graph/visibility';
import { exportShown, gexfMenuDetail, maskCount, shownFilters } from './gexf-shown';
import { tableMenuDetail, type ShownCounts } from './menu-words';
import { shownFilterWords } from '../../../core/export/shown-set';
import './export.css';

type Status =
  | { kind: 'idle' }
  // `stop`: cancels an export written in the worker (none for the pictures, made on the page in one go)
  | { kind: 'working'; what: string; started: number; stop: AbortController | null }
  | { kind: 'done'; file: string }
  | { kind: 'cancelled'; what: string }
  | { kind: 'error'; message: string };

/** The exports written in the insights worker, which a user can cancel (the 70k map's GEXF: 85–104 s at a high load). */
const IN_WORKER: ReadonlySet<ExportKind> = new Set(['gexf', 'authors-csv', 'papers-csv', 'pairs-csv', 'vosviewer', 'gephi-tables']);

/** The seconds an export has taken so far (`started`: performance.now() ms), counted up once a second while it runs. */
function useSecondsSince(started: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (started === null) return;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [started]);
  return started === null ? 0 : Math.max(0, Math.floor((now - started) / 1000));
}

export function ExportMenu() {
  const dataset = useAtlas((s) => s.dataset)!;
  const visibility = useAtlas((s) => s.visibility);
  const view = useAtlas((s) => s.view);
  const filters = useAtlas((s) => s.filters);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // the note under the top bar: the file just downloaded (the menu closed), or none
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (note === null) return;
    const timer = setTimeout(() => setNote(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);

  // what the GEXF holds: the view's visibility, the one the canvas and the export use (gexf-shown.ts)
  const shown = visibility ?? visibilityFor(dataset.bundle, filters, view);
  // how much of the map each picture holds, worked out as the menu opens (the camera may have moved since the last
  // time), off what the renderer on screen holds (exports.ts `viewPictureTaken`: no renderer made for it); its time
  // is the performance measure "export-menu-lines"
  const lines = useMemo(() => {
    const sigma = open ? sigmaOnScreen() : null;
    if (!sigma) return null;
    const start = performance.now();
    const words = pictureLines(sigma, dataset.bundle, shown, view);
    performance.measure('export-menu-lines', { start });
    return words;
  }, [open, dataset, shown, view]);
  // the tables' papers: the view's year range AND venues, the slice the view draws (null: every paper); their rows:
  // what the view shows under every filter (gexf-shown.ts `exportShown`, what the files hold), counted as it shows them
  const tableSlice = shown.slice;
  const otherFilters = useMemo(() => shownFilters(dataset.bundle, filters, view), [dataset, filters, view]);
  const counts = useMemo<ShownCounts>(
    () => ({
      authors: shown.authorCount,
      links: shown.linkCount,
      papers: maskCount(exportShown(dataset.bundle, filters, view, shown).paper),
      filters: otherFilters ? shownFilterWords(dataset.bundle, otherFilters) : null,
    }),
    [dataset, filters, view, shown, otherFilters],
  );
  const items: { kind: ExportKind; label: string; detail: string }[] = [
    { kind: 'png', label: 'Image of this view', detail: `PNG, as on screen${lines ? ` · ${lines.view}` : ''}, with a caption` },
    { kind: 'svg', label: 'SVG — this view as drawn', detail: `For print and editing${lines ? ` · ${lines.view}` : ''}, names as on screen` },
    {
      kind: 'svg-map',
      label: 'SVG — every author at this framing',
      detail: lines?.whole
        ? `${lines.whole}; names as in this view, communities named in the legend`
        : 'Every author and link the filters leave, not only those drawn (ready once the whole map is built)',
    },
    {
      kind: 'gexf',
      label: 'Graph for Gephi',
      detail: gexfMenuDetail(view, shown, dataset.bundle),
    },
    // the papers each file covers: all, or the year range's and venues' (their figures, pairs and network: menu-words.ts)
    { kind: 'authors-csv', label: 'Authors table', detail: tableMenuDetail('authors-csv', dataset.bundle, tableSlice, counts) },
    { kind: 'papers-csv', label: 'Papers table', detail: tableMenuDetail('papers-csv', dataset.bundle, tableSlice, counts) },
    { kind: 'pairs-csv', label: 'Co-author pairs', detail: tableMenuDetail('pairs-csv', dataset.bundle, tableSlice, counts) },
    // --- the co-author network (every paper's, or the year range's and venues') in the layouts VOSviewer and Gephi's spreadsheet import read (ZIP of two files)
    { kind: 'vosviewer', label: 'Map for VOSviewer', detail: tableMenuDetail('vosviewer', dataset.bundle, tableSlice, counts) },
    { kind: 'gephi-tables', label: 'Tables for Gephi', detail: tableMenuDetail('gephi-tables', dataset.bundle, tableSlice, counts) },
  ];

  const seconds = useSecondsSince(status.kind === 'working' ? status.started : null);
  const run = async (kind: ExportKind, label: string) => {
    const stop = IN_WORKER.has(kind) ? new AbortController() : null;
    setStatus({ kind: 'working', what: label, started: performance.now(), stop });
    try {
      const file = await exportNow(kind, sigmaOnScreen(), stop?.signal);
      setStatus({ kind: 'done', file });
      // the focus on the entry chosen goes to the Export button now, before the menu is removed with it (DropMenu
      // gave it back a frame later: on a loaded phone a reader's next key, or a check, found it on the page's body)
      const focused = document.activeElement;
      const wrapper = focused instanceof HTMLElement ? focused.closest('.drop-menu.export') : null;
      if (wrapper && focused?.closest('[role="menu"]')) wrapper.querySelector<HTMLElement>(':scope > button')?.focus();
      setOpen(false);
      setNote(`Downloaded ${file}`);
    } catch (err) {
      if (err instanceof Error && err.message === CANCELLED) setStatus({ kind: 'cancelled', what: label });
      else setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  const what = (label: string) => label.replace(/^[A-Z][a-z]/, (m) => m.toLowerCase());

  return (
    <>
      <DropMenu
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setNote(null);
          if (next && status.kind !== 'working') setStatus({ kind: 'idle' });
        }}
        className="export"
        buttonProps={{ className: 'button' }}
        label={
          <>
            <svg className="export-icon" viewBox="0 0 20 20" aria-hidden="true">
              <path d="M10 3v9m0 0l-3.5-3.5M10 12l3.5-3.5M4 14.5V16h12v-1.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="export-text">Export</span>
          </>
        }
        role="menu"
        // (a download leaves the page as it was: an Escape right after it was meant for the menu)
        holdEscapeAfterChoice
        menuLabel="Export"
        menuClassName="export-menu"
        menuTestId="export-menu"
        align="end"
      >
        {items.map((item) => (
          <button
            key={item.kind}
            type="button"
            role="menuitem"
            className="export-item"
            data-export={item.kind}
            // aria-disabled, not disabled: a disabled button drops the focus it holds, and the menu, seeing the focus
            // leave, closed before the PNG's "Downloaded …" could be read (an SVG was done before the re-render)
            aria-disabled={status.kind === 'working'}
            onClick={() => status.kind !== 'working' && void run(item.kind, item.label)}
          >
            <span className="export-label">{item.label}</span>
            <span className="export-detail">{item.detail}</span>
          </button>
        ))}
        <p className="export-status" role="status" aria-live="polite" data-status={status.kind}>
          {/* the label's first word lowercased, an acronym kept: "Preparing SVG — every author…", "Preparing image of…" */}
          {status.kind === 'working' && (
            <>
              <span className="spinner small-spinner" aria-hidden="true" /> Preparing {what(status.what)}…
              {/* a long one counts its seconds (not read out: the live region's text stays put) */}
              {seconds >= 3 && (
                <span className="export-seconds" aria-hidden="true">
                  {' '}
                  {seconds} s
                </span>
              )}
            </>
          )}
          {status.kind === 'done' && `Downloaded ${status.file}`}
          {status.kind === 'cancelled' && `Cancelled: ${what(status.what)}; nothing downloaded.`}
          {status.kind === 'error' && <span className="error-text">Export failed: {status.message}</span>}
        </p>
        {status.kind === 'working' && status.stop && (
          <button type="button" role="menuitem" className="export-item export-cancel" data-testid="export-cancel" onClick={() => status.stop!.abort()}>
            <span className="export-label">Cancel</span>
            <span className="export-detail">Stop preparing {what(status.what)}</span>
          </button>
        )}
      </DropMenu>
      {/* always in the page (a live region added with its text is not read out); drawn while it has a text (export.css) */}
      <p className="topbar-note export-note" role="status" aria-live="polite" data-testid="export-note" hidden={note === null}>
        {note}
      </p>
    </>
  );
}

/** How long the "Downloaded …" note stays under the top bar (ms). */
const NOTE_MS = 6000;
