/**
 * The venue list's series keys worked out on a worker (src/app/workers/series-client.ts), with a stand-in worker on
 * this thread (comlink over a MessageChannel) that keeps to the real one's call (series-worker.ts `series`): a long
 * list's keys come from the worker and are then known in the page, the same keys as worked out in the page; a short
 * list never makes a worker; a worker that fails or answers wrong leaves the keys to the page. On the page, the 70k
 * map's venue list froze it for 430 ms at its first render (a tester's profile).
 */
import { expose } from 'comlink';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasVenueSeriesKeys, keepVenueSeriesWork, venueSeriesKeys, venueSeriesTitle, venueSeriesWork } from '../../src/core/queries/venue-series';
import { IN_PAGE_MAX, venueSeriesKeysReady } from '../../src/app/workers/series-client';
import type { SeriesApi } from '../../src/app/workers/series-worker';
import { fixture } from '../core/helpers';

const pinned = JSON.parse(readFileSync(fixture('venue-series/acl-anthology-series.json'), 'utf8')) as { names: string[]; subset: number[]; subsetKeys: string[]; subsetKeyOf: number[] };
/** A fresh copy of the 30k map's 768 titles (the client knows lists by object) and the keys pinned for them. */
const aclList = () => pinned.subset.map((i) => pinned.names[i]!);
const aclKeys = pinned.subsetKeyOf.map((k) => pinned.subsetKeys[k]!);

/** How the stand-in answers: as the real worker, with keys of another length, or by failing. */
let mode: 'real' | 'short' | 'crash' = 'real';
/** The lists' lengths the stand-in was asked for, in order. */
let asked: number[] = [];
let workersMade = 0;

/** `new Worker(...)` in the client: one end of a channel whose other end is the stand-in. */
class StandInWorker {
  constructor() {
    workersMade++;
    const channel = new MessageChannel();
    const api: SeriesApi = {
      series(names: string[]) {
        asked.push(names.length);
        if (mode === 'crash') {
          setTimeout(() => channel.port1.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' })), 0);
          return new Promise<never>(() => {}) as never;
        }
        const work = venueSeriesWork(names);
        return mode === 'short' ? { ...work, keys: work.keys.slice(1) } : work;
      },
    };
    expose(api, channel.port2);
    return Object.assign(channel.port1, { terminate: () => channel.port1.close() });
  }
}

beforeAll(() => {
  vi.stubGlobal('Worker', StandInWorker);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(() => {
  asked = [];
  mode = 'real';
});

describe('the venue series keys of a long list come from the worker', () => {
  it('the 30k map\'s 768 titles: asked of the worker once, then known in the page, the same keys as the page\'s', async () => {
    const names = aclList();
    expect(names.length).toBeGreaterThan(IN_PAGE_MAX);
    expect(hasVenueSeriesKeys(names)).toBe(false);
    const [a, b] = [venueSeriesKeysReady(names), venueSeriesKeysReady(names)];
    expect(a).toBe(b);
    await a;
    expect(asked).toEqual([768]);
    expect(workersMade).toBe(1);
    expect(hasVenueSeriesKeys(names)).toBe(true);
    expect(venueSeriesKeys(names)).toEqual(aclKeys);
    // asked again: known, the worker not asked
    await venueSeriesKeysReady(names);
    expect(asked).toEqual([768]);
  });

  it(`a list of ${IN_PAGE_MAX} titles or fewer is worked out in the page`, async () => {
    const names = aclList().slice(0, 30);
    await venueSeriesKeysReady(names);
    expect(asked).toEqual([]);
    expect(hasVenueSeriesKeys(names)).toBe(true);
  });

  it('keys of another length than the titles are not kept: the page works them out', async () => {
    const names = aclList();
    mode = 'short';
    await venueSeriesKeysReady(names);
    expect(asked).toEqual([768]);
    expect(venueSeriesKeys(names)).toEqual(aclKeys);
    expect(() => keepVenueSeriesWork(aclList(), { keys: aclKeys.slice(1), titles: aclList().map(venueSeriesTitle) })).toThrow(RangeError);
  });

  it('a worker that fails leaves the keys to the page, and no worker is made again', async () => {
    const names = aclList();
    mode = 'crash';
    await venueSeriesKeysReady(names);
    expect(asked).toEqual([768]);
    expect(venueSeriesKeys(names)).toEqual(aclKeys);
    const made = workersMade;
    await venueSeriesKeysReady(aclList());
    expect(workersMade).toBe(made);
    expect(asked).toEqual([768]);
  });
});
