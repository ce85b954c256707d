/** Held changes and audit entries in words, for the review list and the history. */
import type { AuditEntryShape, PendingChangeShape } from '../../../shared/contract/admin';
import type { ChangeOperation } from '../../../shared/contract/enums';

const VERBS: Record<ChangeOperation, string> = {
  'article.update': 'Edit an article reporting',
  'incident.update': 'Edit the details of',
  'claim.create': 'Add a claim to',
  'claim.update': 'Correct a claim in',
  'claim.retract': 'Retract a claim in',
  'ceasefire.update': 'Update the status of',
  'tally.create': 'Add a violation tally to',
  'milestone.create': 'Add a milestone to',
  'milestone.update': 'Move a milestone of',
  'audit.revert': 'Undo a change to',
  'review.off': 'Stop requiring review for',
};

/** "Add a claim to deir-ez-zor-airstrike-2016: 90 killed", as far as the body tells. */
export function describeChange(change: Pick<PendingChangeShape, 'operation' | 'subject' | 'body'>): string {
  const [verb, detail] =
    change.operation === 'ceasefire.update'
      ? ceasefireUpdate(change.body)
      : [
          change.operation === 'claim.create' && hasKey(change.body, 'supersedes')
            ? 'Revise a claim in'
            : VERBS[change.operation],
          bodyDetail(change.body),
        ];
  return `${verb} ${change.subject.key}${detail ? `: ${detail}` : ''}`;
}

/** What a ceasefire's status form sends; its details form sends the rest. */
const STATUS_FIELDS = ['status', 'statusNote', 'asOf'];

/**
 * One operation carries both of a ceasefire's forms, so the reviewer is told which this one sends, and what the
 * details become: the details form sends them all, so the words cannot tell which differ from now (the preview beside
 * them shows that).
 */
function ceasefireUpdate(body: unknown): [verb: string, detail: string] {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const sent = (key: string) => b[key] !== undefined;
  const status = STATUS_FIELDS.some(sent);
  const details = Object.keys(b).some((key) => sent(key) && !STATUS_FIELDS.includes(key));
  let verb = VERBS['ceasefire.update'];
  if (details) verb = status ? 'Update the status and details of' : 'Edit the details of';
  const names = (label: string, list: unknown) =>
    Array.isArray(list) ? `${label}: ${list.length ? list.map((n) => `“${n}”`).join(', ') : 'none'}` : '';
  const parts = [
    [typeof b.status === 'string' ? `status ${b.status}` : '', typeof b.asOf === 'string' ? `as of ${b.asOf}` : '']
      .filter(Boolean)
      .join(' '),
    typeof b.name === 'string' ? `name “${b.name}”` : '',
    sent('endedAt') ? `end: ${typeof b.endedAt === 'string' ? b.endedAt : 'none'}` : '',
    typeof b.language === 'string' ? `language: ${b.language}` : '',
    names('brokers', b.brokers),
    names('parties', b.parties),
    names('not covered', b.excludes),
    names('articles', b.articleSlugs),
  ];
  return [verb, parts.filter(Boolean).join('; ')];
}

function hasKey(body: unknown, key: string): boolean {
  return typeof body === 'object' && body !== null && key in body && (body as Record<string, unknown>)[key] != null;
}

/** The few fields that say what a change is about, in the order an editor reads them. */
function bodyDetail(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const b = body as Record<string, unknown>;
  const parts = [
    typeof b.asWritten === 'string' ? `“${b.asWritten}”` : '',
    typeof b.metric === 'string' ? b.metric : '',
    typeof b.status === 'string' ? `status ${b.status}` : '',
    typeof b.state === 'string' ? `now ${b.state.replace(/_/g, ' ')}` : '',
    typeof b.label === 'string' ? `“${b.label}”` : '',
    typeof b.title === 'string' ? `title “${b.title}”` : '',
    typeof b.headline === 'string' ? `headline “${b.headline}”` : '',
    typeof b.subject === 'string' && typeof b.asWritten !== 'string' ? `subject “${b.subject}”` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Who made an audited change: the editor, and the editor who approved it when it was held for review. */
export function authorship(entry: Pick<AuditEntryShape, 'editor' | 'approvedBy'>): string {
  return entry.approvedBy ? `${entry.editor.name} (approved by ${entry.approvedBy.name})` : entry.editor.name;
}

/**
 * What a held revert would undo, for its reviewer: "update of claim clm_… by Alice at 2026-12-06 10:02 UTC: “90”
 * killed, back to “80” killed" (the entry's state after and before, as far as they tell).
 */
export function describeUndone(entry: AuditEntryShape): string {
  const when = `${entry.at.slice(0, 16).replace('T', ' ')} UTC`;
  const [after, before] = [bodyDetail(entry.after), bodyDetail(entry.before)];
  const what = after || before ? `: ${after || '(nothing)'}, back to ${before || '(nothing)'}` : '';
  return `${entry.action} of ${entry.entity.type} ${entry.entity.key} by ${authorship(entry)} at ${when}${what}`;
}
