/// <reference lib="webworker" />
/**
 * The abstracts worker: fetches an abstracts chunk, decodes, parses and checks it off the main thread, and hands
 * the page the chunk's texts in one message. In the page, a chunk's reply took four or five main-thread tasks
 * (the reply, its body, the parse), each queued behind the frames a click sets off: on the 30k map the chunk was
 * on the machine 40 ms after the click but in the panel only after 250–350 ms (load 2.4, Resource Timing against
 * the fetch's own promises). Messaging by comlink (abstracts-client.ts).
 */
import { expose } from 'comlink';
import { BundleError, type BundleProblemKind } from '../../core/bundle/validate';
import { readAbstractChunk } from '../data/fetch-text';

/** A chunk's texts, or what went wrong (the page makes the BundleError again: errors lose their class in messages). */
export type ChunkReply = { ok: true; texts: string[] } | { ok: false; kind: BundleProblemKind; problem: string };

const api = {
  /**
   * The abstracts of chunk file `url` (absolute), checked to hold `expected` strings; `file` names it in messages.
   * Never rejects: a missing, unreadable or malformed chunk is a `{ ok: false }` reply.
   */
  async chunk(url: string, file: string, expected: number): Promise<ChunkReply> {
    try {
      return { ok: true, texts: await readAbstractChunk(url, file, expected) };
    } catch (err) {
      if (err instanceof BundleError) return { ok: false, kind: err.kind, problem: err.problem };
      return { ok: false, kind: 'missing', problem: `could not be read (${err instanceof Error ? err.message : String(err)})` };
    }
  },
};

export type AbstractsApi = typeof api;

expose(api);
