import { defineConfig } from 'vite'

/** `npm run playground` serves this folder; `npm run build:playground` writes a static site to dist/. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // One chunk of about 1 MB (370 KB gzipped): compromise's lexicon and the Markdown/HTML parsers are most of it.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
})
