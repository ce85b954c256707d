import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE_CACHE_CONTROL, isSettledRead } from './recorded-reads';

const now = Date.parse('2026-12-02T12:00:00Z');
const base = 'https://explainers.example/api/v1/incidents/a';

describe('isSettledRead', () => {
  it('reads the parameter from a URL given as text exactly as from a parsed one', () => {
    const urls = [
      base,
      `${base}?lang=es`,
      `${base}?seenAt=2026-12-01T00:00:00Z`,
      // The widget attribute's spelling: an embed page's, not a JSON read's.
      `${base}?seen-at=2026-12-01T00:00:00Z`,
      `https://x.example/embed/casualty-claims/a?seen-at=2026-12-01T00:00:00Z`,
      // Percent-escaped in the name or the value: still the parameter.
      `${base}?seen%41t=2026-12-01T00:00:00Z`,
      `${base}?%73eenAt=2026-12-01T00:00:00Z`,
      `${base}?seenAt=2026-12-01T00%3A00%3A00Z`,
      // Too recent to be settled, in the future, not a moment, another parameter.
      `${base}?seenAt=2026-12-02T11:59:55Z`,
      `${base}?seenAt=2027-01-01T00:00:00Z`,
      `${base}?seenAt=yesterday`,
      `${base}?seenAtX=2026-12-01T00:00:00Z`,
    ];
    const answers = urls.map((url) => isSettledRead(url, now));
    expect(answers).toEqual(urls.map((url) => isSettledRead(new URL(url), now)));
    expect(answers).toEqual([false, false, true, false, true, true, true, true, false, false, false, false]);
  });

  it('makes a settled read immutable and leaves others as live reads are', () => {
    expect(cacheControlFor(`${base}?seenAt=2020-01-01T00:00:00Z`, 'live')).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(cacheControlFor(base, 'live')).toBe('live');
  });
});
