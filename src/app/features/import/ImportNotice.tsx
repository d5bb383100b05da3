/**
 * After an import: what was built, what was merged or skipped, and the report one click away. It closes
 * itself after a few seconds, but not while the pointer is on it or focus is in it; a problem (not saved)
 * stays until dismissed, and so does a build that skipped records (a user who looked away would never learn
 * that some lines were not read: a tester, geom.bib's "23 skipped" gone after 8 s) and an import finished
 * while the user explored (another map, or a card open): it is offered (Open) rather than put in place of what
 * the user is reading. Its notes are counted, not called guesses: some are facts ("the last record has no ER
 * line"). A build that skipped records is a warning, not a success: "!" in the warning colour, and a line of its
 * own saying how many records were skipped, naming the first few by file:line and reason (`skippedWords`), and
 * that the report lists them all (a tester's "✓ … built" with "1 skipped" in small grey text hid a dropped record).
 * Files dropped with the paper lists that are no paper list (a picture, a PDF) were left out of the build: the notice
 * names them, with what each is, as a warning that stays until dismissed (a tester's PNG failed the whole build).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useImport } from './import-store';
import { count as n, formatMs, skippedWords } from './format';
import { countOf } from '../../format';
import { mergedWords } from '../../../core/bundle/report-words';
import type { ImportedMeta } from './build-protocol';
import { RefusedNames } from './RefusedNames';

/**
 * What the build merged, each count saying what it counts (report-words.ts `mergedWords`: "1 duplicate paper
 * merged · 4 spellings merged into 2 authors: “Castellanos AB” and “Castellanos, A. B.” as A. B. Castellanos,
 * and 1 more", names as written in the imported file). A dataset saved before these counts gives its merge entries.
 */
function mergeWords(meta: Pick<ImportedMeta, 'merged' | 'duplicatePapers' | 'spellingMerges'>): string {
  if (!meta.spellingMerges || meta.duplicatePapers === undefined) return meta.merged === 0 ? 'nothing merged' : `${countOf(meta.merged, 'merge')} (see the report)`;
  return mergedWords(meta.duplicatePapers, meta.spellingMerges);
}

/** How long a notice without a problem stays once the pointer and focus are elsewhere. */
export const NOTICE_MS = 6000;

export function ImportNotice() {
  const notice = useImport((s) => s.notice);
  const dismiss = useImport((s) => s.dismissNotice);
  const setReportOpen = useImport((s) => s.setReportOpen);
  const openOffered = useImport((s) => s.openOffered);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // stays while the dataset is being saved: it says how that ended
  // stays while the dataset is being saved: it says how that ended
  const held = hovered || focused || Boolean(notice?.saveProblem) || Boolean(notice?.sourcesProblem) || Boolean(notice?.saving) || Boolean(notice?.offer) || (notice?.meta.skipped ?? 0) > 0 || (notice?.refused?.length ?? 0) > 0;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!notice || held) return;
    // a notice that appeared under a pointer that has not moved since (where the dialog's Build button was) got no
    // mouseenter: asked when the time is up, it stays while the pointer is on it
    const timer = setTimeout(() => {
      if (box.current?.matches(':hover')) setHovered(true);
      else dismiss();
    }, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, held, dismiss]);
  // its height on the page's root (`--import-notice-h`, CSS pixels): the legend, the year legend and the zoom
  // buttons at the map's bottom keep above it (styles/canvas-overlay.css), however many lines it wraps to
  const shown = notice !== null;
  useLayoutEffect(() => {
    const el = box.current;
    const root = document.documentElement;
    if (!shown || !el) return;
    const keep = () => root.style.setProperty('--import-notice-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    keep();
    const observer = new ResizeObserver(keep);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--import-notice-h');
    };
  }, [shown]);
  if (!notice) return null;
  const { meta, saveProblem, saving, offer } = notice;
  const skipped = meta.skipped > 0;
  const refused = notice.refused ?? [];
  // something the user gave was not read into the map: a warning, as a skipped record is
  const warned = skipped || refused.length > 0;
  // merges, notes and the save: one line while all is well (the whole in its tooltip and the report), every line when
  // the save failed, which the user must read
  const details = [
            mergeWords(meta),
            meta.split ? `split ${meta.split.names === 1 ? '1 name' : `${n(meta.split.names)} names`} into ${n(meta.split.people)} people` : null,
            // said above in the warning's own line when records were skipped
            skipped ? null : '0 skipped',
            meta.notes ? `${countOf(meta.notes, 'note')} (see the report)` : null,
            saveProblem
              ? `not saved in this browser: ${saveProblem} — it will be gone after a reload`
              : saving
                ? 'saving in this browser…'
                : notice.sourcesProblem
                  ? `saved in this browser, but ${notice.sourcesProblem}: after a reload, merges and splits of names cannot be applied to it here (import the paper list again for that)`
                  : 'saved in this browser, with its paper lists',
          ]
            .filter(Boolean)
            .join(' · ');
  return (
    <div
      className={`import-notice ${saveProblem ? 'has-problem' : warned ? 'has-skipped' : ''}`}
      data-kind={saveProblem ? 'problem' : warned ? 'warning' : 'success'}
      role="status"
      data-testid="import-notice"
      ref={box}
      data-saving={saving ? 'true' : undefined}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <span className="import-notice-mark" aria-hidden="true">
        {saveProblem || warned ? '!' : '✓'}
      </span>
      <div className="import-notice-text">
        <p>
          {/* one line however long the name (a tester's eight files' names wrapped it to three): the whole in its tooltip */}
          <strong className="import-notice-name" title={meta.name}>
            {meta.name}
          </strong>{' '}
          built in {formatMs(meta.buildMs)}: {countOf(meta.stats.papers, 'paper')}, {countOf(meta.stats.authors, 'author')},{' '}
          {countOf(meta.stats.communities, 'community')}
        </p>
        {refused.length > 0 && (
          <p className="small import-notice-skipped" data-testid="import-notice-refused">
            <RefusedNames refused={refused} after=": it was not read." afterSeveral=": they were not read." />
          </p>
        )}
        {skipped && (
          <p className="small import-notice-skipped" data-testid="import-notice-skipped">
            {skippedWords(meta)}
          </p>
        )}
        <p className={`muted small ${saveProblem || notice.sourcesProblem ? '' : 'import-notice-details'}`} title={details}>
          {details}
        </p>
        {offer && <p className="muted small">Built while you were exploring: open it now, or later from the dataset list.</p>}
      </div>
      {offer && (
        <button type="button" className="primary-button" data-testid="open-offered" onClick={() => void openOffered()}>
          Open
        </button>
      )}
      {!offer && (
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            setReportOpen(true);
            dismiss();
          }}
        >
          View report
        </button>
      )}
      <button type="button" className="icon-button" onClick={dismiss} aria-label="Dismiss">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
