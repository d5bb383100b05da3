#!/usr/bin/env -S npx tsx
import { parseArgs } from 'node:util';
import pluralize from 'pluralize';
import { pathToFileURL } from 'node:url';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, buildDatasetAsync, type BuildRequest, type BuildResult } from '../src/core/pipeline';
import { startBuildThreads } from './lib/build-threads';
import { IngestError } from '../src/core/ingest/errors';
import { focalAuthorAsText } from '../src/core/ingest/author-list';
import { InputPathError, inputNames, readInputPath } from './lib/read-input';
import { BUILD_OPTION_RULES, parseBuildOptions, type BuildOptionName } from '../src/core/bundle/build-options';
import { INPUT_FORMATS } from '../src/core/ingest/index';
import type { InputFile, InputFormat, RawPaper } from '../src/core/ingest/types';
import { DEFAULT_BUILD_OPTIONS } from '../src/core/bundle/types';
import { stderrProgress } from './lib/progress';
import { OutDirError, checkOutDir, datasetTexts, describeFsError, prewrittenAbstractsDir, registerDataset, servedSources, sourceCopies, SOURCES_DIR, writeDataset, type DatasetTexts, type PrewrittenAbstracts, type SourceCopy } from './lib/write-dataset';
import { defaultLabeler } from './lib/labeler';
import { FETCHED_SIDECAR, fetchedBeside, fetchForBuild, OPENALEX_HELP, OPENALEX_OPTIONS, openAlexRequestFrom, saveWorks, type FetchedSidecar, type OpenAlexCliRequest } from './lib/openalex-fetch';
import { describeMerges, markSplits, openItLine } from './lib/summary';
import { modularityWords, reportModularity } from '../src/core/analyse/communities';
import { bundleProblem } from '../src/core/bundle/schema';
import type { Bundle } from '../src/core/bundle/types';
import type { PreviousMap } from '../src/core/analyse/previous-map';

const HELP = `Build a co-author graph bundle from paper lists.

Usage: npm run build:graph -- <files...> --out DIR [options]
       npm run build:graph -- --openalex author:A5023888391 --out DIR [options]

Inputs: seed text (.txt), JSON Lines (.jsonl), BibTeX/BibLaTeX, RIS, CSL-JSON, OpenAlex,
Web of Science (plain text, tab-delimited), Scopus CSV, PubMed/MEDLINE, Dimensions CSV, DBLP XML,
any of them gzipped (.gz); the format is detected from each file's content. Several files are merged; duplicate papers
(same DOI, or same normalised title and authors) are kept once and reported.

Options:
  --out DIR                 output folder: bundle.json, abstracts/ (chunks), report.json (required; written as a whole)
  --format F                force the input format (${INPUT_FORMATS.join('|')})
  --counting fractional|full   link strength a shared paper gives two co-authors: 1/(n-1) (fractional) or 1 (full);
                            default ${DEFAULT_BUILD_OPTIONS.counting}
  --max-authors N|none      papers with more than N authors add no link strength (default ${DEFAULT_BUILD_OPTIONS.maxAuthors ?? 'none'}; none: no cap)
  --resolution R            modularity resolution for Leiden (default ${DEFAULT_BUILD_OPTIONS.resolution}; higher: more, smaller communities)
  --seed S                  random seed for communities and layout (default ${DEFAULT_BUILD_OPTIONS.seed})
  --aliases FILE            tab-separated "variant<TAB>canonical[<TAB>paper]" lines merging or splitting names
  --name NAME               dataset name shown in the explorer
  --previous DIR            start from the map in DIR (its bundle.json, e.g. the map before the alias file changed):
                            its communities keep their numbers, colours and labels and its layout is kept where the
                            new build does not change them (as Apply in the explorer does)
  --no-sources              do not copy the paper lists into DIR/sources/ (by default a map written under a data/
                            folder gets copies of the lists not served with the app, so the explorer can apply
                            who-is-who decisions to it in place; without them it offers the alias file only)
  -h, --help                this help

${OPENALEX_HELP}
Example:
  npm run build:graph -- public/samples/wang-jialiang.txt --out public/data/wang-jialiang
`;

function fail(msg: string): never {
  process.stderr.write(`build-graph: ${msg}\n`);
  process.exit(1);
}

