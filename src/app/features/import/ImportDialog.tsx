/**
 * The import dialog: choose or drop files, or paste a list; set the build options the CLI has; then a
 * progress line per stage with Cancel, or the error with its file and line.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent, type FormEvent, type ReactNode } from 'react';
import { parseBuildOptions } from '../../../core/bundle/build-options';
import { formatList } from '../../../core/ingest/format-names';
import { datasetNameOf } from '../../../core/bundle/dataset-name';
import type { BuildOptions } from '../../../core/bundle/types';
import { ALIAS_FILE_ALONE, IMPORT_STAGES } from './build-protocol';
import { formatBytes, formatMs } from './format';
import { FileIcon, LockIcon, PlusIcon, UploadIcon } from './icons';
import { PASTED_NAME, useImport, type RefusedFile, type StageProgress } from './import-store';
import { RefusedNames } from './RefusedNames';
import { Dialog } from '../../panels/Dialog';
import { distinctNames } from '../../../core/bundle/distinct-names';
import { coarsePointer } from '../../pointer-kind';

export const ACCEPT = '.bib,.bibtex,.ris,.json,.jsonl,.ndjson,.txt,.csl,.csv,.tsv,.nbib,.medline,.xml,.ciw,.gz,text/plain,text/csv,application/json,application/xml,application/gzip';

export function ImportButton() {
  const openDialog = useImport((s) => s.openDialog);
  const building = useImport((s) => s.status === 'building');
  const done = useImport((s) => IMPORT_STAGES.filter(({ stage }) => s.stages[stage].endedAt !== null).length);
  return (
    <button
      type="button"
      className={`import-button ${building ? 'is-building' : ''}`}
      onClick={openDialog}
      data-testid="open-import"
      title="Build a map from your own paper list"
      aria-label={building ? `Building: ${done} of ${IMPORT_STAGES.length} steps done` : 'Import a paper list'}
    >
      {building ? (
        <>
          <span className="build-mark" aria-hidden="true" /> <span className="import-button-label">Building </span>
          {done}/{IMPORT_STAGES.length}
        </>
      ) : (
        <>
          <PlusIcon /> <span className="import-button-label">Import</span>
        </>
      )}
    </button>
  );
}

/** The option fields as typed (strings), checked by the core's rules (the CLI uses the same). */
interface OptionFields {
  counting: BuildOptions['counting'];
  maxAuthors: string;
  resolution: string;
  seed: string;
}

function toFields(o: BuildOptions): OptionFields {
  return { counting: o.counting, maxAuthors: o.maxAuthors === null ? '' : String(o.maxAuthors), resolution: String(o.resolution), seed: String(o.seed) };
}

function parseFields(f: OptionFields): { options: BuildOptions; problems: Partial<Record<keyof OptionFields, string>> } {
  return parseBuildOptions(f);
}

