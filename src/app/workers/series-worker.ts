/// <reference lib="webworker" />
/**
 * The venue series worker: works out the series key and title of each of a map's venue titles
 * (core/queries/venue-series.ts `venueSeriesWork`) off the page's thread. On the page, the venue list's first render froze it for 240 ms on the 30k
 * map and 430 ms on the 70k map (768 and 2,373 titles), most of it the titles' regular expressions at their first
 * use. Messaging by comlink (series-client.ts).
 */
import { expose } from 'comlink';
import { venueSeriesWork, type VenueSeriesWork } from '../../core/queries/venue-series';

const api = {
  /** The series key and title of each of `names` (volume titles, a map's `bundle.venues`), in their order. Throws nothing. */
  series(names: string[]): VenueSeriesWork {
    return venueSeriesWork(names);
  },
};

export type SeriesApi = typeof api;

expose(api);
