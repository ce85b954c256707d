/**
 * The editors' app for /admin, built apart from the reader-facing widget
 * module so nothing of it ever ships to readers. It bundles the widgets too,
 * for the live preview, so one copy of Lit serves both.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../public/admin-assets', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { editor: fileURLToPath(new URL('src/admin/editor-app.ts', import.meta.url)) },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
