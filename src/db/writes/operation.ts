/** What a held change is: the write as it was asked for, and, once approved, who approved it. */
import type { ChangeOperation, ReviewSubjectType } from '../../contract/enums';
import type { Editor } from '../../env';

/** A write as the API received it: enough to hold it, show it, and replay it. */
export type Operation = {
  kind: ChangeOperation;
  /** The path parameters (`slug`, `id`). */
  params: Record<string, string>;
  /** The validated body, or null for a body-less request (a retraction, a revert). */
  body: unknown;
  /** The entity tags `If-Match` sent: the version the proposer saw. */
  ifMatch: string[];
};

/**
 * The incident or ceasefire whose review requirement a write falls under, by
 * id; with `reviewRequired` when the write has just read its row (sparing a
 * round trip).
 */
export type Subject = { type: ReviewSubjectType; id: string; reviewRequired?: boolean };

export type Approval = { changeId: string; approver: Pick<Editor, 'id' | 'name'> };
