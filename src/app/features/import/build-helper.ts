/**
 * The in-browser build's second thread, started by the page beside the build worker (build-client.ts) and
 * spoken to by the build worker on a channel the page hands over (build-threads.ts), as the CLI's second thread
 * (scripts/lib/build-worker.ts). While the build worker reads a large input it gets the records' titles, abstracts and
 * authors in batches (it is idle then): it parses each new author spelling (`NamePartCollector`, sent back when
 * the ingest starts) and scans the texts for the labels (`StreamedTexts`); after ingest it tokenises the papers
 * (from the scanned records the build worker picks) while the build worker matches names and links authors; runs the last Leiden start while the build worker runs the
 * others; counts the labels once told each paper's community; then lays out communities from the smallest up
 * while the build worker lays them out from the largest down, until the two meet. The same core functions as a
 * one-thread build (`tokenizePapersSteps`, `communityStart`, `labelTokenized`, `layoutCommunity`), so the map is
 * the same.
 *
 * Work is done in turns, most urgent first, as in the CLI's thread: the tokenising a slice at a time (15 ms),
 * a Leiden start before it (the build worker waits for the start, not for the tokens), the labels next (the
 * build worker waits for them after its layout), the layout share last, a few communities at a time so that
 * the build worker's position (sent as messages: a page has no shared memory) is read between them.
 */
/// <reference lib="webworker" />
import { runFor } from '../../../core/util/steps';
import { labelTokenized, tokenizePapersSteps, type TokenizedPapers } from '../../../core/analyse/terms';
import { communityStart } from '../../../core/analyse/communities';
import { communityMembers, layoutCommunity, type CommunityMembers, type LayoutInput } from '../../../core/layout/index';
import { fromLayoutColumns } from '../../../core/layout/layout-columns';
import { StreamedTexts } from '../../../core/analyse/terms/streamed-texts';
import { NamePartCollector } from '../../../core/names/name-part-columns';
import { inNextTask, type HelperReply, type HelperRequest } from './build-threads';

/** Papers per tokenising step; steps run back to back for at most SLICE_MS before messages are read again. */
const SLICE_PAPERS = 200;
const SLICE_MS = 15;
/** Community layouts run back to back for at most this long before the build worker's position is read again, ms. */
const LAYOUT_SLICE_MS = 8;

/** The channel to the build worker, handed over by the page (build-client.ts) in the first message. */
let port: MessagePort | null = null;

/** Requests not yet run (the control messages — drop a start, the build worker's layout position — act at once). */
const waiting: Extract<HelperRequest, { type: 'starts' | 'labels' | 'layout' }>[] = [];
const URGENCY = { starts: 0, labels: 1, layout: 2 } as const;

/** The records' texts streamed while the build worker reads (scanned when nothing else waits), and their authors' name parts. */
let streamed = new StreamedTexts();
const names = new NamePartCollector();

let tokenizing: Generator<void, TokenizedPapers, void> | null = null;
let tokens: TokenizedPapers | null = null;
let tokenizeMs = 0;

/** This thread's share of the community layout, under way: it takes `next`, then `next - 1`, ... */
interface LayoutShare {
  id: number;
  input: LayoutInput;
  members: CommunityMembers;
  next: number;
  /** The build worker's next community (it takes upwards): this thread stops below it. */
  other: number;
  ended: boolean;
  ms: number;
}
let layout: LayoutShare | null = null;

function send(reply: HelperReply, transfer: Transferable[] = []): void {
  port?.postMessage(reply, transfer);
}

