import { datasetNameOf } from './bundle/dataset-name';
import { mergeDuplicatePapers } from './ingest/dedupe';
import { IngestError, ingestErrorOf } from './ingest/errors';
import { readInput } from './ingest/index';
import { focalAuthorAsText } from './ingest/author-list';
import type { IngestNote, InputFile, InputFormat, RawPaper, ReaderResult, SkippedRecord } from './ingest/types';
import { countAuthorNames, parseAliasFile, resolvePeople, type AliasRule, type KnownNameParts } from './names/index';
// not graph/index: that also loads graphology, which the build does not use
import { coauthorLinks, TooManyPairsError, type CoauthorLinks } from './graph/coauthor-weights';
import { COMMUNITY_STARTS, communityStart, componentSizes, detectCommunities, groupCappedAuthors, linklessCommunities, paperCommunities } from './analyse/communities';
import type { LeidenStart, WeightedEdges } from './analyse/leiden';
import { authorMetrics, topAuthorsByCommunity } from './analyse/metrics';
import { distinctCommunityLabels, labelCommunities, type CommunityTerms } from './analyse/terms';
import { communityLayout, communityMembers, layoutCommunity, layoutQuality, warmCommunityLayout, type CommunityPiece, type LayoutInput } from './layout/index';
import { carryLabels, matchCommunities, movableAuthors, nodesOnPreviousMap, previousPartition, type CommunityMatch, type PreviousMap, type PreviousNodes } from './analyse/previous-map';
import { warmLayoutStart } from './layout/warm-start';
import { countAuthorships, makeBundle, statedModularity } from './bundle/make-bundle';
import { bundleProblem } from './bundle/schema';
import { resolveOptions } from './bundle/build-options';
import { ABSTRACT_CHUNK_SIZE } from './bundle/abstract-chunks';
import type { Abstracts, BuildOptions, Bundle } from './bundle/types';
import type { BuildReport, MergeEntry } from './bundle/report-types';
import type { FetchInfo } from './openalex/fetch-works';
import { replaceControlCharacters } from './util/control-chars';
import { noteFutureYears } from './ingest/future-years';

export { STAGE_LABELS, STAGES, type Stage } from './stages';
import type { Stage } from './stages';

export interface BuildRequest extends Partial<BuildOptions> {
  /** Dataset name shown in the viewer. */
  name?: string;
  /** Force a format for every input (default: detect from content). */
  format?: InputFormat;
  /** Alias file (name + text). */
  aliases?: InputFile | null;
  /**
   * Where the viewer finds the abstracts. Absent (the default): chunk files `abstracts/<i>.json` beside the bundle
   * (bundle format 3, `abstractChunks`; written by scripts/lib/write-dataset.ts), read per panel; null: the caller
   * keeps the abstracts itself (in-browser imports); a string: one abstracts file at that URL relative to the bundle.
   */
  abstractsFile?: string | null;
  /** Called when a stage starts and ends (fraction 0 or 1) and, for long stages, in between. */
  onProgress?: (stage: Stage, fraction: number) => void;
  /** Labels communities from titles and abstracts (default: distinctive terms; null: top author names only). */
  labeler?: CommunityLabeler | null;
  /** The focal author when no input names one (an OpenAlex fetch for a researcher): their name, and ORCID when known. */
  focalAuthor?: { name: string; orcid?: string | null } | null;
  /** Where fetched inputs came from (an OpenAlex query, when and how many works); copied into the report. */
  fetched?: FetchInfo | null;
  /**
   * The map the user knew (an Apply of who-is-who decisions: the map as opened in the explorer; the CLI's
   * `--previous`): the build
   * starts from it. Its communities carry over their numbers (so their colours), labels and terms to the new
   * communities that continue them (`matchCommunities`), and the layout is warm-started from its positions
   * (`warmCommunityLayout`): what the decisions did not change stays where it was. Null or absent: a build from
   * scratch. The layout's work is then done on this thread (`BuildThreads.layoutCommunities` is not asked).
   */
  previous?: PreviousMap | null;
}

export type CommunityLabeler = (
  papers: { title: string; abstract: string | null; community: number }[],
  communityCount: number,
) => { terms: string[] }[];

export interface BuildResult {
  bundle: Bundle;
  abstracts: Abstracts;
  report: BuildReport;
}

/** The stages a build can stop after (`buildUntil`): those after which the report's figures say more. */
export type EarlyStage = 'ingest' | 'names' | 'graph' | 'communities';

