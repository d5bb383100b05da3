import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { build as esbuild } from 'esbuild';
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

/** Where index.html names the early script (a comment there is replaced by its <script> tag). */
const EARLY_MARK = '<!-- atlas:early-fetch -->';
const EARLY_FILE = 'early-fetch.js';

/**
 * The start-up's early requests as the classic script `early-fetch.js` in index.html's <head>, run before the
 * app's module is downloaded (src/app/data/early-script.ts; it shares the loader's rules, start-up-rules.ts,
 * instead of a hand-kept copy in public/). Built by esbuild into one IIFE: served by the dev server, emitted
 * beside index.html by the build. esbuild because the script is one small file outside the app's module graph.
 */
function earlyScript(): Plugin {
  const compile = async (minify: boolean): Promise<string> => {
    const out = await esbuild({
      stdin: {
        contents:
          "import { startEarlyRequests, warmWebGl } from './src/app/data/early-script.ts';\nimport { applyEarlyTheme } from './src/app/theme-choice.ts';\n" +
          // the reader's theme on <html> before the first paint (src/app/theme-choice.ts)
          'applyEarlyTheme();\n' +
          'startEarlyRequests(document.currentScript && document.currentScript.src);\nsetTimeout(warmWebGl, 0);\n',
        resolveDir: import.meta.dirname,
        sourcefile: 'early-fetch-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify,
      write: false,
      legalComments: 'none',
    });
    return `/* Coauthor Atlas: the start-up's early requests, built from src/app/data/early-script.ts */\n${out.outputFiles[0]!.text}`;
  };
  return {
    name: 'atlas-early-script',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(EARLY_MARK, `<script src="./${EARLY_FILE}"></script>`),
    },
    configureServer(server) {
      server.middlewares.use(`/${EARLY_FILE}`, (_req, res, next) => {
        compile(false).then(
          (text) => {
            res.setHeader('Content-Type', 'text/javascript');
            res.end(text);
          },
          (err: unknown) => next(err),
        );
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: EARLY_FILE, source: await compile(true) });
    },
  };
}

// base './' so the static build works from any host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), csp(), earlyScript()],
  worker: { format: 'es' },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
  server: { port: 5173 },
  // the dev server's dependency scan starts from every source file, not only index.html: the parsers, writers and
  // workers the app imports lazily (bibtex, CSV, GEXF, XML) were found only when first requested, and Vite then
  // re-optimised and reloaded the page (on a fresh clone `npm start` loaded twice; with hot reload off it never
  // became ready: dev-server.test.ts failed in CI)
  optimizeDeps: { entries: ['index.html', 'src/**/*.{ts,tsx}'] },
});
