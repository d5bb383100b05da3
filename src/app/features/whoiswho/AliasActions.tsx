/**
 * What to do with the accepted alias lines: download them as the `--aliases` file, or apply them here
 * (rebuild with progress). Shared by the review list and the author card's split.
 */
import { useAtlas } from '../../store';
import { downloadText, fileBase } from '../../download';
import { combinedAliasFile } from './alias-file';
import { applyAliasLines, canRebuild } from './rebuild';
import { pendingChanges, useWhoIsWho } from './store';
import './whoiswho.css';
import { plural } from '../../format';

export function AliasActions({ focusName = null }: { focusName?: string | null }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const datasets = useAtlas((s) => s.datasets);
  const lines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.appliedLines);
  const pending = useWhoIsWho(pendingChanges);
  const rebuild = useWhoIsWho((s) => s.rebuild);
  const rebuildable = canRebuild(dataset, datasets);
  const running = rebuild.status === 'running';

  return (
    <div className="alias-actions" data-testid="alias-actions" data-rebuild={rebuild.status} data-applied={applied}>
      <p className="alias-status">
        {lines.length === 0 && applied === 0
          ? 'No alias line accepted yet.'
          : `${lines.length} alias ${plural('line', lines.length)} accepted${pending > 0 ? `, ${pending} ${plural('change', pending)} not applied yet` : ', all applied'}.`}
      </p>
      <div className="alias-buttons">
        <button
          type="button"
          className="button"
          disabled={lines.length === 0}
          onClick={() => downloadText(`${fileBase(dataset)}-aliases.tsv`, combinedAliasFile(lines, null), 'text/tab-separated-values')}
        >
          Download alias file
        </button>
        <button
          type="button"
          // the call to action only while there is something to apply: once all is applied it reads so, plainly
          className={pending > 0 || running ? 'button primary' : 'button'}
          disabled={!rebuildable || pending === 0 || running}
          onClick={() => void applyAliasLines(focusName)}
        >
          {running ? 'Applying…' : pending === 0 && applied > 0 && lines.length > 0 ? 'Applied' : lines.length === 0 && applied > 0 ? 'Undo in the explorer' : 'Apply in the explorer'}
        </button>
      </div>
      {running && (
        <div className="rebuild-progress" role="status" aria-live="polite">
          <progress value={rebuild.fraction} max={1} />
          <span>{rebuild.label}…</span>
        </div>
      )}
      {rebuild.status === 'error' && (
        <p className="error-text" role="alert">
          The dataset could not be rebuilt: {rebuild.message}
        </p>
      )}
      {!rebuildable && lines.length > 0 && (
        <p className="muted small">
          The paper lists behind this dataset are not available here. Rebuild it with{' '}
          <code>npm run build:graph -- &lt;paper list&gt; --aliases {fileBase(dataset)}-aliases.tsv</code>.
        </p>
      )}
    </div>
  );
}
