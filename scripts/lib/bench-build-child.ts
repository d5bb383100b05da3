/** One benchmark build in its own process, so peak RSS is this build's alone. Prints a JSON line. */
import { buildDatasetAsync } from '../../src/core/pipeline';
import { inputNames, readInputPath } from './read-input';
import { startBuildThreads } from './build-threads';
import { datasetTexts, prewrittenAbstractsDir, registerDataset, writeDataset } from './write-dataset';
import { readFileSync } from 'node:fs';
import { threadGroups, threadSched } from './thread-stats';

/** CPU time of this (the main) thread alone, ms (Linux: /proc/thread-self/stat, 100 ticks a second); null elsewhere. */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Main-thread CPU per stage (ms), from the build's progress events: unlike the stage's wall time it does not
 * swell when other processes take the cores, so builds on a busy machine compare by it.
 */
const stageCpuMs: Record<string, number> = {};
/**
 * Per stage, where the main thread's wall time went (ms): `at` (start, from the build's start), `wall`, `cpu` (its
 * own work), `runQueue` (runnable, waiting for a core: the machine's load), `blocked` (the rest: waiting for the
 * build's second thread or the disk), and `others` (CPU of the process's other threads meanwhile: the second
 * thread, garbage collection). An outlier's cause is then in the figures: load, waiting, or more work.
 */
const stageSplit: Record<string, { at: number; wall: number; cpu: number; runQueue: number; blocked: number; others: number }> = {};
/** Memory at each stage's end, MB: the process's RSS, and this thread's V8 heap (used, reserved) and memory outside it. */
const stageMemoryMB: Record<string, { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number }> = {};
const mark = () => ({ t: performance.now(), s: threadSched(), p: process.cpuUsage() });
let stageStart: ReturnType<typeof mark> | null = null;
const endStage = (stage: string, from: ReturnType<typeof mark>) => {
  const to = mark();
  const wall = to.t - from.t;
  const processCpu = (to.p.user + to.p.system - from.p.user - from.p.system) / 1000;
  if (!from.s || !to.s) return;
  const cpu = to.s.cpuMs - from.s.cpuMs;
  const runQueue = to.s.runQueueMs - from.s.runQueueMs;
  stageCpuMs[stage] = Math.round(cpu);
  const m = process.memoryUsage();
  const mb = (b: number) => Math.round(b / 2 ** 20);
  stageMemoryMB[stage] = { rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) };
  stageSplit[stage] = { at: Math.round(from.t - t0), wall: Math.round(wall), cpu: Math.round(cpu), runQueue: Math.round(runQueue), blocked: Math.max(0, Math.round(wall - cpu - runQueue)), others: Math.max(0, Math.round(processCpu - cpu)) };
};
const onProgress = (stage: string, fraction: number) => {
  if (fraction === 0) stageStart = mark();
  else if (fraction === 1 && stageStart !== null) endStage(stage, stageStart);
};

const [out, ...files] = process.argv.slice(2);
const t0 = performance.now();
// as the CLI: the second thread starts first, so its start-up overlaps the reading
const pool = startBuildThreads({ abstractsDir: prewrittenAbstractsDir(out!) });
// as the CLI: the records' texts go to the thread as they are read
const read0 = mark();
// (named by file name, as the CLI names them: the bundle never tells the builder's folders)
const names = inputNames(files);
const inputs = files.map((f, k) => readInputPath(f, undefined, (papers) => pool.streamTexts(papers), names[k]));
if (inputs.some((i) => !i.parsed)) pool.dropStreamedTexts();
const tRead = performance.now() - t0;
endStage('read', read0);
const result = await buildDatasetAsync(inputs, { onProgress }, pool.threads);
const write0 = mark();
const t1 = performance.now();
// as the CLI: the thread's abstract chunk files first, and the thread ended (its memory let go), before the bundle's text is made
const prewritten = await pool.abstracts();
// every thread's figures before the second thread ends (its own go with it)
const threads = threadGroups();
await pool.close();
const texts = datasetTexts(result);
const sizes = writeDataset(out!, result, prewritten, texts);
registerDataset(out!, result);
const tWrite = performance.now() - t1;
endStage('write', write0);
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
    mainThreadByStage: stageSplit,
    memoryByStageMB: stageMemoryMB,
    // per thread (ms): CPU and run-queue wait, main / second thread / V8's and libuv's helpers
    threads,
    // from the process's start to the build's: Node's start-up and loading the bundle
    startupMs: Math.round(t0),
  })}\n`,
);