/** The report's figures known once each early stage is done (each stage's with those of the stages before it). */
type IngestFigures = Pick<BuildReport, 'inputs' | 'records' | 'papers' | 'skipped' | 'notes' | 'merged' | 'options' | 'timingsMs'>;
type NamesFigures = IngestFigures & Pick<BuildReport, 'authorNames' | 'authors' | 'focalAuthor'>;
type GraphFigures = NamesFigures & Pick<BuildReport, 'authorships' | 'coauthorPairs' | 'components' | 'largestComponent' | 'maxAuthorsAffected'>;
type CommunitiesFigures = GraphFigures & Pick<BuildReport, 'communities' | 'modularity' | 'modularityAtResolution'>;

/** What `buildUntil` gives: the report's figures known when the build stopped after `stage`. */
export type PartialBuild =
  | { stoppedAfter: 'ingest'; report: IngestFigures }
  | { stoppedAfter: 'names'; report: NamesFigures }
  | { stoppedAfter: 'graph'; report: GraphFigures }
  | { stoppedAfter: 'communities'; report: CommunitiesFigures };

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export { resolveOptions } from './bundle/build-options';

/**
 * The build never hands out a bundle the viewer would refuse: it is checked against the same schema the viewer
 * uses (bundle/schema.ts). A problem in a paper's column names that paper's file and line; any other problem is a
 * fault of the build itself, said as such.
 */
function checkBundle(bundle: Bundle, papers: RawPaper[]): void {
  const problem = bundleProblem(bundle);
  if (!problem) return;
  const m = /^papers\.\w+\[(\d+)\]/.exec(problem);
  const paper = m ? papers[Number(m[1])] : undefined;
  if (paper) throw new IngestError(paper.source.file, paper.source.line, `this paper would make a bundle the viewer refuses (${problem})`);
  throw new Error(`internal error: the build made a bundle the viewer would refuse (${problem})`);
}

/**
 * Work the build may hand to other threads (the CLI uses worker_threads: scripts/lib/build-threads.ts). Each
 * must give exactly what the in-thread code gives, so a build is the same bytes with or without them.
 */
export interface BuildThreads {
  /**
   * Community labels elsewhere: called with the papers' texts (in paper order) right after ingest, so their
   * tokenising (`tokenizePapers`) runs while names, links and communities are worked out here; returns `finish`,
   * called once with each paper's community, whose promise gives `labelTokenized`'s terms (and the other
   * thread's stage times in ms, copied into the report's timings). Used only when the request has no `labeler`.
   */
  /**
   * Leiden starts shared with another thread (`communityStart` on the same graph, resolution and seed): both
   * threads take the next start not yet taken (`take`, indices 0 .. count - 1, then count or more) until none is
   * left, so the share follows whichever thread is free. `elsewhere` then gives the other thread's starts by index
   * (and its time in ms, copied into the report's timings), at once when it took none.
   */
  communityStarts?: (authorCount: number, links: WeightedEdges, resolution: number, seed: number, count: number) => { take(): number; elsewhere(): Promise<{ found: Map<number, LeidenStart>; timingsMs?: Record<string, number> }> };
  /**
   * Community layouts shared with another thread (`layoutCommunity` of the same input): both threads take the
   * next community not yet taken (`take`: 0 .. communityCount - 1, then communityCount or more) until none is
   * left; `elsewhere` then gives the other thread's communities by index (and its time in ms). `take` may answer
   * with a promise of the index when this thread must first hear from the other one (the browser's build worker:
   * a page has no shared memory, so the other thread's takes arrive as messages, read while the build waits).
   */
  layoutCommunities?: (input: LayoutInput) => { take(): number | Promise<number>; elsewhere(): Promise<{ found: Map<number, CommunityPiece>; timingsMs?: Record<string, number> }> };
  labels?: (papers: readonly { title: string; abstract: string | null }[]) => (paperCommunity: readonly number[], communityCount: number) => Promise<{ terms: CommunityTerms[]; timingsMs?: Record<string, number> }>;
  /**
   * Author spellings' `NameParts` worked out elsewhere (the CLI's build thread, from the records as they are read),
   * asked for when ingest starts: the names stage and the duplicate check then look them up instead of parsing
   * each spelling here. Null (or absent): every spelling is parsed here. Only a cache: a spelling it lacks is
   * parsed here, so the result is the same either way.
   */
  nameParts?: () => Promise<KnownNameParts | null> | null;
}

