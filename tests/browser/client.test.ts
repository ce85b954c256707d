/**
 * The typed client (clients/typescript, installed by path as
 * `@explainer-edge/client`) against the running Worker: every public
 * operation of the Worker's own OpenAPI document (those without `security`)
 * is called through it, and each answer is checked against the document's
 * schema for it, so the generated types describe what the Worker really
 * sends. A route added to the API is called without anyone listing it here.
 */

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createExplainerClient, type Schema } from '@explainer-edge/client';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/db/seed/story';
import { baseUrl } from './browser';

type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { enum?: string[] };
};
type Operation = {
  security?: unknown[];
  parameters?: Parameter[];
  responses: Record<
    string,
    { content?: Record<string, { schema?: object }>; headers?: Record<string, { required?: boolean }> }
  >;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The seed's slug for each collection a path can name. */
const SLUGS: Record<string, string> = {
  articles: SEED.articleSlug,
  incidents: SEED.incidentSlug,
  ceasefires: SEED.ceasefireSlug,
  'casualty-claims': SEED.incidentSlug,
  'ceasefire-gauge': SEED.ceasefireSlug,
};

/** Values for required query parameters, by name. */
const QUERY: Record<string, string> = {
  url: `${baseUrl}/embed/casualty-claims/${SEED.incidentSlug}`,
  // A link the seed's card shows (its claimant's site), for the widget's redirect.
  to: 'https://www.syriahr.com/en/',
};

/** One call per value of each enumerated path parameter; a slug is the seed's for the collection before it. */
function concreteCalls(
  path: string,
  parameters: Parameter[],
): { path: Record<string, string>; query: Record<string, string> }[] {
  const required = parameters.filter((p) => p.required);
  let calls: Record<string, string>[] = [{}];
  for (const p of required.filter((p) => p.in === 'path' && p.schema?.enum)) {
    calls = calls.flatMap((c) => (p.schema?.enum ?? []).map((v) => ({ ...c, [p.name]: v })));
  }
  return calls.map((fixed) => {
    const path_: Record<string, string> = { ...fixed };
    for (const p of required.filter((p) => p.in === 'path' && !p.schema?.enum)) {
      const filled = path.replace(/\{(\w+)\}/g, (whole, name: string) => fixed[name] ?? whole);
      const collection = filled.split(`/{${p.name}}`)[0]?.split('/').pop() ?? '';
      const value = p.name === 'slug' ? SLUGS[collection] : undefined;
      if (!value) throw new Error(`no value for path parameter ${p.name} of ${path}: add one to this test`);
      path_[p.name] = value;
    }
    const query: Record<string, string> = {};
    for (const p of required.filter((p) => p.in === 'query')) {
      const value = QUERY[p.name];
      if (!value) throw new Error(`no value for query parameter ${p.name} of ${path}: add one to this test`);
      query[p.name] = value;
    }
    return { path: path_, query };
  });
}

let doc: Document;
let publicOperations: { method: (typeof METHODS)[number]; path: string; operation: Operation }[] = [];

beforeAll(async () => {
  doc = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as Document;
  publicOperations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation && !operation.security?.length ? [{ method, path, operation }] : [];
    }),
  );
});

/** A validator for the document's schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses). */
function schemaValidator(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: document.components });
  return (schema: object) =>
    ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')));
}

