/**
 * Text D1 can store as sent. D1 keeps text as UTF-8, which has no encoding
 * for a lone UTF-16 surrogate (JSON allows one as `\ud800`): it would be
 * stored as U+FFFD, so a write would not read back as written. Such text is
 * refused instead.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (value or key) in `value` that is not well-formed UTF-16, if any. */
export function illFormedText(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return [...path, key];
    const found = illFormedText(item, [...path, key]);
    if (found) return found;
  }
  return null;
}
