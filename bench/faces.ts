/**
 * How well the reserve's face width (`FACE_WIDTH`, shared/embed/reserve.ts)
 * estimates the width a face sets text at: for each face, the width of a
 * run of the cards' kind of text (regular and bold) over the same run in
 * DejaVu Sans, the face the height model's character widths are fitted to,
 * against the estimate from the face's digit. The faces are the gallery's
 * web fonts (tests/gallery/faces.ts) and DejaVu Sans and Serif; more can be
 * named, as @fontsource packages installed in the project or where it is
 * run from: `tsx bench/faces.ts lora oswald` (bench/README.md, "Text faces").
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium';
import { runAsMain } from '../scripts/run-as-main';
import { faceWidth } from '../shared/embed/reserve';
import { fontsourceDir, WEB_FACES } from '../tests/gallery/faces';

/** English and Spanish of the kind the cards set: names of sources, figures, dates, a sentence. */
const SAMPLE =
  'Officials gave conflicting accounts of what happened overnight; the Syrian Observatory for Human Rights said 62 were killed and 100 wounded, while the ministry put the toll at 83. Los funcionarios dieron cifras distintas, según el ministerio.';

export type FaceWidth = {
  face: string;
  /** Its text's width over DejaVu Sans's, regular and bold. */
  text: number;
  bold: number;
  /** Its digit's width in em. */
  chPerEm: number;
  /** The face's x-height in em (`1ex`), which tells a Latin face with digits half an em wide from a face with none. */
  exPerEm: number;
  /** The text's width over what `FACE_WIDTH` estimates from the digit: 1 is exact. */
  overEstimate: number;
};

/** Regular and bold Latin files of an installed @fontsource package, and its family name. */
async function fontsourceFace(pkg: string): Promise<{ family: string; files: Record<400 | 700, string> }> {
  // The project's packages, or those installed where the bench is run from (faces not worth a dependency).
  const dir = fontsourceDir(pkg, [process.cwd()]);
  const { family } = JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8')) as { family: string };
  const file = (weight: number) => join(dir, 'files', `${pkg}-latin-${weight}-normal.woff2`);
  return { family, files: { 400: file(400), 700: file(700) } };
}

export async function faceWidths(extra: string[] = []): Promise<FaceWidth[]> {
  const packages = [...new Set([...Object.values(WEB_FACES).map((f) => f.pkg), ...extra])];
  const faces = await Promise.all(packages.map(fontsourceFace));
  const files = new Map<string, string>();
  const rules = faces.flatMap(({ family, files: byWeight }, i) =>
    ([400, 700] as const).map((weight) => {
      files.set(`/f/${i}/${weight}`, byWeight[weight]);
      return `@font-face{font-family:'${family}';font-weight:${weight};src:url(/f/${i}/${weight})}`;
    }),
  );
  const families = ['DejaVu Sans', 'DejaVu Serif', ...faces.map((f) => f.family)];
  const html = `<!doctype html><meta charset="utf-8"><style>${rules.join('')}span{white-space:nowrap}</style><body style="font-size:100px">${families
    .map(
      (family) =>
        `<div data-face="${family}" style="font-family:'${family}'"><span>${SAMPLE}</span> <span style="font-weight:700">${SAMPLE}</span> <span style="display:inline-block;width:1ch"></span><span style="display:inline-block;width:1ex"></span></div>`,
    )
    .join('')}</body>`;
  const server = createServer(async (req, res) => {
    const file = files.get(req.url ?? '');
    if (file) {
      res.writeHead(200, { 'Content-Type': 'font/woff2' });
      res.end(await readFile(file));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // Every face, both weights, loaded before anything is measured (a face not loaded measures its fallback).
    await page.evaluate(async (names) => {
      for (const name of names) for (const weight of [400, 700]) await document.fonts.load(`${weight} 100px "${name}"`);
    }, families);
    const measured = await page.$$eval('div', (divs) =>
      divs.map((div) => {
        const [text, bold, ch, ex] = [...div.querySelectorAll('span')].map((s) => s.getBoundingClientRect().width);
        return { face: div.dataset.face ?? '', text: text ?? 0, bold: bold ?? 0, ch: ch ?? 0, ex: ex ?? 0 };
      }),
    );
    const base = measured[0] as (typeof measured)[number];
    return measured.map(({ face, text, bold, ch, ex }) => ({
      face,
      text: text / base.text,
      bold: bold / base.bold,
      chPerEm: ch / 100,
      exPerEm: ex / 100,
      overEstimate: text / base.text / faceWidth(ch / 100, ex / 100),
    }));
  } finally {
    await browser.close();
    server.close();
  }
}

if (runAsMain(import.meta.url)) {
  for (const f of await faceWidths(process.argv.slice(2)))
    console.log(
      `${f.face.padEnd(22)} text ×${f.text.toFixed(3)}  bold ×${f.bold.toFixed(3)}  1ch ${f.chPerEm.toFixed(3)} em  1ex ${f.exPerEm.toFixed(3)} em  text ÷ estimate ${f.overEstimate.toFixed(3)}`,
    );
}
