/**
 * Garbage collection on the page's main thread in a Chrome trace written by `profile-browser.ts --trace` (the
 * trace's `disabled-by-default-v8.gc` events): each scavenge (MinorGC) and mark-compact (MajorGC) in a window, with
 * its wall and thread CPU time, reason and heap size before → after, then the sums, and the window's tasks that held
 * the longest pauses. Thread CPU is what to compare on a busy machine (wall time there is mostly waiting: the
 * pauses' parallel helpers are not scheduled).
 *   npx tsx scripts/trace-gc.ts bench-output/profiles/import-acl_2016_2021_all-bib.trace.json [FROM_MS TO_MS] [--mark-from NAME --mark-to NAME]
 * FROM_MS / TO_MS: ms after the page's navigation (the trace's `atlas-trace-anchor` mark ties the clocks); default
 * the whole trace. `--mark-from` / `--mark-to`: a `performance.mark` name recorded in the trace instead (e.g.
 * `atlas-trace-anchor`), or a timing the script printed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TraceEvent } from './profile-browser';

interface GcEvent extends TraceEvent {
  args?: TraceEvent['args'] & { type?: string; usedHeapSizeBefore?: number; usedHeapSizeAfter?: number };
}

/** The GC pauses of the main thread in [fromMs, toMs] (ms after navigation), in order, and the sums by kind. */
export function mainThreadGc(events: GcEvent[], fromMs = -Infinity, toMs = Infinity) {
  const anchor = events.find((e) => e.name === 'atlas-trace-anchor') as (GcEvent & { args: { data: { startTime: number } } }) | undefined;
  if (!anchor) throw new Error('no atlas-trace-anchor mark in this trace (written by scripts/profile-browser.ts --trace)');
  const t0 = anchor.ts - anchor.args.data.startTime * 1000;
  const at = (e: TraceEvent) => (e.ts - t0) / 1000;
  const main = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X' && at(e) >= fromMs && at(e) <= toMs);
  const pauses = main
    .filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC')
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({
      atMs: at(e),
      kind: e.name === 'MinorGC' ? 'scavenge' : 'mark-compact',
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? 0) / 1000,
      reason: e.args?.type ?? '',
      heapMB: e.args?.usedHeapSizeBefore !== undefined ? [e.args.usedHeapSizeBefore / 1e6, (e.args.usedHeapSizeAfter ?? 0) / 1e6] : null,
    }));
  // top-level tasks: events not inside an earlier one
  const sorted = main.slice().sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: GcEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) if (e.ts >= end) (tasks.push(e), (end = e.ts + (e.dur ?? 0)));
  const taskCpuMs = tasks.reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  const sum = (kind: string, k: 'wallMs' | 'cpuMs') => pauses.filter((p) => p.kind === kind).reduce((s, p) => s + p[k], 0);
  const max = (kind: string, k: 'wallMs' | 'cpuMs') => Math.max(0, ...pauses.filter((p) => p.kind === kind).map((p) => p[k]));
  const longestTasks = tasks
    .map((t) => ({ atMs: at(t), wallMs: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? 0) / 1000, gcCpuMs: pauses.filter((p) => p.atMs >= at(t) && p.atMs <= at(t) + (t.dur ?? 0) / 1000).reduce((s, p) => s + p.cpuMs, 0) }))
    .sort((a, b) => b.cpuMs - a.cpuMs)
    .slice(0, 8);
  return {
    pauses,
    taskCpuMs,
    tasks: tasks.length,
    scavenges: { count: pauses.filter((p) => p.kind === 'scavenge').length, wallMs: sum('scavenge', 'wallMs'), cpuMs: sum('scavenge', 'cpuMs'), maxCpuMs: max('scavenge', 'cpuMs') },
    markCompacts: { count: pauses.filter((p) => p.kind === 'mark-compact').length, wallMs: sum('mark-compact', 'wallMs'), cpuMs: sum('mark-compact', 'cpuMs'), maxCpuMs: max('mark-compact', 'cpuMs') },
    longestTasks,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'mark-from': { type: 'string' }, 'mark-to': { type: 'string' } } });
  const [file, from, to] = positionals;
  if (!file) {
    process.stderr.write('usage: npx tsx scripts/trace-gc.ts TRACE.json [FROM_MS TO_MS]\n');
    process.exit(2);
  }
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: GcEvent[] }).traceEvents;
  const markAt = (name: string | undefined) => {
    if (!name) return undefined;
    const anchor = events.find((e) => e.name === 'atlas-trace-anchor') as (GcEvent & { args: { data: { startTime: number } } }) | undefined;
    const m = events.find((e) => e.name === name);
    if (!anchor || !m) throw new Error(`no mark ${name} in the trace`);
    return (m.ts - (anchor.ts - anchor.args.data.startTime * 1000)) / 1000;
  };
  const r = mainThreadGc(events, markAt(values['mark-from']) ?? (from !== undefined ? Number(from) : -Infinity), markAt(values['mark-to']) ?? (to !== undefined ? Number(to) : Infinity));
  const f = (n: number) => n.toFixed(1);
  console.log('  at ms   kind           wall ms   CPU ms   heap MB before -> after   reason');
  for (const p of r.pauses) console.log(`  ${p.atMs.toFixed(0).padStart(7)}  ${p.kind.padEnd(13)} ${f(p.wallMs).padStart(8)} ${f(p.cpuMs).padStart(8)}   ${p.heapMB ? `${p.heapMB[0].toFixed(0)} -> ${p.heapMB[1].toFixed(0)}`.padEnd(22) : ''.padEnd(22)}  ${p.reason}`);
  console.log(`main thread: ${r.tasks} tasks, ${f(r.taskCpuMs)} CPU-ms`);
  console.log(`scavenges: ${r.scavenges.count}, ${f(r.scavenges.cpuMs)} CPU-ms (${f(r.scavenges.wallMs)} wall), longest ${f(r.scavenges.maxCpuMs)} CPU-ms`);
  console.log(`mark-compacts: ${r.markCompacts.count}, ${f(r.markCompacts.cpuMs)} CPU-ms (${f(r.markCompacts.wallMs)} wall), longest ${f(r.markCompacts.maxCpuMs)} CPU-ms`);
  console.log('tasks with the most CPU: at ms, wall ms, CPU ms, of it GC CPU ms');
  for (const t of r.longestTasks) console.log(`  ${t.atMs.toFixed(0).padStart(7)} ${f(t.wallMs).padStart(8)} ${f(t.cpuMs).padStart(8)} ${f(t.gcCpuMs).padStart(8)}`);
}