function Field({ label, hint, problem, children }: { label: string; hint: string; problem?: string; children: (id: string, describedBy: string) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`import-field ${problem ? 'has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      <span id={hintId} className={problem ? 'field-problem' : 'field-hint'}>
        {problem ?? hint}
      </span>
    </div>
  );
}

export function optionsSummary(o: BuildOptions): string {
  return `${o.counting} counting · ${o.maxAuthors === null ? 'no author cap' : `at most ${o.maxAuthors} authors`} · resolution ${o.resolution} · seed ${o.seed}`;
}

function BuildOptionsFields({ fields, setFields, problems }: { fields: OptionFields; setFields: (f: OptionFields) => void; problems: Partial<Record<keyof OptionFields, string>> }) {
  const on = (key: keyof OptionFields) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFields({ ...fields, [key]: e.target.value });
  const invalid = Object.keys(problems).length > 0;
  const parsed = parseFields(fields).options;
  const [expanded, setExpanded] = useState(false);
  return (
    <details className="import-options" open={expanded || invalid} onToggle={(e) => setExpanded(e.currentTarget.open)}>
      <summary>
        <span className="import-options-title">Build options</span>
        <span className="import-options-summary" title={invalid ? undefined : optionsSummary(parsed)}>
          {invalid ? 'check the values below' : optionsSummary(parsed)}
        </span>
      </summary>
      <div className="import-options-grid">
        <Field label="Counting" hint="The link strength a paper gives each pair of its n authors: 1/(n−1) (fractional) or 1 (full).">
          {(id, d) => (
            <select id={id} aria-describedby={d} value={fields.counting} onChange={on('counting')}>
              <option value="fractional">Fractional (Newman)</option>
              <option value="full">Full (1 per shared paper)</option>
            </select>
          )}
        </Field>
        <Field label="Max authors per paper" hint="Larger papers add no co-author links. Empty: no cap." problem={problems.maxAuthors}>
          {(id, d) => (
            <input id={id} aria-describedby={d} inputMode="numeric" placeholder="no cap" value={fields.maxAuthors} onChange={on('maxAuthors')} aria-invalid={!!problems.maxAuthors} />
          )}
        </Field>
        <Field label="Community resolution" hint="Higher: more, smaller communities." problem={problems.resolution}>
          {(id, d) => <input id={id} aria-describedby={d} inputMode="decimal" value={fields.resolution} onChange={on('resolution')} aria-invalid={!!problems.resolution} />}
        </Field>
        <Field label="Seed" hint="Same seed, same communities and layout." problem={problems.seed}>
          {(id, d) => <input id={id} aria-describedby={d} inputMode="numeric" value={fields.seed} onChange={on('seed')} aria-invalid={!!problems.seed} />}
        </Field>
      </div>
    </details>
  );
}

/** What the Alias file option's picker accepts: the who-is-who download (.tsv) and plain text. */
const ALIAS_ACCEPT = '.tsv,.txt,.tab,text/tab-separated-values,text/plain';

/**
 * The Alias file option: an alias file (`variant<TAB>canonical[<TAB>paper]` lines, the who-is-who download)
 * applied to the build as the CLI's --aliases; a file added to the list that is one lands here, and says so.
 */
function AliasFileField({ hasPapers }: { hasPapers: boolean }) {
  const aliasFile = useImport((s) => s.aliasFile);
  const message = useImport((s) => s.aliasMessage);
  const setAliasFile = useImport((s) => s.setAliasFile);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const hint =
    aliasFile && !hasPapers
      ? `${aliasFile.name} is an alias file: add the paper lists it belongs to`
      : (message ?? 'Optional: a .tsv of "variant<TAB>canonical" lines merging or splitting names (Who is who downloads one), as the CLI’s --aliases.');
  return (
    <div className="import-field import-alias" data-testid="import-alias">
      <span className="import-alias-label">Alias file</span>
      {aliasFile ? (
        <span className="import-alias-chosen">
          <span className="file-icon">
            <FileIcon />
          </span>
          <span className="file-name" title={aliasFile.name} data-testid="import-alias-name" aria-describedby={hintId}>
            {aliasFile.name}
          </span>
          <button type="button" className="icon-button small-icon" onClick={() => setAliasFile(null)} aria-label={`Remove the alias file ${aliasFile.name}`}>
            <span aria-hidden="true">×</span>
          </button>
        </span>
      ) : (
        <button type="button" className="secondary-button import-alias-choose" onClick={() => inputRef.current?.click()} aria-describedby={hintId}>
          Choose a .tsv…
        </button>
      )}
      <input
        ref={inputRef}
        type="file"
        accept={ALIAS_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Choose an alias file"
        data-testid="import-alias-input"
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          if (file) setAliasFile(file);
          e.target.value = '';
        }}
      />
      <span id={hintId} className="field-hint" data-testid="import-alias-hint">
        {hint}
      </span>
    </div>
  );
}

/**
 * The Build button's words, saying what it builds from: "Build map from 3 files", "Build map from 1 file and the
 * pasted text", "Build map from the pasted text"; "Build map" with nothing chosen. `files`: how many files are
 * listed; `pasted`: whether the paste box holds text. (A tester's map quietly held files kept from a failed try.)
 */
export function buildButtonWords(files: number, pasted: boolean): string {
  const listed = files > 0 ? `${files} ${files === 1 ? 'file' : 'files'}` : '';
  const from = [listed, pasted ? 'the pasted text' : ''].filter(Boolean).join(' and ');
  return from ? `Build map from ${from}` : 'Build map';
}

/** What a paper list is, for a user who added something else: where it comes from and the formats read. */
const PAPER_LIST_IS = 'your papers exported from a reference manager or a database (Zotero, Scopus, Web of Science, OpenAlex…) as BibTeX, RIS, CSV or JSON';

/**
 * The files added that are no paper list (a picture, a PDF, a spreadsheet: `ImportState.refused`): not on the list,
 * and what to add instead. A picture cannot be fixed: the words say what to add, not to fix it. `touch`: a phone or
 * tablet, where files are chosen rather than dropped.
 */
function RefusedFiles({ refused, touch }: { refused: RefusedFile[]; touch: boolean }) {
  const dismiss = useImport((s) => s.dismissRefused);
  return (
    <div className="import-refused" role="status" data-testid="import-refused">
      <p>
        <RefusedNames refused={refused} after=": it is not on the list." afterSeveral=": they are not on the list." />
      </p>
      <p className="muted small">
        {touch ? 'Choose' : 'Drop'} a paper list instead: {PAPER_LIST_IS}.
      </p>
      <button type="button" className="icon-button small-icon" onClick={dismiss} aria-label="Close this note">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const files = useImport((s) => s.files);
  const kept = useImport((s) => s.kept);
  const refused = useImport((s) => s.refused);
  const pasted = useImport((s) => s.pasted);
  const name = useImport((s) => s.name);
  const { addFiles, removeFile, clearFiles, setPasted, setName, setOptions, build } = useImport.getState();
  const listId = useId();
  const [fields, setFields] = useState<OptionFields>(() => toFields(useImport.getState().options));
  const [dragging, setDragging] = useState(false);
  // a phone or tablet: files are chosen, not dropped (read once per opening of the dialog)
  const [touch] = useState(coarsePointer);
  const inputRef = useRef<HTMLInputElement>(null);
  const { options, problems } = parseFields(fields);
  const valid = Object.keys(problems).length === 0;
  const hasInput = files.length > 0 || pasted.trim() !== '';

  const changeFields = (next: OptionFields) => {
    setFields(next);
    const parsed = parseFields(next);
    if (Object.keys(parsed.problems).length === 0) setOptions(parsed.options);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid || !hasInput) return;
    setOptions(options);
    build();
  };
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    addFiles(Array.from(e.target.files ?? []));
    e.target.value = '';
  };
  const onZoneDrag = (e: DragEvent<HTMLDivElement>, inside: boolean) => {
    if (!Array.from(e.dataTransfer.types).includes('Files')) return;
    e.preventDefault();
    setDragging(inside);
  };
  const defaultName = files.length ? datasetNameOf(files.map((f) => f.name)) : pasted.trim() ? 'pasted text' : 'from the file names';
  const shownNames = distinctNames(files.map((f) => f.name));
  const keptCount = files.filter((f) => kept.includes(f)).length;

  return (
    <form className="import-form" onSubmit={submit}>
      <div className="import-scroll">
        <div
          className={`import-zone ${dragging ? 'is-dragging' : ''}`}
          data-testid="import-zone"
          onDragEnter={(e) => onZoneDrag(e, true)}
          onDragOver={(e) => onZoneDrag(e, true)}
          onDragLeave={(e) => onZoneDrag(e, false)}
          onDrop={() => setDragging(false)}
        >
          <div className="import-zone-icon">
            <UploadIcon size={26} />
          </div>
          {touch ? (
            // a finger drags nothing onto the page (a tester's phone said "Drop paper lists here")
            <p data-testid="import-zone-call">
              <button type="button" className="link-button" onClick={() => inputRef.current?.click()}>
                <strong>Choose paper lists</strong>
              </button>{' '}
              from this device
            </p>
          ) : (
            <p data-testid="import-zone-call">
              <strong>Drop paper lists here</strong> or{' '}
              <button type="button" className="link-button" onClick={() => inputRef.current?.click()}>
                choose files
              </button>
            </p>
          )}
          <p className="muted small">{formatList(' · ', ' · ')} — several files are merged, duplicates reported</p>
          <input ref={inputRef} type="file" multiple accept={ACCEPT} onChange={onPick} className="visually-hidden" data-testid="import-file-input" aria-label="Choose paper list files" tabIndex={-1} />
        </div>

        {refused.length > 0 && <RefusedFiles refused={refused} touch={touch} />}

        {files.length > 0 && (
          // the list says how many files the map is built from, and which stayed from a failed try (a tester closed
          // the dialog after an error, came back, added one file and got a map of three)
          <section className={`import-files-box ${keptCount > 0 ? 'has-kept' : ''}`} aria-labelledby={listId} data-testid="import-files">
            <div className="import-files-head">
              <span id={listId} className="import-files-title" data-testid="import-files-count">
                {files.length === 1 ? '1 file' : `${files.length} files`} to build the map from
              </span>
              <button type="button" className="text-button" onClick={clearFiles} data-testid="import-clear-files">
                Clear list
              </button>
            </div>
            {keptCount > 0 && (
              <p className="import-files-kept small" data-testid="import-files-kept">
                {keptCount === 1 ? '1 file stays' : `${keptCount} files stay`} on the list from the build that failed: {keptCount === 1 ? 'it is' : 'they are'} built again with any file you add. Remove {keptCount === 1 ? 'it' : 'them'} (×) or Clear list for a map without {keptCount === 1 ? 'it' : 'them'}.
              </p>
            )}
            <ul className="import-files" aria-labelledby={listId}>
              {files.map((f, i) => (
                <li key={`${f.name}:${f.size}:${f.lastModified}`} className={kept.includes(f) ? 'is-kept' : undefined}>
                  <span className="file-icon">
                    <FileIcon />
                  </span>
                  {/* two files of one name (two folders) are told apart as the build's notes name them: "same.bib (2)" */}
                  <span className="file-name" title={f.webkitRelativePath || shownNames[i]} data-testid="import-file-name">
                    {shownNames[i]}
                  </span>
                  {kept.includes(f) && (
                    <span className="file-kept-tag small" data-testid="import-file-kept">
                      from the last try
                    </span>
                  )}
                  <span className="muted small">{formatBytes(f.size)}</span>
                  <button type="button" className="icon-button small-icon" onClick={() => removeFile(i)} aria-label={`Remove ${shownNames[i]}`}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        <label className="import-paste">
          <span>Or paste a paper list</span>
          <textarea
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            rows={3}
            spellCheck={false}
            placeholder={'@inproceedings{key,\n  title = {…},\n  author = {Last, First and Last, First},\n  year = {2020} }'}
            data-testid="import-paste"
          />
        </label>

        <div className="import-row">
          <Field label="Dataset name" hint="Shown in the switcher.">
            {(id, d) => <input id={id} aria-describedby={d} value={name} onChange={(e) => setName(e.target.value)} placeholder={defaultName} />}
          </Field>
        </div>

        <AliasFileField hasPapers={hasInput} />

        <BuildOptionsFields fields={fields} setFields={changeFields} problems={problems} />

        <p className="import-privacy muted small">
          <LockIcon /> Your files stay on this device: the map is built in this tab and kept in this browser, with its paper lists (so merges and splits of names apply again after a reload), beside the maps imported before, until you remove it.
        </p>
      </div>

      <footer className="import-actions import-footer">
        <button type="button" className="secondary-button" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="primary-button" disabled={!hasInput || !valid} data-testid="import-build">
          {buildButtonWords(files.length, pasted.trim() !== '')}
        </button>
      </footer>
    </form>
  );
}

/**
 * The clock of the progress display, ticking once a second. Nothing in the display moves between two ticks or
 * progress messages (no spinning or sliding CSS animation): every animated frame is composited again, and on a
 * machine without GPU compositing those frames took more CPU than the build itself (30k .bib at load 8: the GPU
 * process's compositor thread 44 s against the two build threads' 18 s), slowing the build 2-3 times.
 */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function StageRow({ label, progress, now }: { label: string; progress: StageProgress; now: number }) {
  const state = progress.endedAt !== null ? 'done' : progress.startedAt !== null ? 'running' : 'pending';
  const shown = progress.fraction > 0 && progress.fraction < 1;
  return (
    <li className={`stage-row is-${state}`} data-stage-state={state}>
      <span className="stage-mark" aria-hidden="true">
        {state === 'done' ? '✓' : state === 'running' ? <span className="build-mark" /> : '•'}
      </span>
      <span className="stage-label">{label}</span>
      <span className="stage-time">
        {state === 'done' && formatMs(progress.endedAt! - progress.startedAt!)}
        {state === 'running' && formatMs(now - progress.startedAt!)}
      </span>
      <span className="stage-bar" aria-hidden="true">
        {state === 'running' && <span className={shown ? 'stage-fill' : 'stage-fill is-unknown'} style={shown ? { width: `${Math.round(progress.fraction * 100)}%` } : undefined} />}
        {state === 'done' && <span className="stage-fill" style={{ width: '100%' }} />}
      </span>
    </li>
  );
}

function BuildProgress() {
  const stages = useImport((s) => s.stages);
  const startedAt = useImport((s) => s.startedAt);
  const building = useImport((s) => s.building);
  const options = useImport((s) => s.options);
  const aliasFile = useImport((s) => s.aliasFile);
  const cancel = useImport((s) => s.cancel);
  const hide = useImport((s) => s.closeDialog);
  const now = useNow(true);
  const done = IMPORT_STAGES.filter(({ stage }) => stages[stage].endedAt !== null).length;
  return (
    <div className="import-progress" data-testid="import-progress">
      <p className="import-building-files">
        {building.map((f) => (
          <code key={f}>{f}</code>
        ))}
      </p>
      <div
        className="overall-bar"
        role="progressbar"
        aria-label="Build progress"
        aria-valuemin={0}
        aria-valuemax={IMPORT_STAGES.length}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${IMPORT_STAGES.length} steps done`}
      >
        <span style={{ width: `${(done / IMPORT_STAGES.length) * 100}%` }} />
      </div>
      <ol className="stage-list" aria-live="polite">
        {IMPORT_STAGES.map(({ stage, label }) => (
          <StageRow key={stage} label={label} progress={stages[stage]} now={now} />
        ))}
      </ol>
      <p className="muted small import-options-line">
        {optionsSummary(options)}
        {aliasFile && <> · aliases: {aliasFile.name}</>}
        {startedAt !== null && <> · {formatMs(now - startedAt)} so far</>}
      </p>
      <footer className="import-actions">
        <button type="button" className="text-button" onClick={hide}>
          Keep exploring meanwhile
        </button>
        <button type="button" className="secondary-button" onClick={cancel} data-testid="import-cancel">
          Cancel build
        </button>
      </footer>
    </div>
  );
}

