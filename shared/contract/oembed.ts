import { z } from '@hono/zod-openapi';
import { SeenAtQuery } from './recorded';

/** A consumer's limit in px; sent empty (`maxwidth=`), as some consumers fill a URL template, it is no limit. */
const Limit = z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().optional());

export const OEmbedQuery = z.object({
  url: z
    .string()
    .min(1)
    .max(2048)
    .openapi({
      param: { name: 'url', in: 'query' },
      description: 'An embed page URL (`/embed/{widget}/{slug}`) or a demo page widget URL (`/#{widget}/{slug}`).',
      example: 'http://127.0.0.1:8787/embed/casualty-claims/deir-ez-zor-airstrike-2016',
    }),
  format: z
    .enum(['json', 'xml'])
    .default('json')
    .openapi({ param: { name: 'format', in: 'query' }, description: 'Only `json` is served; `xml` gets 501.' }),
  maxwidth: Limit.openapi({ param: { name: 'maxwidth', in: 'query' } }),
  maxheight: Limit.openapi({ param: { name: 'maxheight', in: 'query' } }),
  seenAt: SeenAtQuery.shape.seenAt.openapi({
    param: { name: 'seenAt', in: 'query' },
    description:
      'Pin the embed to what was published at this moment (as the URL’s own `seenAt` does; this one wins): the iframe’s page shows it, whatever is recorded later.',
  }),
});

/** oEmbed 1.0, `rich` type (https://oembed.com/#section2.3.4). */
export const OEmbed = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    html: z.string().openapi({ description: 'The iframe snippet.' }),
    width: z.number().int(),
    height: z.number().int(),
    cache_age: z.number().int(),
    thumbnail_url: z.string().optional().openapi({
      description:
        'The widget as a 1200 × 630 PNG (its social preview); left out, with its size, where `maxwidth` or `maxheight` is smaller (oEmbed: a thumbnail respects them).',
    }),
    thumbnail_width: z.number().int().optional(),
    thumbnail_height: z.number().int().optional(),
  })
  .openapi('OEmbed');

export type OEmbedShape = z.infer<typeof OEmbed>;
