/**
 * What readers receive: the widget module an English page downloads (the
 * entry and the chunks it imports statically; other languages are lazy
 * chunks). The Worker bundle is measured in bench/bundle.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
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

export function widgetSizes(): { englishPage: Compressed; total: Compressed } | null {
  const entry = join(WIDGET_DIR, 'explainers.js');
  if (!existsSync(entry)) return null;
  const all = readdirSync(WIDGET_DIR, { recursive: true, encoding: 'utf8' })
    // The module and its chunks; resize.js, embed-frame.js and embed-panel.js are separate scripts.
    .filter((f) => f === 'explainers.js' || (f.startsWith('chunks/') && f.endsWith('.js')))
    .map((f) => join(WIDGET_DIR, f));
  return { englishPage: compressed(staticGraph(entry)), total: compressed(all) };
}
