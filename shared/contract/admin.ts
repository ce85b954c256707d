/**
 * Request bodies of the admin API. They reuse the public shapes' field
 * schemas, so what an editor may write is what a reader is promised; every
 * object is strict (an unknown field is an error, not silently dropped), and
 * every text is capped.
 */
import { z } from '@hono/zod-openapi';
import { Ceasefire, Tally } from './ceasefire';
import { CalendarDate, Correction, HttpUrl, Instant, orNull, Slug } from './common';
import {
  ARTICLE_STATUSES,
  BODY_BLOCK_KINDS,
  CEASEFIRE_STATUSES,
  CHANGE_OPERATIONS,
  CHANGE_STATUSES,
  CLAIMANT_KINDS,
  EDITOR_ROLES,
  METRICS,
  MILESTONE_STATES,
  QUALIFIERS,
  RANGE_QUALIFIERS,
  REVIEW_SUBJECTS,
} from './enums';
import { Incident } from './incident';
import { LANGUAGE_TAG_MAX, LANGUAGE_TAG_PATTERN } from './language';
import { hasVisibleText } from './unicode';

/** Required text: what is left once trimmed is not blank, nor made only of characters that draw nothing. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // (Empty is min(1)'s to say.)
    .refine((s) => !s || hasVisibleText(s), 'has no visible characters');
const optionalText = (max: number) => z.string().max(max).nullable().optional();
const names = z.array(text(200)).max(50);
/** Casualty figures and tallies: whole, non-negative, and below anything plausible. */
const Count = z.number().int().nonnegative().max(100_000_000);
const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);
const Language = z
  .string()
  .regex(LANGUAGE_TAG_PATTERN, 'a BCP 47 language tag')
  .max(LANGUAGE_TAG_MAX)
  .openapi({ example: 'en' });
/** A correction's note as the editor wrote it (a published one must be sent again exactly), but not blank. */
const CorrectionInput = z
  .strictObject({
    note: Correction.shape.note.refine(hasVisibleText, 'has no visible characters'),
    at: Correction.shape.at,
  })
  .openapi('CorrectionInput');
const Corrections = z.array(CorrectionInput).max(100);
const StoryLanguage = Language.openapi({
  description:
    'The language its text is written in (BCP 47), `en` unless given: the widgets mark its words with it, so a screen reader reads them in their own voice inside a card in another language.',
});
const ArticleSlugs = z.array(Slug).max(50).openapi({ description: 'The articles reporting it (replaces the list).' });

export const ClaimantInput = z
  .strictObject({
    name: text(200),
    kind: z.enum(CLAIMANT_KINDS),
    affiliation: optionalText(200),
    url: HttpUrl.nullable().optional(),
  })
  .openapi('ClaimantInput', {
    description:
      'Found by `name` (NFC, spaces single, invisible characters dropped, ASCII case aside); created with these fields if there is none. An existing claimant keeps the kind, affiliation and URL it was first given: naming it with others is 409.',
  });

const ExternalIds = z.strictObject({ acled: text(100), ucdp: text(100), airwars: text(100) }).partial();

/** Issues for a figure: `low` ≤ `high`, and `high` exactly when the qualifier is a range. */
export function figureIssues(figure: {
  qualifier: (typeof QUALIFIERS)[number];
  low: number;
  high?: number | null;
}): { path: string; message: string }[] {
  const ranged = RANGE_QUALIFIERS.includes(figure.qualifier);
  const high = figure.high ?? null;
  if (ranged && high === null) return [{ path: 'high', message: `required when qualifier is ${figure.qualifier}` }];
  if (!ranged && high !== null) return [{ path: 'high', message: `only allowed when qualifier is between or up_to` }];
  if (high !== null && figure.low > high) return [{ path: 'low', message: 'must not be greater than high' }];
  return [];
}

