/**
 * GET /embed/{widget}/{slug}.png|.svg: a widget as an image.
 *
 * The data comes from the public read itself (`/api/v1/incidents/{slug}` or
 * `/api/v1/ceasefires/{slug}`, run through the app with its edge cache), so
 * an image shows exactly what that read shows, costs at most its one D1
 * round trip, and is purged with it: an image is cached under the read's
 * ETag, so once an editor's write purges the read, the next request draws
 * the new data. The drawing itself happens in the images Worker, behind
 * the `IMAGES` service binding (src/images/worker.ts).
 */
import type { ExecutionContext } from '@cloudflare/workers-types';
import type { Context } from 'hono';
import type { CeasefireShape } from '../../../shared/contract/ceasefire';
import type { ProblemShape } from '../../../shared/contract/common';
import type { IncidentShape } from '../../../shared/contract/incident';
import { apiUrl, type EmbedData } from '../../../shared/embed/catalog';
import type { AppEnv } from '../../env';
import { background } from '../../http/after-response';
import { BYPASS_HEADER, type Refetch } from '../../http/cache';
import { CACHE_CONTROL } from '../../http/cache-control';
import { PROBLEM_TYPES, Problem, problemTypeOf, validationProblem } from '../../http/problem';
import { isSettledRead, seenMoment } from '../../http/recorded-reads';
import { renderImage } from '../../images/client';
import { IMAGE_DESIGN, type ImageOptions, type RenderRequest } from '../../images/contract';
import { ImageParams, ImageQuery } from './image.routes';

