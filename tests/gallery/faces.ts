/**
 * The text faces of the gallery's pages, as publishers self-host them: each
 * page links a web font's stylesheets from its own origin, so the widgets,
 * which take the page's face, are drawn and measured in it. The browser
 * these runs use has only DejaVu installed; without these, every page named
 * Georgia, Arial or Palatino would be drawn in DejaVu, and the gallery would
 * try one width of text where readers see many.
 *
 * The faces are chosen for their widths: Arimo and Tinos have the advance
 * widths of Arial and Times New Roman (most pages' faces), Roboto and Noto
 * Serif are Android's sans and serif (what a page naming Arial or Georgia
 * is set in there), Merriweather sets as wide as Georgia, Lato and Source
 * Serif 4 are common web faces (Source Serif 4 among those the reserve's
 * width estimate holds shortest: bench/README.md, "Text faces"), and Noto
 * Naskh Arabic an Arabic site's. The packages are @fontsource's (devDependencies), served as they
 * ship, a stylesheet per script, weight and style, with one change: the
 * pages do what a page that must not move does with its fonts, preloading
 * each file and declaring it `font-display: optional`, which Chromium holds
 * the first paint for. With `swap`, as shipped, a page's own text moves when
 * its face arrives, and the gallery, which holds the widgets to moving
 * nothing, would blame them for it.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const WEB_FACES = {
  Arimo: { pkg: 'arimo', styles: ['400', '400-italic', '700'] },
  Tinos: { pkg: 'tinos', styles: ['400', '400-italic', '700'] },
  Roboto: { pkg: 'roboto', styles: ['400', '400-italic', '700'] },
  Merriweather: { pkg: 'merriweather', styles: ['400', '400-italic', '700'] },
  Lato: { pkg: 'lato', styles: ['400', '400-italic', '700'] },
  'Source Serif 4': { pkg: 'source-serif-4', styles: ['400', '400-italic', '700'] },
  'Noto Serif': { pkg: 'noto-serif', styles: ['400', '400-italic', '700'] },
  Cabin: { pkg: 'cabin', styles: ['400', '400-italic', '700'] },
  'Noto Naskh Arabic': { pkg: 'noto-naskh-arabic', styles: ['400', '700'], scripts: ['arabic', 'latin'] },
} as const satisfies Record<string, { pkg: string; styles: string[]; scripts?: string[] }>;

export type WebFace = keyof typeof WEB_FACES;

/** Where the gallery's pages link the faces from, on their own origin. */
const FONTS_PATH = '/fonts/';

/** The <link>s a page puts in its head for `face`: per script, weight and style the widgets use, its file preloaded and its stylesheet. */
export function faceLinks(face: WebFace): string {
  const spec: { pkg: string; styles: readonly string[]; scripts?: readonly string[] } = WEB_FACES[face];
  return (spec.scripts ?? ['latin'])
    .flatMap((script) =>
      spec.styles.map((style) => {
        const file = `${spec.pkg}-${script}-${style.includes('italic') ? style : `${style}-normal`}.woff2`;
        return `<link rel="preload" as="font" type="font/woff2" crossorigin href="${FONTS_PATH}${spec.pkg}/files/${file}"><link rel="stylesheet" href="${FONTS_PATH}${spec.pkg}/${script}-${style}.css">`;
      }),
    )
    .join('');
}

const require = createRequire(import.meta.url);

/** Where an @fontsource package is installed: in the project, or else under one of `from` (bench/faces.ts). */
export const fontsourceDir = (pkg: string, from: string[] = []) =>
  dirname(require.resolve(`@fontsource/${pkg}/package.json`, { paths: [import.meta.dirname, ...from] }));

const PACKAGES = new Map<string, string>(Object.values(WEB_FACES).map(({ pkg }) => [pkg, fontsourceDir(pkg)]));

const TYPES: Record<string, string> = { css: 'text/css', woff2: 'font/woff2', woff: 'font/woff' };

/**
 * Answers a request for a face's stylesheet or file, as the publisher's server does; false when the request is
 * not for one (the caller answers it). Only names a face's package ships: no path leaves the package.
 */
export async function serveFace(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0] ?? '';
  const [, pkg = '', file = '', type = ''] =
    /^\/fonts\/([a-z0-9-]+)\/((?:files\/)?[a-z0-9-]+\.(css|woff2?))$/.exec(path) ?? [];
  const dir = PACKAGES.get(pkg);
  if (!dir) return false;
  try {
    const body = await readFile(join(dir, file));
    res.writeHead(200, {
      'Content-Type': TYPES[type] as string,
      'Cache-Control': 'max-age=31536000',
      // The preloads are CORS requests, as every font fetch is.
      'Access-Control-Allow-Origin': '*',
    });
    res.end(type === 'css' ? body.toString('utf8').replaceAll('font-display: swap', 'font-display: optional') : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('no such face file');
  }
  return true;
}
