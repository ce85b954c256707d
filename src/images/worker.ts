/**
 * The images Worker (workers/images/wrangler.toml): renders a widget's card
 * as PNG or SVG from data the API Worker has already read. It has no D1 and
 * no public route: the API Worker reaches it through the `IMAGES` service
 * binding, so caching, purging and the single D1 read stay in one place
 * (src/routes/embed/image.handlers.ts), and the renderer's weight (resvg,
 * fontkit, the fonts) stays out of the API Worker's bundle.
 */
import type { RenderRequest } from './contract';
import { loadFonts } from './fonts';
import { rasterise, rasterReady } from './raster';
import { renderSvg } from './render';

export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/render')
      return new Response('Not found', { status: 404 });
    const req = (await request.json()) as RenderRequest;
    // Where the time goes, as the runtime's clock sees it (in production it advances only between I/O).
    const timing = stopwatch();
    // A PNG's rasteriser gets ready while the fonts are opened and the card laid out (both once per isolate).
    const raster = req.format === 'png' ? rasterReady() : undefined;
    raster?.catch(() => undefined);
    const fonts = await loadFonts();
    timing.lap('fonts');
    const { svg, width, height } = renderSvg(req, fonts);
    timing.lap('layout');
    const size = { 'X-Image-Width': String(width), 'X-Image-Height': String(height) };
    if (!raster) {
      return new Response(svg, {
        headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', ...size, 'Server-Timing': timing.header() },
      });
    }
    await raster;
    timing.lap('wasm');
    const png = await rasterise(svg, width * req.options.scale);
    timing.lap('raster');
    return new Response(png, {
      headers: { 'Content-Type': 'image/png', ...size, 'Server-Timing': timing.header() },
    });
  },
};

/** Server-Timing entries, one per step, and `render` for the whole. */
function stopwatch() {
  const start = performance.now();
  let last = start;
  const laps: string[] = [];
  return {
    lap(name: string) {
      const now = performance.now();
      laps.push(`${name};dur=${(now - last).toFixed(1)}`);
      last = now;
    },
    header: () => [...laps, `render;dur=${(last - start).toFixed(1)}`].join(', '),
  };
}
