/**
 * Studio is an app, not a library: one static folder (`dist/`) with plain files that any web
 * server or intranet can serve from any path (`base: './'`). The widget in the preview is the
 * built widget package (`dist`, the `import` condition), the same code residents get.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const here = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: {
        studio: resolve(here, 'index.html'),
        preview: resolve(here, 'preview.html'),
      },
    },
  },
});
