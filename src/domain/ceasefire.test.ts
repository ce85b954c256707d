import { describe, expect, it } from 'vitest';
import { type CeasefireRecord, ceasefireAsOf, gaugeBand, gaugeReading } from './ceasefire';

describe('gaugeReading', () => {
  const base = { startedAt: '2016-09-12T19:00:00+03:00', endedAt: null };

  it('bands statuses from holding (0) to collapsed (3), none once ended', () => {
    expect(['holding', 'strained', 'precarious', 'collapsed', 'ended'].map((s) => gaugeBand(s as never))).toEqual([
      0,
      1,
      2,
      3,
      null,
    ]);
  });

  it('counts whole days in force to asOf', () => {
    const reading = gaugeReading({ ...base, status: 'precarious', asOf: '2016-09-19T12:00:00+03:00' });
    expect(reading).toEqual({ band: 2, status: 'precarious', label: 'Precarious', daysInForce: 6 });
    // Seven full days later, at the same hour, it is day 7.
    expect(gaugeReading({ ...base, status: 'holding', asOf: '2016-09-19T19:00:00+03:00' }).daysInForce).toBe(7);
  });

  it('stops counting when the ceasefire ended, however late asOf is', () => {
    const reading = gaugeReading({
      ...base,
      status: 'ended',
      endedAt: '2016-09-19T19:00:00+03:00',
      asOf: '2026-11-24T00:00:00Z',
    });
    expect(reading).toMatchObject({ band: null, label: 'Ended', daysInForce: 7 });
  });

  it('never goes negative', () => {
    expect(gaugeReading({ ...base, status: 'holding', asOf: '2016-09-01T00:00:00Z' }).daysInForce).toBe(0);
  });
});

describe('ceasefireAsOf', () => {
  const record: CeasefireRecord = {
    slug: 'truce',
    name: 'Truce',
    brokers: [],
    parties: [],
    excludes: [],
    updatedAt: '2016-09-19T09:00:00Z',
    startedAt: '2016-09-12T19:00:00+03:00',
    endedAt: null,
    status: 'precarious',
    statusNote: 'now',
    asOf: '2016-09-19T12:00:00+03:00',
    history: [
      { status: 'holding', at: '2016-09-12T19:00:00+03:00', note: 'in force' },
      { status: 'precarious', at: '2016-09-17T23:00:00+03:00', note: 'strike' },
    ],
    tallies: [
      {
        id: 't',
        claimant: null,
        count: 55,
        qualifier: 'at_least',
        asWritten: 'at least 55',
        excludes: null,
        reportedOn: '2016-09-18',
        sourceUrl: null,
      },
    ],
    milestones: [
      {
        id: 'm',
        label: 'joint strikes',
        dueOn: '2016-09-19',
        state: 'in_doubt',
        note: 'distant',
        history: [
          { state: 'pending', at: '2016-09-12T16:00:00.000Z', note: 'due' },
          { state: 'in_doubt', at: '2016-09-17T20:00:00.000Z', note: 'distant' },
        ],
      },
    ],
  };

  it('shows the current data without a moment', () => {
    const now = ceasefireAsOf(record, null);
    expect(now?.status).toBe('precarious');
    expect(now?.gauge.daysInForce).toBe(6);
    expect(now?.milestones[0]).not.toHaveProperty('history');
    expect(now).not.toHaveProperty('updatedSince');
  });

  it('rewinds status, note, tallies and milestones to the moment', () => {
    const then = ceasefireAsOf(record, new Date('2016-09-15T23:59:59.999Z'));
    expect(then).toMatchObject({ status: 'holding', statusNote: 'in force', tallies: [], updatedSince: true });
    expect(then?.milestones[0]).toMatchObject({ state: 'pending', note: 'due' });
    expect(then?.gauge).toMatchObject({ band: 0, daysInForce: 3 });
  });

  it('is the current data at its own asOf or later, note and milestones included', () => {
    const { updatedSince, ...atAsOf } = ceasefireAsOf(record, new Date(record.asOf)) ?? {};
    expect(updatedSince).toBe(false);
    expect(atAsOf).toEqual(ceasefireAsOf(record, null));
    expect(ceasefireAsOf(record, new Date('2030-01-01T00:00:00Z'))).toMatchObject({ updatedSince: false });
  });

  it('is null before the ceasefire started', () => {
    expect(ceasefireAsOf(record, new Date('2016-09-01T00:00:00Z'))).toBeNull();
  });
});
