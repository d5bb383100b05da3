import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/app/security/csp.ts';

/**
 * The Content-Security-Policy as the first <meta> of the built index.html (src/app/security/csp.ts).
 * Build only: the dev server (`npm start`) injects inline scripts for React's hot reload, which the policy forbids.
 * ATLAS_CONNECT_SRC="https://mirror.example …" adds OpenAlex mirrors the page may fetch from.
 */
function csp(): Plugin {
  const extra = (process.env.ATLAS_CONNECT_SRC ?? '').split(/[\s,]+/).filter(Boolean);
  const content = contentSecurityPolicy(extra);
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' }],
  };
}

// base './' so the static build works from any host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), csp()],
  worker: { format: 'es' },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
  server: { port: 5173 },
});
