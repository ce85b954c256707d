import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimShape } from '../contract/incident';
import {
  claimsAsOf,
  claimsChangedSince,
  claimsChangeInstants,
  claimsCurrentAt,
  type DatedClaim,
  summariseClaims,
} from './claims';
import { asOfMoment, latestAtOrBefore } from './time';

function claim(overrides: Partial<DatedClaim>): DatedClaim {
  return {
    id: 'c',
    claimant: { name: 'A', kind: 'ngo' },
    metric: 'killed',
    subject: 'soldiers',
    qualifier: 'exact',
    low: 10,
    high: null,
    asWritten: '10',
    claimedOn: '2016-09-17',
    status: 'current',
    supersedes: null,
    sourceUrl: null,
    sourceArticle: null,
    quote: null,
    statusChangedAt: null,
    ...overrides,
  };
}

describe('summariseClaims', () => {
  it('takes the lowest low and the highest of high-or-low across claimants', () => {
    const summary = summariseClaims([
      claim({ claimant: { name: 'Russia', kind: 'government' }, qualifier: 'more_than', low: 60 }),
      claim({ claimant: { name: 'SOHR', kind: 'ngo' }, low: 80 }),
    ]);
    expect(summary).toEqual({ killed: { low: 60, high: 80, claimants: 2, disagree: true } });
  });

  it('uses high for ranges', () => {
    const summary = summariseClaims([claim({ qualifier: 'between', low: 20, high: 35 }), claim({ low: 25 })]);
    expect(summary.killed).toMatchObject({ low: 20, high: 35 });
  });

  it('sees agreement when every claimant gives the same figure', () => {
    const summary = summariseClaims([
      claim({ claimant: { name: 'A', kind: 'ngo' }, low: 80 }),
      claim({ claimant: { name: 'B', kind: 'un' }, low: 80 }),
    ]);
    expect(summary.killed).toEqual({ low: 80, high: 80, claimants: 2, disagree: false });
  });

  it('treats the same number with a different qualifier as disagreement', () => {
    const summary = summariseClaims([claim({ low: 60 }), claim({ qualifier: 'more_than', low: 60 })]);
    expect(summary.killed?.disagree).toBe(true);
  });

  it('never sees agreement between figures counting different people', () => {
    const summary = summariseClaims([claim({ low: 80 }), claim({ low: 80, subject: 'civilians' })]);
    expect(summary.killed?.disagree).toBe(true);
    // One subject written two ways is the same people.
    const same = summariseClaims([claim({ low: 80, subject: 'Civilians ' }), claim({ low: 80, subject: 'civilians' })]);
    expect(same.killed?.disagree).toBe(false);
  });

  it('ignores superseded and retracted claims, and keeps metrics apart', () => {
    const summary = summariseClaims([
      claim({ low: 80 }),
      claim({ low: 5, status: 'superseded' }),
      claim({ low: 1, status: 'retracted' }),
      claim({ metric: 'wounded', low: 100 }),
    ]);
    expect(summary).toEqual({
      killed: { low: 80, high: 80, claimants: 1, disagree: false },
      wounded: { low: 100, high: 100, claimants: 1, disagree: false },
    });
  });

  it('is empty with no current claims', () => {
    expect(summariseClaims([] as ClaimShape[])).toEqual({});
  });
});

describe('claimsAsOf', () => {
  const revised = [
    claim({ id: 'old', low: 80, status: 'superseded', statusChangedAt: '2016-09-20T10:00:00.000Z' }),
    claim({ id: 'new', low: 90, claimedOn: '2016-09-20', supersedes: 'old' }),
  ];

  it('keeps only claims made by the moment', () => {
    expect(claimsAsOf(revised, new Date('2016-09-16T23:59:59Z'))).toEqual([]);
  });

  it('restores the status a claim had before it was superseded', () => {
    const then = claimsAsOf(revised, new Date('2016-09-19T23:59:59Z'));
    expect(then.map((c) => [c.id, c.status])).toEqual([['old', 'current']]);
  });

  it('shows the revision once it was made', () => {
    const later = claimsAsOf(revised, new Date('2016-09-21T00:00:00Z'));
    expect(later.map((c) => [c.id, c.status])).toEqual([
      ['old', 'superseded'],
      ['new', 'current'],
    ]);
  });

  it('knows whether anything changed since', () => {
    expect(claimsChangedSince(revised, new Date('2016-09-19T23:59:59Z'))).toBe(true);
    expect(claimsChangedSince(revised, new Date('2016-09-21T00:00:00Z'))).toBe(false);
  });
});

