/**
 * The widget bundle: one stable entry, `public/widgets/v1/explainers.js`
 * (what publishers embed, so its URL never changes), and content-hashed
 * chunks for what only some pages need (the Spanish and Arabic strings),
 * which can be cached for ever.
 */
import { fileURLToPath } from 'node:url';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: false,
  // JS minifiers leave template literals alone; the markup and CSS inside Lit's html`` and css`` are most of the bytes.
  plugins: [
    minifyLiterals({
      failOnError: true,
      // Collapse runs of whitespace to one space rather than none: " · " between inline parts must survive.
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
  ],
  build: {
    outDir: here('../public/widgets/v1'),
    emptyOutDir: true,
    target: 'es2022',
    // terser with three passes packs this bundle about 1% tighter than the default minifier, which is what
    // keeps an English page within its 14 KiB gzip budget (tests/node/widget-size.test.ts). No comment ships:
    // bundlers' hints are spent once built, and Lit's BSD-3-Clause notice is credited in the README.
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 3 }, format: { comments: false } },
    lib: {
      entry: here('src/explainers.ts'),
      formats: ['es'],
      fileName: () => 'explainers.js',
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
