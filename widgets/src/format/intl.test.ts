import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatNumber, isolate, localDay, localeOf, supportedLang } from './intl';

describe('supportedLang', () => {
  it('maps tags to the languages the UI speaks, English otherwise', () => {
    expect(['es-MX', 'AR', 'ar-EG', 'en-GB', 'de', '', null, undefined].map(supportedLang)).toEqual([
      'es',
      'ar',
      'ar',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});

describe('localeOf', () => {
  it('keeps the full tag when the UI speaks its language, canonical', () => {
    expect(['es-MX', 'ar-u-nu-latn', 'AR-eg', 'en-GB', 'es'].map(localeOf)).toEqual([
      'es-MX',
      'ar-u-nu-latn',
      'ar-EG',
      'en-GB',
      'es',
    ]);
  });

  it('falls back to the language alone for a malformed tag, and to English for one it does not speak', () => {
    expect(['ar-!!', 'es_MX', ' es ', 'de-DE', 'arn', '', null, undefined].map(localeOf)).toEqual([
      'ar',
      'es',
      'es',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});

describe('formatting', () => {
  it('formats calendar days without a time zone moving them', () => {
    expect(formatCalendarDate('2016-09-17', 'en')).toBe('September 17, 2016');
    expect(formatCalendarDate('2016-09-17', 'es')).toBe('17 de septiembre de 2016');
    expect(formatCalendarDate('2016-01-01', 'en')).toBe('January 1, 2016');
  });

  it('formats numbers for the language', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'es')).toBe(new Intl.NumberFormat('es').format(1234));
  });

  it('honours the full locale: region, numbering system', () => {
    expect(formatNumber(1234, 'es-MX')).toBe('1,234');
    expect(formatNumber(60, 'ar-EG')).toBe('٦٠');
    expect(formatNumber(60, 'ar-u-nu-latn')).toBe('60');
    expect(formatCalendarDate('2016-09-17', 'ar-EG')).toMatch(/^١٧ /);
    expect(formatCalendarDate('2016-09-17', 'en-GB')).toBe('17 September 2016');
  });

  it('takes the day an instant names where it was recorded', () => {
    expect(localDay('2016-09-19T01:30:00+03:00')).toBe('2016-09-19');
  });

  it('isolates data only inside right-to-left text', () => {
    expect(isolate('80', 'ltr')).toBe('80');
    expect(isolate('80', 'rtl')).toBe('\u206880\u2069');
  });
});
