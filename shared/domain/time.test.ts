import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsOfQuery } from '../contract/common';
import { localDay } from '../format/intl';
import {
  asOfMoment,
  isAsOfValue,
  latestAtOrBefore,
  pinnedMoment,
  recordedAt,
  recordedBy,
  showInstant,
  sortedInstants,
  storeInstant,
  wholeDaysBetween,
} from './time';

describe('instants', () => {
  it('stores UTC and keeps the offset, and shows them back as the source wrote them', () => {
    const stored = storeInstant('2016-09-12T19:00:00+03:00');
    expect(stored).toEqual({ utc: '2016-09-12T16:00:00.000Z', offset: '+03:00' });
    expect(showInstant(stored.utc, stored.offset)).toBe('2016-09-12T19:00:00+03:00');
    expect(showInstant('2016-09-12T16:00:00.000Z', '-05:30')).toBe('2016-09-12T10:30:00-05:30');
  });

  it('keeps UTC instants in UTC', () => {
    const stored = storeInstant('2016-09-12T16:00:00Z');
    expect(stored.offset).toBeNull();
    expect(showInstant(stored.utc, stored.offset)).toBe('2016-09-12T16:00:00Z');
  });

  it('refuses what is not an instant', () => {
    expect(() => storeInstant('soon')).toThrow(RangeError);
  });
});

describe('asOfMoment', () => {
  it('reads a bare date as the end of that day in UTC', () => {
    expect(asOfMoment('2016-09-17').toISOString()).toBe('2016-09-17T23:59:59.999Z');
  });

  it('reads an instant as given', () => {
    expect(asOfMoment('2016-09-18T02:00:00+03:00').toISOString()).toBe('2016-09-17T23:00:00.000Z');
  });
});

describe('pinnedMoment', () => {
  it('echoes an instant in the offset it was asked in, so its day is the day asked', () => {
    const east = pinnedMoment('2016-09-19T01:00:00+03:00');
    expect(east.at.toISOString()).toBe('2016-09-18T22:00:00.000Z');
    expect(east.echo).toBe('2016-09-19T01:00:00.000+03:00');
    expect(localDay(east.echo)).toBe('2016-09-19');
    expect(pinnedMoment('2016-09-18T20:30:00.5-04:30').echo).toBe('2016-09-18T20:30:00.500-04:30');
    expect(pinnedMoment('2016-09-18T20:30:00Z').echo).toBe('2016-09-18T20:30:00.000Z');
  });

  it('echoes a bare date as the end of that day, UTC', () => {
    expect(pinnedMoment('2016-09-17')).toEqual({
      at: new Date('2016-09-17T23:59:59.999Z'),
      echo: '2016-09-17T23:59:59.999Z',
    });
  });
});

describe('wholeDaysBetween', () => {
  it('floors to whole days and never goes negative', () => {
    expect(wholeDaysBetween(new Date('2016-09-12T16:00:00Z'), new Date('2016-09-19T15:59:59Z'))).toBe(6);
    expect(wholeDaysBetween(new Date('2016-09-12T16:00:00Z'), new Date('2016-09-19T16:00:00Z'))).toBe(7);
    expect(wholeDaysBetween(new Date('2016-09-19T00:00:00Z'), new Date('2016-09-12T00:00:00Z'))).toBe(0);
  });
});

describe('recordedBy', () => {
  const { updatedAt, recorded } = recordedAt([
    '2026-03-01T10:00:00.000Z',
    null,
    '2026-03-05T08:30:00.000Z',
    '2026-03-02T00:00:00.000Z',
  ]);

  it('dates a view now by the latest record', () => {
    expect(updatedAt).toBe('2026-03-05T08:30:00Z');
  });

  it('dates a pinned view by the latest record at or before its moment, whatever came later', () => {
    expect(recordedBy(new Date('2026-03-03T00:00:00Z'), recorded)).toBe('2026-03-02T00:00:00Z');
    expect(recordedBy(new Date('2026-03-02T00:00:00Z'), recorded)).toBe('2026-03-02T00:00:00Z');
  });

  it('dates a view pinned before anything was recorded by the first record', () => {
    expect(recordedBy(new Date('2016-09-19T00:00:00Z'), recorded)).toBe('2026-03-01T10:00:00Z');
  });
});

describe('latestAtOrBefore', () => {
  const changes = sortedInstants([30, 10, 20, 20, Number.NaN]);

  it('finds the latest change at or before a moment, null before the first', () => {
    expect(changes).toEqual([10, 20, 30]);
    expect([5, 10, 15, 20, 29, 30, 99].map((m) => latestAtOrBefore(changes, m))).toEqual([
      null,
      10,
      10,
      20,
      20,
      30,
      30,
    ]);
    expect(latestAtOrBefore([], 5)).toBeNull();
  });
});

describe('isAsOfValue', () => {
  const accepts = (value: string) => AsOfQuery.safeParse({ asOf: value }).success;
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
  // Strings shaped like dates and instants, valid and not: Feb 29ths, hour 24, minute 60, offsets, fractions.
  const shaped = fc
    .tuple(
      // The edges of the four-digit years too, where an offset carries the moment out of them in UTC.
      fc.oneof(digits(4), fc.constantFrom('0000', '9999')),
      fc.constantFrom('01', '02', '04', '12', '13', '00'),
      fc.constantFrom('01', '28', '29', '30', '31', '32'),
      fc.option(
        fc.tuple(
          fc.constantFrom('00', '09', '23', '24'),
          fc.constantFrom('00', '59', '60'),
          fc.constantFrom('', ':00', ':59', ':60', ':07.5', ':07.123456'),
          fc.constantFrom('', 'Z', 'z', '+03:00', '-11:30', '+24:00', '+0300', '+03:60'),
        ),
      ),
    )
    .map(([y, m, d, t]) => `${y}-${m}-${d}${t ? `T${t[0]}:${t[1]}${t[2]}${t[3]}` : ''}`);

  it('accepts exactly what the contract’s AsOfQuery accepts', () => {
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string()), (value) => {
        expect(isAsOfValue(value)).toBe(accepts(value));
      }),
      { numRuns: 2000 },
    );
    for (const value of ['2016-09-18', '2016-02-29', '2016-09-18T10:11:01.121Z', '2016-09-12T19:00:00+03:00']) {
      expect([value, isAsOfValue(value)]).toEqual([value, true]);
    }
    for (const value of [
      '2015-02-29',
      '2016-09-18T10:11Z',
      '2016-09-18T24:00:00Z',
      '2016-09-18T10:11:01',
      '9999-12-31T23:59:59-23:59',
      '0000-01-01T00:00:00+01:00',
    ]) {
      expect([value, isAsOfValue(value)]).toEqual([value, false]);
    }
  });
});