/**
 * What the failure screen says of the `count` files that stopped a build and left the list, `whole` of them for a
 * problem of the whole file (no line: a picture, a PDF, an empty file), which no edit fixes: those are to be
 * replaced by a paper list; the others (a line named) fixed and added again. `touch`: files are chosen, not dropped.
 * Throws nothing.
 */
export function offTheList(count: number, whole: number, touch: boolean): string {
  const add = touch ? 'choose' : 'drop';
  const one = count === 1;
  const taken = one ? 'This file was taken off the list of files to build' : 'These files were taken off the list of files to build';
  if (whole === 0) return `${taken}: fix ${one ? 'it at the line named' : 'them at the lines named'} and ${add} ${one ? 'it' : 'them'} again, or choose ${one ? 'another file' : 'other files'}.`;
  const instead = `${add} a paper list instead: ${PAPER_LIST_IS}.`;
  if (whole === count) return `${taken}: ${one ? 'it is not a paper list' : 'they are not paper lists'}, so there is nothing to fix; ${instead}`;
  return `${taken}: fix the ${count - whole === 1 ? 'one' : 'ones'} with a line named and ${add} ${count - whole === 1 ? 'it' : 'them'} again; for the ${whole === 1 ? 'other' : 'others'}, ${instead}`;
}

