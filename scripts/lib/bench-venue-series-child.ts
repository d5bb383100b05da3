/**
 * The venue list's series (core/queries/venue-series.ts `venueSeries` over `venueCounts`, the keys of every title
 * worked out at this first call) on a built bundle, in a fresh process as on a page that opens the map: wall and CPU
 * time (ms; CPU counts every thread of the process, its garbage collection helpers too). On the page a list longer
 * than `IN_PAGE_MAX` (src/app/workers/series-client.ts) is worked out on a worker, off the page's thread.
 * Prints a JSON line { venues, groups, series, ms, cpuMs }.
 */
import { readFileSync } from 'node:fs';
import type { Bundle } from '../../src/core/bundle/types';
import { venueCounts } from '../../src/core/queries/time-slice';
import { venueSeries, venueSeriesKeys } from '../../src/core/queries/venue-series';

const bundle = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Bundle;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const series = venueSeries(bundle, venueCounts(bundle));
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const groups = new Set(venueSeriesKeys(bundle.venues)).size;
process.stdout.write(`${JSON.stringify({ venues: bundle.venues.length, groups, series: series.length, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