describe('claimsCurrentAt', () => {
  const first = claim({
    id: 'a',
    claimedOn: '2016-09-17',
    status: 'superseded',
    statusChangedAt: '2016-09-18T00:00:00.000Z',
  });
  const revision = claim({ id: 'b', claimedOn: '2016-09-18', supersedes: 'a' });
  const retracted = claim({
    id: 'c',
    claimedOn: '2016-09-17',
    status: 'retracted',
    statusChangedAt: '2026-11-20T10:04:00.000Z',
  });

  it('is the day of the latest claim when no status changed after it', () => {
    expect(claimsCurrentAt([first, revision])).toBe('2016-09-18');
  });

  it('is the latest status change when that came after the latest claim', () => {
    expect(claimsCurrentAt([first, revision, retracted])).toBe('2026-11-20T10:04:00.000Z');
  });

  it('shows, as of itself, every claim with the status it has now', () => {
    for (const claims of [
      [first, revision],
      [first, revision, retracted],
    ]) {
      const moment = asOfMoment(claimsCurrentAt(claims) ?? '');
      expect(claimsAsOf(claims, moment)).toEqual(claims);
      expect(claimsChangedSince(claims, moment)).toBe(false);
    }
  });

  it('is null before anything is claimed', () => {
    expect(claimsCurrentAt([])).toBeNull();
  });
});

describe('claimsChangeInstants', () => {
  const DAY = 86_400_000;
  const base = Date.UTC(2016, 8, 10);
  const day = (n: number) => new Date(base + n * DAY).toISOString().slice(0, 10);
  const statuses = ['current', 'superseded', 'retracted'] as const;
  const claims = fc.array(
    fc.record({
      claimedOn: fc.integer({ min: 0, max: 20 }).map(day),
      status: fc.constantFrom(...statuses),
      statusChangedAt: fc.option(fc.integer({ min: 0, max: 21 * DAY }).map((ms) => new Date(base + ms).toISOString())),
    }),
    { maxLength: 8 },
  );
  const moment = fc.integer({ min: -2 * DAY, max: 23 * DAY }).map((ms) => base + ms);

  it('sees every change: two moments after the same latest change read the same claims', () => {
    fc.assert(
      fc.property(claims, moment, moment, (rows, a, b) => {
        const all = rows.map((r, i) => claim({ ...r, id: `c${i}` }));
        const changes = claimsChangeInstants(all);
        fc.pre(latestAtOrBefore(changes, a) === latestAtOrBefore(changes, b));
        const [ma, mb] = [new Date(a), new Date(b)];
        expect(claimsAsOf(all, ma)).toEqual(claimsAsOf(all, mb));
        expect(claimsChangedSince(all, ma)).toBe(claimsChangedSince(all, mb));
      }),
      { numRuns: 500 },
    );
  });

  it('is one instant per claim day and status change, sorted', () => {
    const all = [
      claim({ claimedOn: '2016-09-18' }),
      claim({ claimedOn: '2016-09-17', status: 'superseded', statusChangedAt: '2016-09-18T10:00:00.000Z' }),
      claim({ claimedOn: '2016-09-18' }),
    ];
    expect(claimsChangeInstants(all).map((ms) => new Date(ms).toISOString())).toEqual([
      '2016-09-17T00:00:00.000Z',
      '2016-09-18T00:00:00.000Z',
      '2016-09-18T10:00:00.000Z',
    ]);
  });
});
