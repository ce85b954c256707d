/**
 * Building blocks shared by the public shapes. Everything under
 * `shared/contract/` is the API's contract: zod schemas that validate requests,
 * describe responses in the OpenAPI document, and (as inferred types) are
 * what the widgets import. No Worker globals here: the widgets' compiler
 * reads these files too.
 */
import { z } from '@hono/zod-openapi';
import { inFourDigitYears } from '../domain/time';
import { CLAIMANT_KINDS } from './enums';
import { SLUG_PATTERN } from './slug';

/**
 * A named schema, or null. `.nullable()` on a named schema comes out of the
 * OpenAPI generator as `allOf: [$ref, {type: [object, null]}]`, which no null
 * satisfies and which typed clients read as an impossible type; a union
 * comes out as `anyOf: [$ref, {type: null}]`.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(SLUG_PATTERN, 'lowercase letters, digits and single hyphens')
  .openapi({ example: 'deir-ez-zor-airstrike-2016' });

/** `YYYY-MM-DD`, a real calendar date (2016-02-30 is refused). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date')
  .openapi({ format: 'date', example: '2016-09-17' });

/**
 * An instant as ISO 8601 with its offset, as the source gave it. Its UTC form must be a four-digit year too:
 * `9999-12-31T23:59:59-23:59` is in the year 10000, whose ISO form (`+010000-…`) sorts before every other.
 */
export const Instant = z.iso
  .datetime({ offset: true })
  .refine(inFourDigitYears, 'a moment between the years 0000 and 9999 in UTC')
  .openapi({ example: '2016-09-12T19:00:00+03:00' });

export const HttpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2048)
  .openapi({ example: 'https://www.syriahr.com/en/' });

export const Correction = z
  .object({
    note: z.string().min(1).max(2000),
    at: Instant,
  })
  .openapi('Correction');

export const ClaimantRef = z
  .object({
    name: z.string().min(1).max(200).openapi({ example: 'Syrian Observatory for Human Rights' }),
    kind: z.enum(CLAIMANT_KINDS),
    affiliation: z.string().max(200).nullable().optional(),
    url: HttpUrl.nullable().optional(),
  })
  .openapi('Claimant');

export const ArticleRef = z
  .object({
    slug: Slug,
    headline: z.string(),
    language: z.string().openapi({
      example: 'en',
      description: 'BCP 47: the language the article (its headline) is written in, which may not be its story’s.',
    }),
  })
  .openapi('ArticleRef');

/**
 * A moment a read is pinned to (`?asOf=`, `?seenAt=`): a date (the end of that day, UTC) or an instant with its
 * offset. A URL's query reads an unescaped `+` as a space, which is the commonest way to get one wrong: the
 * problem says how to write it.
 */
export const Moment = z.union([CalendarDate, Instant], {
  error:
    'a date (2016-09-18) or an ISO 8601 time with its offset (2016-09-12T19:00:00+03:00; in a URL, write + as %2B)',
});

/** `?asOf=`: a date (end of that day, UTC) or an instant with an offset. */
export const AsOfQuery = z.object({
  asOf: Moment.optional().openapi({
    param: { name: 'asOf', in: 'query' },
    description:
      'Show the resource as it stood at this moment: a date (the end of that day, UTC) or an ISO 8601 time with offset.',
    example: '2016-09-18',
  }),
});

/** `?limit=` of a paged list: 1 to 100, 20 unless asked. Every refusal says so ("received NaN" said nothing). */
const LIMIT_MESSAGE = { error: 'a whole number from 1 to 100, given once' };
export const PageLimit = z.coerce
  .number(LIMIT_MESSAGE)
  .int(LIMIT_MESSAGE)
  .min(1, LIMIT_MESSAGE)
  .max(100, LIMIT_MESSAGE)
  .default(20)
  .openapi({ param: { name: 'limit', in: 'query' }, example: 20 });

export const ProblemField = z.object({
  path: z.string().openapi({ example: 'limit' }),
  message: z.string(),
});

/** RFC 9457 problem details. */
export const Problem = z
  .object({
    type: z.string().openapi({ example: '/problems/validation' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(ProblemField).optional(),
  })
  .openapi('Problem');

export type CorrectionShape = z.infer<typeof Correction>;
export type ClaimantShape = z.infer<typeof ClaimantRef>;
export type ArticleRefShape = z.infer<typeof ArticleRef>;
export type ProblemShape = z.infer<typeof Problem>;
