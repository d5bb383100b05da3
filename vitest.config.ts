import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        // unit files run in parallel (one worker per core); acl_2020_main is built once for all of them
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          globalSetup: ['test/unit-global-setup.ts'],
        },
      },
      {
        // real Chromium against the built app (`vite build`), served by test/e2e/global-setup.ts;
        // e2e files share one built app and one Chromium, so they run one after another
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'], fileParallelism: false },
      },
    ],
  },
});
