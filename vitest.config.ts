import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // e2e files share one built app and one Chromium; keep files sequential on 2 cores.
    fileParallelism: false,
  },
});
