import { z } from '@hono/zod-openapi';
import { Ceasefire } from './ceasefire';
import { Correction, Instant, PageLimit, Slug } from './common';
import { ARTICLE_STATUSES, BODY_BLOCK_KINDS } from './enums';
import { Incident } from './incident';
import { LANGUAGE_TAG_MAX, LANGUAGE_TAG_PATTERN } from './language';
import { SeenAtEcho, SeenAtQuery } from './recorded';

export const BodyBlock = z.object({ kind: z.enum(BODY_BLOCK_KINDS), text: z.string() }).openapi('BodyBlock');

export const ArticleSummary = z
  .object({
    slug: Slug,
    headline: z.string(),
    dek: z.string().nullable(),
    section: z.string(),
    language: z.string().openapi({ example: 'en', description: 'BCP 47' }),
    byline: z.string().nullable(),
    publishedAt: z.string().nullable(),
    publishedAtApproximate: z.boolean(),
    status: z.enum(ARTICLE_STATUSES),
    canonicalUrl: z.string().nullable(),
    updatedAt: Instant.openapi({
      description:
        'When the article itself (its headline, body and status) was last recorded. A listing does not read the stories it reports: the article’s own read gives their changes too.',
    }),
  })
  .openapi('ArticleSummary');

export const Article = ArticleSummary.extend({
  updatedAt: Instant.openapi({
    description:
      'When anything the article shows (its incidents and ceasefires included) was last recorded (also sent as `Last-Modified`).',
  }),
  body: z.array(BodyBlock),
  corrections: z.array(Correction),
  incidents: z.array(Incident),
  ceasefires: z.array(Ceasefire),
  seenAt: SeenAtEcho,
}).openapi('Article');

export const ArticleList = z
  .object({
    data: z.array(ArticleSummary),
    nextCursor: z.string().nullable(),
  })
  .openapi('ArticleList');

export const ArticleListQuery = SeenAtQuery.extend({
  limit: PageLimit,
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: '`nextCursor` from the previous page.' }),
  section: z
    .string()
    .max(100)
    .optional()
    .openapi({ param: { name: 'section', in: 'query' }, example: 'Foreign Affairs' }),
  lang: z
    .string()
    .max(LANGUAGE_TAG_MAX)
    .regex(LANGUAGE_TAG_PATTERN, 'a BCP 47 language tag')
    .optional()
    .openapi({
      param: { name: 'lang', in: 'query' },
      example: 'en',
      description:
        'A BCP 47 language tag (`en`, `en-GB`, `zh-Hant`; 400 otherwise, an empty one too): the articles in that language, or in a more specific tag of it (`en` lists `en-GB`; `en-GB` not `en`). Compared without regard to case.',
    }),
});

export type BodyBlockShape = z.infer<typeof BodyBlock>;
export type ArticleSummaryShape = z.infer<typeof ArticleSummary>;
export type ArticleShape = z.infer<typeof Article>;
export type ArticleListShape = z.infer<typeof ArticleList>;
