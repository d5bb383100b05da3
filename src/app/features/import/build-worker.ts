/**
 * The build, off the main thread: reads the chosen files, runs the same pipeline as the CLI, saves the
 * result in IndexedDB and sends the bundle back (called through comlink: build-client.ts); a large input's
 * labels, one Leiden start and part of the layout run on a second thread (build-threads.ts, build-helper.ts), as
 * in the CLI. The page
 * cancels a build by terminating this worker.
 * Everything heavy (the BibTeX parser, Leiden communities, the layout) lives in this worker's bundle, not the page's.
 */
/// <reference lib="webworker" />
import { duplicatePapers, splitCounts, spellingMerges } from '../../../core/bundle/report-words';
import { IngestError, IngestErrors, ingestErrorOf } from '../../../core/ingest/errors';
import { readInput } from '../../../core/ingest/index';
import { decodeInputFile } from '../../../core/ingest/decode-input';
import { distinctNames, freeName } from '../../../core/bundle/distinct-names';
import type { InputFile } from '../../../core/ingest/types';
import { buildDatasetAsync, type BuildRequest, type BuildResult } from '../../../core/pipeline';
import { expose, releaseProxy, transfer, wrap } from 'comlink';
import { FIRST_SKIPPED_SHOWN, type BuildEvents, type BuildJob, type BuildProblem, type BuildReply, type ImportedMeta, type ImportSource } from './build-protocol';
import { separateAliasFile } from './alias-inputs';
import { startBuildHelper, HELPER_FROM_CHARS, readAhead, type BuildHelper } from './build-threads';
import { bundleShell, columnSlices, COLUMN_SLICE, sliceTransfer } from '../../data/column-slices';
import { describeStorageError, saveImported, saveKeptMap, type KeptSource, type KeptSources } from './datasets-db';
import { packJson } from './kept-maps';

const SAVE_TIMEOUT_MS = 60_000;
/** How long the worker's start waits for its helper's code, ms. */
const HELPER_LOAD_MS = 20_000;
/** Least time between two progress messages within a stage, ms. */
const PROGRESS_MS = 250;

function problemOf(err: unknown): BuildProblem {
  // a problem of the whole file (empty, binary: line 0) has no line to say
  const lineOf = (e: IngestError) => (e.line > 0 ? e.line : null);
  if (err instanceof IngestErrors) return { file: err.file, line: lineOf(err), problem: err.problem, all: err.all.map((e) => ({ file: e.file, line: lineOf(e), problem: e.problem })) };
  if (err instanceof IngestError) return { file: err.file, line: lineOf(err), problem: err.problem };
  if (err instanceof RangeError && /allocation|memory|size/i.test(err.message)) {
    return { file: null, line: null, problem: `the browser ran out of memory for this build (${err.message})` };
  }
  return { file: null, line: null, problem: err instanceof Error ? err.message : String(err) };
}

/** One source's text: a chosen file or fetched bytes decoded as the CLI decodes a file, pasted text as it is. */
async function readSource(source: ImportSource, name: string): Promise<InputFile> {
  if (source.kind === 'file') {
    let bytes: ArrayBuffer;
    try {
      bytes = await source.file.arrayBuffer();
    } catch (err) {
      throw new IngestError(name, 1, `could not be read (${err instanceof Error ? err.message : String(err)})`);
    }
    // gzip, byte-order marks and the Windows-1252 fallback (with its note) as in the CLI
    return decodeInputFile(new Uint8Array(bytes), name);
  }
  // fetched from the app (a rebuild of a served dataset): decoded the same way
  if (source.kind === 'bytes') return decodeInputFile(new Uint8Array(source.bytes), name);
  return { name, text: source.text };
}

/**
 * Every source of `job` decoded (`readSource`). Throws IngestError when one cannot be read or decoded, and then
 * `IngestErrors` naming every bad file when several are (the others are read with their reader to find theirs).
 */
