/**
 * The import's state: the dialog and what is in it, the running build and its progress per stage,
 * the imported datasets this browser keeps, and whether the build report is showing.
 * Kept apart from the explorer's store; it talks to it only to open a dataset.
 */
import { create } from 'zustand';
import { DEFAULT_BUILD_OPTIONS, type BuildOptions } from '../../../core/bundle/types';
import { rememberSources, type DatasetSources } from '../../data/dataset-sources';
import { differentPeopleOf } from '../../../core/names/aliases';
import { distinctNames } from '../../../core/bundle/distinct-names';
import { aliasFileKind } from '../../../core/ingest/alias-sniff';
import { BINARY_SIGNATURE_BYTES, binaryKindOfBytes } from '../../../core/ingest/binary-kind';
import { useAtlas } from '../../store';
import { startBuild, type BuildHandle } from './build-client';
import { ALIAS_FILE_ALONE, IMPORT_STAGES, newImportId, type BuildDone, type BuildJob, type BuildProblem, type ImportSource, type ImportStage, type ImportedMeta } from './build-protocol';
import { listImported, removeImported } from './datasets-db';
import { announceKeptChanged, forgetUnsaved, onKeptChanged, rememberRemoved, rememberUnsaved } from './kept-sync';
import { openBuilt, openFirstBuiltin, rememberReport, whenShown } from './open-imported';

export interface StageProgress {
  fraction: number;
  startedAt: number | null;
  endedAt: number | null;
}

export type BuildStatus = 'idle' | 'building' | 'failed';

/** A file added to the import that is no paper list (`ImportState.refused`): its name and what it is ("a PNG image"). */
export interface RefusedFile {
  name: string;
  what: string;
}

/** What to say after an import: the counts, and where the report is. */
export interface ImportNotice {
  meta: ImportedMeta;
  saveProblem: string | null;
  /** Saved without its paper lists, and why (`SaveOutcome.sourcesProblem`); absent or null: kept with them. */
  sourcesProblem?: string | null;
  /** Shown before it is saved: still being saved in this browser. */
  saving: boolean;
  /**
   * Built while the user explored (dialog hidden, and another dataset opened meanwhile or a card open): offered
   * with an Open button instead of replacing the map and card the user is reading.
   */
  offer?: boolean;
  /**
   * Files dropped with the paper lists that are no paper list (a picture, a PDF, a spreadsheet: `RefusedFile`): left
   * out of the build, said in the notice (it stays until dismissed); absent or empty: none.
   */
  refused?: RefusedFile[];
}

export interface ImportState {
  dialogOpen: boolean;
  files: File[];
  /**
   * The files of `files` that stayed on the list after a build that failed (the bad ones left it): the dialog marks
   * them, so a user who closes it and comes back sees they are built again with what they add (a tester's next map
   * quietly held the earlier files). Emptied by a build's start and by Clear list.
   */
  kept: File[];
  /**
   * Files added that are no paper list (a picture, a PDF, a spreadsheet: `binaryKindOfBytes`), kept off the list, each
   * with what it is ("a PNG image"): the dialog says so and what to add instead (a tester's PNG sat on the list until
   * Build, which then said "fix it and drop it again"). Replaced by each addition; emptied by a build and Clear list.
   */
  refused: RefusedFile[];
  /** The Alias file option (as the CLI's --aliases): chosen, or a file added to the list that is an alias file. */
  aliasFile: File | null;
  /** Why a file added to the list became the alias file (shown under the option); null: nothing to say. */
  aliasMessage: string | null;
  pasted: string;
  name: string;
  options: BuildOptions;
  status: BuildStatus;
  /** The stages of the running (or last) build. */
  stages: Record<ImportStage, StageProgress>;
  startedAt: number | null;
  /** The files the running build reads (for the progress display). */
  building: string[];
  problem: BuildProblem | null;
  imported: ImportedMeta[];
  /** The last import's summary, shown until dismissed. */
  notice: ImportNotice | null;
  reportOpen: boolean;

