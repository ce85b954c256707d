import { createRoute, z } from '@hono/zod-openapi';
import { AsOfQuery, Slug } from '../../../shared/contract/common';
import { SeenAtAttribute, SeenAtQuery } from '../../../shared/contract/recorded';
import { THEMES, WIDGET_KINDS } from '../../../shared/embed/options';
import { LANGS } from '../../../shared/format/intl';
import { problem, publicReadErrors } from '../responses';

/** The path of a widget's pages: `/embed/{widget}/{slug}…`. */
export const EmbedParams = z.object({
  widget: z.enum(WIDGET_KINDS).openapi({ param: { name: 'widget', in: 'path' } }),
  slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }),
});

export const EmbedQuery = z.object({
  lang: z
    .enum(LANGS)
    .optional()
    .openapi({ param: { name: 'lang', in: 'query' }, description: 'UI language; data stays as written.' }),
  theme: z
    .enum(THEMES)
    .optional()
    .openapi({
      param: { name: 'theme', in: 'query' },
      description:
        '`auto`: in a frame, the scheme of the page framing it, which resize.js reports there (light until it does, or without it); opened on its own, the reader’s system.',
    }),
  asOf: AsOfQuery.shape.asOf,
  'as-of': AsOfQuery.shape.asOf.openapi({
    param: { name: 'as-of', in: 'query' },
    description: 'The widget attribute’s spelling of `asOf`.',
  }),
  seenAt: SeenAtQuery.shape.seenAt,
  'seen-at': SeenAtAttribute,
});

export const getEmbedPage = createRoute({
  method: 'get',
  path: '/embed/{widget}/{slug}',
  tags: ['Embedding'],
  summary: 'A standalone page of one widget, for iframes',
  description:
    'Server-rendered (the figures are in the HTML with JavaScript off), upgraded by the widget, with oEmbed discovery and schema.org JSON-LD. Posts its height to the parent: `{ type: "explainer-edge:resize", height, src }` and AMP’s `{ sentinel: "amp", type: "embed-size", height }`. With `theme` `auto`, says `{ type: "explainer-edge:hello" }` as it starts and takes the scheme of resize.js’s answer, `{ type: "explainer-edge:scheme", scheme }`.',
  request: {
    params: EmbedParams,
    query: EmbedQuery,
  },
  responses: {
    200: { description: 'The embed page.', content: { 'text/html': { schema: z.string() } } },
    400: problem('A parameter is not valid (`seenAt` in the future among them).'),
    404: problem('No such incident or ceasefire (or not yet, as of `asOf` or as published at `seenAt`).'),
    429: publicReadErrors[429],
    503: publicReadErrors[503],
  },
});