/** Pinned to a past moment, an image never changes: browsers and CDNs may keep it for a year without asking. */
/** The edge keeps a drawn image a day; its key changes with the data, so it is never served stale by mistake. */
const STORED_CACHE_CONTROL = 'public, s-maxage=86400';
/** An SVG opened on its own runs nothing and loads nothing. */
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export function imageHandler(refetch: Refetch) {
  return async (c: Context<AppEnv>) => {
    const file = c.req.param('file') ?? '';
    const dot = file.lastIndexOf('.');
    const params = ImageParams.safeParse({
      widget: c.req.param('widget'),
      slug: file.slice(0, dot),
      format: file.slice(dot + 1),
    });
    if (!params.success) throw validationProblem(params.error, 'param');
    // A parameter given twice (`?lang=es&lang=ar`) is refused, as the embed page and the API refuse it, rather than
    // the first taken.
    const twice = Object.entries(c.req.queries()).find(([key, values]) => values.length > 1 && key in ImageQuery.shape);
    if (twice)
      throw new Problem('validation', `Invalid query.${twice[0]}: given more than once.`, {
        errors: [{ path: `query.${twice[0]}`, message: 'give it once' }],
      });
    const query = ImageQuery.safeParse(c.req.query());
    if (!query.success) throw validationProblem(query.error, 'query');
    const { widget, slug, format } = params.data;
    const q = query.data;
    const asOf = q.asOf ?? q['as-of'];
    const seenAt = q.seenAt ?? q['seen-at'];
    // Checked here, not left to the read (which takes it as `seenAt`): a moment in the future is refused under the
    // name the client sent.
    seenMoment(seenAt, q.seenAt === undefined ? 'query.seen-at' : 'query.seenAt');
    const layout = q.layout ?? 'card';
    if (layout === 'social' && q.width !== undefined && q.width !== 1200)
      throw new Problem('validation', 'A social image is 1200 px wide.', {
        errors: [{ path: 'query.width', message: 'must be 1200 (or absent) with layout=social' }],
      });
    if (format === 'svg' && q.scale !== undefined && q.scale !== 1)
      throw new Problem('validation', 'An SVG has no pixel density.', {
        errors: [{ path: 'query.scale', message: 'must be 1 (or absent) for an SVG' }],
      });
    const options: ImageOptions = {
      lang: q.lang ?? 'en',
      // An image cannot follow a reader's system: `auto` draws the light card.
      theme: q.theme === 'dark' ? 'dark' : 'light',
      width: layout === 'social' ? 1200 : (q.width ?? 600),
      scale: format === 'svg' ? 1 : (q.scale ?? 1),
      layout,
    };
    const images = c.env.IMAGES;
    if (!images) throw new Problem('unavailable', 'Images are not served here.', { headers: { 'Retry-After': '60' } });

    const url = new URL(c.req.url);
    const bypass = Boolean(c.env.CACHE_BYPASS_SECRET && c.req.header(BYPASS_HEADER) === c.env.CACHE_BYPASS_SECRET);
    // The very read the widget makes (the same URL), so the two share its cached copy.
    const readUrl = apiUrl(url.origin, { widget, slug, asOf, seenAt });
    const readHeaders = new Headers();
    if (bypass) readHeaders.set(BYPASS_HEADER, c.req.header(BYPASS_HEADER) ?? '');
    // A read the image misses spends its reader's budget of misses (src/http/budgets.ts): without the address it
    // was one budget every image reader shared, which a flood of new moments (`seenAt`) spent for all of them.
    const address = c.req.header('CF-Connecting-IP');
    if (address) readHeaders.set('CF-Connecting-IP', address);
    const read = await refetch(
      new Request(readUrl, { headers: readHeaders }),
      c.env,
      c.executionCtx as ExecutionContext,
    );
    if (read.status === 404) {
      // The read's own words where it has them: asked before the story was first published, it says when it was.
      const said = ((await read.json().catch(() => null)) as { detail?: string } | null)?.detail;
      throw new Problem('not-found', said ?? `Nothing to draw at ${widget}/${slug}${asOf ? ` as of ${asOf}` : ''}.`);
    }
    if (read.status !== 200) throw await refusal(read);
    const readTiming = read.headers.get('Server-Timing');

    const variant = new URLSearchParams({
      lang: options.lang,
      theme: options.theme,
      width: String(options.width),
      scale: String(options.scale),
      layout: options.layout,
      ...(asOf ? { asOf } : {}),
      ...(seenAt ? { seenAt } : {}),
      data: read.headers.get('ETag') ?? '',
      design: IMAGE_DESIGN,
    });
    const key = new Request(`${url.origin}/embed/${widget}/${slug}.${format}?${variant}`);
    const etag = `"img.${await digest(key.url)}"`;
    // Immutable only where the read is: a settled moment of recording (`seenAt`). A moment the data describes
    // (`asOf`) alone shows what is known of it now, which a correction dated before it still changes.
    const pinned = isSettledRead(readUrl);
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': pinned ? CACHE_CONTROL.immutable : CACHE_CONTROL.publicRead,
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag, X-Cache, Server-Timing, X-Image-Width, X-Image-Height',
      'Content-Disposition': `inline; filename="${slug}-${options.lang}-${options.theme}-${options.layout === 'social' ? 'social' : options.width}${options.scale === 2 ? '@2x' : ''}.${format}"`,
      ...(format === 'svg' ? { 'Content-Security-Policy': SVG_CSP } : {}),
    };
    if (matchesEtag(c.req.header('If-None-Match'), etag)) {
      await read.body?.cancel();
      return new Response(null, { status: 304, headers });
    }

    const cache = await caches.open('embed-images');
    const cached = bypass ? undefined : await cache.match(key);
    if (cached) {
      await read.body?.cancel();
      return served(cached, headers, 'HIT', [readTiming]);
    }

    const data = (await read.json()) as IncidentShape | CeasefireShape;
    const embed = (
      widget === 'casualty-claims'
        ? { widget, data, title: (data as IncidentShape).title }
        : { widget, data, title: (data as CeasefireShape).name }
    ) as EmbedData;
    const request: RenderRequest = { embed, options, format, host: url.host };
    const drawn = await renderImage(images, request);
    if (!drawn.ok)
      throw new Problem('unavailable', 'The image could not be drawn.', { headers: { 'Retry-After': '5' } });
    const bytes = await drawn.arrayBuffer();
    const size = {
      'X-Image-Width': drawn.headers.get('X-Image-Width') ?? '',
      'X-Image-Height': drawn.headers.get('X-Image-Height') ?? '',
    };
    const res = new Response(bytes, {
      headers: { ...headers, ...size, 'Content-Type': drawn.headers.get('Content-Type') ?? 'application/octet-stream' },
    });
    if (!bypass) {
      const copy = new Response(bytes, res);
      copy.headers.set('Cache-Control', STORED_CACHE_CONTROL);
      // Stored at once, not after the response (src/http/after-response.ts): no memory tier answers meanwhile, and
      // a second reader in that gap would cost a second drawing, far dearer than a store.
      background(c, cache.put(key, copy));
    }
    return served(res, {}, bypass ? 'BYPASS' : 'MISS', [readTiming, drawn.headers.get('Server-Timing')]);
  };
}

/** The response as served: the request's own headers over the stored ones, the cache state, and where the time went. */
function served(
  res: Response,
  headers: Record<string, string>,
  state: 'HIT' | 'MISS' | 'BYPASS',
  timings: (string | null)[],
): Response {
  const out = new Response(res.body, res);
  for (const [k, v] of Object.entries(headers)) out.headers.set(k, v);
  out.headers.set('X-Cache', state);
  const timing = timings.filter(Boolean).join(', ');
  if (timing) out.headers.set('Server-Timing', timing);
  return out;
}

/**
 * The read's refusal (its reader's budget of misses spent: 429; D1 unavailable or shedding: 503) as the image's
 * own: the same type, words and `Retry-After`, answered by the app's error handler, so its `instance` is this
 * image's path and not the internal read's.
 */
async function refusal(read: Response): Promise<Problem> {
  const said = (await read.json().catch(() => null)) as Partial<ProblemShape> | null;
  const type = problemTypeOf(said?.type);
  const retry = read.headers.get('Retry-After');
  const headers: Record<string, string> = retry ? { 'Retry-After': retry } : {};
  if (type && PROBLEM_TYPES[type].status === read.status) {
    return new Problem(type, said?.detail, { errors: said?.errors, headers });
  }
  return new Problem('unavailable', 'The data to draw could not be read.', {
    headers: { 'Retry-After': '5', ...headers },
  });
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
}

async function digest(text: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...hash.slice(0, 12)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
