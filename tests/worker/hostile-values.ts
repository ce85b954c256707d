/**
 * What a hostile or careless client sends, as fast-check arbitraries: the
 * values the fuzz tests put in admin bodies and public query strings.
 */
import fc from 'fast-check';

/** Text that has broken parsers, renderers and databases before. */
export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</style><style>*{display:none}</style>',
  'x{}*{background:url(javascript:alert(1))}',
  '\u202eevil\u202c',
  'abc\u200f\u200edef',
  '👩\u200d👩\u200d👧 family',
  '\u200b\u200c\u200d\ufeff',
  '𝕏𝔸𝕄 astral',
  '\ud800',
  'lone low \udfff',
  'a\u0000b',
  "'; DROP TABLE incidents; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM claims;--",
  '%27%20OR%201%3D1',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile value that looks like a template on purpose
  '${process.env}',
  '{{7*7}}',
  '../../etc/passwd',
  '\\u0000',
  ' padded ',
  '',
  ' ',
  '\t\n',
  'x'.repeat(20_001),
];

export const INVALID_DATES = [
  '2016-02-30',
  '2016-13-01',
  '0000-00-00',
  '2016-9-1',
  '2016-09-17T25:00:00Z',
  '2016-09-17T19:00:00+25:00',
  '99999-01-01',
  'yesterday',
  '2016-09-17 19:00',
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID_DATES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, -0, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
);

/** Any JSON value a body field could be given instead of the right one. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { $ne: null }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/**
 * An object's JSON text from its entries, so keys such as `__proto__` go on
 * the wire as keys (an object literal would turn them into its prototype).
 */
export function jsonObjectText(entries: [string, unknown][]): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;
}
