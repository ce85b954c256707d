import { z } from '@hono/zod-openapi';
import { CalendarDate, ClaimantRef, HttpUrl, Instant, orNull, Slug } from './common';
import { CEASEFIRE_STATUSES, MILESTONE_STATES, QUALIFIERS } from './enums';
import { ChangeCount, SeenAtEcho } from './recorded';

export const StatusChange = z
  .object({
    status: z.enum(CEASEFIRE_STATUSES),
    at: Instant,
    note: z.string().nullable(),
  })
  .openapi('StatusChange');

export const Tally = z
  .object({
    id: z.string(),
    claimant: orNull(ClaimantRef).openapi({ description: 'Null when the source does not say who counted.' }),
    count: z.number().int().nonnegative(),
    qualifier: z.enum(QUALIFIERS),
    asWritten: z.string().openapi({ example: 'at least 55' }),
    excludes: z.string().nullable().openapi({ example: 'not counting the US airstrike' }),
    reportedOn: CalendarDate,
    sourceUrl: HttpUrl.nullable(),
  })
  .openapi('Tally');

export const Milestone = z
  .object({
    id: z.string(),
    label: z.string(),
    dueOn: CalendarDate.nullable(),
    state: z.enum(MILESTONE_STATES),
    note: z.string().nullable(),
  })
  .openapi('Milestone');

export const GaugeReading = z
  .object({
    band: z
      .number()
      .int()
      .min(0)
      .max(3)
      .nullable()
      .openapi({ description: 'holding 0, strained 1, precarious 2, collapsed 3; null once ended.' }),
    status: z.enum(CEASEFIRE_STATUSES),
    label: z.string().openapi({ example: 'Precarious' }),
    daysInForce: z.number().int().nonnegative().openapi({
      description:
        'Whole days from `startedAt` to `endedAt`, to the collapse of a collapsed ceasefire (the status change that began its run of `collapsed`), or else to `asOf`: never the reader’s clock.',
    }),
  })
  .openapi('GaugeReading');

export const Ceasefire = z
  .object({
    slug: Slug,
    name: z.string(),
    brokers: z.array(z.string()),
    parties: z.array(z.string()),
    excludes: z.array(z.string()),
    startedAt: Instant,
    endedAt: Instant.nullable(),
    status: z.enum(CEASEFIRE_STATUSES),
    statusNote: z.string().nullable(),
    asOf: Instant.openapi({
      description:
        'The moment the data describes: with `?asOf=` before it, the moment asked, in the offset it was asked in (a date: the end of that day, UTC).',
    }),
    language: z.string().openapi({
      example: 'en',
      description:
        'The language its text (names, places, quotes) is written in, BCP 47: a widget in another language marks the data with it.',
    }),
    updatedAt: Instant.openapi({
      description:
        'When its own records (the row, its tallies and milestones) were last recorded; not the articles it cites (also sent as `Last-Modified`).',
    }),

    history: z.array(StatusChange),
    tallies: z.array(Tally),
    milestones: z.array(Milestone),
    gauge: GaugeReading,
    updatedSince: z
      .boolean()
      .optional()
      .openapi({ description: 'Present with `?asOf=`: whether newer data exists than the moment shown.' }),
    seenAt: SeenAtEcho,
    changeCount: ChangeCount,
  })
  .openapi('Ceasefire');

export type StatusChangeShape = z.infer<typeof StatusChange>;
export type TallyShape = z.infer<typeof Tally>;
export type MilestoneShape = z.infer<typeof Milestone>;
export type GaugeReadingShape = z.infer<typeof GaugeReading>;
export type CeasefireShape = z.infer<typeof Ceasefire>;
