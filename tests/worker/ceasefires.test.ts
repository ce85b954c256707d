import { beforeAll, describe, expect, it } from 'vitest';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import { getJson, seedStory } from './helpers';

const PATH = '/api/v1/ceasefires/syria-cessation-of-hostilities-2016';

beforeAll(seedStory);

describe('GET /api/v1/ceasefires/{slug}', () => {
  it('serves the ceasefire as the article describes it', async () => {
    const { status, body } = await getJson<CeasefireShape>(PATH);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      brokers: ['United States', 'Russian Federation'],
      startedAt: '2016-09-12T19:00:00+03:00',
      endedAt: null,
      status: 'precarious',
      asOf: '2016-09-19T12:00:00+03:00',
    });
    expect(body.excludes).toEqual(expect.arrayContaining(['ISIS', expect.stringMatching(/al-Nusra/)]));
    expect(body.history.map((h) => h.status)).toEqual(['holding', 'precarious']);
  });

  it('reads the gauge as of the data, not the reader’s clock', async () => {
    const { body } = await getJson<CeasefireShape>(PATH);
    expect(body.gauge).toEqual({ band: 2, status: 'precarious', label: 'Precarious', daysInForce: 6 });
  });

  it('carries the "at least 55" tally with its exclusion, unattributed', async () => {
    const { body } = await getJson<CeasefireShape>(PATH);
    expect(body.tallies).toEqual([
      expect.objectContaining({
        claimant: null,
        count: 55,
        qualifier: 'at_least',
        asWritten: 'at least 55',
        excludes: 'not counting the US airstrike',
      }),
    ]);
  });

  it('lists both milestones, the dated one first', async () => {
    const { body } = await getJson<CeasefireShape>(PATH);
    expect(body.milestones.map((m) => [m.dueOn, m.state])).toEqual([
      ['2016-09-19', 'in_doubt'],
      [null, 'pending'],
    ]);
  });

  it('travels back to before the airstrike: holding, no tallies, milestone pending', async () => {
    const { body } = await getJson<CeasefireShape>(`${PATH}?asOf=2016-09-15`);
    expect(body.status).toBe('holding');
    expect(body.history).toHaveLength(1);
    expect(body.tallies).toEqual([]);
    expect(body.milestones.every((m) => m.state === 'pending')).toBe(true);
    expect(body.gauge).toMatchObject({ band: 0, daysInForce: 3 });
    expect(body.updatedSince).toBe(true);
  });

  it('never reads past the data’s own asOf, however late the asked moment', async () => {
    const { body } = await getJson<CeasefireShape>(`${PATH}?asOf=2026-11-24`);
    expect(body.gauge.daysInForce).toBe(6);
    expect(body.updatedSince).toBe(false);
  });

  it('answers 404 before the ceasefire started and for an unknown slug', async () => {
    expect((await getJson(`${PATH}?asOf=2016-09-01`)).status).toBe(404);
    const unknown = await getJson('/api/v1/ceasefires/no-such-truce');
    expect(unknown.status).toBe(404);
    expect(unknown.res.headers.get('content-type')).toBe('application/problem+json');
  });
});
