import { describe, expect, it } from 'vitest';
import type { ClaimShape, IncidentShape } from '../../../src/contract/incident';
import ar from '../i18n/ar';
import es from '../i18n/es';
import { en } from '../i18n/strings';
import { claimsByMetric, claimsSummary, niceCeiling, rangeBar, spreadSentence } from './claims';

function claim(over: Partial<ClaimShape>): ClaimShape {
  return {
    id: 'c',
    claimant: { name: 'Someone', kind: 'ngo' },
    metric: 'killed',
    subject: 'soldiers',
    qualifier: 'exact',
    low: 1,
    high: null,
    asWritten: '1',
    claimedOn: '2016-09-17',
    status: 'current',
    supersedes: null,
    sourceUrl: null,
    sourceArticle: null,
    quote: null,
    ...over,
  };
}

const russia = claim({
  id: 'ru',
  claimant: { name: 'Russian delegation in Damascus', kind: 'government' },
  qualifier: 'more_than',
  low: 60,
  asWritten: 'more than 60',
});
const sohr = claim({
  id: 'sohr',
  claimant: { name: 'Syrian Observatory for Human Rights', kind: 'ngo' },
  low: 80,
  asWritten: '80',
});

function incident(claims: ClaimShape[], summary: IncidentShape['summary']): IncidentShape {
  return {
    slug: 'x',
    title: 'X',
    occurredOn: '2016-09-17',
    updatedAt: '2016-09-19T09:00:00Z',
    startsAt: null,
    endsAt: null,
    placeName: 'P',
    latitude: null,
    longitude: null,
    description: '',
    corrections: [],
    externalIds: {},
    articles: [],
    claims,
    summary,
  };
}

const seed = incident([sohr, russia], { killed: { low: 60, high: 80, claimants: 2, disagree: true } });

describe('claimsByMetric', () => {
  it('groups by metric in the vocabulary’s order, lowest current figure first, history newest first', () => {
    const old = claim({ id: 'old', status: 'superseded', claimedOn: '2016-09-16', low: 12 });
    const retracted = claim({ id: 'gone', status: 'retracted', claimedOn: '2016-09-18', low: 90 });
    const wounded = claim({ id: 'w', metric: 'wounded', low: 100 });
    const views = claimsByMetric(incident([wounded, sohr, old, russia, retracted], {}));
    expect(views.map((v) => v.metric)).toEqual(['killed', 'wounded']);
    expect(views[0]?.current.map((c) => c.id)).toEqual(['ru', 'sohr']);
    expect(views[0]?.earlier.map((c) => c.id)).toEqual(['gone', 'old']);
  });
});

describe('spreadSentence', () => {
  const [view] = claimsByMetric(seed);
  if (!view) throw new Error('no view');

  it('says the sources disagree, from the lowest to the highest figure as written, and by how much', () => {
    expect(spreadSentence(view, en, 'en')).toBe(
      'Two sources disagree: their figures run from more than 60 to 80 killed, a gap of 20.',
    );
    expect(spreadSentence(view, es, 'es')).toBe(
      'Dos fuentes discrepan: sus cifras van de more than 60 a 80 muertos, una diferencia de 20.',
    );
  });

  it('isolates data written left to right inside Arabic', () => {
    expect(spreadSentence(view, ar, 'ar')).toContain('\u2068more than 60\u2069');
  });

  it('says when they agree, when only one source speaks, and when nobody has', () => {
    const agree = incident([sohr, { ...sohr, id: 'b', claimant: { name: 'B', kind: 'un' } }], {
      killed: { low: 80, high: 80, claimants: 2, disagree: false },
    });
    expect(spreadSentence(claimsByMetric(agree)[0] ?? view, en, 'en')).toBe('Two sources agree: 80 killed.');
    const single = incident([sohr], { killed: { low: 80, high: 80, claimants: 1, disagree: false } });
    expect(spreadSentence(claimsByMetric(single)[0] ?? view, en, 'en')).toBe(
      'Only one source has given a figure: 80 killed, according to Syrian Observatory for Human Rights.',
    );
    const none = incident([{ ...sohr, status: 'retracted' }], {});
    expect(spreadSentence(claimsByMetric(none)[0] ?? view, en, 'en')).toBe('No figures have been reported yet.');
  });

  it('summarises every claimant for screen readers', () => {
    expect(claimsSummary(view, en)).toBe(
      'Two sources disagree on the number killed: Russian delegation in Damascus says more than 60; Syrian Observatory for Human Rights says 80.',
    );
  });
});

describe('rangeBar', () => {
  it('starts at zero and ends at a round figure above the highest claim', () => {
    const [view] = claimsByMetric(seed);
    const bar = view && rangeBar(view);
    expect(bar?.max).toBe(100);
    expect(bar?.ticks).toEqual([0, 25, 50, 75, 100]);
    expect(bar?.spread).toEqual({ from: 0.6, to: 0.8 });
    expect(bar?.marks.map((m) => [m.claim.id, m.from, m.to, m.open])).toEqual([
      ['ru', 0.6, 0.6, true],
      ['sohr', 0.8, 0.8, false],
    ]);
  });

  it('draws ranges ("between", "up to") as spans', () => {
    const between = claim({ qualifier: 'between', low: 200, high: 300, asWritten: '200 to 300' });
    const upTo = claim({ id: 'u', qualifier: 'up_to', low: 0, high: 150, asWritten: 'up to 150' });
    const view = claimsByMetric(
      incident([between, upTo], { killed: { low: 0, high: 300, claimants: 1, disagree: true } }),
    )[0];
    const bar = view && rangeBar(view);
    expect(bar?.max).toBe(500);
    expect(bar?.marks.map((m) => [m.from, m.to])).toEqual([
      [0, 0.3],
      [0.4, 0.6],
    ]);
  });

  it('rounds to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 7, 96, 101, 240, 260, 4800].map(niceCeiling)).toEqual([1, 10, 100, 200, 250, 500, 5000]);
  });
});