function checkFigure(
  value: { qualifier?: (typeof QUALIFIERS)[number]; low?: number; high?: number | null },
  ctx: z.RefinementCtx,
) {
  if (value.qualifier === undefined || value.low === undefined) return;
  for (const issue of figureIssues({ qualifier: value.qualifier, low: value.low, high: value.high })) {
    ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
}

const atLeastOneField = (value: object) => Object.keys(value).length > 0;
const nothingToChange = { message: 'nothing to change: send at least one field' };

/**
 * Switching review on (`required`) or off, sent alone in a PATCH of an
 * incident or ceasefire; desk editors and admins only. The PATCH itself is
 * any editor's, so the role is the field's: `x-role` on it, as a route
 * needing more than `editor` carries it (README, "Roles").
 */
const Review = z.enum(['required', 'off']).optional().openapi({
  description:
    '`required`: from now on every change to it (and its claims, tallies, milestones) waits for a second editor’s approval. Sent alone; desk editors and admins only (403 for anyone else). No `If-Match` needed.',
  'x-role': 'desk',
});
const reviewAlone = {
  message: 'review is switched on its own: send it without other fields',
  path: ['review'],
};
const isReviewAlone = (value: { review?: unknown }) => value.review === undefined || Object.keys(value).length === 1;

// Articles

const articleFields = {
  headline: text(300),
  dek: optionalText(1000),
  body: z.array(z.strictObject({ kind: z.enum(BODY_BLOCK_KINDS), text: text(20_000) })).max(500),
  section: text(100),
  language: Language,
  byline: optionalText(200),
  publishedAt: z.union([CalendarDate, Instant]).nullable().optional(),
  publishedAtApproximate: z.boolean().optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
  canonicalUrl: HttpUrl.nullable().optional(),
  corrections: Corrections.optional(),
};

export const ArticleCreate = z.strictObject({ slug: Slug, ...articleFields }).openapi('ArticleCreate');
export const ArticlePatch = z
  .strictObject(articleFields)
  .partial()
  .refine(atLeastOneField, nothingToChange)
  .openapi('ArticlePatch');

// Incidents

const incidentFields = {
  title: text(300),
  occurredOn: CalendarDate,
  startsAt: Instant.nullable().optional(),
  endsAt: Instant.nullable().optional(),
  placeName: text(300),
  latitude: Latitude.nullable().optional(),
  longitude: Longitude.nullable().optional(),
  summary: z
    .string()
    .max(10_000)
    .optional()
    .openapi({ description: 'The incident in prose (shown as `description` in the public read).' }),
  corrections: Corrections.optional(),
  externalIds: ExternalIds.optional(),
  language: StoryLanguage.optional(),
  articleSlugs: ArticleSlugs.optional(),
};

export const IncidentCreate = z.strictObject({ slug: Slug, ...incidentFields }).openapi('IncidentCreate');
export const IncidentPatch = z
  .strictObject({ ...incidentFields, review: Review })
  .partial()
  .refine(atLeastOneField, nothingToChange)
  .refine(isReviewAlone, reviewAlone)
  .openapi('IncidentPatch');

// Claims

const claimFields = {
  metric: z.enum(METRICS),
  subject: text(300),
  qualifier: z.enum(QUALIFIERS),
  low: Count,
  high: Count.nullable().optional(),
  asWritten: text(200).openapi({ example: 'more than 60' }),
  claimedOn: CalendarDate,
  sourceUrl: HttpUrl.nullable().optional(),
  sourceArticleSlug: Slug.nullable().optional(),
  quote: optionalText(5000),
};

export const ClaimCreate = z
  .strictObject({
    claimant: ClaimantInput,
    ...claimFields,
    supersedes: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'The id of the claim this one revises; it becomes `superseded`.' }),
  })
  .superRefine(checkFigure)
  .openapi('ClaimCreate');

/** A correction of a typo; a revised figure is a new claim that `supersedes` this one. */
export const ClaimPatch = z
  .strictObject(claimFields)
  .partial()
  .refine(atLeastOneField, nothingToChange)
  .openapi('ClaimPatch');

// Ceasefires

const ceasefireFields = {
  name: text(300),
  brokers: names.optional(),
  parties: names.optional(),
  excludes: names.optional(),
  startedAt: Instant,
  endedAt: Instant.nullable().optional(),
  status: z.enum(CEASEFIRE_STATUSES),
  statusNote: optionalText(2000),
  asOf: Instant.openapi({ description: 'The moment the data describes; a status change is dated here.' }),
  language: StoryLanguage.optional(),
  articleSlugs: ArticleSlugs.optional(),
};

export const CeasefireCreate = z.strictObject({ slug: Slug, ...ceasefireFields }).openapi('CeasefireCreate');
export const CeasefirePatch = z
  .strictObject({ ...ceasefireFields, review: Review })
  .omit({ startedAt: true })
  .partial()
  .refine(atLeastOneField, nothingToChange)
  .refine(isReviewAlone, reviewAlone)
  .openapi('CeasefirePatch');

export const TallyCreate = z
  .strictObject({
    claimant: orNull(ClaimantInput).openapi({ description: 'Null when the source does not say who counted.' }),
    count: Count,
    qualifier: z
      .enum(QUALIFIERS)
      .refine((q) => !RANGE_QUALIFIERS.includes(q), 'a tally is one count: between and up_to do not apply'),
    asWritten: text(200).openapi({ example: 'at least 55' }),
    excludes: optionalText(500),
    reportedOn: CalendarDate,
    sourceUrl: HttpUrl.nullable().optional(),
  })
  .openapi('TallyCreate');

