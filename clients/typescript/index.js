// The typed client: openapi-fetch, bound to the API's paths (types in index.d.ts).
import createClient from 'openapi-fetch';

/**
 * A client for one Explainer Edge deployment.
 * @param {string} baseUrl The deployment's origin, e.g. `https://explainers.example.org`.
 * @param {import('openapi-fetch').ClientOptions} [options] Anything openapi-fetch takes (headers, fetch, …).
 */
export function createExplainerClient(baseUrl, options = {}) {
  return createClient({ ...options, baseUrl });
}
