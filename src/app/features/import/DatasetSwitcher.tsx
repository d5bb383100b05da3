/**
 * The dataset switcher: the built-in samples (data/index.json) and the datasets imported in this
 * browser, each one click away; imported ones can be removed.
 */
import { useEffect, useState } from 'react';
import { DropMenu } from '../../panels/DropMenu';
import type { DatasetEntry } from '../../data/load-bundle';
import { useAtlas } from '../../store';
import type { ImportedMeta } from './build-protocol';
import { PlusIcon, TrashIcon } from './icons';
import { useImport } from './import-store';
import { builtinDatasets, openBuiltin, openImported, reloadedBuiltinDatasets } from './open-imported';
import './import.css';
import { countOf } from '../../format';
import { coarsePointer } from '../../pointer-kind';

/** A touch screen's pointer (a phone, a tablet): nothing can be dropped on the page there. */

const date = (ms: number) => new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function ImportedItem({ meta, current, onOpen }: { meta: ImportedMeta; current: boolean; onOpen: () => void }) {
  const remove = useImport((s) => s.remove);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={`switcher-item ${current ? 'is-current' : ''}`} data-dataset={meta.id}>
      <button type="button" className="switcher-open" onClick={onOpen} aria-current={current ? 'true' : undefined}>
        <span className="switcher-name">{meta.name}</span>
        <span className="switcher-sub">
          {countOf(meta.stats.papers, 'paper')} · {countOf(meta.stats.authors, 'author')} · {date(meta.createdAt)}
        </span>
      </button>
      {confirming ? (
        <span className="switcher-confirm">
          <button type="button" className="danger-button" onClick={() => void remove(meta.id)} aria-label={`Really remove ${meta.name}`}>
            Remove
          </button>
          <button type="button" className="text-button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className="icon-button small-icon" onClick={() => setConfirming(true)} aria-label={`Remove ${meta.name} from this browser`} title="Remove from this browser">
          <TrashIcon />
        </button>
      )}
    </li>
  );
}

export function DatasetSwitcher() {
  const current = useAtlas((s) => s.dataset);
  const source = useAtlas((s) => s.source);
  const imported = useImport((s) => s.imported);
  const openDialog = useImport((s) => s.openDialog);
  const setReportOpen = useImport((s) => s.setReportOpen);
  const [open, setOpen] = useState(false);
  const [builtins, setBuiltins] = useState<DatasetEntry[] | null>(null);
  // the index's samples and the datasets built on this computer (the README's CLI lines), each listed apart
  const samples = builtins?.filter((entry) => entry.sample) ?? [];
  const built = builtins?.filter((entry) => !entry.sample) ?? [];
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    // the list known is shown at once, then the site's list read again (a map built since the page opened)
    const known = useAtlas.getState().datasets;
    if (known.length > 0) setBuiltins(known);
    (known.length > 0 ? reloadedBuiltinDatasets().catch(() => known) : builtinDatasets()).then(setBuiltins, (err: unknown) =>
      setProblem(err instanceof Error ? err.message : String(err)),
    );
  }, [open]);

  const currentId = current?.id ?? source.dataset;
  const [opening, setOpening] = useState<string | null>(null);
  const choose = (name: string, go: () => Promise<void>) => {
    setOpen(false);
    setOpening(name);
    void go().finally(() => setOpening(null));
  };

  return (
    <DropMenu
      open={open}
      onOpenChange={setOpen}
      className="switcher"
      buttonProps={{ className: 'switcher-button', title: current?.name ?? 'Choose a dataset', 'data-testid': 'dataset-switcher' }}
      label={
        <>
          {opening !== null && <span className="stage-spinner" aria-hidden="true" />}
          <span className="dataset-name">{opening !== null ? `Opening ${opening}…` : (current?.name ?? 'Choose a dataset')}</span>
          <span className="switcher-chevron" aria-hidden="true">
            ▾
          </span>
        </>
      }
      role="group"
      menuLabel="Datasets"
      menuClassName="switcher-menu"
      menuTestId="dataset-menu"
      align="start"
    >
      {/* the lists scroll (with a shade where more is above or below); the actions under them stay in view: with 7
          imported datasets "Import a paper list…" was below the menu's bottom, the menu scrolling with no cue */}
      <div className="switcher-lists" data-testid="dataset-lists">
        {(builtins === null || samples.length > 0) && <h3>Samples</h3>}
        {builtins === null && !problem && <p className="muted small switcher-empty">Loading…</p>}
        {problem && <p className="muted small switcher-empty">The list of samples could not be read: {problem}</p>}
        {samples.length > 0 && (
          <ul>
            {samples.map((entry) => (
              <BuiltinItem key={entry.id} entry={entry} current={entry.id === currentId} onOpen={() => choose(entry.name, () => openBuiltin(entry))} />
            ))}
          </ul>
        )}
        {built.length > 0 && (
          <>
            <h3>Built on this computer</h3>
            <ul data-testid="built-datasets">
              {built.map((entry) => (
                <BuiltinItem key={entry.id} entry={entry} current={entry.id === currentId} onOpen={() => choose(entry.name, () => openBuiltin(entry))} />
              ))}
            </ul>
          </>
        )}
        <h3>Imported in this browser</h3>
        {imported.length === 0 ? (
          <p className="muted small switcher-empty">None yet. Import a paper list (below){coarsePointer() ? '' : ', or drop one anywhere on the page'}.</p>
        ) : (
          <ul data-testid="imported-datasets">
            {imported.map((meta) => (
              <ImportedItem key={meta.id} meta={meta} current={meta.id === currentId} onOpen={() => choose(meta.name, () => openImported(meta.id))} />
            ))}
          </ul>
        )}
      </div>
      <div className="switcher-actions">
        <button
          type="button"
          className="switcher-import"
          onClick={() => {
            setOpen(false);
            openDialog();
          }}
        >
          <PlusIcon /> Import a paper list…
        </button>
        {current && (
          <button
            type="button"
            className="switcher-import"
            onClick={() => {
              setOpen(false);
              setReportOpen(true);
            }}
          >
            Build report of this dataset
          </button>
        )}
      </div>
    </DropMenu>
  );
}

/** A dataset served with the app (data/index.json): a sample, or one the user built with `npm run build:graph`. */
function BuiltinItem({ entry, current, onOpen }: { entry: DatasetEntry; current: boolean; onOpen: () => void }) {
  return (
    <li className={`switcher-item ${current ? 'is-current' : ''}`} data-dataset={entry.id}>
      <button type="button" className="switcher-open" onClick={onOpen} aria-current={current ? 'true' : undefined}>
        <span className="switcher-name">{entry.name}</span>
      </button>
    </li>
  );
}