const milestoneFields = {
  label: text(300),
  dueOn: CalendarDate.nullable().optional(),
  state: z.enum(MILESTONE_STATES).optional(),
  note: optionalText(2000),
};

export const MilestoneCreate = z.strictObject(milestoneFields).openapi('MilestoneCreate');
export const MilestonePatch = z
  .strictObject({
    ...milestoneFields,
    at: Instant.optional().openapi({
      description: 'When the new state began (default: the ceasefire’s `asOf`); drives `?asOf=` reads.',
    }),
  })
  .partial()
  .refine(atLeastOneField, nothingToChange)
  .openapi('MilestonePatch');

// Audit

/** What editors write, and an audit entry can undo. */
export const CONTENT_ENTITY_TYPES = ['article', 'incident', 'claim', 'ceasefire', 'tally', 'milestone'] as const;
export type ContentEntityType = (typeof CONTENT_ENTITY_TYPES)[number];
/** What the audit history names: the content, and the editors' accounts (who may write and approve). */
export const AUDIT_ENTITY_TYPES = [...CONTENT_ENTITY_TYPES, 'editor'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: Instant,
    editor: z.object({ name: z.string() }),
    action: z.string().openapi({ example: 'update' }),
    entity: z.object({
      type: z.enum(AUDIT_ENTITY_TYPES),
      key: z.string().openapi({
        description: 'The slug of an article, incident or ceasefire; the id of the rest (an editor’s too).',
      }),
    }),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    revertedBy: z.number().int().nullable(),
    approvedBy: z
      .object({ name: z.string() })
      .nullable()
      .openapi({ description: 'For a change published on review: who approved it (`editor` proposed it).' }),
  })
  .openapi('AuditEntry');

export const AuditList = z
  .object({ data: z.array(AuditEntry), nextCursor: z.string().nullable() })
  .openapi('AuditList');

export const AuditQuery = z.object({
  entity: z
    .string()
    .regex(
      new RegExp(`^(${AUDIT_ENTITY_TYPES.join('|')})(:[A-Za-z0-9_-]{1,120})?$`),
      'a type (incident) or a type and key (incident:deir-ez-zor-airstrike-2016)',
    )
    .optional()
    .openapi({
      param: { name: 'entity', in: 'query' },
      example: 'claim:clm_sohr_killed',
      description:
        'One type, or one entity. An incident’s history includes its claims’ changes, a ceasefire’s its tallies’ and milestones’.',
    }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: z
    .string()
    .regex(/^\d{1,15}$/, '`nextCursor` from the previous page')
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' } }),
});

export const ListQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(100)
    .openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: Slug.optional().openapi({
    param: { name: 'cursor', in: 'query' },
    description: '`nextCursor` of the previous page.',
  }),
});

export const PickerList = z
  .object({
    data: z.array(z.object({ slug: Slug, title: z.string(), version: z.number().int() })),
    nextCursor: z.string().nullable(),
  })
  .openapi('PickerList');

// Review

/** What editors read besides the public shape: whether changes to it wait for review. */
const reviewState = {
  review: z.enum(['required', 'off']).openapi({
    description: '`required`: changes to it are held for review (202) until another desk editor approves.',
  }),
};
/**
 * Each part's ETag as read with its story (by id): what an editor sends as `If-Match` to change the part they were
 * shown, so a change made since by someone else is a 412 rather than overwritten.
 */
const partTags = (parts: string) =>
  z.record(z.string(), z.string()).openapi({
    description: `The ETag of each of its ${parts} (by id), as read with it: \`If-Match\` for changing the one shown.`,
  });
export const AdminIncident = Incident.extend({ ...reviewState, claimTags: partTags('claims') }).openapi(
  'AdminIncident',
);
export const AdminCeasefire = Ceasefire.extend({
  ...reviewState,
  milestoneTags: partTags('milestones'),
  storedEndedAt: Instant.nullable().openapi({
    description:
      'The end as stored. `endedAt` shows no end the data has not reached by `asOf` (an announced expiry); this does, so an editor can change or clear it.',
  }),
  storedTallies: z.array(Tally).openapi({
    description:
      'Every violation tally as stored. `tallies` shows those reported by the day `asOf` describes; these include later ones, so a status moved to a later `asOf` can be previewed with the tallies it will show.',
  }),
}).openapi('AdminCeasefire');

const EditorName = z.object({ name: z.string() });