function BuildFailure({ onClose }: { onClose: () => void }) {
  const problem = useImport((s) => s.problem)!;
  const backToForm = useImport((s) => s.backToForm);
  const others = useImport((s) => s.files.length);
  // files dropped with the lists that are no paper list: left out of the build, said here too
  const refused = useImport((s) => s.refused);
  const alone = problem.problem === ALIAS_FILE_ALONE;
  // (a finger chooses files, it drops none: the words say what it can do, as the form's)
  const [touch] = useState(coarsePointer);
  // several bad files: each with its line and problem, in one card (a tester heard of the first only)
  const all = problem.all && problem.all.length > 1 ? problem.all : null;
  // a problem of the whole file (no line: a picture, a PDF, an empty file) is not fixed by editing it: the words say
  // what to add instead (a tester's PNG was to be "fixed and dropped again")
  const whole = (all ?? [problem]).filter((p) => p.line === null).length;
  const count = all ? all.length : 1;
  return (
    <div className="import-failure" role="alert" data-testid="import-error">
      <div className="import-failure-card">
        <p className="import-failure-title">{all ? `The map could not be built: ${all.length} files cannot be read` : 'The map could not be built'}</p>
        {all ? (
          <ul className="import-failure-list">
            {all.map((p, k) => (
              <li key={`${p.file}:${k}`} data-testid="import-error-item">
                <p className="import-failure-where">
                  <code data-testid="import-error-file">{p.file}</code>
                  {p.line !== null && (
                    <>
                      , <span data-testid="import-error-line">line {p.line.toLocaleString('en')}</span>
                    </>
                  )}
                </p>
                <p className="import-failure-problem" data-testid="import-error-problem">
                  {p.problem}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <>
            {problem.file !== null && (
              <p className="import-failure-where">
                <code data-testid="import-error-file">{problem.file}</code>
                {problem.line !== null && (
                  <>
                    , <span data-testid="import-error-line">line {problem.line.toLocaleString('en')}</span>
                  </>
                )}
              </p>
            )}
            <p className="import-failure-problem" data-testid="import-error-problem">
              {problem.problem}
            </p>
          </>
        )}
      </div>
      {refused.length > 0 && <RefusedFiles refused={refused} touch={touch} />}
      <p className="muted small">
        {problem.file === PASTED_NAME
          ? `The pasted text is kept: fix it and build again, or ${touch ? 'choose' : 'drop'} a file instead.`
          : alone
            ? 'It is kept as the Alias file: add the paper lists and build again.'
            : problem.file !== null
            ? `${offTheList(count, whole, touch)}${others > 0 ? ` The other ${others === 1 ? 'file stays' : `${others} files stay`} on the list.` : ''}`
            : 'Try again; if it happens again, reload the page.'}{' '}
        Nothing was saved.
      </p>
      <footer className="import-actions">
        <button type="button" className="secondary-button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="primary-button" onClick={backToForm} autoFocus>
          {problem.file === PASTED_NAME ? 'Edit the text' : alone ? 'Add the paper lists' : problem.file !== null && whole === count ? 'Choose a paper list' : 'Choose files again'}
        </button>
      </footer>
    </div>
  );
}

export function ImportDialog() {
  const open = useImport((s) => s.dialogOpen);
  const status = useImport((s) => s.status);
  const closeDialog = useImport((s) => s.closeDialog);
  const title = status === 'building' ? 'Building the map' : status === 'failed' ? 'Import failed' : 'Import a paper list';
  // Escape hides the dialog; a running build goes on (only its Cancel button stops it)
  return (
    <Dialog open={open} onClose={closeDialog} title={title} closeLabel={status === 'building' ? null : 'Close import'} testId="import-dialog" data={{ 'data-status': status }}>
      {status === 'idle' && <ImportForm onClose={closeDialog} />}
      {status === 'building' && <BuildProgress />}
      {status === 'failed' && <BuildFailure onClose={closeDialog} />}
    </Dialog>
  );
}
