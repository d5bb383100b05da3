/**
 * The e2e files' wall times, kept in test/setup/e2e-durations.json for the file order of a run that has no
 * vitest cache (see sequencer.ts), written by a test run instead of by hand: `ATLAS_WRITE_DURATIONS=1 npm test`
 * (or any `vitest run` of e2e files) records each e2e file it ran, keeping the figures of files it did not run
 * and dropping files that no longer exist; commit the file after a change that moves a file's cost.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const DURATIONS_FILE = path.join(ROOT, 'test/setup/e2e-durations.json');

/** Wall seconds of each e2e file, keyed by its name without `.test.ts` (empty when the file is missing). */
export function readE2eDurations(): Record<string, number> {
  try {
    return (JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as { seconds: Record<string, number> }).seconds;
  } catch {
    return {};
  }
}

/** The key of an e2e test file (`test/e2e/pick.test.ts` -> `pick`). */
export const e2eKey = (moduleId: string): string => path.basename(moduleId).replace(/\.test\.ts$/, '');

/** A reporter that merges the wall seconds of the e2e files of this run into DURATIONS_FILE. */
export class E2eDurationsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const ran = modules.filter((m) => m.project.name === 'e2e' && m.state() !== 'skipped');
    if (ran.length === 0) return;
    const seconds = readE2eDurations();
    for (const m of ran) seconds[e2eKey(m.moduleId)] = Math.round(m.diagnostic().duration / 1000);
    for (const key of Object.keys(seconds)) if (!existsSync(path.join(ROOT, 'test/e2e', `${key}.test.ts`))) delete seconds[key];
    const ordered = Object.fromEntries(Object.entries(seconds).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    const note = `Wall seconds of each e2e file, written by ATLAS_WRITE_DURATIONS=1 runs (test/setup/durations.ts); last ${new Date().toISOString().slice(0, 16)}Z`;
    writeFileSync(DURATIONS_FILE, `${JSON.stringify({ note, seconds: ordered }, null, 2)}\n`);
  }
}
