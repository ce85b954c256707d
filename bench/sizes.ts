/**
 * What readers receive: the widget modules an English page downloads (a
 * module and the chunks it imports statically; other languages and the
 * live-update code are lazy chunks). The Worker bundle is measured in
 * bench/bundle.ts.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { widgetModulePath } from '../shared/embed/catalog';
import type { WidgetKind } from '../shared/embed/options';

const root = fileURLToPath(new URL('..', import.meta.url));
export const WIDGET_DIR = join(root, 'public/widgets/v1');

export type Compressed = { files: string[]; raw: number; gzip: number; brotli: number };

function compressed(files: string[]): Compressed {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: files.map((f) => relative(WIDGET_DIR, f)), raw, gzip, brotli };
}

/** The entry plus every chunk reachable from it by static `import`s (not `import()`). */
export function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      if (m[1]) visit(join(dirname(file), m[1]));
    }
  };
  visit(entry);
  return [...seen];
}

/** The pages the widget budget is about: which widgets each shows. */
export const WIDGET_PAGES: { page: string; widgets: WidgetKind[] }[] = [
  { page: 'card only', widgets: ['casualty-claims'] },
  { page: 'gauge only', widgets: ['ceasefire-gauge'] },
  { page: 'both widgets', widgets: ['casualty-claims', 'ceasefire-gauge'] },
];

/**
 * What an English page downloads of the widgets (gzip bytes), SPEC §7: one
 * widget, Lit included, ≤ 10 KB; both ≤ 13 KB (KB as the repository has
 * always counted them, 1,024 bytes), whichever code the page uses, the
 * one-tag embed's loader included.
 */
export const WIDGET_BUDGET = { one: 10 * 1024, both: 13 * 1024 };

/**
 * The two ways a page loads the widgets: the code the copy-embed panel hands
 * out (the module for the page's widgets, shared/embed/catalog.ts), and the
 * older one-tag embed, `explainers.js`, which then imports the same module.
 */
export const EMBED_CODES = ['panel code', 'explainers.js'] as const;

export type PageDownload = Compressed & { page: string; code: (typeof EMBED_CODES)[number]; widgets: WidgetKind[] };

/** The most a page may download (gzip bytes). */
export function budgetOf(download: PageDownload): number {
  return new Set(download.widgets).size > 1 ? WIDGET_BUDGET.both : WIDGET_BUDGET.one;
}

/** What each page downloads in English, each way, from the built files; null before `npm run build`. */
export function widgetPageSizes(): PageDownload[] | null {
  const loader = join(WIDGET_DIR, 'explainers.js');
  if (!existsSync(loader)) return null;
  return WIDGET_PAGES.flatMap(({ page, widgets }) => {
    const module = staticGraph(join(WIDGET_DIR, widgetModulePath(widgets).replace('/widgets/v1/', '')));
    return [
      { page, widgets, code: 'panel code' as const, ...compressed(module) },
      { page, widgets, code: 'explainers.js' as const, ...compressed([loader, ...module]) },
    ];
  });
}

/**
 * The live-update code (gzip bytes), apart from the budget: a widget showing
 * the latest data fetches it once its data is shown (never a pinned or
 * `live="off"` one). Every module imports the same chunk; null before `npm run build`.
 */
export function liveChunk(): Compressed | null {
  const dir = join(WIDGET_DIR, 'chunks');
  const file = existsSync(dir) && readdirSync(dir).find((f) => f.startsWith('live-widget-'));
  return file ? compressed(staticGraph(join(dir, file))) : null;
}

/** Every module and chunk, all languages included (embed-frame.js, embed-panel.js and resize.js are separate scripts). */
export function allWidgetFiles(): Compressed {
  return compressed(
    readdirSync(WIDGET_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js') && !['embed-frame.js', 'embed-panel.js', 'resize.js'].includes(f))
      .map((f) => join(WIDGET_DIR, f)),
  );
}
