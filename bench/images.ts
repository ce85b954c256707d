/**
 * The widget images (/embed/{widget}/{slug}.png|.svg): time to the first
 * image of a fresh images Worker (fonts opened, WebAssembly instantiated),
 * then to its first Arabic image (the Arabic fonts' glyphs and shaping
 * tables read for the first time), time per render once warm and per cached
 * image, workerd CPU per render, the bytes readers download, and the images
 * Worker's bundle and start-up CPU. Renders skip the caches with the
 * operators' bypass, so each one really reads and draws.
 */
import { gzipSync } from 'node:zlib';
import { buildImagesWorker, IMAGES_CONFIG } from '../scripts/build-images';
import { SEED } from '../src/db/seed/story';
import { startupCpu } from './startup';
import { median } from './stats';

export type ImageRow = { measure: string; value: string; goal?: string; met?: boolean };

const CLAIMS = `/embed/casualty-claims/${SEED.incidentSlug}`;
const GAUGE = `/embed/ceasefire-gauge/${SEED.ceasefireSlug}`;
const RENDERS = Number(process.env.BENCH_IMAGE_RENDERS ?? 12);
/** `wrangler check startup` runs of the images Worker. */
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 9);

async function timed(url: string, headers: Record<string, string> = {}) {
  const start = performance.now();
  const res = await fetch(url, { headers });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return { ms: performance.now() - start, bytes, cache: res.headers.get('X-Cache') };
}

/** Must run before anything else asks for an image, so the first one meets a cold images Worker. */
export async function imageRows(
  base: string,
  bypass: Record<string, string>,
  cpuMs: () => number | null,
): Promise<{ rows: ImageRow[]; results: Record<string, unknown> }> {
  const cold = await timed(`${base}${CLAIMS}.png`, bypass);
  const coldArabic = await timed(`${base}${CLAIMS}.png?lang=ar`, bypass);
  // Warm: each language and widget once, then the same card over and over, drawn every time.
  for (const lang of ['en', 'es', 'ar'])
    for (const path of [CLAIMS, GAUGE]) await timed(`${base}${path}.png?lang=${lang}`, bypass);
  const cpuBefore = cpuMs();
  const warm: number[] = [];
  for (let i = 0; i < RENDERS; i++)
    warm.push((await timed(`${base}${CLAIMS}.png?lang=${['en', 'es', 'ar'][i % 3]}`, bypass)).ms);
  const cpuAfter = cpuMs();
  const cpuPerRender = cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / RENDERS : null;
  const social: number[] = [];
  for (let i = 0; i < 3; i++) social.push((await timed(`${base}${GAUGE}.png?layout=social&scale=2`, bypass)).ms);

  await timed(`${base}${CLAIMS}.png`); // stores a copy
  const cached: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    const r = await timed(`${base}${CLAIMS}.png`);
    if (r.cache === 'HIT') cached.push(r.ms);
  }

  const sizes: Record<string, number> = {};
  for (const [label, path] of [
    ['claims card, 600 px, PNG 1×', `${CLAIMS}.png`],
    ['claims card, 600 px, PNG 2×', `${CLAIMS}.png?scale=2`],
    ['gauge card, 600 px, PNG 1×', `${GAUGE}.png`],
    ['social card, 1200 × 630, PNG', `${CLAIMS}.png?layout=social`],
    ['claims card, SVG (gzip on the wire)', `${CLAIMS}.svg`],
  ] as const) {
    const res = await fetch(`${base}${path}`);
    const body = Buffer.from(await res.arrayBuffer());
    sizes[label] = path.endsWith('.svg') ? gzipSync(body).byteLength : body.byteLength;
  }

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${Math.round(n)} ms`;
  const rows: ImageRow[] = [
    {
      measure: 'image: first render, cold images Worker (600 px PNG)',
      value: ms(cold.ms),
      goal: '≤ 1 s',
      met: cold.ms <= 1000,
    },
    {
      measure: 'image: first Arabic render, right after (600 px PNG)',
      value: ms(coldArabic.ms),
      goal: '≤ 1 s',
      met: coldArabic.ms <= 1000,
    },
    { measure: `image: render, warm (median of ${RENDERS}, en/es/ar, caches skipped)`, value: ms(median(warm)) },
    { measure: 'image: social card 1200 × 630 at 2× (median of 3)', value: ms(median(social)) },
    { measure: 'image: cached (edge cache HIT, median)', value: cached.length ? ms(median(cached)) : 'no hit' },
    {
      measure: 'image: workerd CPU per render',
      value: cpuPerRender === null ? 'n/a' : `${cpuPerRender.toFixed(1)} ms`,
    },
    ...Object.entries(sizes).map(([label, bytes]) => ({ measure: `image bytes: ${label}`, value: kb(bytes) })),
  ];
  const bundle = imagesWorkerGzipKiB();
  rows.push({
    measure: 'images Worker bundle (wrangler deploy --dry-run), gzip',
    value: `${bundle} KiB`,
    goal: '≤ 3 MB (Workers Free)',
    met: bundle <= 3072,
  });
  const [startup] = startupCpu([{ label: 'images Worker', config: IMAGES_CONFIG }], STARTUP_RUNS);
  rows.push({
    measure: `images Worker start-up CPU, wrangler check startup (median of ${STARTUP_RUNS})`,
    value: `${startup?.medianMs.toFixed(1)} ms`,
  });
  return {
    rows,
    results: {
      coldMs: cold.ms,
      coldArabicMs: coldArabic.ms,
      startupMs: startup?.medianMs,
      warmMedianMs: median(warm),
      socialMedianMs: median(social),
      cachedMedianMs: median(cached),
      cpuMsPerRender: cpuPerRender,
      bytes: sizes,
      bundleGzipKiB: bundle,
    },
  };
}

/** The images Worker's gzip size as `wrangler deploy` would upload it. */
function imagesWorkerGzipKiB(): number {
  const line = buildImagesWorker();
  const match = /gzip:\s*([\d.]+)\s*KiB/.exec(line);
  if (!match?.[1]) throw new Error(`no gzip size in wrangler output: ${line}`);
  return Number(match[1]);
}
