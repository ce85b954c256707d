import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, RANGE_QUALIFIERS } from '../contract/enums';
import type { ClaimShape, IncidentShape } from '../contract/incident';
import { summariseClaims } from '../domain/claims';
import ar from '../i18n/ar';
import es from '../i18n/es';
import { en } from '../i18n/strings';
import { axisTicks, claimsByMetric, claimsSummary, countsOthers, rangeBar, spreadSentence } from './claims';

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
    language: 'en',
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

  it('says the sources disagree, from the lowest to the highest figure, and by how much, in the reader’s words', () => {
    expect(spreadSentence(view, en, 'en')).toBe(
      'Two sources disagree: their figures run from more than 60 to 80 killed, a gap of 20.',
    );
    expect(spreadSentence(view, es, 'es')).toBe(
      'Dos fuentes discrepan: sus cifras van de más de 60 a 80 muertos, una diferencia de 20.',
    );
    expect(spreadSentence(view, ar, 'ar-u-nu-latn')).toBe(
      'مصدران مختلفان: تتراوح الأرقام بين أكثر من 60 و80 قتيلًا، بفارق 20.',
    );
  });

  it('never puts the source’s English wording into another language’s sentence', () => {
    for (const [s, locale] of [
      [es, 'es'],
      [ar, 'ar'],
    ] as const) {
      expect(spreadSentence(view, s, locale)).not.toMatch(/more than|killed/);
      expect(claimsSummary(view, s, locale)).not.toMatch(/more than|killed|says/);
    }
  });

  it('writes numbers with the digits of the full locale', () => {
    const arabicDigits = spreadSentence(view, ar, 'ar-EG');
    expect(arabicDigits).toContain('أكثر من ٦٠');
    expect(arabicDigits).toContain('بفارق ٢٠');
    expect(arabicDigits).not.toMatch(/[0-9]/);
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
    const [withdrawn] = claimsByMetric(none);
    if (!withdrawn) throw new Error('no view');
    // The retracted figure is listed under "Earlier figures": the sentence above it must not deny it was reported.
    expect(spreadSentence(withdrawn, en, 'en')).toBe('No figure stands now: those reported were retracted or revised.');
    expect(claimsSummary(withdrawn, es, 'es')).toBe(es.noCurrent);
  });

  /** The view of these claims, summarised as the API summarises them. */
  const viewOf = (...claims: ClaimShape[]) => {
    const [v] = claimsByMetric(incident(claims, summariseClaims(claims)));
    if (!v) throw new Error('no view');
    return v;
  };
  const by = (name: string, over: Partial<ClaimShape>) =>
    claim({ id: name, claimant: { name, kind: 'ngo' }, asWritten: '', ...over });

  it('runs the spread between two claims’ stated numbers, never from a claim to itself', () => {
    // A range and a figure inside it: the range's ends.
    expect(
      spreadSentence(viewOf(by('A', { qualifier: 'between', low: 60, high: 100 }), by('B', { low: 80 })), en, 'en'),
    ).toBe('Two sources disagree: their figures run from 60 to 100 killed, a gap of 40.');
    // "Up to 150" states 150, not zero: from 80 to it, 70 apart.
    expect(
      spreadSentence(viewOf(by('A', { qualifier: 'up_to', low: 0, high: 150 }), by('B', { low: 80 })), en, 'en'),
    ).toBe('Two sources disagree: their figures run from 80 to up to 150 killed, a gap of 70.');
    expect(
      spreadSentence(viewOf(by('A', { qualifier: 'up_to', low: 0, high: 150 }), by('B', { low: 200 })), en, 'en'),
    ).toBe('Two sources disagree: their figures run from up to 150 to 200 killed, a gap of 50.');
    // Tied at the top: the figure that may run on is the highest.
    expect(
      spreadSentence(
        viewOf(by('A', { low: 80 }), by('B', { qualifier: 'more_than', low: 80 }), by('C', { low: 60 })),
        en,
        'en',
      ),
    ).toBe('Three sources disagree: their figures run from 60 to more than 80 killed, a gap of 20.');
  });

  it('says sources give one number in different terms, not a gap of nothing', () => {
    const v = viewOf(by('A', { low: 80 }), by('B', { qualifier: 'about', low: 80 }));
    expect(spreadSentence(v, en, 'en')).toBe('Two sources give the same number in different terms: 80 killed.');
    expect(spreadSentence(v, es, 'es')).toBe('Dos fuentes dan el mismo número con palabras distintas: 80 muertos.');
    expect(spreadSentence(v, ar, 'ar-u-nu-latn')).toBe('مصدران يذكران الرقم نفسه بصيغ مختلفة: 80 قتيلًا.');
  });

  it('gives every figure of a source that gave several, each in its words', () => {
    const v = viewOf(
      by('SOHR', { qualifier: 'about', low: 60 }),
      by('SOHR', { id: 'two', qualifier: 'more_than', low: 80 }),
    );
    // "60–80" lost both qualifiers: neither figure was a range.
    expect(spreadSentence(v, en, 'en')).toBe(
      'Only one source has given figures: about 60 and more than 80 killed, according to SOHR.',
    );
    expect(spreadSentence(v, es, 'es')).toBe(
      'Solo una fuente ha dado cifras: alrededor de 60 y más de 80 muertos, según SOHR.',
    );
    // Two figures in Arabic take the dual, the noun the form of the last figure (more than 80: قتيلًا).
    expect(spreadSentence(v, ar, 'ar')).toBe(
      'مصدر واحد فقط قدّم رقمين: نحو 60 وأكثر من 80 قتيلًا، بحسب \u2068SOHR\u2069.',
    );
    // Not "from up to 60 to up to 100".
    const upTo = viewOf(
      by('SOHR', { qualifier: 'up_to', low: 0, high: 60 }),
      by('SOHR', { id: 'two', qualifier: 'up_to', low: 0, high: 100 }),
    );
    expect(spreadSentence(upTo, en, 'en')).toBe(
      'Only one source has given figures: up to 60 and up to 100 killed, according to SOHR.',
    );
    // By the numbers they state: an "up to 100" (its low is zero) after "about 60"; 100 takes the singular after it.
    const stated = viewOf(
      by('SOHR', { qualifier: 'up_to', low: 0, high: 100 }),
      by('SOHR', { id: 'two', qualifier: 'about', low: 60 }),
    );
    expect(spreadSentence(stated, en, 'en')).toBe(
      'Only one source has given figures: about 60 and up to 100 killed, according to SOHR.',
    );
    expect(spreadSentence(stated, ar, 'ar')).toBe(
      'مصدر واحد فقط قدّم رقمين: نحو 60 وما يصل إلى 100 قتيل، بحسب \u2068SOHR\u2069.',
    );
    const three = viewOf(
      by('SOHR', { low: 60 }),
      by('SOHR', { id: 'two', low: 70 }),
      by('SOHR', { id: 'three', low: 80 }),
    );
    expect(spreadSentence(three, ar, 'ar')).toBe('مصدر واحد فقط قدّم أرقامًا: 60 و70 و80 قتيلًا، بحسب \u2068SOHR\u2069.');
    // One range is its own words, not "from 60 to 100".
    const range = viewOf(by('SOHR', { qualifier: 'between', low: 60, high: 100 }));
    expect(spreadSentence(range, en, 'en')).toBe(
      'Only one source has given a figure: 60–100 killed, according to SOHR.',
    );
  });

  it('compares no figures that count different people, and says whom each counts', () => {
    const v = viewOf(by('A', { low: 80, subject: 'civilians' }), by('B', { low: 80 }));
    // "Two sources agree: 80 killed" for 80 civilians and 80 soldiers.
    expect(spreadSentence(v, en, 'en')).toBe(
      'These figures count different people (\u2068civilians\u2069 and \u2068soldiers\u2069), so they are not compared.',
    );
    // The subjects are the story's words, in its language.
    expect(spreadSentence(v, es, 'es')).toBe(
      'Estas cifras cuentan a personas distintas (\u2068civilians\u2069 y \u2068soldiers\u2069), así que no se comparan.',
    );
    expect(spreadSentence(v, ar, 'ar')).toBe(
      'هذه الأرقام تعدّ فئات مختلفة (\u2068civilians\u2069 و\u2068soldiers\u2069)، فلا تُقارن ببعضها.',
    );
    expect(claimsSummary(v, en, 'en')).toBe(
      'Two sources give the number killed: A says 80 (\u2068civilians\u2069); B says 80 (\u2068soldiers\u2069).',
    );
    // One source counting two groups: not "from 12 to 80".
    const one = viewOf(by('SOHR', { low: 12, subject: 'civilians' }), by('SOHR', { id: 'two', low: 80 }));
    expect(spreadSentence(one, en, 'en')).toBe(
      'These figures count different people (\u2068civilians\u2069 and \u2068soldiers\u2069), so they are not compared.',
    );
    expect(claimsSummary(one, en, 'en')).toBe(
      'One source gives the number killed: SOHR says 12 (\u2068civilians\u2069); SOHR says 80 (\u2068soldiers\u2069).',
    );
  });

  it('compares the figures that count the same people among others that do not', () => {
    const v = viewOf(
      by('A', { low: 80, subject: 'civilians' }),
      by('B', { qualifier: 'more_than', low: 120, subject: 'Civilians' }),
      by('C', { low: 30 }),
      by('D', { low: 30, subject: 'police' }),
      by('E', { qualifier: 'about', low: 30, subject: 'police' }),
    );
    // The 40-person gap between the civilians' figures was lost in "not compared".
    expect(spreadSentence(v, en, 'en')).toBe(
      'These figures count different people (\u2068soldiers\u2069, \u2068police\u2069, and \u2068civilians\u2069); only those counting the same people are compared. ' +
        'Two sources give the same number in different terms: 30 killed (\u2068police\u2069). ' +
        'Two sources disagree: their figures run from 80 to more than 120 killed (\u2068civilians\u2069), a gap of 40.',
    );
    expect(spreadSentence(v, es, 'es')).toContain(
      'Dos fuentes discrepan: sus cifras van de 80 a más de 120 muertos (\u2068civilians\u2069), una diferencia de 40.',
    );
    // Still no spread hatched across different people.
    expect(rangeBar(v)?.spread).toBeNull();
    // One source's two figures for civilians beside another's for soldiers: nothing to compare, no "only one source".
    const one = viewOf(
      by('SOHR', { low: 12, subject: 'civilians' }),
      by('SOHR', { id: 'two', low: 20, subject: 'civilians' }),
      by('UN', { low: 80 }),
    );
    expect(spreadSentence(one, en, 'en')).toBe(
      'These figures count different people (\u2068civilians\u2069 and \u2068soldiers\u2069), so they are not compared.',
    );
  });

  it('takes one subject written two ways for the same people, and hatches no spread between different ones', () => {
    const same = viewOf(by('A', { low: 80, subject: 'Civilians ' }), by('B', { low: 80, subject: 'civilians' }));
    expect(spreadSentence(same, en, 'en')).toBe('Two sources agree: 80 killed.');
    expect(same.current.map((c) => countsOthers(c, same))).toEqual([null, null]);
    expect(rangeBar(same)?.spread).not.toBeNull();
    const different = viewOf(by('A', { low: 12, subject: 'civilians' }), by('B', { low: 80 }));
    // A hatched gap from 12 to 80 drew the comparison the sentence declines.
    expect(rangeBar(different)?.spread).toBeNull();
    expect(rangeBar(different)?.marks).toHaveLength(2);
  });

  it('puts the missing in the genitive after عدد', () => {
    const v = claimsByMetric(
      incident([by('A', { metric: 'missing', low: 3 })], summariseClaims([by('A', { metric: 'missing', low: 3 })])),
    )[0];
    if (!v) throw new Error('no view');
    expect(claimsSummary(v, ar, 'ar')).toContain('عدد المفقودين');
  });

  it('summarises every claimant for screen readers, each figure phrased', () => {
    expect(claimsSummary(view, en, 'en')).toBe(
      'Two sources disagree on the number killed: Russian delegation in Damascus says more than 60; Syrian Observatory for Human Rights says 80.',
    );
    expect(claimsSummary(view, es, 'es')).toBe(
      'Dos fuentes discrepan sobre el número de muertos: Russian delegation in Damascus dice más de 60; Syrian Observatory for Human Rights dice 80.',
    );
  });

  it('speaks of one source in the singular', () => {
    const un = claim({
      claimant: { name: 'United Nations', kind: 'un' },
      qualifier: 'about',
      low: 25,
      asWritten: '25',
    });
    const [only] = claimsByMetric(incident([un], { killed: { low: 25, high: 25, claimants: 1, disagree: false } }));
    if (!only) throw new Error('no view');
    expect(claimsSummary(only, en, 'en')).toBe('One source gives the number killed: United Nations says about 25.');
    expect(claimsSummary(only, es, 'es')).toBe(
      'Una fuente da el número de muertos: United Nations dice alrededor de 25.',
    );
    expect(claimsSummary(only, ar, 'ar')).toMatch(/^مصدر واحد يذكر عدد القتلى: /);
    expect(spreadSentence(only, es, 'es')).toBe(
      'Solo una fuente ha dado una cifra: alrededor de 25 muertos, según United Nations.',
    );
  });
});