async function readSources(job: BuildJob, progress: BuildEvents['progress']): Promise<InputFile[]> {
  progress('read', 0);
  // two files of one name (from two folders) are told apart in notes and errors: "same.bib", "same.bib (2)"
  const names = distinctNames(job.sources.map(sourceName));
  const inputs: InputFile[] = [];
  const problems: IngestError[] = [];
  for (const [k, source] of job.sources.entries()) {
    try {
      inputs.push(await readSource(source, names[k]!));
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      problems.push(err);
    }
    progress('read', (k + 1) / job.sources.length);
  }
  if (problems.length > 0) {
    // a file that cannot be decoded stops the build: the others are read too, so every bad file is said at once
    for (const input of inputs) {
      try {
        readInput(input);
      } catch (err) {
        if (!(err instanceof IngestError)) throw err;
        problems.push(err);
      }
    }
    const order = new Map(names.map((n, k) => [n, k]));
    problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    throw ingestErrorOf(problems)!;
  }
  return inputs;
}

/** The name a source goes by before it is told apart from others (`distinctNames`). */
const sourceName = (s: ImportSource): string => (s.kind === 'file' ? s.file.name : s.name);

function metaOf(job: BuildJob, result: BuildResult, buildMs: number): ImportedMeta {
  const { bundle, report } = result;
  return {
    id: job.id,
    name: bundle.name,
    createdAt: Date.now(),
    inputs: report.inputs,
    options: report.options,
    stats: bundle.stats,
    merged: report.merged.filter((m) => !m.split).length,
    duplicatePapers: duplicatePapers(report.merged),
    spellingMerges: spellingMerges(report.merged),
    ...(splitCounts(report.merged).names ? { split: splitCounts(report.merged) } : {}),
    skipped: report.skipped.length,
    ...(report.skipped.length ? { firstSkipped: report.skipped.slice(0, FIRST_SKIPPED_SHOWN).map(({ file, line, reason }) => ({ file, line, reason })) } : {}),
    notes: report.notes.length,
    buildMs: Math.round(buildMs),
    ...(report.fetched
      ? { fetched: { spec: report.fetched.spec, query: report.fetched.query, description: report.fetched.description, fetchedAt: report.fetched.fetchedAt, works: report.fetched.works, base: report.fetched.base } }
      : {}),
  };
}

