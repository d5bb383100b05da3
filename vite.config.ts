import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so the static build works from any host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
  server: { port: 5173 },
});