describe('rangeBar', () => {
  it('starts at zero and ends at a round figure above the highest claim', () => {
    const [view] = claimsByMetric(seed);
    const bar = view && rangeBar(view);
    expect(bar?.max).toBe(100);
    expect(bar?.ticks).toEqual([0, 20, 40, 60, 80, 100]);
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
    expect(bar?.max).toBe(400);
    expect(bar?.marks.map((m) => [m.from, m.to])).toEqual([
      [0, 0.375],
      [0.5, 0.75],
    ]);
  });

  it('hatches the spread between the numbers the sources stated, as its sentence runs: from an "up to"’s top', () => {
    const upTo = claim({ id: 'u', qualifier: 'up_to', low: 0, high: 150, asWritten: 'up to 150' });
    const eighty = claim({ id: 'e', claimant: { name: 'Other', kind: 'un' }, low: 80, asWritten: '80' });
    const claims = [upTo, eighty];
    const view = claimsByMetric(incident(claims, summariseClaims(claims)))[0];
    const bar = view && rangeBar(view);
    expect(bar?.max).toBe(200);
    expect(bar?.spread).toEqual({ from: 0.4, to: 0.75 });
    expect(view && spreadSentence(view, en, 'en')).toBe(
      'Two sources disagree: their figures run from 80 to up to 150 killed, a gap of 70.',
    );
  });
});