let scheduled = false;
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  inNextTask(onTurn);
}
function onTurn(): void {
  scheduled = false;
  try {
    turn();
  } catch (err) {
    waiting.length = 0;
    tokenizing = null;
    layout = null;
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (waiting.length > 0 || tokenizing || (layout && !layout.ended) || streamed.pending()) schedule();
}

function receive(msg: HelperRequest): void {
  switch (msg.type) {
    case 'ready':
      send({ type: 'ready' });
      return;
    case 'stream-start':
      // a new build: whatever an earlier one left (it failed half-way) is dropped
      newBuild();
      streamed = new StreamedTexts();
      names.clear();
      return;
    case 'batch':
      streamed.push(msg.titles, msg.abstracts);
      // parsed at once (the build worker asks for them as soon as it has read the input); the texts are scanned in turns
      names.add(msg.authors);
      break;
    case 'name-parts':
      send({ type: 'name-parts', id: msg.id, columns: names.take() });
      return;
    case 'texts': {
      newBuild();
      // the texts were not streamed (or not all): tokenised from scratch
      streamed = new StreamedTexts();
      names.clear();
      tokenizing = tokenizePapersSteps(
        msg.titles.map((title, p) => ({ title, abstract: msg.abstracts[p] ?? null })),
        SLICE_PAPERS,
      );
      break;
    }
    case 'texts-picked': {
      newBuild();
      const picked = streamed.tokenize(msg, SLICE_PAPERS, SLICE_MS);
      scanMs = streamed.scanMs;
      streamedPapers = msg.pick.reduce((n, r) => (r >= 0 ? n + 1 : n), 0);
      streamed = new StreamedTexts();
      tokenizing = picked.steps;
      break;
    }
    case 'drop-start': {
      const k = waiting.findIndex((w) => w.type === 'starts' && w.id === msg.id);
      if (k >= 0) waiting.splice(k, 1);
      return;
    }
    case 'layout-at':
      if (layout?.id === msg.id) layout.other = Math.max(layout.other, msg.next);
      return;
    case 'layout-end':
      if (layout?.id === msg.id) endLayout(layout);
      else {
        const k = waiting.findIndex((w) => w.type === 'layout' && w.id === msg.id);
        if (k >= 0) {
          waiting.splice(k, 1);
          send({ type: 'layout-done', id: msg.id, ms: 0 });
        }
      }
      return;
    default:
      waiting.push(msg);
  }
  schedule();
}

/** Time spent scanning the streamed texts before the papers were picked, ms (the rest is in tokenizeMs). */
let scanMs = 0;
/** Papers whose texts were picked from the streamed records (-1: the texts were sent whole). */
let streamedPapers = -1;

/** Drops what an earlier build left (one that failed half-way). */
function newBuild(): void {
  waiting.length = 0;
  layout = null;
  tokens = null;
  tokenizeMs = 0;
  scanMs = 0;
  streamedPapers = -1;
}

function endLayout(share: LayoutShare): void {
  if (share.ended) return;
  share.ended = true;
  send({ type: 'layout-done', id: share.id, ms: Math.round(share.ms) });
  layout = null;
}

/** One turn: the most urgent request that can run now, else a slice of tokenising, else a slice of the layout share. */
function turn(): void {
  let pick = -1;
  for (let i = 0; i < waiting.length; i++) {
    const w = waiting[i]!;
    // the labels need every paper tokenised
    if (w.type === 'labels' && tokenizing) continue;
    if (pick < 0 || URGENCY[w.type] < URGENCY[waiting[pick]!.type]) pick = i;
  }
  const w = pick >= 0 ? waiting[pick]! : null;
  // a Leiden start goes before the tokenising; the labels and the layout after it
  if (w && (w.type === 'starts' || !tokenizing)) {
    waiting.splice(pick, 1);
    run(w);
  } else if (tokenizing) {
    const t0 = performance.now();
    const r = runFor(tokenizing, SLICE_MS);
    if (r.done) {
      tokens = r.value;
      tokenizing = null;
    }
    tokenizeMs += performance.now() - t0;
  } else if (layout) {
    layOut(layout);
  } else if (streamed.pending()) {
    // the build worker is still reading: the records streamed so far are scanned meanwhile
    streamed.scan(performance.now() + SLICE_MS);
  }
}

function run(w: (typeof waiting)[number]): void {
  if (w.type === 'starts') {
    send({ type: 'start-took', id: w.id });
    const t0 = performance.now();
    const found = communityStart(w.authorCount, { source: w.source, target: w.target, weight: w.weight }, w.resolution, w.seed, w.start);
    send({ type: 'start', id: w.id, start: w.start, community: found.community, modularity: found.modularity, iterations: found.iterations, ms: Math.round(performance.now() - t0) }, [found.community.buffer]);
  } else if (w.type === 'labels') {
    if (!tokens) throw new Error('labels asked for before the texts were sent');
    const t0 = performance.now();
    const terms = labelTokenized(tokens, w.community, w.communityCount);
    tokens = null;
    const timingsMs: Record<string, number> = { labelsTokenizeWorker: Math.round(tokenizeMs), labelsCountWorker: Math.round(performance.now() - t0) };
    if (scanMs > 0) timingsMs.labelsScanWorker = Math.round(scanMs);
    if (streamedPapers >= 0) timingsMs.labelsStreamedPapers = streamedPapers;
    send({ type: 'labels', id: w.id, terms, timingsMs });
  } else {
    const input = fromLayoutColumns(w);
    const t0 = performance.now();
    layout = { id: w.id, input, members: communityMembers(input), next: w.communityCount - 1, other: 0, ended: false, ms: 0 };
    layout.ms += performance.now() - t0;
  }
}

/** A few communities of the layout share, from the smallest (highest index) down, until the build worker's are reached. */
function layOut(share: LayoutShare): void {
  const t0 = performance.now();
  while (share.next >= share.other && performance.now() - t0 < LAYOUT_SLICE_MS) {
    const c = share.next--;
    // said before it is laid out: the build worker stops short of it (if it takes it anyway, both give the same)
    send({ type: 'layout-took', id: share.id, community: c });
    const piece = layoutCommunity(share.input, share.members, c);
    send({ type: 'piece', id: share.id, community: c, xs: piece.xs, ys: piece.ys, radius: piece.radius }, [piece.xs.buffer, piece.ys.buffer]);
  }
  share.ms += performance.now() - t0;
  if (share.next < share.other) endLayout(share);
}

self.onmessage = (event: MessageEvent<{ type: 'port' }>) => {
  if (event.data?.type !== 'port' || port) return;
  port = event.ports[0]!;
  port.onmessage = (e: MessageEvent<HelperRequest>) => receive(e.data);
};
