import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentShape } from '../../shared/contract/incident';
import { getJson, seedStory } from './helpers';

const PATH = '/api/v1/incidents/deir-ez-zor-airstrike-2016';

beforeAll(seedStory);

describe('GET /api/v1/incidents/{slug}', () => {
  it('serves the seed story with both claims attributed, as written', async () => {
    const { status, body } = await getJson<IncidentShape>(PATH);
    expect(status).toBe(200);
    expect(body.occurredOn).toBe('2016-09-17');
    expect(body.startsAt).toBe('2016-09-17T15:55:00+03:00');
    const byClaimant = Object.fromEntries(body.claims.map((c) => [c.claimant.name, c]));
    expect(byClaimant['Russian delegation in Damascus']).toMatchObject({
      asWritten: 'more than 60',
      qualifier: 'more_than',
      low: 60,
      metric: 'killed',
      status: 'current',
      claimant: { kind: 'government' },
    });
    expect(byClaimant['Syrian Observatory for Human Rights']).toMatchObject({
      asWritten: '80',
      qualifier: 'exact',
      low: 80,
      claimant: { kind: 'ngo' },
    });
    expect(body.claims.every((c) => c.sourceArticle?.slug === body.articles[0]?.slug)).toBe(true);
  });

  it('summarises the killed figures and says the claimants disagree', async () => {
    const { body } = await getJson<IncidentShape>(PATH);
    expect(body.summary).toEqual({ killed: { low: 60, high: 80, claimants: 2, disagree: true } });
  });

  it('records the 17/18 September discrepancy as an editor’s correction', async () => {
    const { body } = await getJson<IncidentShape>(PATH);
    expect(body.corrections).toHaveLength(1);
    expect(body.corrections[0]?.note).toMatch(/Saturday was 17 September/);
  });

  it('shows no claims as of the day before the strike, and says newer data exists', async () => {
    const { status, body } = await getJson<IncidentShape>(`${PATH}?asOf=2016-09-16`);
    expect(status).toBe(200);
    expect(body.claims).toEqual([]);
    expect(body.summary).toEqual({});
    expect(body.asOf).toBe('2016-09-16T23:59:59.999Z');
    expect(body.updatedSince).toBe(true);
  });

  it('shows both claims as of the day of the strike', async () => {
    const { body } = await getJson<IncidentShape>(`${PATH}?asOf=2016-09-17`);
    expect(body.claims).toHaveLength(2);
    expect(body.updatedSince).toBe(false);
  });

  it('takes an instant with an offset for asOf', async () => {
    // 02:00 on the 18th in Damascus is still the 17th in UTC: the claims are the 17th's, and the moment is echoed
    // as asked, so the day it names (what the card's "newer figures" note shows) is the 18th asked.
    const { body } = await getJson<IncidentShape>(`${PATH}?asOf=2016-09-18T02:00:00%2B03:00`);
    expect(body.asOf).toBe('2016-09-18T02:00:00.000+03:00');
    expect(Date.parse(body.asOf ?? '')).toBe(Date.parse('2016-09-17T23:00:00Z'));
    expect(body.claims).toHaveLength(2);
  });

  it('refuses a malformed or impossible asOf with problem+json', async () => {
    for (const asOf of ['yesterday', '2016-02-30', '2016-09-17T25:00:00Z']) {
      const { status, body, res } = await getJson(`${PATH}?asOf=${asOf}`);
      expect(status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body).toMatchObject({ type: '/problems/validation', status: 400 });
      expect((body.errors as { path: string }[])[0]?.path).toBe('query.asOf');
    }
  });

  it('answers 404 problem+json for an unknown slug, and 400 for a malformed one', async () => {
    const missing = await getJson('/api/v1/incidents/no-such-incident');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: '/problems/not-found', status: 404, title: 'Not found' });
    const malformed = await getJson('/api/v1/incidents/Not_A_Slug');
    expect(malformed.status).toBe(400);
    expect(malformed.body.type).toBe('/problems/validation');
  });
});
