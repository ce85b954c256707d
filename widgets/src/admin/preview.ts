/**
 * What the widgets would show if the editor saved now. The preview runs the
 * same pure functions as the API (`shared/domain`), so an unsaved change is
 * summarised and gauged exactly as the public read will be once it lands.
 */
import type {
  ArticlePatchInput,
  CeasefirePatchInput,
  ClaimCreateInput,
  ClaimPatchInput,
  IncidentPatchInput,
  MilestoneCreateInput,
  MilestonePatchInput,
  PendingChangeShape,
  TallyCreateInput,
} from '../../../shared/contract/admin';
import type { CeasefireShape, MilestoneShape, TallyShape } from '../../../shared/contract/ceasefire';
import type { ArticleStatus, CeasefireStatus } from '../../../shared/contract/enums';
import type { ClaimShape, IncidentShape } from '../../../shared/contract/incident';
import { type CeasefireRecord, ceasefireAsOf } from '../../../shared/domain/ceasefire';
import { summariseClaims } from '../../../shared/domain/claims';
import { utcDate } from '../../../shared/domain/time';

export const DRAFT_CLAIM_ID = 'draft';

/** An incident with a claim added (or a claim revised, when `draft.supersedes` is set). */
export function withDraftClaim(incident: IncidentShape, draft: ClaimShape): IncidentShape {
  const claims = incident.claims.map((c) => (c.id === draft.supersedes ? { ...c, status: 'superseded' as const } : c));
  claims.push(draft);
  return { ...incident, claims, summary: summariseClaims(claims) };
}

/** An incident with one claim retracted. */
export function withRetraction(incident: IncidentShape, claimId: string): IncidentShape {
  const claims = incident.claims.map((c) => (c.id === claimId ? { ...c, status: 'retracted' as const } : c));
  return { ...incident, claims, summary: summariseClaims(claims) };
}

/**
 * The editors' read of a ceasefire (AdminCeasefire): the public shape, and the end and the tallies as stored, which
 * the public shape hides until the data reaches them.
 */
export type CeasefireNow = CeasefireShape & { storedEndedAt?: string | null; storedTallies?: TallyShape[] };

/**
 * The ceasefire as readers would get it once `patch` is stored: the change applied to the record as stored, which is
 * then read through `ceasefireAsOf`, as the public read is. So moving "data as of" past the stored end shows the end
 * and counts days to it, and moving it back hides the tallies and status changes it no longer reaches. Null when the
 * data would describe a moment before the start (the API refuses that). Tallies reported after the day the editors'
 * read describes are in it as stored (`storedTallies`), so a later "data as of" shows them.
 */
export function withCeasefireUpdate(ceasefire: CeasefireNow, patch: CeasefirePatchInput): CeasefireShape | null {
  // Its article links show on the articles' pages, not in the ceasefire; `review` is never held with other fields.
  const { endedAt, asOf = ceasefire.asOf, status = ceasefire.status, articleSlugs: _, review: __, ...fields } = patch;
  // As the write records a new status: dated at the data's moment, with the note sent alongside (none if none).
  const history =
    status === ceasefire.status
      ? ceasefire.history
      : [...ceasefire.history, { status, at: asOf, note: fields.statusNote ?? null }];
  const record: CeasefireRecord = {
    ...ceasefire,
    ...definedOnly(fields),
    status,
    asOf,
    history,
    endedAt: endedAt === undefined ? (ceasefire.storedEndedAt ?? ceasefire.endedAt) : endedAt,
    tallies: ceasefire.storedTallies ?? ceasefire.tallies,
    // Milestones' past states matter only to a read pinned before the data's moment, which this is not.
    milestones: ceasefire.milestones.map((m) => ({ ...m, history: [] })),
  };
  return ceasefireAsOf(record, null);
}

/** The ceasefire editor's unsaved status (its status form sends the status, its note and the data's moment). */
export function withStatus(
  ceasefire: CeasefireNow,
  change: { status: CeasefireStatus; statusNote: string | null; asOf: string },
): CeasefireShape | null {
  return withCeasefireUpdate(ceasefire, change);
}

/** A claim as the API would store it from a create body (ids and links the API would fill are placeholders). */
export function draftClaim(body: ClaimCreateInput, id = DRAFT_CLAIM_ID): ClaimShape {
  return {
    id,
    claimant: { name: body.claimant.name, kind: body.claimant.kind },
    metric: body.metric,
    subject: body.subject,
    qualifier: body.qualifier,
    low: body.low,
    high: body.high ?? null,
    asWritten: body.asWritten,
    claimedOn: body.claimedOn,
    status: 'current',
    supersedes: body.supersedes ?? null,
    sourceUrl: body.sourceUrl ?? null,
    sourceArticle: null,
    quote: body.quote ?? null,
  };
}

