import { describe, expect, it } from 'vitest';
import { asOfMoment, recordedAt, recordedBy, showInstant, storeInstant, wholeDaysBetween } from './time';

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
