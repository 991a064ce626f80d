import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer: src/explore → dist/explore, served by src/http/explore-route.ts at /explore. Everything it loads
// is bundled (no CDN, no web fonts), so it works with no network beyond the server itself.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/explore', import.meta.url)),
    emptyOutDir: true,
    // cytoscape alone is ~400 kB minified; one chunk for the whole app is fine offline.
    chunkSizeWarningLimit: 800,
  },
});
