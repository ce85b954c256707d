/**
 * The closed vocabularies of the data model. The Drizzle tables, the zod
 * schemas (and so the OpenAPI document), the hand-written checks of the
 * public reads (src/http/checks.ts) and the widgets all
 * read them from here, so adding a value is a one-line change.
 */

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const CLAIMANT_KINDS = ['government', 'military', 'ngo', 'un', 'media', 'armed_group', 'other'] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export const METRICS = ['killed', 'wounded', 'missing'] as const;
export type Metric = (typeof METRICS)[number];

export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to', 'between'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
/** Qualifiers whose figure is a range and so carry `high`. */
export const RANGE_QUALIFIERS: readonly Qualifier[] = ['between', 'up_to'];

export const CLAIM_STATUSES = ['current', 'superseded', 'retracted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Ordered from calm to broken: the index is the gauge band. */
export const CEASEFIRE_STATUSES = ['holding', 'strained', 'precarious', 'collapsed', 'ended'] as const;
export type CeasefireStatus = (typeof CEASEFIRE_STATUSES)[number];

export const MILESTONE_STATES = ['pending', 'met', 'missed', 'in_doubt'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export const BODY_BLOCK_KINDS = ['paragraph', 'subhead'] as const;
export type BodyBlockKind = (typeof BODY_BLOCK_KINDS)[number];

/** Editors' roles, each allowed what the one before it is and more: the index is the rank. */
export const EDITOR_ROLES = ['editor', 'desk', 'admin'] as const;
export type EditorRole = (typeof EDITOR_ROLES)[number];

/** A change held for review: waiting, published, or turned down. */
export const CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/**
 * The writes that wait for review when their incident or ceasefire requires
 * it, named `<what>.<how>`; each is replayed on approval as the write it names.
 */
export const CHANGE_OPERATIONS = [
  'article.update',
  'incident.update',
  'claim.create',
  'claim.update',
  'claim.retract',
  'ceasefire.update',
  'tally.create',
  'milestone.create',
  'milestone.update',
  'audit.revert',
  'review.off',
] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/**
 * The history's entries of review itself, under the story the change was held for: a change held (`after`: the
 * change and its operation) and one sent back (`after`: the change, its operation and the reason). They change no
 * content: not reverted, and in the way of no revert.
 */
export const REVIEW_DECISION_ACTIONS = ['review-held', 'review-rejected'] as const;
export type ReviewDecisionAction = (typeof REVIEW_DECISION_ACTIONS)[number];
export const isReviewDecision = (action: string): action is ReviewDecisionAction =>
  (REVIEW_DECISION_ACTIONS as readonly string[]).includes(action);

/** What can require review: the stories' figures hang off these. */
export const REVIEW_SUBJECTS = ['incident', 'ceasefire'] as const;
export type ReviewSubjectType = (typeof REVIEW_SUBJECTS)[number];

export const CHANGE_KINDS = [
  'claim-added',
  'claim-revised',
  'claim-retracted',
  'claim-restored',
  'claim-edited',
  'claim-removed',
  'details-edited',
  'correction-added',
  'article-linked',
  'article-unlinked',
  'status-changed',
  'note-edited',
  'tally-added',
  'tally-removed',
  'milestone-added',
  'milestone-updated',
  'milestone-removed',
] as const;
