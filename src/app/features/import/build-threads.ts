/**
 * The in-browser build's second thread (build-helper.ts), seen from the build worker: `BuildThreads` for
 * `buildDatasetAsync`, as the CLI's scripts/lib/build-threads.ts, over the channel the page set up between the
 * two workers. While this thread reads a large BibTeX input (`readAhead`) the helper gets the records' texts and
 * authors in batches (it would be idle until the ingest is done): it parses the author spellings (sent back when
 * the ingest starts: `nameParts`) and scans the texts for the labels, so after ingest only which record each
 * paper is goes over (`pickStreamed`); it tokenises the labels' texts while names and links are worked out here,
 * runs the last
 * Leiden start while this thread runs the others, counts the labels and then lays out communities from the
 * smallest up while this thread lays them out from the largest down.
 *
 * Browsers give shared memory only to cross-origin-isolated pages, so where the CLI's threads take work in turns
 * through a shared counter, these two tell each other by message what they took: the helper says which
 * community it takes before laying it out, and this thread, between two communities, at most every
 * `READ_EVERY_MS`, gives the page's event loop a turn to read that (core's `take` answers with a promise then)
 * and says where it is. Two that cross take the same community, which both lay out the same. A Leiden start the
 * helper has not begun when this thread wants it is dropped there and run here. The result is the same as a
 * one-thread build's, byte for byte.
 */
import { IngestError } from '../../../core/ingest/errors';
import type { BuildThreads } from '../../../core/pipeline';
import type { CommunityTerms } from '../../../core/analyse/terms';
import type { LeidenStart } from '../../../core/analyse/leiden';
import type { CommunityPiece } from '../../../core/layout/index';
import { layoutColumnBuffers, toLayoutColumns, type LayoutColumns } from '../../../core/layout/layout-columns';
import { joinBibtexParts, readBibtexPart } from '../../../core/ingest/bibtex';
import { detectFormat } from '../../../core/ingest/index';
import type { InputFile, InputFormat, RawPaper } from '../../../core/ingest/types';
import { pickStreamed } from '../../../core/analyse/terms/streamed-texts';
import { knownNameParts, streamedAuthors, type NamePartColumns, type StreamedAuthors } from '../../../core/names/name-part-columns';

/** From this much input (characters, all files together) a build uses the helper; below it, starting one costs more than it saves. */
export const HELPER_FROM_CHARS = 4 << 20;
/** Time this thread lays out communities before it reads the helper's messages again, ms. */
const READ_EVERY_MS = 8;
/** How long `elsewhere` waits for the helper to begin a Leiden start it was given before running it here, ms. */
const START_GRACE_MS = 50;

/** Messages to the helper. */
export type HelperRequest =
  | { type: 'ready' }
  /** A build's input is about to be streamed: what an earlier build left is dropped. */
  | { type: 'stream-start' }
  /** The next records as read: their texts (scanned there meanwhile) and authors (parsed at once). */
  | { type: 'batch'; titles: string[]; abstracts: (string | null)[]; authors: StreamedAuthors }
  /** The name parts of every author spelling streamed so far (answered with `name-parts`). */
  | { type: 'name-parts'; id: number }
  /** Every paper's texts (none were streamed, or not all). */
  | { type: 'texts'; titles: string[]; abstracts: (string | null)[] }
  /** The papers' texts as picks from the records streamed (`pickStreamed`). */
  | { type: 'texts-picked'; pick: Int32Array; titles: string[]; abstracts: (string | null)[] }
  | { type: 'starts'; id: number; authorCount: number; source: Int32Array; target: Int32Array; weight: Float64Array; resolution: number; seed: number; start: number }
  | { type: 'drop-start'; id: number }
  | { type: 'labels'; id: number; community: Int32Array; communityCount: number }
  | ({ type: 'layout'; id: number } & LayoutColumns)
  /** This thread's next community: the helper stops above it. */
  | { type: 'layout-at'; id: number; next: number }
  | { type: 'layout-end'; id: number };