/**
 * The whole build: paper lists in, bundle + abstracts + report out. Pure: no I/O. Throws IngestError on bad
 * input (`file:line: problem`) and an Error naming the option when a build option is invalid (`resolveOptions`).
 */
export function buildDataset(inputs: InputFile[], req: BuildRequest = {}): BuildResult {
  return wholeBuild(runOnThisThread(buildSteps(inputs, req, null, null)));
}

/**
 * The build up to and including the stage `stopAfter` (one of `EarlyStage`), without the stages after it: for
 * callers that need only the figures known by then (counts of records, papers, people, links, components,
 * communities), e.g. tests that check a big input's counts without laying it out. The figures are those the
 * whole build reports (`report` of `buildDataset`; timingsMs only of the stages run). Throws as `buildDataset`.
 */
export function buildUntil<S extends EarlyStage>(inputs: InputFile[], stopAfter: S, req: BuildRequest = {}): Extract<PartialBuild, { stoppedAfter: S }> {
  const r = runOnThisThread(buildSteps(inputs, req, null, stopAfter));
  if ('bundle' in r || r.stoppedAfter !== stopAfter) throw new Error(`internal error: the build did not stop after ${stopAfter}`);
  return r as Extract<PartialBuild, { stoppedAfter: S }>;
}

/** Runs a build's steps on this thread (none may wait for another thread). */
function runOnThisThread<T>(steps: Generator<unknown, T, unknown>): T {
  for (let r = steps.next(); ; r = steps.next(r.value)) {
    if (r.done) return r.value;
    if (r.value instanceof Promise) throw new Error('internal error: a build step waited for another thread in a one-thread build');
  }
}

/** A whole build's result (a build asked to stop after no stage gives one). */
function wholeBuild(r: BuildResult | PartialBuild): BuildResult {
  if (!('bundle' in r)) throw new Error(`internal error: a whole build stopped after ${r.stoppedAfter}`);
  return r;
}

/**
 * `buildDataset` with some of its work on other threads (`threads`): the same result (byte for byte), sooner
 * on a machine with more than one core. Rejects with IngestError on bad input, like buildDataset throws.
 */
export async function buildDatasetAsync(inputs: InputFile[], req: BuildRequest = {}, threads: BuildThreads = {}): Promise<BuildResult> {
  const steps = buildSteps(inputs, req, threads, null);
  for (let r = steps.next(); ; r = steps.next(await r.value)) if (r.done) return wholeBuild(r.value);
}

/**
 * The build as steps: it yields a value or promise wherever it waits for another thread and gets the result back.
 * With `stopAfter` it returns the figures known after that stage instead of going on (`buildUntil`).
 */
