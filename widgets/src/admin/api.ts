/**
 * The /admin page's only way to the API: every call carries the editor's
 * bearer token, and every answer comes back as data or as the API's
 * problem+json, never as a thrown error the page has to guess about.
 */
import type { ProblemShape } from '../../../shared/contract/common';

const TOKEN_KEY = 'explainer-edge:editor-token';

/**
 * The token lives in sessionStorage: gone when the tab closes, never in a
 * URL, a cookie or localStorage.
 */
export const session = {
  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  signIn(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
  },
  signOut(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

export type ApiResult<T> =
  | { ok: true; status: number; body: T; etag: string | null }
  | { ok: false; status: number; problem: ProblemShape };

/**
 * One `Idempotency-Key` per create the editor is trying to make, kept while
 * its fate is unknown (no answer, or a 5xx), so pressing the button again
 * cannot record a figure twice; dropped as soon as the API has answered.
 */
const pendingCreates = new Map<string, string>();

/**
 * Dispatched on `window` when the API refuses the editor's sign-in (401) after the page has entered: a token
 * revoked, or replaced by a new `npm start`, or a single sign-on session ended. The page says so (editor-app.ts).
 */
export const SIGN_IN_REFUSED = 'explainer-edge:sign-in-refused';

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: { body?: unknown; ifMatch?: string | null } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const create = method === 'POST' && options.body !== undefined ? `${method} ${path}` : null;
  if (create) {
    const key = pendingCreates.get(create) ?? crypto.randomUUID();
    pendingCreates.set(create, key);
    headers['Idempotency-Key'] = key;
  }
  let res: Response;
  let text: string;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
    });
    // An answer cut off while its body came is no answer: a create keeps its key for the retry.
    text = await res.text();
  } catch {
    return {
      ok: false,
      status: 0,
      problem: { type: 'network', title: 'The API could not be reached. Check your connection.', status: 0 },
    };
  }
  if (create && res.status < 500) pendingCreates.delete(create);
  if (res.status === 401) window.dispatchEvent(new Event(SIGN_IN_REFUSED));
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // An HTML error page from a proxy: reported below as a problem.
  }
  if (res.ok) return { ok: true, status: res.status, body: body as T, etag: res.headers.get('ETag') };
  const problem =
    body && typeof body === 'object' && 'title' in body
      ? (body as ProblemShape)
      : { type: 'unknown', title: `The API answered ${res.status}.`, status: res.status };
  return { ok: false, status: res.status, problem };
}

/** What an editor is told about a refusal, in words. */
export function explain(problem: ProblemShape): string {
  switch (problem.status) {
    case 401:
      return 'Your token was not accepted. Sign in again.';
    case 403:
      return problem.detail ?? 'Your role does not allow this.';
    case 409:
      return problem.detail ?? 'Later changes depend on this one, so it cannot be undone on its own.';
    case 412:
      // Not always someone else: a revert of one's own change, or a save from another tab, moves the version on too.
      return 'This was changed since you opened it (by another editor, or by you elsewhere: a revert, another tab); reload to see the change, then try again.';
    case 422:
      return 'An earlier try of this change may have been saved with other values: check the list, then save again.';
    case 428:
      return 'This change needs the version you are editing; reload and try again.';
    // Two budgets answer 429 (failed sign-ins, and the editors' API's requests per address): the API says which.
    case 429:
      return problem.detail ?? 'Too many requests from here. Wait a minute and try again.';
    default:
      return problem.detail ?? problem.title;
  }
}

/** What the page tells an editor whose change was held for review (202) rather than published. */
export const HELD_FOR_REVIEW =
  'Sent for review: it is listed under “Waiting for review” and readers see nothing of it until another desk editor approves it.';

/** Field errors by field path ("low", "claimant.name"), for inline display. */
export function fieldErrors(problem: ProblemShape | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const key = e.path.replace(/^body\./, '');
    out[key] ??= e.message;
  }
  return out;
}
