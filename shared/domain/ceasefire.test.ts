import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CeasefireRecord,
  ceasefireAsOf,
  ceasefireChangeInstants,
  ceasefireEchoesMoment,
  gaugeBand,
  gaugeReading,
} from './ceasefire';
import { latestAtOrBefore, pinnedMoment } from './time';

describe('gaugeReading', () => {
  const base = { startedAt: '2016-09-12T19:00:00+03:00', endedAt: null, history: [] };

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

  it('stops counting at the collapse, where the run of collapsed the history ends in began', () => {
    const history = [
      { status: 'precarious' as const, at: '2016-09-17T20:00:00+03:00', note: null },
      { status: 'collapsed' as const, at: '2016-09-19T19:00:00+03:00', note: null },
      { status: 'collapsed' as const, at: '2016-09-25T10:00:00+03:00', note: 'Still.' },
    ];
    const reading = gaugeReading({ ...base, status: 'collapsed', asOf: '2016-10-30T00:00:00Z', history });
    expect(reading).toMatchObject({ band: 3, label: 'Collapsed', daysInForce: 7 });
    // Back from a collapse, it counts on to asOf.
    const resumed = [...history, { status: 'strained' as const, at: '2016-10-01T10:00:00+03:00', note: null }];
    expect(
      gaugeReading({ ...base, status: 'strained', asOf: '2016-10-30T00:00:00Z', history: resumed }).daysInForce,
    ).toBe(47);
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
    language: 'en',
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
    const then = ceasefireAsOf(record, pinnedMoment('2016-09-15T23:59:59.999Z'));
    expect(then).toMatchObject({ status: 'holding', statusNote: 'in force', tallies: [], updatedSince: true });
    expect(then?.milestones[0]).toMatchObject({ state: 'pending', note: 'due' });
    expect(then?.gauge).toMatchObject({ band: 0, daysInForce: 3 });
  });

  it('is the current data at its own asOf or later, note and milestones included', () => {
    const { updatedSince, ...atAsOf } = ceasefireAsOf(record, pinnedMoment(record.asOf)) ?? {};
    expect(updatedSince).toBe(false);
    expect(atAsOf).toEqual(ceasefireAsOf(record, null));
    expect(ceasefireAsOf(record, pinnedMoment('2030-01-01T00:00:00Z'))).toMatchObject({ updatedSince: false });
  });

  it('is null before the ceasefire started', () => {
    expect(ceasefireAsOf(record, pinnedMoment('2016-09-01T00:00:00Z'))).toBeNull();
  });
});

describe('ceasefireChangeInstants', () => {
  const DAY = 86_400_000;
  const base = Date.UTC(2016, 8, 10, 16);
  const at = (ms: number) => new Date(base + ms).toISOString();
  const offset = fc.integer({ min: 0, max: 12 * DAY });
  const records = fc
    .record({
      asOf: fc.integer({ min: 0, max: 12 * DAY }),
      endedAt: fc.option(offset),
      history: fc.array(fc.record({ at: offset, status: fc.constantFrom('holding', 'strained', 'collapsed') }), {
        maxLength: 4,
      }),
      tallies: fc.array(fc.integer({ min: -1, max: 13 }), { maxLength: 4 }),
      steps: fc.array(offset, { maxLength: 3 }),
    })
    .map(
      (r): CeasefireRecord => ({
        slug: 'truce',
        name: 'Truce',
        brokers: [],
        parties: [],
        excludes: [],
        startedAt: at(0),
        endedAt: r.endedAt === null ? null : at(r.endedAt),
        status: 'strained',
        statusNote: 'now',
        asOf: at(r.asOf),
        language: 'en',
        updatedAt: at(r.asOf),
        history: r.history
          .sort((a, b) => a.at - b.at)
          .map((h) => ({ status: h.status as 'holding', at: at(h.at), note: null })),
        tallies: r.tallies.map((d, i) => ({
          id: `t${i}`,
          claimant: null,
          count: i,
          qualifier: 'exact',
          asWritten: String(i),
          excludes: null,
          reportedOn: at(d * DAY).slice(0, 10),
          sourceUrl: null,
        })),
        milestones: [
          {
            id: 'm',
            label: 'step',
            dueOn: null,
            state: 'met',
            note: null,
            history: r.steps.sort((a, b) => a - b).map((ms) => ({ state: 'met' as const, at: at(ms), note: null })),
          },
        ],
      }),
    );
  const moment = fc.integer({ min: -2 * DAY, max: 14 * DAY }).map((ms) => base + ms);

  it('sees every change: two moments after the same latest change read the same, save the asOf they echo', () => {
    fc.assert(
      fc.property(records, moment, moment, (record, a, b) => {
        const changes = ceasefireChangeInstants(record);
        fc.pre(latestAtOrBefore(changes, a) === latestAtOrBefore(changes, b));
        const [ma, mb] = [new Date(a), new Date(b)];
        expect(ceasefireEchoesMoment(record, ma)).toBe(ceasefireEchoesMoment(record, mb));
        const read = (m: Date) => {
          const shown = ceasefireAsOf(record, pinnedMoment(m.toISOString()));
          if (shown && ceasefireEchoesMoment(record, m)) expect(shown.asOf).toBe(m.toISOString());
          return shown && { ...shown, asOf: ceasefireEchoesMoment(record, m) ? 'echo' : shown.asOf };
        };
        expect(read(ma)).toEqual(read(mb));
      }),
      { numRuns: 500 },
    );
  });
});