describe('the typed client against the running Worker', () => {
  it('finds the public operations in the Worker’s OpenAPI document', () => {
    const paths = publicOperations.map((o) => o.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/articles', '/api/v1/incidents/{slug}', '/api/v1/ceasefires/{slug}', '/health']),
    );
    expect(paths.some((p) => p.startsWith('/api/v1/admin'))).toBe(false);
  });

  it('calls every public operation through the client, each answering 200 (or its redirect) as its schema says', async () => {
    const api = createExplainerClient(baseUrl);
    const called = new Set<string>();
    api.use({
      onRequest: ({ schemaPath, request }) => {
        called.add(`${request.method} ${schemaPath}`);
      },
    });
    const validatorFor = schemaValidator(doc);
    for (const { method, path, operation } of publicOperations) {
      const ok = operation.responses['200']?.content ?? {};
      const json = Object.keys(ok).find((type) => type.endsWith('json'));
      for (const params of concreteCalls(path, operation.parameters ?? [])) {
        const label = `${method.toUpperCase()} ${path} ${JSON.stringify(params)}`;
        if (!operation.responses['200'] && operation.responses['302']) {
          // A redirect, not followed: where it leads is no part of this API.
          const { response } = await api.request(method as 'get', path as '/health', {
            params: params as never,
            redirect: 'manual',
            parseAs: 'text',
          });
          // The seed's gauge shows no link at all, so no link of the card's is one of its own: a documented 404.
          const shows = params.path.widget !== 'ceasefire-gauge';
          expect([response.status, response.headers.get('Location')], label).toEqual(
            shows ? [302, QUERY.to] : [404, null],
          );
          continue;
        }
        // The loop names paths only at run time; each call is still the client's own `request`.
        const { data, error, response } = await api.request(method as 'get', path as '/health', {
          params: params as never,
          parseAs: json ? 'json' : 'text',
        });
        expect(error, label).toBeUndefined();
        expect(response.status, label).toBe(200);
        // Each header the document says every such answer carries.
        for (const [name, header] of Object.entries(operation.responses['200']?.headers ?? {})) {
          if (header.required) expect(response.headers.get(name), `${label}: ${name}`).not.toBeNull();
        }
        const type = response.headers.get('Content-Type') ?? '';
        expect(
          Object.keys(ok).some((documented) => type.startsWith(documented)),
          `${label}: ${type}`,
        ).toBe(true);
        const schema = json ? ok[json]?.schema : undefined;
        if (schema) {
          const validate = validatorFor(schema);
          expect(validate(data) ? [] : validate.errors, label).toEqual([]);
        } else {
          expect(String(data).length, label).toBeGreaterThan(0);
        }
      }
    }
    expect([...called].sort()).toEqual(publicOperations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort());
  });

  it('gives each documented 404 as a typed problem', async () => {
    const api = createExplainerClient(baseUrl);
    const missing = publicOperations.filter((o) => o.operation.responses['404'] && o.path.includes('{slug}'));
    expect(missing.length).toBeGreaterThan(2);
    for (const { method, path, operation } of missing) {
      const [params] = concreteCalls(path, operation.parameters ?? []);
      const { error, response } = await api.request(method as 'get', path as '/api/v1/incidents/{slug}', {
        params: { ...params, path: { ...params?.path, slug: 'no-such-thing' } } as never,
      });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('Content-Type'), path).toBe('application/problem+json');
      const problem = error as Schema<'Problem'>;
      expect(problem.status, path).toBe(404);
      expect(problem.title, path).toBeTruthy();
    }
  });

  it('types a call end to end, as the README shows', async () => {
    const api = createExplainerClient(baseUrl);
    const { data, error } = await api.GET('/api/v1/ceasefires/{slug}', {
      params: { path: { slug: SEED.ceasefireSlug }, query: { asOf: '2016-09-18' } },
    });
    expect(error).toBeUndefined();
    const ceasefire: Schema<'Ceasefire'> | undefined = data;
    expect(ceasefire?.slug).toBe(SEED.ceasefireSlug);
    expect(ceasefire?.gauge.band).toEqual(expect.any(Number));
  });

  it('answers a read sent with a current If-None-Match as a 304, with neither data nor error, as its README says', async () => {
    const api = createExplainerClient(baseUrl);
    const params = { path: { slug: SEED.incidentSlug } };
    const first = await api.GET('/api/v1/incidents/{slug}', { params });
    const etag = first.response.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"/);
    const again = await api.GET('/api/v1/incidents/{slug}', { params, headers: { 'If-None-Match': etag } });
    expect([again.response.status, again.data, again.error]).toEqual([304, undefined, undefined]);
    // Another ETag: the read.
    const other = await api.GET('/api/v1/incidents/{slug}', { params, headers: { 'If-None-Match': '"other"' } });
    expect([other.response.status, other.data?.slug, other.error]).toEqual([200, SEED.incidentSlug, undefined]);
  });

  it('hands a text answer (CSV, a feed, a page) on as the string its type says, with no parseAs', async () => {
    const api = createExplainerClient(baseUrl);
    const slug = { path: { slug: SEED.incidentSlug } };
    const csv = await api.GET('/api/v1/incidents/{slug}/claims.csv', { params: slug });
    expect(csv.error).toBeUndefined();
    expect(csv.data?.split('\r\n')[0]).toMatch(/^id,claimant/);
    expect(csv.response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const feed = await api.GET('/api/v1/changes.atom');
    expect(feed.data).toMatch(/^<\?xml[^>]*>\s*<feed/);
    const page = await api.GET('/embed/{widget}/{slug}', {
      params: { path: { widget: 'casualty-claims', slug: SEED.incidentSlug } },
    });
    expect(page.data).toMatch(/^<!doctype html>/i);
    // JSON as before.
    const incident = await api.GET('/api/v1/incidents/{slug}', { params: slug });
    expect(incident.data?.slug).toBe(SEED.incidentSlug);
    // Bytes say how to read them, where openapi-fetch threw a SyntaxError.
    const image = { path: { widget: 'casualty-claims' as const, slug: SEED.incidentSlug, format: 'png' as const } };
    await expect(api.GET('/embed/{widget}/{slug}.{format}', { params: image })).rejects.toThrow(/parseAs: 'blob'/);
    const png = await api.GET('/embed/{widget}/{slug}.{format}', { params: image, parseAs: 'blob' });
    expect(png.data?.type).toBe('image/png');
  });

  it('runs the client’s example as a developer would', async () => {
    const example = fileURLToPath(new URL('../../clients/typescript/example.ts', import.meta.url));
    const { stdout } = await promisify(execFile)('npx', ['tsx', example], {
      env: { ...process.env, EXPLAINER_API: baseUrl },
    });
    expect(stdout).toContain('Deir ez-Zor');
    expect(stdout).toMatch(/Syrian Observatory for Human Rights: .+ killed/);
  });
});