export const PendingChange = z
  .object({
    id: z.string().openapi({ example: 'chg_0d9c…' }),
    status: z.enum(CHANGE_STATUSES),
    operation: z.enum(CHANGE_OPERATIONS).openapi({ description: 'The write it holds, replayed on approval.' }),
    subject: z.object({
      type: z.enum(REVIEW_SUBJECTS),
      key: z.string().openapi({ description: 'The slug of the incident or ceasefire that requires review.' }),
    }),
    params: z.record(z.string(), z.string()).openapi({ description: 'The path parameters of the write.' }),
    body: z.unknown().nullable().openapi({ description: 'The body of the write, as validated.' }),
    ifMatch: z.array(z.string()).openapi({ description: 'The ETags the write was made against.' }),
    proposedBy: EditorName,
    proposedAt: Instant,
    decidedBy: EditorName.nullable(),
    decidedAt: Instant.nullable(),
    reason: z.string().nullable().openapi({ description: 'Why it was rejected.' }),
  })
  .openapi('PendingChange', {
    description: 'A change held for review: invisible to readers until a second editor approves it.',
  });

export const ChangeList = z
  .object({ data: z.array(PendingChange), nextCursor: z.string().nullable() })
  .openapi('ChangeList');

export const ChangeQuery = z.object({
  status: z
    .enum(CHANGE_STATUSES)
    .default('pending')
    .openapi({ param: { name: 'status', in: 'query' } }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(50)
    .openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: z
    .string()
    .regex(/^[0-9TZ:.-]{10,30}~chg_[a-f0-9]{32}$/, '`nextCursor` from the previous page')
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' } }),
});

export const ChangeReject = z
  .strictObject({ reason: text(2000).openapi({ example: 'The source gives 80, not 90.' }) })
  .openapi('ChangeReject');

// Editors

const Email = z.email().max(320).openapi({ example: 'jane@newsroom.example' });

export const EditorInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum(EDITOR_ROLES),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('Editor');

export const EditorList = z.object({ data: z.array(EditorInfo) }).openapi('EditorList');

export const EditorCreate = z
  .strictObject({
    name: text(200),
    email: Email.nullable().optional().openapi({ description: 'Their single sign-on e-mail, if any.' }),
    role: z.enum(EDITOR_ROLES).default('editor'),
  })
  .openapi('EditorCreate');

export const EditorCreated = EditorInfo.extend({
  token: z.string().openapi({ description: 'Their bearer token, shown this once (only its hash is kept).' }),
}).openapi('EditorCreated');

export const EditorPatch = z
  .strictObject({
    email: Email.nullable(),
    role: z.enum(EDITOR_ROLES),
    active: z.boolean().openapi({
      description:
        '`false` revokes their token and single sign-on, for good for the token (its hash is replaced), and rejects the changes they have held for review. `true` restores single sign-on only: their old token stays dead, and a new one comes from `npm run editor -- rotate "Name"`.',
    }),
  })
  .partial()
  .refine(atLeastOneField, nothingToChange)
  .openapi('EditorPatch');

export const Me = z
  .object({
    name: z.string(),
    role: z.enum(EDITOR_ROLES),
    email: z.string().nullable(),
    signedInWith: z.enum(['token', 'access']),
  })
  .openapi('Me');

export type AdminIncidentShape = z.infer<typeof AdminIncident>;
export type AdminCeasefireShape = z.infer<typeof AdminCeasefire>;
export type PendingChangeShape = z.infer<typeof PendingChange>;
export type ChangeListShape = z.infer<typeof ChangeList>;
export type EditorInfoShape = z.infer<typeof EditorInfo>;
export type EditorCreateInput = z.infer<typeof EditorCreate>;
export type EditorPatchInput = z.infer<typeof EditorPatch>;
export type MeShape = z.infer<typeof Me>;
export type ArticleCreateInput = z.infer<typeof ArticleCreate>;
export type ArticlePatchInput = z.infer<typeof ArticlePatch>;
export type IncidentCreateInput = z.infer<typeof IncidentCreate>;
export type IncidentPatchInput = z.infer<typeof IncidentPatch>;
export type ClaimCreateInput = z.infer<typeof ClaimCreate>;
export type ClaimPatchInput = z.infer<typeof ClaimPatch>;
export type ClaimantInputShape = z.infer<typeof ClaimantInput>;
export type CeasefireCreateInput = z.infer<typeof CeasefireCreate>;
export type CeasefirePatchInput = z.infer<typeof CeasefirePatch>;
export type TallyCreateInput = z.infer<typeof TallyCreate>;
export type MilestoneCreateInput = z.infer<typeof MilestoneCreate>;
export type MilestonePatchInput = z.infer<typeof MilestonePatch>;
export type AuditEntryShape = z.infer<typeof AuditEntry>;
export type AuditListShape = z.infer<typeof AuditList>;
export type PickerListShape = z.infer<typeof PickerList>;
