import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/setup/sequencer.ts';
import { E2eDurationsReporter } from './test/setup/durations.ts';

export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores: one worker on a 2-core machine, which ran every
    // file one after another. Unit and e2e files share one pool of at least two workers instead, so a
    // Chromium test waiting on software WebGL overlaps a CPU-bound unit file. A third worker (for the ~0.2 core
    // two e2e files at a time leave idle) was slower: whole suite back to back on 2 Dec, 3 workers 447 s (load
    // ~7), 2 workers 426 s (load 4-7), same code and cached bundles.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // ATLAS_TEST_CPU=1 writes each file's CPU time to test-output/cpu.jsonl (see the file)
    setupFiles: ['test/setup/cpu-usage.ts'],
    // e2e files longest first where vitest has no durations cached (fresh clone): see the file
    sequence: { sequencer: LongestFirst },
    // ATLAS_WRITE_DURATIONS=1 records the e2e files' wall times for that order (test/setup/durations.ts)
    ...(process.env.ATLAS_WRITE_DURATIONS === '1' ? { reporters: ['default', new E2eDurationsReporter()] } : {}),
    projects: [
      {
        // unit files run in parallel (one worker per core); acl_2020_main is built once for all of them.
        // isolate: false: the unit files share their worker processes and module cache instead of a fresh
        // process per file (which re-imported the pipeline and its parsers 54 times): 171 -> 82 CPU-s for the
        // unit project, all 356 tests passing (1 Dec 2026; unit files keep no state between files: no mocks
        // left in place, no globals)
        extends: true,
        test: {
          name: 'unit',
          isolate: false,
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          globalSetup: ['test/unit-global-setup.ts'],
        },
      },
      {
        // real Chromium against the built app (`vite build`), served by test/e2e/global-setup.ts, which also
        // starts the one Chromium every e2e file connects to (each file in its own contexts: browser.ts);
        // big bundles are built once behind a lock (big-bundles.ts)
        // isolate: false as in the unit project: the e2e files share their worker processes and module cache
        // (vitest, playwright-core, the helpers) instead of a fresh process per file; each file still makes its
        // own connection and contexts. 6 small files at load 22-26: 44 -> 30 CPU-s for the run, all 17 tests
        // passing (1 Dec 2026; the e2e helpers keep no state between files)
        extends: true,
        test: {
          name: 'e2e',
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['test/e2e/setup.ts'],
        },
      },
    ],
  },
});