function* buildSteps(inputs: InputFile[], req: BuildRequest, threads: BuildThreads | null, stopAfter: EarlyStage | null): Generator<unknown, BuildResult | PartialBuild, unknown> {
  const options = resolveOptions(req);
  const timingsMs: Record<string, number> = {};
  const progress = req.onProgress ?? (() => {});
  let t = now();
  const stage = (s: Stage) => {
    progress(s, 0);
    t = now();
  };
  const done = (s: Stage) => {
    timingsMs[s] = Math.round((now() - t) * 10) / 10;
    progress(s, 1);
  };
  if (inputs.length === 0) throw new Error('no input files');

  stage('ingest');
  // asked for first, waited for only after the records are read and tidied here (the other thread may still be
  // working through the last records streamed to it)
  const namesLater = threads?.nameParts ? threads.nameParts() : null;
  // (when the reading throws, nobody waits for it: its failure, e.g. the thread stopped, is not unhandled then)
  namesLater?.catch(() => {});
  const read = readInputs(inputs, req.format, (f) => progress('ingest', f));
  let knownNames = namesLater ? ((yield namesLater) as KnownNameParts | null) : null;
  const ingested = mergeRead(read, inputs, knownNames);
  const { all, papers, skipped, notes, records, dedup, reportInputs } = ingested;
  // a focal author given with the request (an OpenAlex researcher, fetched.json) is read as the seed format's line
  // 1 is: markup and character references as text, with the same note (with its tags it matched no author's name)
  const fromRequest = ingested.focalRaw === null && req.focalAuthor?.name ? focalAuthorAsText(req.focalAuthor.name, { file: inputs[0]!.name, line: 1, field: req.fetched ? 'focal author (the OpenAlex researcher)' : 'focal author (given with the build)' }) : null;
  if (fromRequest) for (const n of fromRequest.notes) notes.push(n);
  const focalRaw = ingested.focalRaw ?? (fromRequest?.name || null);
  const labelsElsewhere = threads?.labels && req.labeler === undefined ? threads.labels(papers.map((p) => ({ title: p.title, abstract: p.abstract ?? null }))) : null;
  done('ingest');
  const ingestFigures = (): IngestFigures => ({ inputs: reportInputs, records, papers: papers.length, skipped, notes, merged: [...dedup.merged], options, timingsMs });
  if (stopAfter === 'ingest') return { stoppedAfter: 'ingest', report: ingestFigures() };

  stage('names');
  const rules: AliasRule[] = req.aliases ? parseAliasFile(req.aliases.name, req.aliases.text, notes) : [];
  const people = resolvePeople(papers, rules, focalRaw, req.aliases?.name, req.focalAuthor?.orcid ?? null, knownNames);
  // (held no longer than needed: at 70k papers it is some 100k spellings)
  knownNames = null;
  for (const n of people.notes) notes.push(n);
  // a focal author line that names nobody on the list's papers: said, not dropped without a word
  if (ingested.focalRaw && ingested.focalSource && people.focalAuthor === null) {
    const { file, line } = ingested.focalSource;
    notes.push({ file, line, note: `the focal author on line ${line}, "${ingested.focalRaw}", is an author of none of the papers: no one is marked as the focal author (check the spelling against the authors lines)` });
  }
  done('names');
  const namesFigures = (): NamesFigures => ({
    ...ingestFigures(),
    merged: [...dedup.merged, ...people.merged],
    authorNames: countAuthorNames(all, { shown: people.shownSpellings, resolved: papers }),
    authors: people.people.length,
    focalAuthor: focalRaw,
  });
  if (stopAfter === 'names') return { stoppedAfter: 'names', report: namesFigures() };

  stage('graph');
  const authorCount = people.people.length;
  let links: CoauthorLinks;
  try {
    links = coauthorLinks(people.paperAuthors, authorCount, options.counting, options.maxAuthors);
  } catch (err) {
    if (!(err instanceof TooManyPairsError)) throw err;
    const p = papers[err.largest]!;
    throw new IngestError(p.source.file, p.source.line, `${err.message}: too many for one build; the largest paper, here, has ${err.largestAuthors.toLocaleString('en')} authors. Lower the cap on authors per paper (--max-authors on the command line, "at most … authors" in the import's Build options): papers over it keep their authors but add no co-author links`);
  }
  for (const j of links.capped) {
    const p = papers[j]!;
    notes.push({
      file: p.source.file,
      line: p.source.line,
      record: p.title.slice(0, 80),
      note: `${people.paperAuthors[j]!.length.toLocaleString('en')} authors, more than the cap of ${options.maxAuthors}: the paper stays in the author–paper view but adds no co-author links (the cap on authors per paper: --max-authors on the command line, Build options in the import)`,
    });
  }
  const metrics = authorMetrics(authorCount, people.paperAuthors, links);
  const comps = componentSizes(authorCount, links.source, links.target);
  done('graph');
  const graphFigures = (): GraphFigures => ({
    ...namesFigures(),
    authorships: countAuthorships(people.paperAuthors),
    coauthorPairs: links.source.length,
    components: comps.components,
    largestComponent: comps.largest,
    maxAuthorsAffected: links.cappedPapers,
  });
  if (stopAfter === 'graph') return { stoppedAfter: 'graph', report: graphFigures() };

  stage('communities');
  // Leiden starts shared with another thread (each start is the same wherever it runs); the best is kept as in one thread
  const starts = new Map<number, LeidenStart>();
  // started from a previous map: its communities mended where the decisions changed links (on this thread: no Leiden search)
  const previousNodes = req.previous ? nodesOnPreviousMap(req.previous, people.people, papers, people.paperAuthors) : null;
  const warm =
    previousNodes && req.previous
      ? { initial: previousPartition(previousNodes.authorOld, req.previous), movable: movableAuthors(previousNodes.authorChanged, links.source, links.target) }
      : null;
  const shared = threads?.communityStarts && links.source.length > 0 && !warm ? threads.communityStarts(authorCount, links, options.resolution, options.seed, COMMUNITY_STARTS) : null;
  if (shared) {
    for (let r = shared.take(); r < COMMUNITY_STARTS; r = shared.take()) starts.set(r, communityStart(authorCount, links, options.resolution, options.seed, r));
    const got = (yield shared.elsewhere()) as Awaited<ReturnType<typeof shared.elsewhere>>;
    for (const [r, found] of got.found) starts.set(r, found);
    Object.assign(timingsMs, got.timingsMs ?? {});
  }
  const comm = groupCappedAuthors(detectCommunities(authorCount, links, options.resolution, options.seed, starts, warm), people.paperAuthors, links.capped, links.source, links.target);
  for (const [j, n] of comm.grouped) {
    const p = papers[j]!;
    notes.push({
      file: p.source.file,
      line: p.source.line,
      record: p.title.slice(0, 80),
      note: `${n.toLocaleString('en')} of its authors have no co-author link (every paper they share is over the cap): they form one community, this paper's group, instead of ${n.toLocaleString('en')} communities of one`,
    });
  }
  // started from a previous map: the communities that continue its ones take their numbers (colours, card numbers)
  let fromPrevious: { nodes: PreviousNodes; match: CommunityMatch } | null = null;
  if (req.previous && previousNodes) {
    const nodes = previousNodes;
    const match = matchCommunities(comm.ofAuthor, comm.count, nodes.authorOld, req.previous);
    comm.ofAuthor = match.ofAuthor;
    fromPrevious = { nodes, match };
  }
  const paperCommunity = paperCommunities(people.paperAuthors, comm.ofAuthor, metrics.weightedDegree);
  const top = topAuthorsByCommunity(comm.ofAuthor, comm.count, metrics);
  done('communities');
  const atResolution = options.resolution === 1 ? {} : { modularityAtResolution: statedModularity(comm.modularityAtResolution, links.source.length) };
  if (stopAfter === 'communities') return { stoppedAfter: 'communities', report: { ...graphFigures(), communities: comm.count, modularity: statedModularity(comm.modularity, links.source.length), ...atResolution } };

  let terms: { terms: string[] }[] | null = null;
  const layoutInput: LayoutInput = {
    authorCount,
    paperAuthors: people.paperAuthors,
    authorCommunity: comm.ofAuthor,
    paperCommunity,
    communityCount: comm.count,
    links,
    paperCount: metrics.paperCount,
    seed: options.seed,
    onProgress: (f) => progress('layout', f),
  };
  // communities laid out here and on another thread, each taking the next not yet taken (the same wherever laid
  // out); offered before the labels are asked for, so the other thread takes its share of the layout first
  const sharedLayout = threads?.layoutCommunities && comm.count > 1 && !fromPrevious ? threads.layoutCommunities(layoutInput) : null;
  // labels on another thread go on while the layout is worked out here
  const termsLater = labelsElsewhere ? labelsElsewhere(paperCommunity, comm.count) : null;
  stage('layout');
  const pieces = new Map<number, CommunityPiece>();
  if (sharedLayout) {
    const members = communityMembers(layoutInput);
    for (;;) {
      const next = sharedLayout.take();
      const c = typeof next === 'number' ? next : ((yield next) as number);
      if (c >= comm.count) break;
      pieces.set(c, layoutCommunity(layoutInput, members, c));
    }
    const got = (yield sharedLayout.elsewhere()) as Awaited<ReturnType<typeof sharedLayout.elsewhere>>;
    for (const [c, piece] of got.found) pieces.set(c, piece);
    Object.assign(timingsMs, got.timingsMs ?? {});
  }
  const layout = fromPrevious && req.previous ? warmCommunityLayout(layoutInput, warmLayoutStart(req.previous, fromPrevious.nodes, fromPrevious.match)) : communityLayout(layoutInput, pieces);
  const quality = layoutQuality(layout.authorX, layout.authorY, layout.paperX, layout.paperY, people.paperAuthors);
  done('layout');
  // The bundle but for the communities' labels and terms (left empty, set below), and the report's count of
  // spellings: none of it needs the labels, so with the labels on another thread it is made while they are worked
  // out there (the main thread waited 0.1-0.3 s for them at 30k papers); the labels stage is then this and the wait.
  const unlabelledBundle = () => {
    const sizes = new Array<number>(comm.count).fill(0);
    const paperSizes = new Array<number>(comm.count).fill(0);
    comm.ofAuthor.forEach((c) => sizes[c]!++);
    paperCommunity.forEach((c) => paperSizes[c]!++);
    const communities = top.map((authors, c) => ({
      size: sizes[c]!,
      paperCount: paperSizes[c]!,
      terms: [] as string[],
      label: '',
      topAuthors: authors,
      x: layout.communityX[c]!,
      y: layout.communityY[c]!,
    }));
    const name = req.name ?? datasetNameOf(inputs.map((f) => f.name));
    const made = makeBundle({
      name,
      options,
      papers,
      people: people.people,
      paperAuthors: people.paperAuthors,
      positionPeople: people.positionPeople,
      focalAuthor: people.focalAuthor,
      authorCommunity: comm.ofAuthor,
      paperCommunity,
      metrics,
      links,
      communities,
      modularity: comm.modularity,
      layout,
      abstractsFile: req.abstractsFile ?? null,
      abstractChunkSize: req.abstractsFile === undefined ? ABSTRACT_CHUNK_SIZE : null,
    });
    return { ...made, authorNames: countAuthorNames(all, { shown: people.shownSpellings, resolved: papers }) };
  };
  let unlabelled: ReturnType<typeof unlabelledBundle> | null = null;
  if (termsLater) {
    // the wait for the other thread (its own times are added as labels… keys)
    stage('labels');
    unlabelled = unlabelledBundle();
    const got = (yield termsLater) as Awaited<typeof termsLater>;
    terms = got.terms;
    done('labels');
    for (const [k, v] of Object.entries(got.timingsMs ?? {})) timingsMs[k] = v;
  } else {
    // here, after the layout as on another thread: the stages are said in one order whichever way the labels go (the
    // import's list ticked "Labelling communities" before the layout, then ran it again after: tester K)
    stage('labels');
    const labeler = req.labeler === undefined ? labelCommunities : req.labeler;
    terms = labeler ? labeler(papers.map((p, j) => ({ title: p.title, abstract: p.abstract ?? null, community: paperCommunity[j]! })), comm.count) : null;
    done('labels');
  }

  stage('bundle');
  const { bundle, abstracts, authorNames } = unlabelled ?? unlabelledBundle();
  unlabelled = null;
  // no two communities carry the same label (a term added where two would)
  const termsOf = top.map((_, c) => terms?.[c]?.terms ?? []);
  let labels = distinctCommunityLabels(
    termsOf,
    top.map((authors) => authors.slice(0, 3).map((a) => people.people[a]!.name)),
  );
  let communityTerms: readonly (readonly string[])[] = termsOf;
  // a community that continues one of the previous map's reads as it did
  if (fromPrevious && req.previous) ({ labels, terms: communityTerms } = carryLabels(labels, termsOf, fromPrevious.match.continues, req.previous));
  bundle.communities.forEach((community, c) => {
    community.terms = [...communityTerms[c]!];
    community.label = labels[c]!;
  });
  checkBundle(bundle, papers);
  done('bundle');

  const merged: MergeEntry[] = [...dedup.merged, ...people.merged];
  const report: BuildReport = {
    inputs: reportInputs,
    records,
    papers: papers.length,
    authorNames,
    authors: authorCount,
    authorships: bundle.stats.authorships,
    coauthorPairs: links.source.length,
    components: comps.components,
    largestComponent: comps.largest,
    communities: comm.count,
    modularity: bundle.stats.modularity,
    ...atResolution,
    communitiesWithoutLinks: linklessCommunities(comm.ofAuthor, metrics.coauthorCount, comm.count),
    maxAuthorsAffected: links.cappedPapers,
    focalAuthor: focalRaw,
    options,
    merged,
    skipped,
    notes,
    layoutQuality: Math.round(quality * 10000) / 10000,
    ...(fromPrevious ? { previousMap: previousMapFigures(fromPrevious.nodes, fromPrevious.match) } : {}),
    timingsMs,
    ...(req.fetched ? { fetched: req.fetched } : {}),
  };
  return { bundle, abstracts, report };
}

