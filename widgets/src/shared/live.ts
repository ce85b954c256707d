/**
 * Live widgets: a widget that shows the latest data checks whether it has
 * changed, the way a reader's page should — often while the story moves,
 * rarely once it has settled, never while nobody can see it.
 *
 * - Every 60 s (or the widget's `live` interval, never under 15 s) while the
 *   resource changed within the last 24 hours, hourly after that.
 * - Never while the tab is hidden or every widget showing the resource is
 *   far off-screen; once at once when the page (or a widget) comes back.
 * - Jittered by ±20 %, so a front page's readers do not arrive in step.
 * - After a failure, twice the wait each time (up to an hour), and never
 *   sooner than the server's `Retry-After`.
 * - The check is a conditional request (`cache: 'no-cache'`: the browser
 *   revalidates its copy with `If-None-Match`; the edge answers 304 from its
 *   own copy, without D1), so an idle check costs a few hundred bytes.
 *
 * One check per resource per page, however many widgets show it.
 */

export const DEFAULT_INTERVAL_S = 60;
export const MIN_INTERVAL_S = 15;
const SETTLED_INTERVAL_S = 3600;
const RECENT_MS = 24 * 3600_000;
/** A check with no complete answer by then has hung (the widgets' own first request waits as long: ./api.ts). */
const CHECK_TIMEOUT_MS = 8000;
const MAX_BACKOFF_S = 3600;

export type Schedule = {
  /** The widget's interval in seconds (already bounded). */
  intervalS: number;
  /** The resource's `updatedAt`, if it has one. */
  updatedAt: string | undefined;
  now: number;
  /** Failures in a row since the last answer. */
  failures: number;
  /** `Retry-After` of the last failure, in seconds. */
  retryAfterS: number | undefined;
  /** A number in [0, 1): the jitter. */
  random: number;
};

/** `live` attribute → seconds between checks, or null when off. */
export function liveInterval(attribute: string | null | undefined): number | null {
  if (attribute === 'off' || attribute === 'false') return null;
  const seconds = Number(attribute);
  return attribute && Number.isFinite(seconds) && seconds > 0 ? Math.max(MIN_INTERVAL_S, seconds) : DEFAULT_INTERVAL_S;
}