/** Messages from the helper. */
export type HelperReply =
  | { type: 'ready' }
  | { type: 'name-parts'; id: number; columns: NamePartColumns & { ms: number } }
  | { type: 'start-took'; id: number }
  | ({ type: 'start'; id: number; start: number; ms: number } & LeidenStart)
  | { type: 'labels'; id: number; terms: CommunityTerms[]; timingsMs: Record<string, number> }
  | { type: 'layout-took'; id: number; community: number }
  | ({ type: 'piece'; id: number; community: number } & CommunityPiece)
  | { type: 'layout-done'; id: number; ms: number }
  | { type: 'error'; message: string };

export interface BuildHelper {
  /** Core's `BuildThreads`: the labels, a Leiden start and a share of the community layout on the helper. */
  threads: Required<Pick<BuildThreads, 'labels' | 'communityStarts' | 'layoutCommunities' | 'nameParts'>>;
  /**
   * A build's records are about to be streamed (`stream`, in reading order, every input): the helper parses their
   * authors and scans their texts meanwhile; `threads.nameParts` and `threads.labels` then use what it has.
   */
  streamStart(): void;
  /** The next records as read (in reading order). Throws when the helper has failed. */
  stream(papers: readonly RawPaper[]): void;
  /** Some input was not streamed: the helper's names and texts of this build are not used (`labels` sends every text). */
  dropStream(): void;
  /** True once the helper's code has loaded and run; never settles while it is still loading. */
  ready: Promise<boolean>;
  /** Whether it has said it is ready (a build never waits for a helper that is still loading). */
  isReady(): boolean;
  /** True once the helper failed (an error there, or an unreadable message): replace it. */
  broken(): boolean;
  /** Ends the helper's channel. */
  close(): void;
}

/**
 * Runs `fn` in a task of its own, after the messages that arrived before: a message to itself in a browser
 * (setTimeout would be clamped to 4 ms once nested); `setImmediate` in Node (the unit tests), whose ports read all
 * their queued messages, including ones posted meanwhile, before any other port's. Throws nothing.
 */
