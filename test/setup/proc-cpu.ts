/** CPU time of processes from Linux /proc (test/setup/cpu-usage.ts, and the e2e global setup's run totals). */
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ is 100 on Linux: a clock tick is 10 ms. */
const TICK_MS = 10;

/** The fields of /proc/<pid>/stat after "pid (comm) " (state is index 0, ppid 1, utime 11 … cstime 14). */
export function statFields(pid: string | number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** utime, stime, cutime, cstime of this process in ms (Linux /proc; null elsewhere). */
export function procTimes(): { self: number; children: number } | null {
  const f = statFields('self');
  if (!f) return null;
  return { self: (Number(f[11]) + Number(f[12])) * TICK_MS, children: (Number(f[13]) + Number(f[14])) * TICK_MS };
}

/**
 * CPU ms of the process `root` and all its descendants, each with the ended children it reaped (cutime,
 * cstime), so a renderer that exited during the file still counts once its parent waited for it.
 */
export function treeCpuMs(root: number): number | null {
  const parent = new Map<number, number>();
  const times = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  for (const p of pids) {
    const f = statFields(p);
    if (!f) continue;
    parent.set(Number(p), Number(f[1]));
    times.set(Number(p), (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS);
  }
  if (!times.has(root)) return null;
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, ms] of times) if (inTree(pid)) total += ms;
  return total;
}