  openDialog(): void;
  closeDialog(): void;
  addFiles(files: File[]): void;
  removeFile(index: number): void;
  /** Empty the file list (Clear list). */
  clearFiles(): void;
  /** Forget the files refused (`refused`): the dialog's note about them is closed. */
  dismissRefused(): void;
  /** Set (or clear, null) the Alias file option; `message` says why when it was not chosen as such. */
  setAliasFile(file: File | null, message?: string | null): void;
  setPasted(text: string): void;
  setName(name: string): void;
  setOptions(options: Partial<BuildOptions>): void;
  /** Build from what the dialog holds. */
  build(): void;
  /**
   * Drop anywhere: build these files at once with the current options. Those that are no paper list (a picture, a
   * PDF, a spreadsheet: `notPaperList`) are refused (`refused`, then the notice's) and the others build; when none is
   * left, the dialog opens with the refused ones said.
   */
  buildFiles(files: File[]): void;
  /** Works fetched from OpenAlex (features/openalex): build them like an import, with what was fetched. */
  buildFetched(sources: ImportSource[], name: string, extra: Pick<BuildJob, 'focalAuthor' | 'fetched'>): void;
  cancel(): void;
  /** Back from an error to the form, files kept. */
  backToForm(): void;
  refreshImported(): Promise<void>;
  remove(id: string): Promise<void>;
  dismissNotice(): void;
  /** Open the import the notice offers (`notice.offer`). */
  openOffered(): Promise<void>;
  setReportOpen(open: boolean): void;
}

/**
 * The sources a build read as paper lists (an alias file found among them left out) and the alias file it applied:
 * what a rebuild with the review list's lines starts from.
 */
function sourcesBehind(result: BuildDone, sources: readonly ImportSource[]): DatasetSources {
  return { inputs: sources.filter((_, k) => k !== result.aliasFoundAt), aliases: result.aliases };
}

/**
 * The map `result` built is open: its sources are kept for a rebuild, and the pairs its alias file says are
 * different people (`# different people` lines, written by Who is who's download) become the review list's
 * "Different people" verdicts, so a pair rejected before the download is not offered again as undecided.
 */
function openedBuilt(result: BuildDone, sources: readonly ImportSource[]): void {
  const shown = useAtlas.getState().dataset;
  if (shown?.id !== result.meta.id) return;
  rememberSources(shown, sourcesBehind(result, sources));
  const different = result.aliases ? differentPeopleOf(result.aliases.text) : [];
  // (the review list's store is a chunk of its own, loaded once the map is shown: only when there is something to take up)
  if (different.length > 0) void import('../whoiswho/store').then((m) => m.takeUpDifferentPeople(different));
}

/**
 * What `file` is when it is no paper list, told by its first bytes (`binaryKindOfBytes`: "a PNG image", "a PDF
 * document"), or null (a text file, or one whose start cannot be read: the build says what is wrong with it).
 */
async function notPaperList(file: File): Promise<string | null> {
  try {
    return binaryKindOfBytes(new Uint8Array(await file.slice(0, BINARY_SIGNATURE_BYTES).arrayBuffer()));
  } catch {
    return null;
  }
}

/**
 * The files added last being looked at (`notPaperList`): a build waits for it, so a file that is no paper list never
 * reaches the build even when Build is pressed right after it was added.
 */
let checking: Promise<unknown> = Promise.resolve();

/** Bytes of a file's start read to tell an alias file from a paper list in the dialog. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether `file` reads as an alias file by its start (`aliasFileKind`; a gzip file or one that cannot be read is
 * not). The build worker decides again on the whole file (`separateAliasFile`).
 */
async function looksLikeAliasFile(file: File): Promise<boolean> {
  if (/\.gz$/i.test(file.name)) return false;
  try {
    const text = await file.slice(0, SNIFF_BYTES).text();
    if (text.includes('\u0000')) return false;
    const kind = aliasFileKind(file.size > SNIFF_BYTES ? text.slice(0, text.lastIndexOf('\n') + 1) : text);
    return kind === 'header' || (kind === 'lines' && /\.(tsv|txt|csv)$/i.test(file.name) && file.size <= 4 * SNIFF_BYTES);
  } catch {
    return false;
  }
}

