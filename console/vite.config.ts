import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The console is built into dist/console and served by the hub itself (src/console-static.ts).
 * `npx vite --config console/vite.config.ts` runs a dev server that proxies the API to a hub on
 * HUB_URL (default http://localhost:4000), so screens reload as you edit them.
 */
const hub = process.env.HUB_URL ?? 'http://localhost:4000';
const proxied = ['/exports', '/documents', '/calendar', '/graphiql', '/healthz'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Source maps stay out of the shipped bundle; the hub serves what is in dist/console.
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/graphql': { target: hub, ws: true, changeOrigin: true },
      ...Object.fromEntries(proxied.map((p) => [p, { target: hub, changeOrigin: true }])),
    },
  },
});
