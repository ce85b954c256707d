import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/routes/openapi/openapi.index';

// The same call the Worker's OpenAPI route makes; the route itself is
// checked inside workerd (tests/worker/http.test.ts).
async function openapiDocument(): Promise<Record<string, unknown>> {
  return JSON.parse(JSON.stringify(await openApiDocument()));
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(await openapiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every public route with its errors as problem+json', async () => {
    const doc = (await openapiDocument()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    for (const path of [
      '/api/v1/articles',
      '/api/v1/articles/{slug}',
      '/api/v1/incidents/{slug}',
      '/api/v1/ceasefires/{slug}',
      '/health',
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
    const incident = doc.paths['/api/v1/incidents/{slug}']?.get;
    expect(Object.keys(incident?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '404']));
    expect(incident?.responses['404']?.content).toHaveProperty(['application/problem+json']);
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
