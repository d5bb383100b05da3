/** One benchmark build in its own process, so peak RSS is this build's alone. Prints a JSON line. */
import { buildDatasetAsync } from '../../src/core/pipeline';
import { readInputPath } from './read-input';
import { startBuildThreads } from './build-threads';
import { datasetTexts, prewrittenAbstractsDir, registerDataset, writeDataset } from './write-dataset';
import { readFileSync } from 'node:fs';

/** CPU time of this (the main) thread alone, ms (Linux: /proc/thread-self/stat, 100 ticks a second); null elsewhere. */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** CPU time of this thread so far, ms (Linux: /proc/thread-self/schedstat, ns); null elsewhere. */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * Main-thread CPU per stage (ms), from the build's progress events: unlike the stage's wall time it does not
 * swell when other processes take the cores, so builds on a busy machine compare by it.
 */
const stageCpuMs: Record<string, number> = {};
let stageStart: number | null = null;
const onProgress = (stage: string, fraction: number) => {
  if (fraction === 0) stageStart = threadCpuMs();
  else if (fraction === 1 && stageStart !== null) stageCpuMs[stage] = Math.round(threadCpuMs()! - stageStart);
};

const [out, ...files] = process.argv.slice(2);
const t0 = performance.now();
// as the CLI: the second thread starts first, so its start-up overlaps the reading
const pool = startBuildThreads({ abstractsDir: prewrittenAbstractsDir(out!) });
// as the CLI: the records' texts go to the thread as they are read
const cpuRead0 = threadCpuMs();
const inputs = files.map((f) => readInputPath(f, undefined, (papers) => pool.streamTexts(papers)));
if (inputs.some((i) => !i.parsed)) pool.dropStreamedTexts();
const tRead = performance.now() - t0;
if (cpuRead0 !== null) stageCpuMs.read = Math.round(threadCpuMs()! - cpuRead0);
const result = await buildDatasetAsync(inputs, { onProgress }, pool.threads);
const cpuWrite0 = threadCpuMs();
const t1 = performance.now();
// as the CLI: the bundle's text is made while the thread still writes the abstract chunk files
const texts = datasetTexts(result);
const prewritten = await pool.abstracts();
await pool.close();
const sizes = writeDataset(out!, result, prewritten, texts);
registerDataset(out!, result);
const tWrite = performance.now() - t1;
if (cpuWrite0 !== null) stageCpuMs.write = Math.round(threadCpuMs()! - cpuWrite0);
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
    // the abstract chunk files were written by the build thread (moved into the dataset folder)
    abstractsByWorker: prewritten !== null,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    // the critical path on a machine with cores to spare: the rest of cpuMs ran on the build's second thread
    mainThreadCpuMs: mainThreadCpuMs(),
    mainThreadCpuByStageMs: stageCpuMs,
  })}\n`,
);
