import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDelay, liveInterval, retryAfterSeconds, type Schedule } from './live';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const base: Schedule = {
  intervalS: 60,
  updatedAt: '2026-12-01T11:00:00Z',
  now: NOW,
  failures: 0,
  retryAfterS: undefined,
  random: 0.5,
};

describe('liveInterval', () => {
  it('is 60 s by default, off when asked, and never under 15 s', () => {
    expect(liveInterval(null)).toBe(60);
    expect(liveInterval('')).toBe(60);
    expect(liveInterval('off')).toBeNull();
    expect(liveInterval('5')).toBe(15);
    expect(liveInterval('120')).toBe(120);
    expect(liveInterval('soon')).toBe(60);
  });
});

describe('checkDelay', () => {
  it('checks every interval while the story moved in the last day, hourly after', () => {
    expect(checkDelay(base)).toBe(60_000);
    expect(checkDelay({ ...base, updatedAt: '2026-11-29T12:00:00Z' })).toBe(3_600_000);
    expect(checkDelay({ ...base, updatedAt: '2026-11-29T12:00:00Z', intervalS: 7200 })).toBe(7_200_000);
  });

  it('jitters by at most a fifth either way', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), (random) => {
        const delay = checkDelay({ ...base, random });
        expect(delay).toBeGreaterThanOrEqual(48_000);
        expect(delay).toBeLessThanOrEqual(72_000);
      }),
    );
  });

  it('backs off exponentially after failures, up to an hour, and never sooner than Retry-After', () => {
    expect(checkDelay({ ...base, failures: 1 })).toBe(120_000);
    expect(checkDelay({ ...base, failures: 3 })).toBe(480_000);
    expect(checkDelay({ ...base, failures: 20 })).toBe(3_600_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7200 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (after, random) => {
          expect(checkDelay({ ...base, failures: 1, retryAfterS: after, random })).toBeGreaterThanOrEqual(after * 1000);
        },
      ),
    );
  });

  it('is never past what a timer can wait (2³¹ − 1 ms), which fires at once', () => {
    const longest = 2 ** 31 - 1;
    expect(checkDelay({ ...base, intervalS: 30 * 86_400 })).toBe(longest);
    expect(checkDelay({ ...base, updatedAt: '2026-11-01T12:00:00Z', intervalS: 365 * 86_400 })).toBe(longest);
    expect(checkDelay({ ...base, failures: 1, retryAfterS: 10 ** 9 })).toBe(longest);
    expect(checkDelay({ ...base, intervalS: 20 * 86_400, random: 0 })).toBe(20 * 86_400_000 * 0.8);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    expect(retryAfterSeconds('120', NOW)).toBe(120);
    expect(retryAfterSeconds(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30);
    expect(retryAfterSeconds('later', NOW)).toBeUndefined();
    expect(retryAfterSeconds(null, NOW)).toBeUndefined();
  });
});
