/**
 * Whether the copy-embed panel's code holds a card whole in the columns
 * publishers set: the card's code (the reserve computed from its data) in
 * columns 280–700 px wide every 20 px, at 16 and 18 px text, in each
 * language, each card in view when its data comes, so that it keeps the
 * height held and fits into it (widgets/src/shared/fit.ts). Counts the cards
 * cut behind "Show all" and the spacing the others took (1 is the card's
 * own; half to three and a half times is what fitting has). The faces are
 * the system's (DejaVu Sans and Serif for `sans-serif` and `serif` here), or
 * with `--web arimo,tinos,…` the @fontsource packages installed (the
 * gallery's), self-hosted as a publisher would.
 *
 *   tsx bench/column-sweep.ts [http://127.0.0.1:8787] [--widget ceasefire-gauge] [--web arimo,tinos] [--langs en,es]
 *     [--from 140 --count 7]   (the first column's width and how many, 20 px apart; 280 and 22 unless given)
 *   (a running `npm start`, built assets)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/chromium';
import { type EmbedData, scriptTags, widgetModulePath } from '../shared/embed/catalog';
import type { WidgetKind } from '../shared/embed/options';
import type { Lang } from '../shared/format/intl';
import { SEED } from '../src/db/seed/story';
import { embedSpace } from '../src/embed/height';
import { pageServer } from './page-server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    widget: { type: 'string' },
    web: { type: 'string' },
    langs: { type: 'string' },
    from: { type: 'string' },
    count: { type: 'string' },
  },
});
const api = positionals[0] ?? 'http://127.0.0.1:8787';
const widget = (values.widget ?? 'casualty-claims') as WidgetKind;
const [slug, collection] =
  widget === 'casualty-claims' ? [SEED.incidentSlug, 'incidents'] : [SEED.ceasefireSlug, 'ceasefires'];
const data = await (await fetch(`${api}/api/v1/${collection}/${slug}`)).json();
const web = values.web?.split(',') ?? [];
const faces = web.length ? web.map((pkg) => `web-${pkg}`) : ['sans-serif', 'serif'];
const langs = (values.langs ?? 'en,es,ar').split(',') as Lang[];
const WIDTHS = Array.from({ length: Number(values.count ?? 22) }, (_, i) => Number(values.from ?? 280) + 20 * i);
const SIZES = [16, 18];

/** A web face's regular and bold, Latin, from its @fontsource package, served by the page's origin. */
const fontFace = (pkg: string) =>
  [400, 700]
    .map(
      (weight) =>
        `@font-face{font-family:web-${pkg};font-weight:${weight};src:url(/fonts/${pkg}/files/${pkg}-latin-${weight}-normal.woff2)}`,
    )
    .join('');

function page(lang: Lang, face: string): string {
  const reserve = embedSpace({ widget, data, title: '' } as EmbedData, lang).reserve;
  const element = scriptTags(api, { widget, slug, lang, reserve })[2] ?? '';
  const cases = SIZES.flatMap((size) =>
    WIDTHS.map(
      (width) =>
        `<div data-case="${size} px ${width} px" style="width:${width}px;font-size:${size}px">${element}</div>`,
    ),
  );
  return `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<style>${web.map(fontFace).join('')}body{margin:0;font-family:${face};display:flex;flex-wrap:wrap;align-items:flex-start}</style>
<script type="module" src="${api}${widgetModulePath([widget])}"></script></head><body>${cases.join('')}</body></html>`;
}

// The web faces' files, served by the page's origin as a publisher's own.
const { origin, show, close } = await pageServer((req, res) => {
  if (!req.url?.startsWith('/fonts/')) return false;
  try {
    const file = readFileSync(new URL(`../node_modules/@fontsource/${req.url.slice(7)}`, import.meta.url));
    res.writeHead(200, { 'Content-Type': 'font/woff2' }).end(file);
  } catch {
    res.writeHead(404).end();
  }
  return true;
});
const browser = await launchChromium();
const spacings: number[] = [];
let cut = 0;
try {
  for (const lang of langs)
    for (const face of faces) {
      show(page(lang, face));
      // Wide and tall enough that every card is in view: one below it would take its natural height.
      const context = await browser.newContext({ viewport: { width: 7000, height: 8000 } });
      const p = await context.newPage();
      await p.goto(origin);
      await p.evaluate(() => document.fonts.ready);
      await p.waitForFunction(
        (tag) =>
          [...document.querySelectorAll(tag)].every((el) => {
            const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
            return root?.dataset.state === 'ready' && root.dataset.fit !== 'wait';
          }),
        widget,
      );
      if ((await p.evaluate(() => document.body.scrollHeight)) > 8000) throw new Error('cards below the view');
      const cards = await p.$$eval('[data-case]', (cases) =>
        cases.map((c) => {
          const root = c.firstElementChild?.shadowRoot?.querySelector<HTMLElement>('.root');
          return {
            where: (c as HTMLElement).dataset.case ?? '',
            cut: root?.dataset.fit === 'clipped',
            short: (root?.scrollHeight ?? 0) - (root?.clientHeight ?? 0),
            spacing: Number(root?.style.getPropertyValue('--_fit') || 1),
          };
        }),
      );
      const cuts = cards.filter((c) => c.cut);
      const theirs = cards.map((c) => c.spacing).sort((a, b) => a - b);
      cut += cuts.length;
      spacings.push(...theirs);
      console.log(
        `${lang} ${face.padEnd(22)} cut ${cuts.length}${cuts.map((c) => ` ${c.where} (${c.short} px)`).join(',')}; spacing ×${theirs[0]?.toFixed(2)}–×${theirs.at(-1)?.toFixed(2)}, median ×${theirs[theirs.length >> 1]?.toFixed(2)}`,
      );
      await context.close();
    }
} finally {
  await browser.close();
  close();
}
spacings.sort((a, b) => a - b);
const at = (q: number) => spacings[Math.floor(q * (spacings.length - 1))]?.toFixed(2);
console.log(
  `${spacings.length} ${widget} cards: ${cut} cut; spacing 10th / 50th / 90th percentile ×${at(0.1)} / ×${at(0.5)} / ×${at(0.9)}, most ×${at(1)}`,
);