/** The report's `previousMap` figures of a build started from a previous map. */
function previousMapFigures(nodes: PreviousNodes, match: CommunityMatch): NonNullable<BuildReport['previousMap']> {
  let kept = 0;
  let sameNumber = 0;
  match.continues.forEach((k, c) => {
    if (k >= 0) kept++;
    if (k === c) sameNumber++;
  });
  let changed = 0;
  nodes.authorChanged.forEach((f) => (changed += f));
  return { communitiesContinued: kept, communitiesSameNumber: sameNumber, authorsLaidOutAgain: changed };
}

/** What the ingest stage gives: every record read, merged or skipped, with the report's input figures. */
export interface IngestResult {
  /** Every paper read, before duplicate papers are merged. */
  all: RawPaper[];
  /** Papers after merging duplicates (same DOI, or same normalised title and authors). */
  papers: RawPaper[];
  skipped: SkippedRecord[];
  notes: IngestNote[];
  /** Records read in all: papers + skipped. */
  records: number;
  dedup: ReturnType<typeof mergeDuplicatePapers>;
  reportInputs: BuildReport['inputs'];
  /** The seed format's focal author line, if any input had one. */
  focalRaw: string | null;
  /** Where `focalRaw` was read (file name, 1-based line), when it came from an input. */
  focalSource?: { file: string; line: number } | null;
}