const freshStages = (): Record<ImportStage, StageProgress> =>
  Object.fromEntries(IMPORT_STAGES.map(({ stage }) => [stage, { fraction: 0, startedAt: null, endedAt: null }])) as Record<
    ImportStage,
    StageProgress
  >;

let running: { handle: BuildHandle; id: string } | null = null;
/** The finished import the notice offers, with the lists it was built from. */
let offered: { result: BuildDone; sources: ImportSource[] } | null = null;

/** How long the worker waits for the imported map to be drawn before it saves it anyway, ms. */
const SAVE_AFTER_MS = 10_000;

export const PASTED_NAME = 'pasted text';

export const useImport = create<ImportState>()((set, get) => {
  /**
   * Builds `sources` (named `name`, null: from the files); `refused`: files left out as no paper list, said in the
   * dialog while it builds or failed, and in the notice after.
   */
  function run(sources: ImportSource[], name: string | null, extra: Pick<BuildJob, 'focalAuthor' | 'fetched' | 'aliasFile'> = {}, refused: RefusedFile[] = []): void {
    if (get().status === 'building' || sources.length === 0) return;
    const { options } = get();
    const id = newImportId();
    const t0 = performance.now();
    // the map on screen when the build started: a user who opens another one meanwhile is not pulled away from it
    const shownAtStart = useAtlas.getState().dataset?.id ?? null;
    set({
      dialogOpen: true,
      status: 'building',
      stages: freshStages(),
      startedAt: t0,
      building: distinctNames(sources.map((s) => (s.kind === 'file' ? s.file.name : s.name))),
      problem: null,
      kept: [],
      refused,
      notice: null,
    });
    const handle = startBuild(
      {
        id,
        name,
        takenNames: [...useAtlas.getState().datasets.map((d) => d.name), ...get().imported.map((m) => m.name)],
        builtinNames: useAtlas.getState().datasets.map((d) => d.name),
        sources,
        options,
        aliases: null,
        save: true,
        ...extra,
      },
      {
        onProgress(stage, fraction) {
          const now = performance.now();
          const stages = { ...get().stages };
          // a stage's start ends the ones before it that did not say so
          const k = IMPORT_STAGES.findIndex((s) => s.stage === stage);
          for (const { stage: before } of IMPORT_STAGES.slice(0, k)) {
            const p = stages[before];
            if (p.endedAt === null) stages[before] = { fraction: 1, startedAt: p.startedAt ?? now, endedAt: now };
          }
          const prev = stages[stage];
          stages[stage] = { fraction, startedAt: prev.startedAt ?? now, endedAt: fraction >= 1 ? now : null };
          set({ stages });
        },
        onDone(result) {
          running = null;
          // the dialog hidden ("Keep exploring meanwhile") and the user on another map or reading a card: offered
          const { dataset: shownNow, selection } = useAtlas.getState();
          const offer = !get().dialogOpen && shownNow !== null && (shownNow.id !== shownAtStart || selection !== null);
          set({ status: 'idle', dialogOpen: false, files: [], kept: [], refused: [], aliasFile: null, aliasMessage: null, pasted: '', name: '', notice: { meta: result.meta, saveProblem: null, saving: true, offer, refused } });
          rememberReport(result.meta.id, result.report);
          // shown now, saved meanwhile: a reload before the save ends finds it unsaved, and says why
          rememberUnsaved(result.meta.id, result.meta.name, 'the page was left while it was being saved');
          void result.saved.then(({ saveProblem, sourcesProblem }) => {
            if (saveProblem) rememberUnsaved(result.meta.id, result.meta.name, saveProblem);
            else {
              forgetUnsaved(result.meta.id);
              announceKeptChanged();
            }
            const { notice } = get();
            if (notice?.meta.id === result.meta.id) set({ notice: { ...notice, saveProblem, sourcesProblem, saving: false } });
            void get().refreshImported();
          });
          if (offer) {
            // saved at once (nothing to draw first); opened when the user asks, from the notice
            offered = { result, sources: [...sources] };
            return undefined;
          }
          offered = null;
          // the lists stay at hand for this session, so review decisions can be applied at once
          const opened = openBuilt(result).then(() => openedBuilt(result, sources));
          // the worker saves once the map is drawn (at most 10 s from now): saving would slow the opening down
          return opened.then(() => whenShown(result.meta.id, SAVE_AFTER_MS), () => undefined);
        },
        onFailed(problem) {
          running = null;
          // the file that failed leaves the dialog's list ("fix it and drop it again"): kept, every later build of
          // the list failed on it again (tester, 1 Dec); the others stay (those dropped on the page too)
          // files dropped on the page were built without going through the list: they join it now, so a good
          // file dropped with a bad one is not lost with it (a tester: the list was empty after the failure)
          const listed = get().files;
          const aliasFile = extra.aliasFile?.kind === 'file' ? extra.aliasFile.file : null;
          const dropped = sources.flatMap((s) => (s.kind === 'file' && !listed.includes(s.file) && s.file !== aliasFile ? [s.file] : []));
          const all = [...listed, ...dropped];
          const shown = distinctNames(all.map((f) => f.name));
          // every file that stopped the build leaves the list (a tester: the second bad one stayed, and failed the next build)
          const bad = new Set((problem.all ?? (problem.file === null ? [] : [{ file: problem.file }])).map((p) => p.file));
          const files = all.filter((_, i) => !bad.has(shown[i]!));
          // an alias file dropped without its paper lists waits in the Alias file option for them
          const alone = problem.problem === ALIAS_FILE_ALONE ? sources.find((s) => s.kind === 'file' && s.file.name === problem.file) : undefined;
          const aliasOff = get().aliasFile !== null && bad.has(get().aliasFile!.name);
          set({
            status: 'failed',
            problem,
            dialogOpen: true,
            files,
            kept: files,
            ...(alone?.kind === 'file'
              ? { aliasFile: alone.file, aliasMessage: `${alone.file.name} is an alias file: add the paper lists it belongs to` }
              : aliasOff
                ? { aliasFile: null, aliasMessage: null }
                : {}),
          });
        },
      },
    );
    running = { handle, id };
  }

  return {
    dialogOpen: false,
    files: [],
    kept: [],
    refused: [],
    aliasFile: null,
    aliasMessage: null,
    pasted: '',
    name: '',
    options: { ...DEFAULT_BUILD_OPTIONS },
    status: 'idle',
    stages: freshStages(),
    startedAt: null,
    building: [],
    problem: null,
    imported: [],
    notice: null,
    reportOpen: false,

    openDialog: () => set({ dialogOpen: true, reportOpen: false }),
    closeDialog: () => {
      // a running build goes on behind the page; the Import button shows it and opens the dialog again
      if (get().status === 'building') return set({ dialogOpen: false });
      set({ dialogOpen: false, status: 'idle', problem: null });
    },
    addFiles: (files) => {
      const known = new Set(get().files.map((f) => `${f.name}:${f.size}:${f.lastModified}`));
      const fresh = files.filter((f) => !known.has(`${f.name}:${f.size}:${f.lastModified}`));
      set({ files: [...get().files, ...fresh], refused: [] });
      // a picture, a PDF, a spreadsheet leaves the list at once, said with what to add instead (ImportDialog)
      const looked = Promise.all(fresh.map(async (f) => ({ file: f, what: await notPaperList(f) }))).then((found) => {
        const out = found.filter((f): f is { file: File; what: string } => f.what !== null);
        if (out.length === 0) return;
        const gone = new Set(out.map((o) => o.file));
        set({ files: get().files.filter((f) => !gone.has(f)), kept: get().kept.filter((f) => !gone.has(f)), refused: out.map((o) => ({ name: o.file.name, what: o.what })) });
      });
      checking = Promise.all([checking, looked]);
      // an alias file among them (the who-is-who download) goes to the Alias file option, and the dialog says so
      void Promise.all(fresh.map(async (f) => ((await looksLikeAliasFile(f)) ? f : null))).then((found) => {
        const aliases = found.filter((f): f is File => f !== null);
        if (aliases.length === 0) return;
        // (one removed from the list meanwhile stays out)
        const moved = aliases.filter((f) => get().files.includes(f));
        if (moved.length === 0) return;
        const files = get().files.filter((f) => !moved.includes(f));
        const chosen = moved[moved.length - 1]!;
        const before = get().aliasFile;
        const replaced = before && before !== chosen ? ` (instead of ${before.name})` : '';
        const others = moved.length > 1 ? `; ${moved.slice(0, -1).map((f) => f.name).join(', ')} left out: a build takes one alias file` : '';
        set({ files, aliasFile: chosen, aliasMessage: `${chosen.name} is an alias file: the build applies it to the names${replaced}${others}` });
      });
    },
    removeFile: (index) => {
      const gone = get().files[index];
      set({ files: get().files.filter((_, i) => i !== index), kept: get().kept.filter((f) => f !== gone) });
    },
    clearFiles: () => set({ files: [], kept: [], refused: [] }),
    dismissRefused: () => set({ refused: [] }),
    setAliasFile: (aliasFile, message = null) => set({ aliasFile, aliasMessage: message }),
    setPasted: (pasted) => set({ pasted }),
    setName: (name) => set({ name }),
    setOptions: (options) => set({ options: { ...get().options, ...options } }),
    build: () => {
      // (after the files added last are looked at: one that is no paper list has left the list by then)
      void checking.then(() => {
        const { files, pasted } = get();
        const sources: ImportSource[] = files.map((file) => ({ kind: 'file', file }));
        if (pasted.trim() !== '') sources.push({ kind: 'text', name: PASTED_NAME, text: pasted });
        const { aliasFile } = get();
        run(sources, get().name.trim() || null, aliasFile ? { aliasFile: { kind: 'file', file: aliasFile } } : {});
      });
    },
    buildFiles: (files) => {
      // a picture, a PDF, a spreadsheet dropped with paper lists is refused as one chosen is, and the paper lists build
      // (a tester's PNG dropped with two good files failed the build: the good files' map was lost with it)
      void Promise.all(files.map(async (file) => ({ file, what: await notPaperList(file) }))).then((found) => {
        const refused = found.flatMap(({ file, what }) => (what === null ? [] : [{ name: file.name, what }]));
        const lists = found.flatMap(({ file, what }) => (what === null ? [file] : []));
        if (get().status === 'building') return;
        if (lists.length === 0) {
          // nothing to build: the dialog says what they are and what to add instead, as when they are chosen
          set({ dialogOpen: true, reportOpen: false, status: 'idle', problem: null, refused });
          return;
        }
        // the dialog's Alias file option, when one is set, is one of the current options
        const { aliasFile } = get();
        run(lists.map((file) => ({ kind: 'file', file })), null, aliasFile ? { aliasFile: { kind: 'file', file: aliasFile } } : {}, refused);
      });
    },
    buildFetched: (sources, name, extra) => run(sources, name, extra),
    cancel: () => {
      if (running) {
        running.handle.cancel();
        // the worker may have saved the dataset just before it was stopped: a cancelled import leaves nothing
        void removeImported(running.id).catch(() => undefined);
      }
      running = null;
      set({ status: 'idle', stages: freshStages(), startedAt: null, problem: null });
    },
    backToForm: () => set({ status: 'idle', problem: null }),
    refreshImported: async () => {
      try {
        set({ imported: await listImported() });
      } catch {
        // no IndexedDB here (e.g. some private windows): nothing was saved, nothing to list
        set({ imported: [] });
      }
    },
    remove: async (id) => {
      await removeImported(id);
      rememberRemoved(id, get().imported.find((m) => m.id === id)?.name ?? id);
      announceKeptChanged();
      await get().refreshImported();
      if (get().notice?.meta.id === id) get().dismissNotice();
      if (useAtlas.getState().dataset?.id === id) await openFirstBuiltin();
    },
    dismissNotice: () => {
      offered = null;
      set({ notice: null });
    },
    openOffered: async () => {
      const pending = offered;
      const { notice } = get();
      if (!pending || !notice?.offer) return;
      offered = null;
      set({ notice: { ...notice, offer: false } });
      await openBuilt(pending.result);
      openedBuilt(pending.result, pending.sources);
    },
    setReportOpen: (reportOpen) => set({ reportOpen }),
  };
});

// another tab saved or removed a dataset: this tab's switcher follows
onKeptChanged(() => void useImport.getState().refreshImported());