export function parseCli(argv: string[]): { files: string[]; out: string; request: BuildRequest; aliasesPath: string | null; previousDir: string | null; copySources: boolean; openalex: OpenAlexCliRequest | null } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      counting: { type: 'string' },
      'max-authors': { type: 'string' },
      resolution: { type: 'string' },
      seed: { type: 'string' },
      aliases: { type: 'string' },
      name: { type: 'string' },
      previous: { type: 'string' },
      'no-sources': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...OPENALEX_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const openalex = openAlexRequestFrom(values);
  if (positionals.length === 0 && !openalex) fail('no input files (see --help)');
  if (!values.out) fail('--out DIR is required (see --help)');
  if (values.format && !INPUT_FORMATS.includes(values.format as InputFormat)) fail(`--format must be one of ${INPUT_FORMATS.join(', ')}`);
  // the build options' rules are the core's (the import dialog checks the same)
  const typed = { counting: values.counting, maxAuthors: values['max-authors'], resolution: values.resolution, seed: values.seed };
  const { options, problems } = parseBuildOptions(typed);
  for (const [name, expects] of Object.entries(problems)) {
    const rule = BUILD_OPTION_RULES[name as BuildOptionName];
    fail(`--${rule.flag} must be ${expects}, got "${typed[name as BuildOptionName]}"`);
  }
  const given = <K extends BuildOptionName>(name: K) => (typed[name] === undefined ? undefined : options[name]);
  return {
    files: positionals,
    out: values.out,
    aliasesPath: values.aliases ?? null,
    previousDir: values.previous ?? null,
    copySources: values['no-sources'] !== true,
    openalex,
    request: {
      format: values.format as InputFormat | undefined,
      counting: given('counting'),
      maxAuthors: given('maxAuthors'),
      resolution: given('resolution'),
      seed: given('seed'),
      name: values.name,
    },
  };
}

/**
 * The map `--previous DIR` names: DIR/bundle.json, checked against the bundle schema. Exits with a message naming
 * the file when it cannot be read or is no bundle.
 */
