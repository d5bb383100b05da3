/** e2e setup file (each test file): connect to the one Chromium the global setup started (see browser.ts). */
import { inject } from 'vitest';

process.env.ATLAS_CHROMIUM_WS = inject('chromiumWs');
