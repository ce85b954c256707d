// The typed client: openapi-fetch, bound to the API's paths (types in index.d.ts).
import createClient from 'openapi-fetch';

/** Answers read as text: CSV, Atom, the embed pages' HTML, SVG (what their types say: `string`). */
const TEXT = /^(text\/|application\/(atom\+)?xml|image\/svg\+xml)/;

/**
 * openapi-fetch reads every answer as JSON unless a call says otherwise
 * (`parseAs`), so a CSV or a feed threw a SyntaxError where its type says
 * `string`. An answer in text that was to be read as JSON is handed on as
 * that text; one in bytes (a PNG) says how to read it.
 */
const textAsTyped = {
  async onResponse({ response, options }) {
    const type = response.headers.get('Content-Type') ?? '';
    if (options.parseAs !== 'json' || !response.ok || type.includes('json') || !response.body) return undefined;
    if (!TEXT.test(type)) throw new TypeError(`${response.url} answers ${type}: pass { parseAs: 'blob' } to read it.`);
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    const { status, statusText } = response;
    return new Response(JSON.stringify(await response.text()), { status, statusText, headers });
  },
};

/**
 * A 304 (the `If-None-Match` a call sent is current) has no body: openapi-fetch read its empty text as the error,
 * '', an error no `if (error)` catches, with no data either. It comes back with neither, as a 204 does:
 * `response.status` says 304, and the caller keeps the copy it holds.
 */
const notModified = {
  onResponse({ response }) {
    if (response.status !== 304) return undefined;
    const headers = new Headers(response.headers);
    headers.set('Content-Length', '0');
    return new Response(null, { status: 304, statusText: response.statusText, headers });
  },
};

/**
 * A client for one Explainer Edge deployment.
 * @param {string} baseUrl The deployment's origin, e.g. `https://explainers.example.org`.
 * @param {import('openapi-fetch').ClientOptions} [options] Anything openapi-fetch takes (headers, fetch, …).
 */
export function createExplainerClient(baseUrl, options = {}) {
  const client = createClient({ ...options, baseUrl });
  client.use(textAsTyped, notModified);
  return client;
}
