/**
 * How a language tag is spelled, as far as this API reads BCP 47: a two- or
 * three-letter language, then subtags of one to eight letters or digits,
 * joined by hyphens (`en`, `en-GB`, `zh-Hant-TW`), at most 35 characters.
 * Editors store an article's `language` so (shared/contract/admin.ts), and
 * `GET /api/v1/articles?lang=` takes one so (shared/contract/article.ts,
 * src/http/checks.ts). Plain, so a check may import it without zod.
 */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const LANGUAGE_TAG_MAX = 35;
