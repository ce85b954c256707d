/**
 * Why the write layer refused a write, in its own terms: nothing here knows
 * about HTTP. Each refusal means nothing was written. The app turns them
 * into problem+json in one place (src/http/errors.ts), which is also where
 * each kind's status is decided.
 *
 * This module imports nothing at run time: the app's error handler, loaded
 * at start-up, needs the classes without pulling in Drizzle or the schema.
 */

/** A field of the request named as the cause, as problem+json's `errors` lists it. */
export type FieldIssue = { path: string; message: string };

/** The write was refused; `message` is what an editor reads. */
export abstract class WriteRefused extends Error {
  /** What kind of refusal: the app maps each kind, and only the kind, to a response. */
  abstract readonly kind: 'missing' | 'conflict' | 'invalid' | 'stale' | 'not-yours';

  constructor(
    message: string,
    /** The fields at fault, when the refusal is about some. */
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

/** What the write names does not exist. */
export class NotFound extends WriteRefused {
  readonly kind = 'missing';
}

/** The write does not fit the data as it is (a taken slug, a claim already retracted, …). */
export class Conflict extends WriteRefused {
  readonly kind = 'conflict';
}

/** Another editor decided a held change first. */
export class AlreadyDecided extends Conflict {}

/** A held change's proposer has been revoked: approving it would publish a write of an account that writes nothing. */
export class ProposerRevoked extends Conflict {}

/** The request's own values are wrong, whatever the data: `issues` names the fields. */
export class ValidationFailed extends WriteRefused {
  readonly kind = 'invalid';
}

/** The editor wrote against a version that is no longer current (someone else's write got in first). */
export class StaleVersion extends WriteRefused {
  readonly kind = 'stale';
}

/** A decision on a held change that this editor may not make (approving their own). */
export class ReviewRefused extends WriteRefused {
  readonly kind = 'not-yours';
}

/** A create's `Idempotency-Key` is already recorded: the route replays the first try instead. */
export class KeyAlreadyUsed extends Error {}
