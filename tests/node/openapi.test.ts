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
  '/problems': 'the problem types’ documentation, HTML for developers',
  '/problems/{type}': 'one problem type’s page',
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

  it('lists what each operation can answer, and nothing it cannot, with the headers those answers carry', async () => {
    type Header = { required?: boolean };
    type Response = { headers?: Record<string, Header> };
    type Operation = {
      parameters?: { in: string; name: string }[];
      requestBody?: unknown;
      responses: Record<string, Response>;
    };
    const doc = (await openapiDocument()) as { paths: Record<string, Record<string, Operation>> };
    const gaps: string[] = [];
    const expectThat = (holds: boolean, what: string) => {
      if (!holds) gaps.push(what);
    };
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${path}`;
        const statuses = Object.keys(operation.responses);
        const has = (status: string) => statuses.includes(status);
        const params = operation.parameters ?? [];
        const header = (status: string, field: string) => Boolean(operation.responses[status]?.headers?.[field]);
        const admin = path.startsWith('/api/v1/admin/');
        // Nothing to refuse in a request that carries nothing: no body, no parameter.
        if (!operation.requestBody) {
          for (const status of ['413', '415']) expectThat(!has(status), `${name} lists ${status} but takes no body`);
          if (params.length === 0) {
            for (const status of ['400', '404']) {
              expectThat(!has(status), `${name} lists ${status} but takes no parameter`);
            }
          }
        }
        // A write made against the version read: 412 for another (or none), 428 for none or `*`.
        if (params.some((p) => p.in === 'header' && p.name === 'if-match')) {
          for (const status of ['412', '428']) expectThat(has(status), `${name} takes If-Match but lists no ${status}`);
        }
        // Every read that reaches D1 spends its client's budget and fails with D1; /health reports D1 instead.
        if (!path.startsWith('/health')) {
          for (const status of ['429', '503']) expectThat(has(status), `${name} lists no ${status}`);
        }
        if (admin) for (const status of ['401', '403']) expectThat(has(status), `${name} lists no ${status}`);
        for (const status of ['429', '503'].filter(has)) {
          expectThat(header(status, 'Retry-After'), `${name} ${status} declares no Retry-After`);
        }
        if (has('401')) expectThat(header('401', 'WWW-Authenticate'), `${name} 401 declares no WWW-Authenticate`);
        if (params.some((p) => p.in === 'header' && p.name === 'idempotency-key')) {
          for (const status of ['201', '202'].filter(has)) {
            expectThat(header(status, 'Idempotent-Replayed'), `${name} ${status} declares no Idempotent-Replayed`);
          }
        }
        // A public read that sends an ETag answers If-None-Match with it.
        if (method === 'get' && !admin && header('200', 'ETag'))
          expectThat(has('304'), `${name} sends an ETag, no 304`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('marks what needs more than an editor with `x-role`: a route, or a field of its body', async () => {
    const doc = (await openapiDocument()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
      components: { schemas: Record<string, unknown> };
    };
    /** The schema of `field` in `schema`, through `$ref`s and combinators. */
    const fieldOf = (schema: unknown, field: string): Record<string, unknown> | undefined => {
      if (!schema || typeof schema !== 'object') return undefined;
      const node = schema as Record<string, unknown>;
      if (typeof node.$ref === 'string')
        return fieldOf(doc.components.schemas[node.$ref.split('/').pop() ?? ''], field);
      const own = (node.properties as Record<string, Record<string, unknown>> | undefined)?.[field];
      if (own) return own;
      for (const key of ['allOf', 'anyOf', 'oneOf']) {
        for (const part of (node[key] as unknown[] | undefined) ?? []) {
          const found = fieldOf(part, field);
          if (found) return found;
        }
      }
      return undefined;
    };
    for (const path of ['/api/v1/admin/incidents/{slug}', '/api/v1/admin/ceasefires/{slug}']) {
      const body = doc.paths[path]?.patch?.requestBody?.content['application/json']?.schema;
      expect(fieldOf(body, 'review'), path).toMatchObject({ 'x-role': 'desk' });
    }
  });
});
