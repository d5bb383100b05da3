/** One benchmark build in its own process, so peak RSS is this build's alone. Prints a JSON line. */
import { buildDataset } from '../../src/core/pipeline';
import { readInputPath } from './read-input';
import { registerDataset, writeDataset } from './write-dataset';

const [out, ...files] = process.argv.slice(2);
const t0 = performance.now();
const inputs = files.map((f) => readInputPath(f));
const tRead = performance.now() - t0;
const result = buildDataset(inputs, {});
const t1 = performance.now();
const sizes = writeDataset(out!, result);
registerDataset(out!, result);
const tWrite = performance.now() - t1;
process.stdout.write(
  `${JSON.stringify({
    timingsMs: { read: Math.round(tRead), ...result.report.timingsMs, write: Math.round(tWrite) },
    papers: result.report.papers,
    authors: result.report.authors,
    coauthorPairs: result.report.coauthorPairs,
    communities: result.report.communities,
    modularity: result.report.modularity,
    layoutQuality: result.report.layoutQuality,
    bundleBytes: sizes.bundleBytes,
    abstractsBytes: sizes.abstractsBytes,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
  })}\n`,
);