/** `to.push(...items)` for lists of any length. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/**
 * The ingest stage alone: reads every input (format detected from content unless `format` is given),
 * merges duplicate papers and accounts for every record. `onProgress` gets the fraction of inputs read (0..1);
 * `knownNames`: author spellings' name keys worked out beforehand (`BuildThreads.nameParts`), or null.
 * Throws IngestError (`file:line: problem`) on unreadable input or when no usable paper remains.
 */
export function ingestPapers(inputs: InputFile[], format?: InputFormat, onProgress: (fraction: number) => void = () => {}, knownNames: KnownNameParts | null = null): IngestResult {
  return mergeRead(readInputs(inputs, format, onProgress), inputs, knownNames);
}

/** The first part of `ingestPapers`: every input read (readers and tidied author lists), nothing merged yet. */
type ReadInputs = Pick<IngestResult, 'all' | 'skipped' | 'notes' | 'reportInputs' | 'focalRaw' | 'focalSource'>;

/**
 * Reads every input (`ingestPapers`' first part: `onProgress` as there). Throws IngestError on unreadable input: every
 * input is read first, and several unreadable ones are one `IngestErrors` naming each.
 */
function readInputs(inputs: InputFile[], format: InputFormat | undefined, onProgress: (fraction: number) => void): ReadInputs {
  const all: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  const reportInputs: BuildReport['inputs'] = [];
  let focalRaw: string | null = null;
  let focalSource: { file: string; line: number } | null = null;
  // every bad file is said at once (a tester's drop of two bad files among good ones heard of the first only)
  const problems: IngestError[] = [];
  inputs.forEach((file, k) => {
    if (file.notes) append(notes, file.notes);
    let r: ReaderResult;
    try {
      r = readInput(file, format);
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      problems.push(err);
      onProgress((k + 1) / (inputs.length + 1));
      return;
    }
    replaceControlCharacters(r.papers, r.notes);
    noteFutureYears(r.papers, r.notes);
    reportInputs.push({ file: file.name, format: r.format, records: r.papers.length + r.skipped.length });
    // not push(...list): a spread of 130k+ items overflows the call stack (160k-paper corpora)
    append(all, r.papers);
    append(skipped, r.skipped);
    append(notes, r.notes);
    if (r.focalAuthor && !focalRaw) {
      focalRaw = r.focalAuthor;
      focalSource = { file: file.name, line: r.focalLine ?? 1 };
    }
    onProgress((k + 1) / (inputs.length + 1));
  });
  const problem = ingestErrorOf(problems);
  if (problem) throw problem;
  return { all, skipped, notes, reportInputs, focalRaw, focalSource };
}

/** `ingestPapers`' second part: duplicate papers merged (`knownNames` as there). Throws IngestError when no usable paper remains. */
function mergeRead(read: ReadInputs, inputs: InputFile[], knownNames: KnownNameParts | null): IngestResult {
  const { all, skipped, notes, reportInputs, focalRaw, focalSource } = read;
  const records = all.length + skipped.length;
  const dedup = mergeDuplicatePapers(all, knownNames, notes);
  const papers = dedup.papers;
  append(notes, dedup.notes);
  if (papers.length === 0) {
    const first = skipped[0];
    throw new IngestError(first?.file ?? inputs[0]!.name, first?.line ?? 1, `no usable papers${first ? ` (${skipped.length} records skipped, the first because: ${first.reason})` : ''}`);
  }
  return { all, papers, skipped, notes, records, dedup, reportInputs, focalRaw, focalSource };
}
