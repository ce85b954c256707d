/**
 * The images Worker (workers/images/wrangler.toml): renders a widget's card
 * as PNG or SVG from data the API Worker has already read. It has no D1 and
 * no public route: the API Worker reaches it through the `IMAGES` service
 * binding, so caching, purging and the single D1 read stay in one place
 * (src/routes/embed/image.handlers.ts), and the renderer's weight (resvg,
 * fontkit, the fonts) stays out of the API Worker's bundle.
 */
import type { RenderRequest } from './contract';
import { rasterise } from './raster';
import { renderSvg } from './render';

export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/render')
      return new Response('Not found', { status: 404 });
    const req = (await request.json()) as RenderRequest;
    // Where the time goes, as the runtime's clock sees it (in production it advances only between I/O).
    const started = performance.now();
    const { svg, width, height } = renderSvg(req);
    const laidOut = performance.now();
    const layout = `layout;dur=${(laidOut - started).toFixed(1)}`;
    const size = { 'X-Image-Width': String(width), 'X-Image-Height': String(height) };
    if (req.format === 'svg') {
      return new Response(svg, {
        headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', ...size, 'Server-Timing': layout },
      });
    }
    const png = await rasterise(svg, width * req.options.scale);
    return new Response(png, {
      headers: {
        'Content-Type': 'image/png',
        ...size,
        'Server-Timing': `${layout}, render;dur=${(performance.now() - started).toFixed(1)}`,
      },
    });
  },
};
