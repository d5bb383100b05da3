/**
 * Everything the import adds on top of the explorer: files dropped (or pasted) anywhere on the page, the import
 * dialog, the build report, the note after an import, and a way out of an error screen.
 */
import { useEffect, useState } from 'react';
import { useAtlas } from '../../store';
import { buildWorkerReady, onBuildWorkerReady, warmUpBuildWorker } from './build-client';
import { DatasetSwitcher } from './DatasetSwitcher';
import { formatList } from '../../../core/ingest/format-names';
import { UploadIcon } from './icons';
import { ImportButton, ImportDialog } from './ImportDialog';
import { useImport } from './import-store';
import { ImportNotice } from './ImportNotice';
import { sessionReport } from './open-imported';
import { ReportPanel } from './ReportPanel';
import { isTextEntry } from '../../text-entry';
import './import.css';

declare global {
  interface Window {
    /** For tests and the benchmark (read-only use). */
    __atlasImport?: { store: typeof useImport; workerReady: () => boolean; report: typeof sessionReport };
  }
}
window.__atlasImport = { store: useImport, workerReady: buildWorkerReady, report: sessionReport };

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Drag files over the page: an overlay says what a drop does; the drop builds (or adds to the open dialog). */
function usePageDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overPage = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = useImport.getState().status === 'building' ? 'none' : 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      const state = useImport.getState();
      if (state.status === 'building') return;
      // the dialog is open with a form being filled: the files join it; otherwise build right away
      if (state.dialogOpen && state.status === 'idle') state.addFiles(files);
      else state.buildFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

/** Paste on the page (outside a text field): files build like a drop; text of several lines opens the dialog with it. */
function usePagePaste(): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      // (a checkbox or slider with the focus is no text field: a paste there builds, text-entry.ts)
      if (isTextEntry(e.target) || !e.clipboardData) return;
      const state = useImport.getState();
      if (state.status === 'building') return;
      const files = Array.from(e.clipboardData.files);
      const text = e.clipboardData.getData('text/plain');
      if (files.length > 0) {
        e.preventDefault();
        if (state.dialogOpen && state.status === 'idle') state.addFiles(files);
        else state.buildFiles(files);
      } else if (text.includes('\n')) {
        e.preventDefault();
        state.setPasted(text);
        state.openDialog();
      }
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);
}

function DropOverlay() {
  const building = useImport((s) => s.status === 'building');
  const dialogOpen = useImport((s) => s.dialogOpen);
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <div className="drop-overlay-icon">
          <UploadIcon size={36} />
        </div>
        {building ? (
          <p>A build is running — wait for it or cancel it first.</p>
        ) : (
          <>
            <p className="drop-overlay-title">{dialogOpen ? 'Drop to add these files' : 'Drop to build a co-author map'}</p>
            <p className="muted">{formatList()}. Nothing is uploaded.</p>
          </>
        )}
      </div>
    </div>
  );
}

/** On the error screen (or while nothing is open): import or switch instead of a dead end. */
function WayOut() {
  return (
    <div className="import-way-out">
      <DatasetSwitcher />
      <ImportButton />
    </div>
  );
}

export function ImportLayer() {
  const over = usePageDrop();
  usePagePaste();
  const status = useAtlas((s) => s.load.status);
  const refreshImported = useImport((s) => s.refreshImported);
  useEffect(() => {
    // after the first dataset is on screen (or failed), so the worker's code does not compete with it
    if (status !== 'loading') warmUpBuildWorker();
  }, [status]);
  useEffect(() => {
    void refreshImported();
    // tests wait for this before timing an import that must fetch nothing
    const mark = () => {
      document.documentElement.dataset.importWorker = 'ready';
    };
    if (buildWorkerReady()) mark();
    return onBuildWorkerReady(mark);
  }, [refreshImported]);
  return (
    <>
      {status === 'error' && <WayOut />}
      <ImportDialog />
      <ReportPanel />
      <ImportNotice />
      {over && <DropOverlay />}
    </>
  );
}
