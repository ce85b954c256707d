/**
 * The edge cache's key for a public read: its URL with only the query
 * parameters that route reads, in one order. Any other parameter is left
 * out, so `?utm_source=…`, `?x=1`, `?x=2`, … on any route, or a `?theme=`
 * or `?limit=` on a route that has none, all share one copy: no client can
 * fill the cache or make D1 reads by varying what the route ignores.
 *
 * The list is per route because the key is needed before the route's router
 * is loaded (src/http/lazy.ts): a hit must not pay for the router's zod
 * schemas. tests/worker/edge-cache.test.ts holds it to the OpenAPI
 * document: each cached route keys exactly the query parameters its
 * contract names.
 */
import { API_V1 } from '../../shared/contract/paths';

/** The query parameters of each cached public read, by its OpenAPI path. */
export const KEYED_QUERIES: Readonly<Record<string, readonly string[]>> = {
  [`${API_V1}/articles`]: ['seenAt', 'limit', 'cursor', 'section', 'lang'],
  [`${API_V1}/articles/{slug}`]: ['seenAt'],
  [`${API_V1}/incidents/{slug}`]: ['asOf', 'seenAt'],
  [`${API_V1}/ceasefires/{slug}`]: ['asOf', 'seenAt'],
  [`${API_V1}/incidents/{slug}/claims.csv`]: ['asOf', 'seenAt'],
  [`${API_V1}/incidents/{slug}/changes`]: ['seenAt', 'limit', 'cursor'],
  [`${API_V1}/ceasefires/{slug}/changes`]: ['seenAt', 'limit', 'cursor'],
  [`${API_V1}/incidents/{slug}/changes.atom`]: [],
  [`${API_V1}/incidents/{slug}/changes.json`]: [],
  [`${API_V1}/ceasefires/{slug}/changes.atom`]: [],
  [`${API_V1}/ceasefires/{slug}/changes.json`]: [],
  [`${API_V1}/changes.atom`]: [],
  [`${API_V1}/changes.json`]: [],
  '/embed/{widget}/{slug}': ['lang', 'theme', 'asOf', 'as-of', 'seenAt', 'seen-at'],
  '/embed/{widget}/{slug}/changes': ['seenAt', 'lang'],
  '/embed/{widget}/{slug}/link': ['to', 'asOf', 'seenAt'],
};

/**
 * Parameters a route reads without regard to case (a BCP 47 tag: `?lang=EN-gb` is `?lang=en-GB`), keyed lower-cased
 * so that no client splits the copies, and makes D1 reads, by spelling one value in other cases. Only where the route
 * itself folds case: `/embed`'s `lang` is one of three exact codes, and keying `?lang=ES` as `es` there would answer
 * from a copy what the route refuses.
 */
const CASE_FOLDED: Readonly<Record<string, readonly string[]>> = {
  [`${API_V1}/articles`]: ['lang'],
};

/** Each path as a pattern whose `{name}` matches one path segment, with the parameters it keys, sorted. */
const MATCHERS = Object.entries(KEYED_QUERIES).map(([path, params]) => ({
  pattern: new RegExp(`^${path.replaceAll('.', '\\.').replaceAll(/\{\w+\}/g, '[^/]+')}$`),
  params: new Set(params),
  folded: new Set(CASE_FOLDED[path] ?? []),
}));

/**
 * The query parameters the read at `pathname` is keyed by, and those of them keyed lower-cased. Matched as the
 * router matches it, decoded (`/x/%63hanges` is `/x/changes`); a path that is none of the cached routes keeps every
 * parameter any route reads, as all did before the list was per route, so a route missing from the list splits its
 * copies by what it may read rather than serving one copy for all of them.
 */
function keyingOf(pathname: string): { params: ReadonlySet<string>; folded: ReadonlySet<string> } {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // Not valid percent-encoding: the router matches it as it is.
  }
  return MATCHERS.find((m) => m.pattern.test(path)) ?? ANY_ROUTE;
}
const ANY_ROUTE = { params: new Set(Object.values(KEYED_QUERIES).flat()), folded: new Set<string>() };

/**
 * `url` as its route reads it: only the query parameters it names. What the edge cache keys a copy by, and what
 * says whether a read is pinned to a settled moment (a `seenAt` on a route that takes none pins nothing).
 */
export function keyedUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  if (u.pathname.includes('%')) u.pathname = canonicalPath(u.pathname);
  if (u.search) {
    const { params, folded } = keyingOf(u.pathname);
    const kept = [...u.searchParams]
      .filter(([k]) => params.has(k))
      .map(([k, v]): [string, string] => [k, folded.has(k) ? v.toLowerCase() : v])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    u.search = new URLSearchParams(kept).toString();
  }
  return u.toString();
}

/**
 * The path with each percent-encoded letter, digit, `-`, `_` or `~` written as itself and every other escape in
 * upper case (RFC 3986, 6.2.2): the router decodes both alike, so `/incidents/%64eir-…` is the read of
 * `/incidents/deir-…`. Keyed as sent, each spelling of one slug was a copy of its own, a D1 read per spelling, and
 * never purged by a write (which purges the plain paths). Not `.`, though unreserved: a path's dot segments are
 * the URL parser's to resolve (it reads `%2e%2e` as `..` itself), not a key's.
 */
function canonicalPath(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (encoded) => {
    const char = String.fromCharCode(Number.parseInt(encoded.slice(1), 16));
    return /[\w~-]/.test(char) ? char : encoded.toUpperCase();
  });
}

export const cacheKey = (url: string): Request => new Request(keyedUrl(url));
