import { createRoute, z } from '@hono/zod-openapi';
import { Slug } from '../../../shared/contract/common';
import { WIDGET_KINDS } from '../../../shared/embed/options';
import { IMAGE_ROUTE_DOC_PATH } from '../../embed/image-path';
import { IMAGE_FORMATS, IMAGE_LAYOUTS, IMAGE_SCALES, IMAGE_WIDTHS } from '../../images/contract';
import { problem, publicReadErrors, retryAfter } from '../responses';
import { EmbedQuery } from './embed.routes';

export const ImageParams = z.object({
  widget: z.enum(WIDGET_KINDS).openapi({ param: { name: 'widget', in: 'path' } }),
  slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }),
  format: z.enum(IMAGE_FORMATS).openapi({ param: { name: 'format', in: 'path' } }),
});

const choice = <T extends readonly number[]>(values: T) =>
  z
    .enum(values.map(String) as [string, ...string[]])
    .transform((v) => Number(v) as T[number])
    .optional();

export const ImageQuery = EmbedQuery.extend({
  width: choice(IMAGE_WIDTHS).openapi({
    param: { name: 'width', in: 'query' },
    description: 'The card’s width in CSS px: `600` (default, a newsletter column) or `1200`.',
  }),
  scale: choice(IMAGE_SCALES).openapi({
    param: { name: 'scale', in: 'query' },
    description: 'PNG pixel density: `1` (default) or `2` for high-density screens. SVGs take only `1`.',
  }),
  layout: z
    .enum(IMAGE_LAYOUTS)
    .optional()
    .openapi({
      param: { name: 'layout', in: 'query' },
      description:
        '`card` (default): the whole widget, as tall as it needs. `social`: 1200 × 630 (the Open Graph size), keeping what fits; `width` must then be absent or `1200`.',
    }),
});

export const getEmbedImage = createRoute({
  method: 'get',
  path: IMAGE_ROUTE_DOC_PATH,
  tags: ['Embedding'],
  summary: 'One widget as an image (PNG or SVG), for newsletters, social cards and apps',
  description:
    'What the widget shows, drawn from the same data and the same wording: title, figures, claimants, the range bar or the gauge, status, the date the data describes and the “figures as reported” line. Text is set as outlines (Arabic shaped, right to left); the SVG keeps the words in `<title>`, `<desc>` and `aria-label`s. Cached like the read it shows and redrawn when editors change the data (with `asOf` too: a correction dated before that moment changes what is known of it); pinned with a settled `seenAt` (what was published at a past moment), it never changes and is served `immutable`.',
  request: { params: ImageParams, query: ImageQuery },
  responses: {
    200: {
      description: 'The image. `X-Cache` says whether it came from the edge cache.',
      content: {
        'image/png': { schema: z.string().openapi({ format: 'binary' }) },
        'image/svg+xml': { schema: z.string() },
      },
    },
    304: { description: 'Not modified: the `If-None-Match` ETag is current.' },
    400: problem('A parameter is not valid (an unknown width, `scale=2` on an SVG, …).'),
    404: problem(
      'No such incident or ceasefire (or not yet, as of `asOf`, or as published at `seenAt`, which says when it was).',
    ),
    // The read the image shows spends its reader's budget of misses (./image.handlers.ts).
    429: publicReadErrors[429],
    503: {
      ...problem('The database or the renderer is unavailable; retry after `Retry-After` seconds.'),
      headers: retryAfter,
    },
  },
});