describe('axisTicks', () => {
  it('labels whole people at a round step, with room above the highest figure', () => {
    expect(axisTicks(20)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(axisTicks(0)).toEqual([0, 1, 2]);
    expect(axisTicks(1)).toEqual([0, 1, 2]);
    expect(axisTicks(4)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(80)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisTicks(1000)).toEqual([0, 500, 1000, 1500]);
    expect(axisTicks(12_500)).toEqual([0, 5000, 10_000, 15_000]);
  });

  it('never loops or throws on a number it cannot place', () => {
    expect(axisTicks(Number.NaN)).toEqual([]);
    expect(axisTicks(Number.POSITIVE_INFINITY)).toEqual([]);
  });

  /** Current claims of one metric, any qualifier, figures from 0 to ten million. */
  const claimSets = fc.array(
    fc
      .record({
        qualifier: fc.constantFrom(...QUALIFIERS),
        low: fc.nat({ max: 10_000_000 }),
        extra: fc.nat({ max: 10_000_000 }),
        name: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
      })
      .map(({ qualifier, low, extra, name }) => {
        const ranged = RANGE_QUALIFIERS.includes(qualifier);
        return claim({
          id: name,
          claimant: { name, kind: 'ngo' },
          qualifier,
          low: qualifier === 'up_to' ? 0 : low,
          high: ranged ? low + extra : null,
        });
      }),
    { minLength: 1, maxLength: 6 },
  );

  it('gives three to six ascending whole-number ticks at a round step, the last above the highest figure, for any claims', () => {
    fc.assert(
      fc.property(claimSets, (claims) => {
        const [view] = claimsByMetric(incident(claims, summariseClaims(claims)));
        const bar = view && rangeBar(view);
        if (!bar) throw new Error('no bar');
        const highest = Math.max(...claims.map((c) => c.high ?? c.low));
        expect(bar.ticks.length).toBeGreaterThanOrEqual(3);
        expect(bar.ticks.length).toBeLessThanOrEqual(6);
        expect(bar.ticks[0]).toBe(0);
        expect(bar.ticks.every((t) => Number.isSafeInteger(t))).toBe(true);
        const steps = bar.ticks.slice(1).map((t, i) => t - (bar.ticks[i] ?? 0));
        expect(new Set(steps).size).toBe(1);
        const step = steps[0] ?? 0;
        expect(step).toBeGreaterThan(0);
        // 1, 2 or 5 times a power of ten.
        expect(String(step)).toMatch(/^[125]0*$/);
        expect(bar.max).toBe(bar.ticks.at(-1));
        expect(bar.max).toBeGreaterThanOrEqual(highest);
        // Room for the highest mark and a "more than" tail: at least a fifth above the highest figure.
        expect(bar.max * 5).toBeGreaterThanOrEqual(highest * 6);
        // And no coarser than it must be: the next smaller round step would need more than five intervals.
        const smaller = String(step).startsWith('5') ? step / 2.5 : step / 2;
        if (step > 1) expect((highest * 6) / 5).toBeGreaterThan(5 * smaller);
        for (const m of bar.marks) {
          expect(m.from).toBeGreaterThanOrEqual(0);
          expect(m.to).toBeLessThanOrEqual(1);
          expect(m.from).toBeLessThanOrEqual(m.to);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves an open-ended highest figure room to the axis’ end', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.constantFrom('more_than', 'at_least'), (low, qualifier) => {
        const open = claim({ qualifier, low });
        const [view] = claimsByMetric(incident([open], summariseClaims([open])));
        const bar = view && rangeBar(view);
        const [mark] = bar?.marks ?? [];
        expect(mark?.open).toBe(true);
        expect(mark?.to).toBeLessThanOrEqual(5 / 6);
      }),
      { numRuns: 300 },
    );
  });
});
