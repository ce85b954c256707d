/**
 * One request per resource per page, however many widgets show it and
 * however many copies of this script the page includes: the requests live in
 * a Map on a global symbol, keyed by URL, that every copy shares.
 */

/** Why a resource could not be shown. */
export type FailureReason = 'not-found' | 'network' | 'http' | 'malformed';

export type Fetched = { ok: true; body: unknown } | { ok: false; reason: FailureReason; status?: number };

const KEY = Symbol.for('explainer-edge.requests');
const shared = globalThis as typeof globalThis & { [KEY]?: Map<string, Promise<Fetched>> };
const requests: Map<string, Promise<Fetched>> = (shared[KEY] ??= new Map());

/** The origin of the API: the `api` attribute if given, else where this script was loaded from. */
export function apiBase(attribute: string | null | undefined): URL {
  return attribute ? new URL(attribute, document.baseURI) : new URL(import.meta.url);
}

/** The URL of a public read (`incidents` or `ceasefires`), optionally as of a date. */
export function resourceUrl(base: URL, collection: string, slug: string, asOf?: string | null): string {
  const url = new URL(`/api/v1/${collection}/${encodeURIComponent(slug)}`, base);
  if (asOf) url.searchParams.set('asOf', asOf);
  return url.href;
}

async function request(url: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (response.status === 404) return { ok: false, reason: 'not-found', status: 404 };
  if (!response.ok) return { ok: false, reason: 'http', status: response.status };
  try {
    return { ok: true, body: await response.json() };
  } catch {
    return { ok: false, reason: 'malformed', status: response.status };
  }
}

/** The page's one request for `url` (never rejects). */
export function fetchOnce(url: string): Promise<Fetched> {
  let pending = requests.get(url);
  if (!pending) {
    pending = request(url);
    requests.set(url, pending);
  }
  return pending;
}
