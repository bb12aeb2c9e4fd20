/**
 * Vite build of the explorer: root `client/`, output `client/dist/` (served by the API server at
 * `/`), base `/`. In development (`npx vite --config client/vite.config.ts`) `/graphql` is
 * proxied to the API on 127.0.0.1:4000. Everything is bundled: nothing is loaded from a CDN.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Cytoscape and its layouts are one big chunk by nature; warn only well above it.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/graphql': { target: 'http://127.0.0.1:4000' } } },
});