/** Milliseconds until the next check. */
export function checkDelay(s: Schedule): number {
  const changed = s.updatedAt ? Date.parse(s.updatedAt) : Number.NaN;
  const recent = Number.isNaN(changed) || s.now - changed < RECENT_MS;
  let seconds = recent ? s.intervalS : Math.max(SETTLED_INTERVAL_S, s.intervalS);
  if (s.failures > 0) seconds = Math.min(MAX_BACKOFF_S, seconds * 2 ** s.failures);
  const jittered = seconds * (0.8 + 0.4 * s.random);
  // A timer set past 2³¹ − 1 ms (24.8 days: `live="2592000"`, or a far Retry-After) fires at once, and a watch so
  // scheduled checked back to back.
  return Math.min(2 ** 31 - 1, Math.round(Math.max(jittered, s.retryAfterS ?? 0) * 1000));
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date), if usable. */
export function retryAfterSeconds(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

/** What a widget showing a live resource tells the watcher. */
export type Watcher = {
  /** Whether this widget is near enough the viewport to be worth a check. */
  near(): boolean;
  intervalS: number;
  /**
   * A new version of the resource. `heard`: whether this widget tells screen readers, which only one widget told of
   * it in a check does (one near the reader first), so that a page showing the story twice is not heard twice.
   * Returns whether the widget took it.
   */
  changed(body: unknown, heard: boolean): boolean;
};

type Watch = {
  url: string;
  /** Each widget watching, and the version it shows and that version's `updatedAt`. */
  watchers: Map<Watcher, [version: string, updatedAt: string | undefined]>;
  updatedAt: string | undefined;
  /** What the last answer said, to tell a change from the same data again. */
  version: string;
  failures: number;
  retryAfterS: number | undefined;
  timer?: ReturnType<typeof setTimeout>;
  /** A check came due while nobody could see it: run it when someone can. */
  owed: boolean;
  /** When the check under way began (ms), 0 when none is. */
  busy: number;
  /** Gives up the check under way. */
  abort?: AbortController;
};

const watches = new Map<string, Watch>();

const versionOf = (body: unknown) => JSON.stringify(body);
const updatedAtOf = (body: unknown) => (body as { updatedAt?: string } | null)?.updatedAt;

function schedule(w: Watch): void {
  clearTimeout(w.timer);
  if (!w.watchers.size) return;
  const intervalS = Math.min(...[...w.watchers.keys()].map((x) => x.intervalS));
  const delay = checkDelay({
    intervalS,
    updatedAt: w.updatedAt,
    now: Date.now(),
    failures: w.failures,
    retryAfterS: w.retryAfterS,
    random: Math.random(),
  });
  w.timer = setTimeout(() => void due(w), delay);
}

const visible = (w: Watch) => !document.hidden && [...w.watchers.keys()].some((x) => x.near());

async function due(w: Watch): Promise<void> {
  if (!visible(w)) {
    w.owed = true;
    return;
  }
  await check(w);
}

async function check(w: Watch): Promise<void> {
  // A check under way for longer than that has hung (a stalled proxy, a phone changing networks): it is given up
  // for this one, where it held up every later check. Timed by the next check coming due, not by a timer of its
  // own, which a page whose clock runs ahead of the network (a test's) would fire before any answer could come.
  if (w.busy && Date.now() - w.busy < CHECK_TIMEOUT_MS) return;
  w.abort?.abort();
  const controller = new AbortController();
  w.abort = controller;
  w.busy = Date.now();
  w.owed = false;
  // The next check comes due whether or not this one is answered.
  schedule(w);
  try {
    const res = await fetch(w.url, {
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (res.ok) {
      const body: unknown = await res.json();
      w.failures = 0;
      w.retryAfterS = undefined;
      const version = versionOf(body);
      w.version = version;
      const updatedAt = updatedAtOf(body);
      w.updatedAt = updatedAt ?? w.updatedAt;
      // Each widget that shows another version: one that joined showing older data than its neighbours' is caught
      // up. Never to older data than its own: an answer to a check sent before it joined may be older than the data
      // it fetched itself.
      let heard = true;
      const nearFirst = [...w.watchers].sort(([a], [b]) => Number(b.near()) - Number(a.near()));
      for (const [x, [shown, since]] of nearFirst)
        if (shown !== version && !(since && updatedAt && since > updatedAt)) {
          w.watchers.set(x, [version, updatedAt]);
          if (x.changed(body, heard)) heard = false;
        }
    } else {
      w.failures += 1;
      w.retryAfterS = retryAfterSeconds(res.headers.get('Retry-After'), Date.now());
    }
  } catch {
    w.failures += 1;
    w.retryAfterS = undefined;
  } finally {
    if (w.abort === controller) {
      w.busy = 0;
      schedule(w);
    }
  }
}

let listening = false;

/** A page or widget that comes back into view gets the check it was owed. */
export function wake(): void {
  for (const w of watches.values()) if (w.owed && visible(w)) void check(w);
}

/**
 * Starts checking `url` for `watcher`, which shows `body`. Returns the stop.
 */
export function watchResource(url: string, body: unknown, watcher: Watcher): () => void {
  let w = watches.get(url);
  const version = versionOf(body);
  if (!w) {
    w = {
      url,
      watchers: new Map(),
      updatedAt: updatedAtOf(body),
      version,
      failures: 0,
      retryAfterS: undefined,
      owed: false,
      busy: 0,
    };
    watches.set(url, w);
  }
  w.watchers.set(watcher, [version, updatedAtOf(body)]);
  if (!listening) {
    listening = true;
    document.addEventListener('visibilitychange', wake);
  }
  // A widget that joins showing other data than the page's checks last saw (put on the page after an update, or
  // fetched since): one check now says which is the latest, and each widget showing another is given it (in a
  // hidden tab, once it is shown).
  if (version !== w.version) {
    w.owed = true;
    wake();
  } else if (!w.timer) schedule(w);
  const watch = w;
  return () => {
    watch.watchers.delete(watcher);
    if (!watch.watchers.size) {
      clearTimeout(watch.timer);
      watches.delete(url);
    }
  };
}
