/** After an import: what was built, what was merged or skipped, and the report one click away. */
import { useImport } from './import-store';
import { count as n, formatMs } from './format';

export function ImportNotice() {
  const notice = useImport((s) => s.notice);
  const dismiss = useImport((s) => s.dismissNotice);
  const setReportOpen = useImport((s) => s.setReportOpen);
  if (!notice) return null;
  const { meta, saveProblem } = notice;
  return (
    <div className={`import-notice ${saveProblem ? 'has-problem' : ''}`} role="status" data-testid="import-notice">
      <span className="import-notice-mark" aria-hidden="true">
        {saveProblem ? '!' : '✓'}
      </span>
      <div className="import-notice-text">
        <p>
          <strong>{meta.name}</strong> built in {formatMs(meta.buildMs)}: {n(meta.stats.papers)} papers, {n(meta.stats.authors)} authors,{' '}
          {n(meta.stats.communities)} communities
        </p>
        <p className="muted small">
          {n(meta.merged)} merged · {n(meta.skipped)} skipped
          {saveProblem ? ` · not saved in this browser: ${saveProblem} — it will be gone after a reload` : ' · saved in this browser'}
        </p>
      </div>
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
      <button type="button" className="icon-button" onClick={dismiss} aria-label="Dismiss">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
