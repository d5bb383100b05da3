/**
 * Apply alias lines at once in the browser: rebuild the dataset from its paper lists with the alias
 * file (in the import's build worker, with progress; not saved) and open the result in place of the current one.
 * The paper lists come from the dataset index (`inputs`, served with the app) or, for a dataset built
 * in memory from a dropped file, from what its host remembered with `rememberSources`.
 */
import type { InputFile } from '../../core/ingest/types';
import type { Stage } from '../../core/pipeline';
import { prepareDataset, type Dataset } from '../data/dataset';
import type { DatasetEntry } from '../data/load-bundle';
import { appUrl } from '../env';
import { useAtlas } from '../store';
import { startBuild } from '../import/build-client';
import type { WorkerMessage } from '../import/build-protocol';
import { combinedAliasFile } from './alias-file';
import { sigmaOnScreen } from './sigma-handle';
import { useInsights } from './store';

export interface DatasetSources {
  inputs: InputFile[];
  /** The alias file the dataset was first built with (kept when rebuilding). */
  aliases: InputFile | null;
}

const remembered = new WeakMap<Dataset, DatasetSources | Promise<DatasetSources>>();
const readers = new WeakMap<Dataset, () => Promise<DatasetSources>>();

/**
 * For a dataset built in memory: the files it came from (or how to read them when needed), so it can
 * be rebuilt with aliases.
 */
export function rememberSources(dataset: Dataset, sources: DatasetSources | (() => Promise<DatasetSources>)): void {
  if (typeof sources === 'function') readers.set(dataset, sources);
  else remembered.set(dataset, sources);
}

/** A dropped or pasted paper list, read when a rebuild needs it. */
export function readSources(sources: readonly ({ kind: 'file'; file: File } | { kind: 'text'; name: string; text: string })[]) {
  return async (): Promise<DatasetSources> => ({
    inputs: await Promise.all(sources.map(async (s) => (s.kind === 'file' ? { name: s.file.name, text: await s.file.text() } : { name: s.name, text: s.text }))),
    aliases: null,
  });
}

function entryOf(dataset: Dataset, entries: DatasetEntry[]): DatasetEntry | undefined {
  return dataset.id === null ? undefined : entries.find((e) => e.id === dataset.id && e.inputs);
}

/** Whether the paper lists behind `dataset` are at hand (else only the alias file can be downloaded). */
export function canRebuild(dataset: Dataset, entries: DatasetEntry[]): boolean {
  return remembered.has(dataset) || readers.has(dataset) || entryOf(dataset, entries) !== undefined;
}

async function fetchText(path: string): Promise<InputFile> {
  const res = await fetch(appUrl(path));
  if (!res.ok) throw new Error(`${path} could not be read (HTTP ${res.status})`);
  return { name: path, text: await res.text() };
}

async function sourcesOf(dataset: Dataset, entries: DatasetEntry[]): Promise<DatasetSources> {
  const known = remembered.get(dataset);
  if (known) return known;
  const read = readers.get(dataset);
  if (read) {
    const pending = read();
    remembered.set(dataset, pending);
    pending.catch(() => remembered.delete(dataset));
    return pending;
  }
  const entry = entryOf(dataset, entries);
  if (!entry?.inputs) throw new Error('the paper lists this dataset was built from are not available in the browser');
  const pending = Promise.all([Promise.all(entry.inputs.map(fetchText)), entry.aliases ? fetchText(entry.aliases) : null]).then(
    ([inputs, aliases]) => ({ inputs, aliases }),
  );
  remembered.set(dataset, pending);
  pending.catch(() => remembered.delete(dataset));
  return pending;
}

const STAGE_LABELS: Record<Stage, string> = {
  ingest: 'Reading the paper list',
  names: 'Resolving names with the aliases',
  graph: 'Linking co-authors',
  communities: 'Finding communities',
  labels: 'Labelling communities',
  layout: 'Laying out the graph',
  bundle: 'Packing the dataset',
};

const STAGE_ORDER = Object.keys(STAGE_LABELS) as Stage[];

/** Build in the import's worker (the same pipeline as the CLI), without saving the result in the browser. */
function runBuild(dataset: Dataset, sources: DatasetSources, aliasText: string, onProgress: (stage: Stage, fraction: number) => void) {
  const { bundle } = dataset;
  return new Promise<Extract<WorkerMessage, { type: 'done' }>>((resolve, reject) => {
    startBuild(
      {
        id: `rebuild-${dataset.id ?? 'dataset'}`,
        name: bundle.name,
        sources: sources.inputs.map((f) => ({ kind: 'text' as const, name: f.name, text: f.text })),
        options: bundle.options,
        aliases: { name: 'aliases.tsv (review list)', text: aliasText },
        save: false,
      },
      {
        onProgress: (stage, fraction) => {
          if (stage !== 'read' && stage !== 'save') onProgress(stage, fraction);
        },
        onDone: resolve,
        onFailed: (problem) =>
          reject(new Error(problem.file ? `${problem.file}${problem.line ? `, line ${problem.line}` : ''}: ${problem.problem}` : problem.problem)),
      },
    );
  });
}

/** Resolves once the canvas draws another graph than `old` (or after about a second). */
function graphReplaced(old: unknown): Promise<void> {
  return new Promise((resolve) => {
    let frames = 0;
    const check = () => {
      const sigma = sigmaOnScreen();
      if ((sigma && sigma.getGraph() !== old) || ++frames > 60) requestAnimationFrame(() => resolve());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Rebuild the current dataset with every accepted alias line and show it; `focusName` (a person's
 * display name or spelling) is selected afterwards when found.
 */
export async function applyAliasLines(focusName: string | null = null): Promise<void> {
  const { dataset, datasets, view } = useAtlas.getState();
  const insights = useInsights.getState();
  if (!dataset || insights.rebuild.status === 'running') return;
  const lines = insights.aliasLines;
  insights.setRebuild({ status: 'running', label: 'Reading the paper list', fraction: 0 });
  try {
    const sources = await sourcesOf(dataset, datasets);
    const result = await runBuild(dataset, sources, combinedAliasFile(lines, sources.aliases), (stage, fraction) =>
      useInsights.getState().setRebuild({ status: 'running', label: STAGE_LABELS[stage], fraction: (STAGE_ORDER.indexOf(stage) + fraction) / STAGE_ORDER.length }),
    );
    const abstracts = result.abstracts ?? result.bundle.papers.title.map(() => null);
    const next = prepareDataset(result.bundle, () => Promise.resolve(abstracts), dataset.id);
    remembered.set(next, sources);
    const names = result.bundle.authors;
    const found = focusName === null ? -1 : names.name.findIndex((n, i) => n === focusName || names.aliases[i].includes(focusName));
    // the whole rebuilt graph in view; the person the user was looking at opens again once it is drawn
    const drawn = sigmaOnScreen()?.getGraph();
    useAtlas.getState().openDataset(next, { selection: null, view });
    if (found >= 0) {
      await graphReplaced(drawn);
      if (useAtlas.getState().dataset === next) useAtlas.getState().select({ kind: 'author', index: found }, { moveCamera: false, origin: 'load' });
    }
    useInsights.getState().markApplied(lines.length);
    useInsights.getState().setRebuild({ status: 'idle' });
  } catch (err) {
    useInsights.getState().setRebuild({ status: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