type Subject = { kind: 'incident'; data: IncidentShape } | { kind: 'ceasefire'; data: CeasefireNow };

/** What an article edit's preview needs of the article as it is now (the admin read: drafts included). */
export type ArticleNow = { headline: string; language: string; status: ArticleStatus; incidents: { slug: string }[] };

/**
 * The incident as readers would see it once an article edit lands: its
 * headline on the card where the article reports the incident or a claim
 * cites it, while the article is published. So a held edit that publishes
 * a draft previews the article going live, and one that unpublishes it the
 * article leaving the card.
 */
function withArticleEdit(incident: IncidentShape, slug: string, patch: ArticlePatchInput, now?: ArticleNow) {
  const published = (patch.status ?? now?.status ?? 'published') === 'published';
  const shown = ({ headline, language }: { headline: string; language: string }) =>
    published ? { slug, headline: patch.headline ?? headline, language: patch.language ?? language } : null;
  const listed = incident.articles.find((a) => a.slug === slug);
  const articles = incident.articles.flatMap((a) => {
    const edited = a.slug === slug ? shown(a) : a;
    return edited ? [edited] : [];
  });
  const going = !listed && now?.incidents.some((i) => i.slug === incident.slug) && shown(now);
  if (going) articles.push(going);
  const claims = incident.claims.map((c) =>
    c.sourceArticle?.slug === slug ? { ...c, sourceArticle: shown(c.sourceArticle) } : c,
  );
  return { ...incident, articles, claims };
}

/**
 * The incident or ceasefire as readers would see it if this held change
 * were approved now, for the review list's preview; null when there is
 * nothing to preview (a revert, or a change that does not fit the subject).
 * `article`: for an article edit, the article as it is now.
 */
export function withHeldChange(
  change: Pick<PendingChangeShape, 'operation' | 'params' | 'body'>,
  subject: Subject,
  article?: ArticleNow,
): IncidentShape | CeasefireShape | null {
  const { params } = change;
  if (subject.kind === 'incident') {
    const incident = subject.data;
    switch (change.operation) {
      case 'claim.create':
        return withDraftClaim(incident, draftClaim(change.body as ClaimCreateInput));
      case 'claim.retract':
        return withRetraction(incident, String(params.id));
      case 'claim.update': {
        const patch = change.body as ClaimPatchInput;
        const claims = incident.claims.map((c) =>
          c.id === params.id ? { ...c, ...definedOnly({ ...patch, sourceArticleSlug: undefined }) } : c,
        );
        return { ...incident, claims, summary: summariseClaims(claims) };
      }
      case 'article.update':
        // The card shows an article's headline while it is published; the rest of an article is not on it.
        return withArticleEdit(incident, String(params.slug), change.body as ArticlePatchInput, article);
      case 'incident.update': {
        const { summary, ...patch } = change.body as IncidentPatchInput;
        const shown = definedOnly({
          title: patch.title,
          occurredOn: patch.occurredOn,
          placeName: patch.placeName,
          language: patch.language,
        });
        return { ...incident, ...shown, ...(summary === undefined ? {} : { description: summary }) };
      }
      default:
        return null;
    }
  }
  const ceasefire = subject.data;
  switch (change.operation) {
    case 'ceasefire.update':
      return withCeasefireUpdate(ceasefire, change.body as CeasefirePatchInput);
    case 'tally.create': {
      const body = change.body as TallyCreateInput;
      const tally: TallyShape = {
        id: DRAFT_CLAIM_ID,
        claimant: body.claimant ? { name: body.claimant.name, kind: body.claimant.kind } : null,
        count: body.count,
        qualifier: body.qualifier,
        asWritten: body.asWritten,
        excludes: body.excludes ?? null,
        reportedOn: body.reportedOn,
        sourceUrl: body.sourceUrl ?? null,
      };
      // Readers see a tally from the day it was reported, once the data describes that day ("data as of").
      const shown = tally.reportedOn <= utcDate(new Date(ceasefire.asOf));
      return shown ? { ...ceasefire, tallies: [...ceasefire.tallies, tally] } : ceasefire;
    }
    case 'milestone.create': {
      const body = change.body as MilestoneCreateInput;
      const milestone: MilestoneShape = {
        id: DRAFT_CLAIM_ID,
        label: body.label,
        dueOn: body.dueOn ?? null,
        state: body.state ?? 'pending',
        note: body.note ?? null,
      };
      return { ...ceasefire, milestones: [...ceasefire.milestones, milestone] };
    }
    case 'milestone.update': {
      const { at: _, ...patch } = change.body as MilestonePatchInput;
      const milestones = ceasefire.milestones.map((m) => (m.id === params.id ? { ...m, ...definedOnly(patch) } : m));
      return { ...ceasefire, milestones };
    }
    default:
      return null;
  }
}

/** The fields a PATCH sent (absent ones keep their value). */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
