/**
 * How close the height model (src/embed/height.ts) comes to the card the
 * browser lays out: for each data set, column width, text size and face,
 * the height the pasted element holds (the reserve as headless Chromium
 * computes it, before any script) beside the same card's natural height
 * (its data given inline, so no request; no held height, so no fitting).
 * Faces are DejaVu Sans and Serif, whose widths the model is fitted to;
 * bench/faces.ts covers other faces. Prints each difference (natural −
 * held, px) and their spread.
 *
 *   tsx bench/height-model.ts [http://127.0.0.1:8787]   (a running `npm start`, built assets)
 */
import { launchChromium } from '../scripts/chromium';
import { widgetOpening } from '../shared/embed/catalog';
import { WIDGET_BOX } from '../shared/embed/reserve';
import { SEED } from '../src/db/seed/story';
import { embedSpace } from '../src/embed/height';
import { pageServer } from './page-server';

const api = process.argv[2] ?? 'http://127.0.0.1:8787';
const seed = await (await fetch(`${api}/api/v1/incidents/${SEED.incidentSlug}`)).json();
// The seed; the seed with a third claimant of a long name and a range; one claim with neither quote nor article.
const first = seed.claims[0];
const datasets: Record<string, typeof seed> = {
  seed,
  longer: {
    ...seed,
    claims: [
      ...seed.claims,
      {
        ...first,
        id: 'third',
        claimant: { ...first.claimant, name: 'Ministry of Defence of the Russian Federation' },
        qualifier: 'between',
        low: 100,
        high: 150,
        quote: null,
      },
    ],
  },
  short: { ...seed, claims: [{ ...seed.claims[1], quote: null, sourceArticle: null }] },
};
const WIDTHS = [260, 300, 340, 375, 414, 460, 520, 600, 680, 800, 980];

function page(text: number, face: string): string {
  let body = '';
  for (const [name, data] of Object.entries(datasets)) {
    const { reserve } = embedSpace({ widget: 'casualty-claims', data, title: '' } as never, 'en');
    // An element no script defines, holding what the pasted code holds.
    const held = `${widgetOpening({ widget: 'casualty-claims', slug: 'held' }, reserve).replaceAll('casualty-claims', 'x-held')}</x-held>`;
    const card = `<casualty-claims incident="${data.slug}" lang="en" style="display:block;${WIDGET_BOX}"><script type="application/json" data-explainer-data>${JSON.stringify(data)}</script></casualty-claims>`;
    for (const w of WIDTHS) {
      body += `<div class="case" data-name="${name}" data-w="${w}" style="display:flex;gap:10px;align-items:flex-start"><div style="width:${w}px">${held}</div><div style="width:${w}px">${card}</div></div>`;
    }
  }
  return `<!doctype html><html lang="en" style="font:${text}px ${face}"><head><meta charset="utf-8"><script type="module" src="${api}/widgets/v1/casualty-claims.js"></script></head><body style="margin:0;width:2200px">${body}</body></html>`;
}

const { origin, show, close } = await pageServer();
const browser = await launchChromium();
const all: number[] = [];
try {
  for (const face of ["'DejaVu Sans'", "'DejaVu Serif'"])
    for (const text of [14, 16, 18, 20]) {
      show(page(text, face));
      const context = await browser.newContext({ viewport: { width: 2200, height: 1000 } });
      const p = await context.newPage();
      await p.goto(origin);
      await p.waitForFunction(() =>
        [...document.querySelectorAll('casualty-claims')].every(
          (el) => el.shadowRoot?.querySelector('.root')?.getAttribute('data-state') === 'ready',
        ),
      );
      const rows = await p.$$eval('.case', (cases) =>
        cases.map((c) => {
          const [held, card] = [...c.querySelectorAll('x-held, casualty-claims')].map(
            (el) => el.getBoundingClientRect().height,
          );
          return `${(c as HTMLElement).dataset.name}@${(c as HTMLElement).dataset.w}:${Math.round((card ?? 0) - (held ?? 0))}`;
        }),
      );
      for (const row of rows) all.push(Number(row.split(':')[1]));
      console.log(`${face} ${text}px  ${rows.join(' ')}`);
      await context.close();
    }
} finally {
  await browser.close();
  close();
}
const sorted = all.map(Math.abs).sort((a, b) => a - b);
const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))];
const mean = all.reduce((sum, d) => sum + d, 0) / all.length;
console.log(
  `${all.length} cards: |natural − held| median ${at(0.5)} px, 90th percentile ${at(0.9)} px, most ${at(1)} px; mean natural − held ${mean.toFixed(1)} px`,
);