export function inNextTask(fn: () => void): void {
  if (typeof setImmediate === 'function') {
    setImmediate(fn);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

const nextTask = () => new Promise<void>((resolve) => inNextTask(resolve));

/**
 * The helper behind `port` (the page starts it beside the build worker, build-client.ts, so an import fetches
 * nothing, not even the helper's code). An error in the helper rejects what the build waits for with its
 * message, prefixed "build helper: ".
 */
export function startBuildHelper(port: MessagePort): BuildHelper {
  let failed: Error | null = null;
  let isReady = false;
  let nextId = 1;
  /** Replies awaited, by kind and id. */
  const waiting = new Map<string, { resolve: (r: HelperReply) => void; reject: (e: Error) => void }>();
  /** Per message kind and id, handlers of messages that are no reply (start-took, layout-took, piece). */
  const listeners = new Map<number, (r: HelperReply) => void>();
  /** Called once each time a message arrives or the helper fails (what a waiting `elsewhere` looks at may have changed). */
  let changed: (() => void) | null = null;
  const wake = () => {
    const c = changed;
    changed = null;
    c?.();
  };
  const fail = (err: Error) => {
    failed ??= err;
    for (const w of waiting.values()) w.reject(failed);
    waiting.clear();
    wake();
  };
  const expect = <T extends HelperReply['type']>(type: T, id: number): Promise<Extract<HelperReply, { type: T }>> =>
    new Promise((resolve, reject) => {
      if (failed) return reject(failed);
      waiting.set(`${type}:${id}`, { resolve: resolve as (r: HelperReply) => void, reject });
    });
  let readyResolve: (ok: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (readyResolve = resolve));
  port.onmessage = (event: MessageEvent<HelperReply>) => {
    const msg = event.data;
    if (msg.type === 'error') return fail(new Error(`build helper: ${msg.message}`));
    if (msg.type === 'ready') {
      isReady = !failed;
      return readyResolve(isReady);
    }
    listeners.get(msg.id)?.(msg);
    const key = `${msg.type}:${msg.id}`;
    const w = waiting.get(key);
    if (w) {
      waiting.delete(key);
      w.resolve(msg);
    }
    wake();
  };
  port.onmessageerror = () => fail(new Error('build helper: a message could not be read'));
  const post = (msg: HelperRequest, transfer: Transferable[] = []) => {
    if (failed) throw failed;
    port.postMessage(msg, transfer);
  };
  post({ type: 'ready' });

  /** This build's records as streamed (null: none, or not all, were); the papers' texts are picked from them. */
  let streamed: RawPaper[] | null = null;
  const threads: BuildHelper['threads'] = {
    nameParts() {
      if (!streamed || streamed.length === 0 || failed) return null;
      const id = nextId++;
      const reply = expect('name-parts', id);
      post({ type: 'name-parts', id });
      return reply.then((r) => knownNameParts(r.columns));
    },
    labels(papers) {
      // sent now (or picked from the records streamed while reading), tokenised there in slices while this thread goes on
      if (streamed && streamed.length > 0) {
        const picked = pickStreamed(streamed, papers);
        post({ type: 'texts-picked', ...picked }, [picked.pick.buffer]);
      } else post({ type: 'texts', titles: papers.map((p) => p.title), abstracts: papers.map((p) => p.abstract) });
      streamed = null;
      return async (paperCommunity, communityCount) => {
        const id = nextId++;
        const community = Int32Array.from(paperCommunity);
        const reply = expect('labels', id);
        post({ type: 'labels', id, community, communityCount }, [community.buffer]);
        const got = await reply;
        return { terms: got.terms, timingsMs: got.timingsMs };
      };
    },

    communityStarts(authorCount, links, resolution, seed, count) {
      // the last start there (three starts: two here, one there, as the CLI's threads share them)
      const id = nextId++;
      const there = count >= 2 ? count - 1 : -1;
      let took = false;
      let result: Promise<Extract<HelperReply, { type: 'start' }>> | null = null;
      if (there >= 0 && !failed) {
        listeners.set(id, (r) => {
          if (r.type === 'start-took') took = true;
        });
        result = expect('start', id);
        result.catch(() => {}); // awaited in `elsewhere` when the helper took the start
        const source = Int32Array.from(links.source);
        const target = Int32Array.from(links.target);
        const weight = Float64Array.from(links.weight);
        post({ type: 'starts', id, authorCount, source, target, weight, resolution, seed, start: there }, [source.buffer, target.buffer, weight.buffer]);
      }
      let next = 0;
      return {
        take: () => (next < count && (result === null || next < there) ? next++ : count),
        async elsewhere() {
          if (!result) return { found: new Map() };
          for (const t0 = performance.now(); !took && !failed && performance.now() - t0 < START_GRACE_MS; ) await nextTask();
          listeners.delete(id);
          if (!took) {
            // not begun there (busy, or gone): run here by core (a start missing from `found`), dropped there
            waiting.delete(`start:${id}`);
            if (!failed) post({ type: 'drop-start', id });
            return { found: new Map() };
          }
          const got = await result;
          return {
            found: new Map([[got.start, { community: got.community, modularity: got.modularity, iterations: got.iterations }]]),
            timingsMs: { communitiesStartWorker: got.ms },
          };
        },
      };
    },

    layoutCommunities(input) {
      const id = nextId++;
      const count = input.communityCount;
      /** The lowest community the helper said it took (it takes downwards from the last). */
      let helperFrom = count;
      const pieces = new Map<number, CommunityPiece>();
      let helperMs = null as number | null;
      listeners.set(id, (r) => {
        if (r.type === 'layout-took') helperFrom = Math.min(helperFrom, r.community);
        else if (r.type === 'piece') pieces.set(r.community, { xs: r.xs, ys: r.ys, radius: r.radius });
        else if (r.type === 'layout-done') helperMs = r.ms;
      });
      const columns = toLayoutColumns(input);
      post({ type: 'layout', id, ...columns }, layoutColumnBuffers(columns));
      /** This thread's next community: it takes upwards from 0 until it reaches one the helper took. */
      let next = 0;
      let readAt = performance.now();
      const takeNow = () => (next < helperFrom ? next++ : count);
      return {
        take() {
          if (failed || performance.now() - readAt < READ_EVERY_MS) return takeNow();
          // the helper's messages are read in the task between, then this thread's place is sent
          return nextTask().then(() => {
            readAt = performance.now();
            if (!failed) post({ type: 'layout-at', id, next });
            return takeNow();
          });
        },
        async elsewhere() {
          if (!failed) post({ type: 'layout-end', id });
          // this thread stopped at `next` because the helper said it took every community from there up
          const missing = () => {
            for (let c = next; c < count; c++) if (!pieces.has(c)) return true;
            return false;
          };
          while (missing() && !failed) await new Promise<void>((resolve) => (changed = resolve));
          listeners.delete(id);
          if (failed) throw failed;
          const found = new Map<number, CommunityPiece>();
          for (let c = next; c < count; c++) found.set(c, pieces.get(c)!);
          // the helper's time when it has said it (it stops after the community it is on), and its share
          const timingsMs: Record<string, number> = { layoutWorkerCommunities: count - next };
          if (helperMs !== null) timingsMs.layoutWorker = helperMs;
          return { found, timingsMs };
        },
      };
    },
  };
  return {
    threads,
    streamStart() {
      streamed = [];
      post({ type: 'stream-start' });
    },
    stream(papers) {
      if (!streamed) return;
      for (const p of papers) streamed.push(p);
      const authors = streamedAuthors(papers);
      post({ type: 'batch', titles: papers.map((p) => p.title), abstracts: papers.map((p) => p.abstract ?? null), authors }, [authors.count.buffer]);
    },
    dropStream() {
      streamed = null;
    },
    ready,
    isReady: () => isReady,
    broken: () => failed !== null,
    close: () => {
      fail(new Error('build helper: closed'));
      port.close();
    },
  };
}

/**
 * The inputs read here before the build (`file.parsed`, taken by the ingest as read), each BibTeX file's records
 * handed to the helper in batches as they are read (`BuildHelper.stream`): it parses their authors and scans their
 * texts meanwhile. Streams every input or none: at the first input that is not BibTeX (or whose format is unclear)
 * the stream is dropped and that input and the rest are left to the ingest. A helper that fails (or has failed)
 * streams nothing; the files are read here all the same. Inputs under HELPER_FROM_CHARS in all are left to the
 * ingest (no helper then). Gives the read's time (ms) for the report ({} when nothing was read ahead).
 * A BibTeX file with no usable entry is left unread to the ingest (which says so with every other bad file).
 */
export function readAhead(inputs: InputFile[], format: InputFormat | undefined, two: BuildHelper, progress: (stage: 'ingest', fraction: number) => void): Record<string, number> {
  if (inputs.reduce((n, f) => n + f.text.length, 0) < HELPER_FROM_CHARS) return {};
  const t0 = performance.now();
  const send = (papers: readonly RawPaper[]) => {
    try {
      two.stream(papers);
    } catch {
      two.dropStream();
    }
  };
  try {
    two.streamStart();
  } catch {
    two.dropStream();
  }
  for (const file of inputs) {
    let fmt: InputFormat | null = null;
    try {
      fmt = file.parsed ? null : (format ?? detectFormat(file));
    } catch {
      // the build says what is wrong with the file
    }
    if (fmt !== 'bibtex') {
      two.dropStream();
      break;
    }
    progress('ingest', 0);
    try {
      file.parsed = joinBibtexParts(file, [readBibtexPart(file, 0, 1, send)]);
    } catch (err) {
      // a file with no usable entry: left to the ingest, which says so with every other bad file
      if (!(err instanceof IngestError)) throw err;
      two.dropStream();
      break;
    }
  }
  return { ingestRead: Math.round(performance.now() - t0) };
}
