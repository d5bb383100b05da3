/**
 * The community layout's input as columns of typed arrays, to hand it to another thread (a worker_thread in
 * the CLI, a Web Worker in the browser) by transfer instead of a structured clone of nested arrays. One
 * definition for both builds' second threads (scripts/lib/build-threads.ts, app/features/import/build-threads.ts).
 */
import type { LayoutInput } from './community-layout';

/** `LayoutInput` without its links and progress callback (the per-community layout needs neither), as columns. */
export interface LayoutColumns {
  authorCount: number;
  /** Paper p's authors: paperAuthors[paperOffsets[p] .. paperOffsets[p + 1]). */
  paperOffsets: Int32Array;
  paperAuthors: Int32Array;
  authorCommunity: Int32Array;
  paperCommunity: Int32Array;
  paperCount: Float64Array;
  communityCount: number;
  seed: number;
}

/** Packs `input` into fresh typed arrays (the caller may transfer them: `layoutColumnBuffers`). */
export function toLayoutColumns(input: LayoutInput): LayoutColumns {
  const n = input.paperAuthors.length;
  const paperOffsets = new Int32Array(n + 1);
  input.paperAuthors.forEach((authors, p) => (paperOffsets[p + 1] = paperOffsets[p]! + authors.length));
  const paperAuthors = new Int32Array(paperOffsets[n]!);
  input.paperAuthors.forEach((authors, p) => paperAuthors.set(authors, paperOffsets[p]!));
  return {
    authorCount: input.authorCount,
    paperOffsets,
    paperAuthors,
    authorCommunity: Int32Array.from(input.authorCommunity),
    paperCommunity: Int32Array.from(input.paperCommunity),
    paperCount: Float64Array.from(input.paperCount),
    communityCount: input.communityCount,
    seed: input.seed,
  };
}

/** The buffers of `columns`, for a transfer list. */
export function layoutColumnBuffers(columns: LayoutColumns): ArrayBuffer[] {
  const { paperOffsets, paperAuthors, authorCommunity, paperCommunity, paperCount } = columns;
  return [paperOffsets, paperAuthors, authorCommunity, paperCommunity, paperCount].map((a) => a.buffer as ArrayBuffer);
}

/** The layout input back from `columns` (no links: the per-community layout reads none). */
export function fromLayoutColumns(columns: LayoutColumns): LayoutInput {
  const { paperOffsets, paperAuthors: flat } = columns;
  const paperAuthors: number[][] = [];
  for (let p = 0; p + 1 < paperOffsets.length; p++) paperAuthors.push(Array.from(flat.subarray(paperOffsets[p]!, paperOffsets[p + 1]!)));
  return {
    authorCount: columns.authorCount,
    paperAuthors,
    authorCommunity: Array.from(columns.authorCommunity),
    paperCommunity: Array.from(columns.paperCommunity),
    communityCount: columns.communityCount,
    links: { source: [], target: [], weight: [] },
    paperCount: Array.from(columns.paperCount),
    seed: columns.seed,
  };
}
