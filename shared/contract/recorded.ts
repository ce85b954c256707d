/**
 * Recorded time in the contract: `?seenAt=` (the resource exactly as this
 * API served it at an instant), the fields that echo it, and the public
 * change log read from the same recorded versions.
 */
import { z } from '@hono/zod-openapi';
import { Instant, Moment, PageLimit } from './common';
import { CHANGE_KINDS } from './enums';

const seenAtValue = Moment;

/** `?seenAt=`: a date (the end of that day, UTC) or an instant with an offset, not in the future. */
export const SeenAtQuery = z.object({
  seenAt: seenAtValue.optional().openapi({
    param: { name: 'seenAt', in: 'query' },
    description:
      'Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable.',
    example: '2026-11-20T12:00:00Z',
  }),
});

/** The spelling of `seenAt` a widget attribute uses (`seen-at`), accepted by the embed pages. */
export const SeenAtAttribute = seenAtValue.optional().openapi({
  param: { name: 'seen-at', in: 'query' },
  description: 'The widget attribute’s spelling of `seenAt`.',
});

export const SeenAtEcho = Instant.optional().openapi({
  description:
    'Present when `?seenAt=` was given: the moment of recording shown, in the offset it was asked in (a date: the end of that day, UTC).',
});

export const ChangeCount = z.number().int().nonnegative().optional().openapi({
  description:
    'How many changes the public change log lists (`…/changes`), as recorded by the moment shown. On the resource’s own read.',
});

export const ChangeField = z
  .object({
    field: z.string().openapi({ example: 'figure' }),
    old: z.string().nullable().openapi({ example: '80' }),
    new: z.string().nullable().openapi({ example: '90' }),
  })
  .openapi('ChangeField');

export const ChangeEntry = z
  .object({
    id: z
      .string()
      .openapi({ description: 'Stable; also the cursor of the page after it.', example: '1795000000000.0' }),
    recordedAt: Instant.openapi({ description: 'When the change was recorded (published).' }),
    what: z.enum(CHANGE_KINDS),
    subject: z.string().nullable().openapi({
      description: 'What changed: a claimant and metric, a milestone, an article; null for the resource itself.',
    }),
    fields: z.array(ChangeField),
    note: z.string().nullable().openapi({ description: 'The correction note given with the change, if any.' }),
    summary: z.string().openapi({ example: 'Figure revised: Syrian Observatory for Human Rights · killed, 80 → 90.' }),
  })
  .openapi('ChangeEntry');

export const ChangeLog = z
  .object({
    data: z.array(ChangeEntry),
    nextCursor: z.string().nullable(),
    total: z.number().int().nonnegative(),
  })
  .openapi('ChangeLog');

export const ChangeLogQuery = SeenAtQuery.extend({
  limit: PageLimit,
  cursor: z
    .string()
    .regex(/^\d{1,15}\.\d{1,4}$/, 'an entry id')
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: '`nextCursor` from the previous page.' }),
});

export type ChangeEntryShape = z.infer<typeof ChangeEntry>;
export type ChangeLogShape = z.infer<typeof ChangeLog>;

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), as the change feeds write it. */
export const JsonFeedDocument = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.string().optional(),
    feed_url: z.string().optional(),
    description: z.string().optional(),
    language: z.string().optional(),
    authors: z.array(z.object({ name: z.string().optional(), url: z.string().optional() })).optional(),
    items: z.array(
      z.object({
        id: z.string(),
        url: z.string().optional(),
        title: z.string().optional(),
        content_text: z.string().optional(),
        summary: z.string().optional(),
        date_published: z.string().optional(),
        tags: z.array(z.string()).optional(),
      }),
    ),
  })
  .openapi('JsonFeed');
