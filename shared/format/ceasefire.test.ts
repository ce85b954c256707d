import { describe, expect, it } from 'vitest';
import type { CeasefireShape, MilestoneShape, TallyShape } from '../contract/ceasefire';
import ar from '../i18n/ar';
import es from '../i18n/es';
import { en } from '../i18n/strings';
import {
  bandPath,
  daysInForce,
  describedDay,
  gaugeSummary,
  latestTallies,
  meterText,
  needleAngle,
  nextMilestone,
  tallyFigure,
} from './ceasefire';
import { phraseFigure } from './figures';

const tally = (over: Partial<TallyShape>): TallyShape => ({
  id: 't',
  claimant: null,
  count: 1,
  qualifier: 'exact',
  asWritten: '1',
  excludes: null,
  reportedOn: '2016-09-18',
  sourceUrl: null,
  ...over,
});

const milestone = (over: Partial<MilestoneShape>): MilestoneShape => ({
  id: 'm',
  label: 'L',
  dueOn: null,
  state: 'pending',
  note: null,
  ...over,
});

const ceasefire = {
  slug: 's',
  name: 'N',
  brokers: [],
  parties: [],
  excludes: [],
  startedAt: '2016-09-12T19:00:00+03:00',
  endedAt: null,
  status: 'precarious',
  statusNote: null,
  asOf: '2016-09-19T01:30:00+03:00',
  language: 'en',
  updatedAt: '2016-09-19T09:00:00Z',
  history: [],
  tallies: [],
  milestones: [],
  gauge: { band: 2, status: 'precarious', label: 'Precarious', daysInForce: 6 },
} satisfies CeasefireShape;

describe('latestTallies', () => {
  it('keeps the newest tally of each claimant, unattributed ones together, newest first', () => {
    const un = { name: 'UN', kind: 'un' as const };
    const result = latestTallies([
      tally({ id: 'a', reportedOn: '2016-09-15' }),
      tally({ id: 'b', reportedOn: '2016-09-18' }),
      tally({ id: 'c', claimant: un, reportedOn: '2016-09-19' }),
      tally({ id: 'd', claimant: un, reportedOn: '2016-09-14' }),
    ]);
    expect(result.map((t) => t.id)).toEqual(['c', 'b']);
  });
});

describe('tallies and the meter in the reader’s language', () => {
  it('phrases a tally’s count from its qualifier, not from the source’s words', () => {
    const t = tally({ count: 55, qualifier: 'at_least', asWritten: 'at least 55' });
    expect(phraseFigure(tallyFigure(t), en, 'en')).toBe('at least 55');
    expect(phraseFigure(tallyFigure(t), es, 'es')).toBe('al menos 55');
    expect(phraseFigure(tallyFigure(t), ar, 'ar-EG')).toBe('ما لا يقل عن ٥٥');
  });

  it('reads the meter’s level in the locale’s digits', () => {
    expect(meterText('Precarious', 2, en, 'en')).toBe('Precarious: level 3 of 4, from holding to collapsed');
    expect(meterText('هشّ', 2, ar, 'ar-EG')).toBe('هشّ: المستوى ٣ من ٤، من الصمود إلى الانهيار');
  });
});

describe('nextMilestone', () => {
  it('is the soonest open commitment, undated ones last, met and missed ones never', () => {
    const next = nextMilestone([
      milestone({ id: 'undated' }),
      milestone({ id: 'met', dueOn: '2016-09-13', state: 'met' }),
      milestone({ id: 'later', dueOn: '2016-09-30' }),
      milestone({ id: 'soon', dueOn: '2016-09-19', state: 'in_doubt' }),
    ]);
    expect(next?.id).toBe('soon');
    expect(nextMilestone([milestone({ state: 'missed' })])).toBeNull();
  });
});

describe('days and dates', () => {
  it('reads days in force from the API and the described day in the source’s own offset', () => {
    expect(daysInForce(ceasefire, en, 'en')).toBe('6 days in force');
    // 01:30 at +03:00 is still 18 September in UTC; the source meant the 19th.
    expect(describedDay(ceasefire, 'en')).toBe('September 19, 2016');
    expect(describedDay({ ...ceasefire, endedAt: '2016-09-19T19:00:00+03:00' }, 'en')).toBe('September 19, 2016');
    expect(gaugeSummary(ceasefire, en, 'en')).toBe(
      'The ceasefire is precarious after 6 days in force, as of September 19, 2016.',
    );
    expect(gaugeSummary({ ...ceasefire, status: 'collapsed' }, en, 'en')).toBe(
      'The ceasefire has collapsed after 6 days in force, as of September 19, 2016.',
    );
    expect(gaugeSummary({ ...ceasefire, status: 'ended' }, en, 'en')).toMatch(/^The ceasefire has ended after /);
  });

  it('uses Arabic plural forms', () => {
    expect(ar.days(1, '1')).toBe('يوم واحد من السريان');
    expect(ar.days(2, '2')).toBe('يومان من السريان');
    expect(ar.days(6, '6')).toBe('6 أيام من السريان');
    expect(ar.days(11, '11')).toBe('11 يومًا من السريان');
  });
});

describe('gauge geometry', () => {
  it('points the needle at the middle of each band, holding on the left', () => {
    expect([0, 1, 2, 3].map(needleAngle)).toEqual([157.5, 112.5, 67.5, 22.5]);
  });

  it('draws four arcs on the same circle', () => {
    const paths = [0, 1, 2, 3].map(bandPath);
    expect(new Set(paths).size).toBe(4);
    for (const p of paths) expect(p).toMatch(/^M [\d.]+ [\d.]+ A 78 78 0 0 1 [\d.]+ [\d.]+$/);
    expect(paths[0]?.startsWith('M 22.')).toBe(true);
  });
});