/** From this size a paper list is kept gzip-compressed (bytes; a 33 MB BibTeX file keeps about a fifth of it). */
const GZIP_FROM_BYTES = 256 * 1024;

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** `bytes` gzip-compressed with the browser's CompressionStream, or null where it has none or it fails. */
async function gzipped(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer | null> {
  if (typeof CompressionStream !== 'function') return null;
  try {
    return await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  } catch {
    return null;
  }
}

/**
 * What is kept with an import so that it can be rebuilt after a reload: its paper lists (the sources but the one
 * found to be the alias file, `foundAt`), each as its bytes (gzip-compressed when large: `GZIP_FROM_BYTES`) or
 * pasted text, and the alias file the build applied. Throws what reading a chosen file throws (it was read once).
 */
async function keptSourcesOf(job: BuildJob, names: string[], foundAt: number | null, aliases: { name: string; text: string } | null): Promise<KeptSources> {
  const inputs: KeptSource[] = [];
  for (const [k, source] of job.sources.entries()) {
    if (k === foundAt) continue;
    const name = names[k]!;
    let bytes: Uint8Array<ArrayBuffer>;
    if (source.kind === 'file') bytes = new Uint8Array(await source.file.arrayBuffer());
    else if (source.kind === 'bytes') bytes = new Uint8Array(source.bytes);
    else if (source.text.length < GZIP_FROM_BYTES) {
      inputs.push({ kind: 'text', name, text: source.text });
      continue;
    } else bytes = new TextEncoder().encode(source.text);
    const packed = bytes.byteLength >= GZIP_FROM_BYTES && !isGzip(bytes) ? await gzipped(bytes) : null;
    // (a copy of its own: the bytes of a source handed over may be another buffer's view)
    inputs.push(packed ? { kind: 'bytes', name, bytes: packed, gzip: true } : { kind: 'bytes', name, bytes: bytes.slice().buffer, gzip: false });
  }
  return { inputs, aliases };
}

/**
 * Keep a rebuild's map in IndexedDB under `job.keepAs` (kept-maps.ts), its bundle and abstracts gzip-compressed JSON,
 * in place of the map kept for the dataset before. Resolves to null when kept, else why not (the browser's words:
 * `describeStorageError`); rejects never.
 */
async function keepRebuilt(job: BuildJob, result: BuildResult): Promise<string | null> {
  if (!job.keepAs) return null;
  const aliasFile = job.aliases?.name;
  try {
    const withinAMinute = Promise.race([
      saveKeptMap(job.keepAs, {
        format: 1,
        savedAt: Date.now(),
        bundle: await packJson(result.bundle),
        abstracts: await packJson(result.abstracts),
        previousMap: result.report.previousMap ?? null,
        aliasNotes: aliasFile ? result.report.notes.filter((n) => n.file === aliasFile).map((n) => `${n.file}, line ${n.line}: ${n.note}`) : [],
      }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the browser did not finish saving it within a minute')), SAVE_TIMEOUT_MS)),
    ]);
    await withinAMinute;
    return null;
  } catch (err) {
    return describeStorageError(err);
  }
}

async function run(job: BuildJob, events: BuildEvents): Promise<BuildReply> {
  // a stage's start and end always, in between at most every PROGRESS_MS: each message re-renders the progress display on the page
  let lastAt = -Infinity;
  const progress = (stage: Parameters<BuildEvents['progress']>[0], fraction: number) => {
    const now = performance.now();
    if (fraction > 0 && fraction < 1 && now - lastAt < PROGRESS_MS) return;
    lastAt = now;
    void events.progress(stage, fraction);
  };
  const t0 = performance.now();
  const read = await readSources(job, progress);
  // the Alias file option, or an alias file among the files (recognised by its content), is the aliases, as the
  // CLI's --aliases; the rest are the paper lists
  const given = job.aliasFile ? await readSource(job.aliasFile, sourceName(job.aliasFile)) : job.aliases;
  const readFilesMs = performance.now() - t0;
  const { papers: inputs, aliases, foundAt, notes: aliasNotes } = separateAliasFile(read, given);
  const request: BuildRequest = {
    ...job.options,
    name: job.name ?? undefined,
    aliases,
    abstractsFile: null,
    onProgress: progress,
    previous: job.previous ?? null,
    ...(job.fetched ? { format: 'openalex' as const, fetched: job.fetched, focalAuthor: job.focalAuthor ?? null } : {}),
  };
  // a large input: the labels, a Leiden start and a share of the layout on the second thread (same result)
  const useHelper = helper !== null && helper.isReady() && !helper.broken() && inputs.reduce((n, f) => n + f.text.length, 0) >= HELPER_FROM_CHARS;
  // its BibTeX read here first, the records' authors and texts handed to the helper as they are read (it is idle then)
  const readTimings = useHelper && helper ? readAhead(inputs, request.format, helper, progress) : {};
  let result: BuildResult;
  try {
    result = await buildDatasetAsync(inputs, request, useHelper && helper ? helper.threads : {});
  } finally {
    // a helper whose call failed is ended: later builds run on this thread alone
    if (helper?.broken()) {
      helper.close();
      helper = null;
    }
  }
  Object.assign(result.report.timingsMs, readTimings);
  result.report.notes.unshift(...aliasNotes);
  if (!job.name && job.takenNames?.length) {
    // a sample's name: " (imported)"; a name an earlier import has (the same list imported again): numbered
    const taken = new Set(job.takenNames);
    const base = job.builtinNames?.includes(result.bundle.name) ? `${result.bundle.name} (imported)` : result.bundle.name;
    result.bundle.name = freeName(base, (n) => taken.has(n));
  }
  const meta = metaOf(job, result, performance.now() - t0);
  // the figure the notice gives ("built in 4.6 s") and its part spent reading the files, for the report to say the
  // same (it said "pipeline 3.2 s", the stages alone: a tester)
  Object.assign(result.report.timingsMs, { readFiles: Math.round(readFilesMs), wholeBuild: meta.buildMs });
  // the result first, then saving it (2-4 s of IndexedDB's own serialising at 30k) once the map is drawn; calls on
  // `events` travel in order on one channel, so every slice has arrived before `built`
  // numbers and lists of author indices in typed arrays, handed over (not copied value by value)
  for (const slice of columnSlices(result.bundle, job.save ? null : result.abstracts, COLUMN_SLICE, { typed: true })) void events.column(transfer(slice, sliceTransfer(slice)));
  // answered once the page has drawn the map (or given up waiting): saving then does not slow the opening down,
  // and this build's reply (on another channel) does not overtake the result
  await Promise.resolve(events.built({ meta, bundle: bundleShell(result.bundle), report: result.report, aliases: aliases && { name: aliases.name, text: aliases.text }, aliasFoundAt: foundAt, withAbstracts: !job.save })).catch(() => {
    // the page failed to open it: still saved below, as built
  });
  if (!job.save) return { type: 'saved', saveProblem: null, sourcesProblem: null, ...(job.keepAs ? { keptProblem: await keepRebuilt(job, result) } : {}) };
  progress('save', 0);
  let saveProblem: string | null = null;
  let sourcesProblem: string | null = null;
  // storage that never answers must not hold the result back: it is shown, just not kept
  const withinAMinute = <T,>(saving: Promise<T>) =>
    Promise.race([saving, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the browser did not finish saving it within a minute')), SAVE_TIMEOUT_MS))]);
  // the paper lists go with it (Apply rebuilds from them after a reload); where there is no room for them, the map
  // is kept without them, and the notice says what that means
  let kept: KeptSources | null = null;
  try {
    kept = await keptSourcesOf(job, distinctNames(job.sources.map(sourceName)), foundAt, aliases && { name: aliases.name, text: aliases.text });
  } catch (err) {
    sourcesProblem = `its paper lists could not be read again (${err instanceof Error ? err.message : String(err)})`;
  }
  try {
    await withinAMinute(saveImported({ ...meta, sourcesKept: kept !== null }, result.bundle, result.abstracts, result.report, kept));
  } catch (err) {
    saveProblem = describeStorageError(err);
    if (kept !== null && err instanceof DOMException && err.name === 'QuotaExceededError') {
      try {
        await withinAMinute(saveImported({ ...meta, sourcesKept: false }, result.bundle, result.abstracts, result.report, null));
        sourcesProblem = `its paper lists were not kept: ${saveProblem}`;
        saveProblem = null;
      } catch (again) {
        saveProblem = describeStorageError(again);
      }
    }
  }
  progress('save', 1);
  // not kept: the page keeps the abstracts (sent now, before the reply)
  if (saveProblem !== null) {
    let last: unknown = null;
    for (const slice of columnSlices(null, result.abstracts)) last = events.column(slice);
    await last;
  }
  return { type: 'saved', saveProblem, sourcesProblem: saveProblem === null ? sourcesProblem : null };
}

/** The second thread, started by the page beside this worker (its code loaded before any import); null: none. */
let helper: BuildHelper | null = null;

/** What the page calls (through comlink). `ready` answers once this code (and the helper's, when given) has loaded. */
const api = {
  ready: async (helperPort?: MessagePort): Promise<true> => {
    if (helperPort) helper = startBuildHelper(helperPort);
    // a helper that cannot load (its code missing after a redeploy) must not hold the build worker back
    const ok = helper ? await Promise.race([helper.ready, new Promise<boolean>((r) => setTimeout(() => r(false), HELPER_LOAD_MS))]) : false;
    if (helper && !ok) {
      helper.close();
      helper = null;
    }
    return true;
  },
  /** `events`: the page's end of a channel exposing `BuildEvents` (build-client.ts); closed when the build has ended. */
  build: async (job: BuildJob, events: MessagePort): Promise<BuildReply> => {
    const remote = wrap<BuildEvents>(events);
    try {
      return await run(job, remote as unknown as BuildEvents);
    } catch (err) {
      return { type: 'failed' as const, problem: problemOf(err) };
    } finally {
      remote[releaseProxy]();
    }
  },
};

export type BuildApi = typeof api;

expose(api);
