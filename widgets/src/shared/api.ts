/**
 * One request per resource per page at a time, however many widgets show it
 * and however many copies of this script the page includes: the requests
 * live in a Map on a global symbol, keyed by URL, that every copy shares.
 */

/** Why a resource could not be shown. */
export type FailureReason = 'not-found' | 'network' | 'timeout' | 'http' | 'malformed';

export type Fetched = { ok: true; body: unknown } | { ok: false; reason: FailureReason; status?: number };

/** A try that has had no complete answer by then is abandoned (README: Widgets, "When the API fails"). */
export const TIMEOUT_MS = 8000;
/** The one retry waits this long, plus up to as much again at random, so many readers do not retry in step. */
export const RETRY_DELAY_MS = 1000;

const KEY = Symbol.for('explainer-edge.requests');
const shared = globalThis as typeof globalThis & { [KEY]?: Map<string, Promise<Fetched>> };
shared[KEY] ??= new Map();
const requests: Map<string, Promise<Fetched>> = shared[KEY];

async function attempt(url: string, again?: boolean): Promise<Fetched> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), TIMEOUT_MS);
  try {
    // Nothing but the signal on the first try: a request that differs from the page's preload of the same URL
    // (credentials, headers) would not be given the preloaded answer. The default credentials send cookies only to
    // a page on the API's own origin, which sets none. The retry is a request of its own (`no-store`): asked as the
    // preload was, it was handed the preload's request again while that still hung, and never reached the server.
    const response = await fetch(url, { signal: deadline.signal, cache: again ? 'no-store' : 'default' });
    const status = response.status;
    if (!response.ok) return { ok: false, reason: status === 404 ? 'not-found' : 'http', status };
    // Read in full before parsing, so a body cut off mid-way counts as lost (network), not as bad JSON.
    const text = await response.text();
    try {
      return { ok: true, body: JSON.parse(text) };
    } catch {
      return { ok: false, reason: 'malformed', status };
    }
  } catch {
    return { ok: false, reason: deadline.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Worth one more try: the network, a timeout, or the server's own trouble (5xx). Never a 404 or bad JSON. */
function transient(result: Fetched): boolean {
  if (result.ok) return false;
  return result.reason === 'network' || result.reason === 'timeout' || (result.status ?? 0) >= 500;
}

async function request(url: string): Promise<Fetched> {
  const first = await attempt(url);
  if (!transient(first)) return first;
  await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * (1 + Math.random())));
  return attempt(url, true);
}

/**
 * How long an answer is shared after it came: the widgets a page shows at once share one request, and a widget
 * added later (a single-page app's next view, a reload in another language) asks again, as the live checks do, so
 * it neither shows figures older than its neighbours' nor inherits a failure that has passed. The edge's copies are
 * fresh for a minute too.
 */
const SHARED_MS = 60_000;

/** The page's one request for `url`, retried once if it failed in passing (never rejects). */
export function fetchOnce(url: string): Promise<Fetched> {
  let pending = requests.get(url);
  if (!pending) {
    const made = request(url);
    pending = made;
    requests.set(url, made);
    const forget = () => requests.get(url) === made && requests.delete(url);
    void made.then((result) => (result.ok ? setTimeout(forget, SHARED_MS) : forget()));
  }
  return pending;
}
