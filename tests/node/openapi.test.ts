import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { IMAGE_ROUTE_DOC_PATH, IMAGE_ROUTE_PATH } from '../../src/embed/image-path';
import { allRoutes, openApiDocument } from '../../src/routes/openapi/openapi.index';

/** A route's path as OpenAPI spells it: `:slug` → `{slug}`; the images' one-segment pattern as their contract writes it. */
const documentedPath = (path: string) =>
  path === IMAGE_ROUTE_PATH ? IMAGE_ROUTE_DOC_PATH : path.replace(/:(\w+)/g, '{$1}');

// The same call the Worker's OpenAPI route makes; the route itself is
// checked inside workerd (tests/worker/http.test.ts).
async function openapiDocument(): Promise<Record<string, unknown>> {
  return JSON.parse(JSON.stringify(await openApiDocument()));
}

/** Every public GET of the app's route table (every router mounted at once), in OpenAPI's path syntax. */
async function publicRoutes(): Promise<string[]> {
  const routes = (await allRoutes()).routes.filter(
    (r) => r.method === 'GET' && !r.path.includes('*') && !/^\/(api\/v1\/)?admin(\/|$)/.test(r.path),
  );
  return [...new Set(routes.map((r) => documentedPath(r.path)))];
}

/** The public routes that are not part of the API the document describes, and why. */
const UNDOCUMENTED: Record<string, string> = {
  '/': 'the demo page, HTML for readers',
  '/api/docs': 'the reference page that renders this document',
  '/api/docs/init.js': 'that page’s script',
  '/api/v1/openapi.json': 'this document itself',
};

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(await openapiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every public route of the route table, its client errors as problem+json', async () => {
    const doc = (await openapiDocument()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const routes = await publicRoutes();
    expect(routes).toEqual(
      expect.arrayContaining(['/api/v1/incidents/{slug}', '/api/v1/ceasefires/{slug}', '/health']),
    );
    expect(Object.keys(UNDOCUMENTED).filter((path) => !routes.includes(path))).toEqual([]);
    for (const path of routes.filter((p) => !(p in UNDOCUMENTED))) {
      const get = doc.paths[path]?.get;
      expect(get, path).toBeDefined();
      // 4xx: what a client did wrong, always problem+json (the 503 of /health is its report of D1, by design).
      const errors = Object.entries(get?.responses ?? {}).filter(([status]) => /^4/.test(status));
      for (const [status, response] of errors) {
        expect(response.content, `${path} ${status}`).toHaveProperty(['application/problem+json']);
      }
    }
    const incident = doc.paths['/api/v1/incidents/{slug}']?.get;
    expect(Object.keys(incident?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '404']));
  });

  it('names the summary fields of SPEC §3.1 in the Incident and Ceasefire schemas', async () => {
    const doc = (await openapiDocument()) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const { Incident, Ceasefire, MetricSummary, GaugeReading } = doc.components.schemas;
    expect(Object.keys(Incident?.properties ?? {})).toEqual(
      expect.arrayContaining(['claims', 'summary', 'corrections', 'articles']),
    );
    expect(Object.keys(MetricSummary?.properties ?? {})).toEqual(['low', 'high', 'claimants', 'disagree']);
    expect(Object.keys(Ceasefire?.properties ?? {})).toEqual(
      expect.arrayContaining(['history', 'tallies', 'milestones', 'gauge']),
    );
    expect(Object.keys(GaugeReading?.properties ?? {})).toEqual(['band', 'status', 'label', 'daysInForce']);
  });
});