function readPreviousMap(dir: string): PreviousMap {
  const file = join(dir, 'bundle.json');
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    fail(`--previous: cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const problem = bundleProblem(value);
  if (problem) fail(`--previous: ${file} is not a map bundle (${problem})`);
  return value as Bundle;
}

function readInputFile(path: string, format?: InputFormat, onPapers?: (papers: readonly RawPaper[]) => void, name?: string) {
  try {
    return readInputPath(path, format, onPapers, name);
  } catch (err) {
    if (err instanceof IngestError || err instanceof InputPathError) fail(err.message);
    fail(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

/**
 * The CLI: `argv` are the arguments after the script name. Exits the process with 1 on any error (see `fail`).
 * Synchronous for files; with --openalex it returns the promise of the fetch and build.
 */
export function main(argv: string[] = process.argv.slice(2)): void | Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  let cli: ReturnType<typeof parseCli>;
  try {
    cli = parseCli(argv);
  } catch (err) {
    fail((err as Error).message);
  }
  const t0 = Date.now();
  // A bad --out is said before the (long) build, not after it.
  try {
    checkOutDir(cli.out);
  } catch (err) {
    fail(err instanceof OutDirError ? err.message : describeFsError(err, `cannot write --out ${cli.out}`));
  }
  if (cli.openalex)
    return fetchForBuild(cli.openalex).then(
      (fetched) => build(cli, t0, fetched),
      (err: Error) => fail(err.message),
    );
  return build(cli, t0, null);
}

/**
 * From this much input on disk (bytes, all files together, gzipped or not) the build uses a second thread
 * (scripts/lib/build-threads.ts); below it, starting the thread would cost more than it saves.
 */
export const THREADS_FROM_BYTES = 4 << 20;

function inputBytes(files: string[]): number {
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      // unreadable: said by readInputFile
    }
  }
  return n;
}

function build(cli: ReturnType<typeof parseCli>, t0: number, fetched: Awaited<ReturnType<typeof fetchForBuild>> | null): void | Promise<void> {
  // started first, so the thread's own start-up overlaps the reading of the input
  const pool = inputBytes(cli.files) >= THREADS_FROM_BYTES ? startBuildThreads({ abstractsDir: prewrittenAbstractsDir(cli.out) }) : null;
  let inputs: InputFile[];
  let aliases: InputFile | null;
  try {
    // the records' texts go to the build thread as they are read (it is idle meanwhile)
    // named by their file names, not their paths: the report and bundle never tell the builder's folders
    const names = inputNames(cli.aliasesPath ? [...cli.files, cli.aliasesPath] : cli.files);
    inputs = cli.files.map((f, k) => readInputFile(f, cli.request.format, pool ? (papers) => pool.streamTexts(papers) : undefined, names[k]));
    aliases = cli.aliasesPath ? readInputFile(cli.aliasesPath, undefined, undefined, names[cli.files.length]) : null;
  } catch (err) {
    void pool?.close();
    throw err;
  }
  if (fetched) inputs.unshift(fetched.input);
  // a fetched input, or a file read whole, was not streamed: the labels send every text then
  if (pool && (fetched || inputs.some((i) => !i.parsed))) pool.dropStreamedTexts();
  // works.jsonl.gz built again offline: fetched.json beside it gives the same name, researcher and report
  let beside: FetchedSidecar | null = null;
  if (!fetched && cli.files.length === 1) {
    try {
      beside = fetchedBeside(cli.files[0]!);
    } catch (err) {
      void pool?.close();
      fail((err as Error).message);
    }
    if (beside)
      process.stderr.write(
        `build-graph: ${cli.files[0]} was fetched from OpenAlex (${beside.fetched.spec}, ${beside.fetched.fetchedAt.slice(0, 10)}); ${FETCHED_SIDECAR} beside it names the map "${beside.name}"${beside.focalAuthor ? ` and its researcher ${focalAuthorAsText(beside.focalAuthor.name, { file: FETCHED_SIDECAR, line: 1, field: 'focal author' }).name}` : ''}\n`,
      );
  }
  const given: Partial<BuildRequest> = fetched ? { ...fetched.request } : beside ? { format: 'openalex' as const, name: beside.name, focalAuthor: beside.focalAuthor, fetched: beside.fetched } : {};
  // read before anything is written: --previous may be the --out folder itself
  const previous = cli.previousDir ? readPreviousMap(cli.previousDir) : null;
  const request: BuildRequest = { ...given, ...cli.request, name: cli.request.name ?? given.name, aliases, previous, onProgress: stderrProgress() };
  const failed = (err: unknown): never => {
    if (err instanceof IngestError) fail(err.message);
    fail((err as Error).message);
  };
  if (!pool) {
    let result: BuildResult;
    try {
      result = buildDataset(inputs, { ...request, labeler: defaultLabeler() });
    } catch (err) {
      return failed(err);
    }
    return finish(cli, t0, fetched, result, null, undefined, aliases);
  }
  return buildDatasetAsync(inputs, request, pool.threads).then(
    async (result) => {
      // the thread's abstract chunk files first, and the thread ended, before the bundle's text is made: the
      // thread's memory (its heap, the labels' token arrays, most of it garbage by then) goes before the text's
      // strings come. Made while the thread still wrote, the text was the build's peak RSS at 30k papers, some
      // 50 MB over the layout's; the main thread now waits for the chunk files (0 ms at load < 5, 0.1-0.17 s at
      // load 9-11, 3 Dec 2026) where it made the text (0.15 s)
      const prewritten = await pool.abstracts().catch(() => null);
      await pool.close();
      const texts = datasetTexts(result);
      finish(cli, t0, fetched, result, prewritten, texts, aliases);
    },
    async (err) => {
      await pool.close();
      rmSync(prewrittenAbstractsDir(cli.out), { recursive: true, force: true });
      failed(err);
    },
  );
}

function finish(cli: ReturnType<typeof parseCli>, t0: number, fetched: Awaited<ReturnType<typeof fetchForBuild>> | null, result: BuildResult, prewritten: PrewrittenAbstracts | null, texts?: DatasetTexts, aliases: InputFile | null = null): void {
  let sizes: ReturnType<typeof writeDataset>;
  let listed: string | null;
  let worksPath: string | null = null;
  let copied: ReturnType<typeof sourceCopies> = null;
  try {
    worksPath = fetched ? saveWorks(cli.out, fetched.works, { name: result.bundle.name, focalAuthor: fetched.request.focalAuthor, fetched: fetched.info }) : null;
    markSplits(result.report, aliases);
    const files = worksPath ? [worksPath, ...cli.files] : cli.files;
    // the lists not served with the app are copied into the map's sources/ (unless --no-sources), so that the
    // explorer can rebuild it with who-is-who decisions (else its Apply is off and only the alias file is offered)
    const names = inputNames(cli.aliasesPath ? [...files, cli.aliasesPath] : files);
    copied = cli.copySources ? sourceCopies(cli.out, files, cli.aliasesPath, names) : null;
    sizes = writeDataset(cli.out, result, prewritten, texts, copied?.copies ?? []);
    listed = registerDataset(cli.out, result, copied?.sources ?? servedSources(cli.out, files, cli.aliasesPath));
  } catch (err) {
    fail(err instanceof OutDirError ? err.message : describeFsError(err, `cannot write --out ${cli.out}`));
  }
  const r = result.report;
  const lines = [
    `${pluralize('paper', r.papers, true)} (${pluralize('record', r.records, true)}), ${pluralize('author', r.authors, true)} (${pluralize('spelling', r.authorNames, true)}), ${pluralize('authorship', r.authorships, true)}`,
    `${pluralize('co-author pair', r.coauthorPairs, true)}, ${pluralize('component', r.components, true)} (largest ${r.largestComponent})`,
    `${pluralize('community', r.communities, true)}, ${modularityWords(reportModularity(r))}`,
    ...(r.previousMap ? [`started from --previous ${cli.previousDir}: ${r.previousMap.communitiesContinued} of ${pluralize('community', r.communities, true)} continue its ones (labels and colours kept), ${pluralize('author', r.previousMap.authorsLaidOutAgain, true)} laid out again, the others where they were`] : []),
    `${describeMerges(r)}${r.maxAuthorsAffected ? `, ${pluralize('paper', r.maxAuthorsAffected, true)} over --max-authors` : ''}`,
    `bundle ${(sizes.bundleBytes / 1024).toFixed(0)} KiB + abstracts ${(sizes.abstractsBytes / 1024).toFixed(0)} KiB in ${cli.out} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    ...skippedLines(r, cli.out),
    ...(copied && copied.copies.length > 0 ? [copiedLine(copied.copies, cli.out)] : []),
    ...(worksPath ? [`${fetched!.info.works} OpenAlex works kept in ${worksPath}, what they are in ${FETCHED_SIDECAR} beside it (build again offline with it as input)`] : []),
    openItLine(cli.out, listed, result.bundle.name),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  // the alias file's notes (a name mapped to two people, a line that matched no paper): they were in report.json only
  const aliasNotes = aliases ? r.notes.filter((n) => n.file === aliases.name) : [];
  if (aliasNotes.length > 0) process.stderr.write(`${aliasNotes.map((n) => `note: ${n.file}:${n.line}: ${n.note}`).join('\n')}\n`);
}

/** What was copied into the map's sources/ folder, how big, and why (a line of the build's summary). */
function copiedLine(copies: readonly SourceCopy[], out: string): string {
  let bytes = 0;
  for (const c of copies) bytes += statSync(c.from).size;
  const what = copies.length === 1 ? `${copies[0]!.name} copied` : `${copies.length} files copied`;
  return `${what} into ${join(out, SOURCES_DIR)}/ (${(bytes / 1024 / 1024).toFixed(1)} MB) so the explorer can apply who-is-who decisions to this map (--no-sources: leave them out)`;
}

/** The first few skipped records with file:line and reason, and where the rest are (report.json). */
function skippedLines(r: BuildResult['report'], out: string): string[] {
  if (r.skipped.length === 0) return [];
  const shown = r.skipped.slice(0, 3).map((k) => `  skipped ${k.file}:${k.line}: ${k.reason}${k.record ? ` (${k.record})` : ''}`);
  return [...shown, `  ${r.skipped.length > shown.length ? `and ${r.skipped.length - shown.length} more; ` : ''}every merge and skip in ${join(out, 'report.json')}`];
}

// Run when started as a script (not when imported by the in-process CLI tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
