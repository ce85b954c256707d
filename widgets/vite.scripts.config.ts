/**
 * The small classic scripts next to the widget module, each built on its own
 * so it imports nothing and runs from a plain <script> tag:
 * - `resize.js`: what a publisher adds once to keep iframes fitted, and in
 *   the page's colour scheme;
 * - `embed-frame.js`: what the embed pages run to report their height and
 *   take the framing page's colour scheme;
 * - `embed-panel.js`: the demo page's copy-embed panel.
 */
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const CLASSIC_SCRIPTS = {
  resize: 'src/embed/resize.ts',
  'embed-frame': 'src/embed/embed-frame.ts',
  'embed-panel': 'src/embed/copy-panel.ts',
} as const;

export function classicScriptConfig(name: keyof typeof CLASSIC_SCRIPTS): InlineConfig {
  return {
    configFile: false,
    root: here('.'),
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: here('../public/widgets/v1'),
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      lib: {
        entry: here(CLASSIC_SCRIPTS[name]),
        formats: ['iife'],
        name: 'ExplainerEdge',
        fileName: () => `${name}.js`,
      },
    },
  };
}
