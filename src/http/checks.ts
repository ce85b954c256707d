/**
 * The public reads' parameters, checked by hand: what the zod schemas of
 * the routes' contracts (`*.routes.ts`) accept, said without zod, so a read
 * on a new isolate does not build the schemas first (bench/README.md, the
 * first-request rows). Each check takes what Hono's validator hands a zod
 * schema (the query as strings, a repeated key as an array; the path's
 * parameters) and returns what the schema's parse would return, or null
 * where the schema would refuse. `checks.test.ts` holds every check equal
 * to its schema on arbitrary input; the schema still explains a refusal
 * (src/http/public-route.ts), so the problem+json is the contract's own.
 */

import { LANGUAGE_TAG_MAX, LANGUAGE_TAG_PATTERN } from '../../shared/contract/language';
import { SLUG_PATTERN } from '../../shared/contract/slug';
import { isAsOfValue } from '../../shared/domain/time';
import { THEMES, WIDGET_KINDS } from '../../shared/embed/options';
import { LANGS } from '../../shared/format/intl';

/** Query parameters or path parameters, as Hono's validator reads them. */
export type CheckInput = Record<string, string | string[] | undefined>;
/** The parsed value, or null: refused. */
export type Check<T> = (input: CheckInput) => T | null;
/** What a check returns when it accepts. */
export type Checked<C> = C extends Check<infer T> ? T : never;

type Lang = (typeof LANGS)[number];
type Theme = (typeof THEMES)[number];
type Widget = (typeof WIDGET_KINDS)[number];

const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

/** A BCP 47 language tag (shared/contract/language.ts): `?lang=` of the articles' listing. */
const isLanguageTag = (value: unknown): value is string =>
  isText(value, 0, LANGUAGE_TAG_MAX) && LANGUAGE_TAG_PATTERN.test(value);

/** `Slug`. */
const isSlug = (value: unknown): value is string => isText(value, 1, 120) && SLUG_PATTERN.test(value);

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** `z.coerce.number().int()`: a safe integer after `Number()`, or null. */
function wholeNumber(value: unknown): number | null {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/** `PageLimit`: a whole number from 1 to 100, 20 when absent; null otherwise. */
function pageLimit(value: unknown): number | null {
  const limit = value === undefined ? 20 : wholeNumber(value);
  return limit !== null && limit >= 1 && limit <= 100 ? limit : null;
}

/** An optional key: absent stays absent; present must pass `accepts`. */
function optional<T>(value: unknown, accepts: (v: unknown) => v is T): { ok: boolean; value?: T } {
  if (value === undefined) return { ok: true };
  return accepts(value) ? { ok: true, value } : { ok: false };
}

/** Keeps only the keys whose value is defined, as zod leaves an absent optional key out. */
function present<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** `{ slug: Slug }`: a resource's path. */
export const slugParams: Check<{ slug: string }> = (input) => (isSlug(input.slug) ? { slug: input.slug } : null);

/** `AsOfQuery`. */
/** `asOf` and `seenAt` take the same values: a calendar date or an instant (shared/contract/common.ts). */
const isMoment = (v: unknown): v is string => typeof v === 'string' && isAsOfValue(v);

export const seenAtQuery: Check<{ seenAt?: string }> = (input) => {
  const seenAt = optional(input.seenAt, isMoment);
  return seenAt.ok ? present({ seenAt: seenAt.value }) : null;
};

export const asOfQuery: Check<{ asOf?: string; seenAt?: string }> = (input) => {
  const asOf = optional(input.asOf, isMoment);
  const seenAt = optional(input.seenAt, isMoment);
  return asOf.ok && seenAt.ok ? present({ asOf: asOf.value, seenAt: seenAt.value }) : null;
};

/** `ArticleListQuery`. */
export const articleListQuery: Check<{
  limit: number;
  cursor?: string;
  section?: string;
  lang?: string;
  seenAt?: string;
}> = (input) => {
  const seenAt = optional(input.seenAt, isMoment);
  const limit = pageLimit(input.limit);
  const cursor = optional(input.cursor, (v) => isText(v, 0, 512));
  const section = optional(input.section, (v) => isText(v, 0, 100));
  const lang = optional(input.lang, isLanguageTag);
  if (limit === null || !cursor.ok || !section.ok || !lang.ok || !seenAt.ok) return null;
  return present({ limit, cursor: cursor.value, section: section.value, lang: lang.value, seenAt: seenAt.value });
};

/** `OEmbedQuery`. */
export const oembedQuery: Check<{
  url: string;
  format: 'json' | 'xml';
  maxwidth?: number;
  maxheight?: number;
  seenAt?: string;
}> = (input) => {
  const seenAt = optional(input.seenAt, isMoment);
  const format = input.format === undefined ? 'json' : input.format;
  const positive = (value: unknown) => {
    // Sent empty (`maxwidth=`): no limit, as the contract's schema reads it.
    if (value === undefined || value === '') return { ok: true };
    const n = wholeNumber(value);
    return n !== null && n > 0 ? { ok: true, value: n } : { ok: false };
  };
  const maxwidth = positive(input.maxwidth);
  const maxheight = positive(input.maxheight);
  if (!isText(input.url, 1, 2048) || !isOneOf(['json', 'xml'] as const, format)) return null;
  if (!maxwidth.ok || !maxheight.ok || !seenAt.ok) return null;
  return present({
    url: input.url,
    format,
    maxwidth: maxwidth.value,
    maxheight: maxheight.value,
    seenAt: seenAt.value,
  });
};

/** The embed page's path: `{ widget, slug }`. */
export const embedParams: Check<{ widget: Widget; slug: string }> = (input) =>
  isOneOf(WIDGET_KINDS, input.widget) && isSlug(input.slug) ? { widget: input.widget, slug: input.slug } : null;

/** `EmbedQuery`. */
export const embedQuery: Check<{
  lang?: Lang;
  theme?: Theme;
  asOf?: string;
  'as-of'?: string;
  seenAt?: string;
  'seen-at'?: string;
}> = (input) => {
  const lang = optional(input.lang, (v) => isOneOf(LANGS, v));
  const theme = optional(input.theme, (v) => isOneOf(THEMES, v));
  const asOf = optional(input.asOf, isMoment);
  const asOfAttribute = optional(input['as-of'], isMoment);
  const seenAt = optional(input.seenAt, isMoment);
  const seenAtAttribute = optional(input['seen-at'], isMoment);
  if (!lang.ok || !theme.ok || !asOf.ok || !asOfAttribute.ok || !seenAt.ok || !seenAtAttribute.ok) return null;
  return present({
    lang: lang.value,
    theme: theme.value,
    asOf: asOf.value,
    'as-of': asOfAttribute.value,
    seenAt: seenAt.value,
    'seen-at': seenAtAttribute.value,
  });
};

/** The query of `/embed/{widget}/{slug}/link`: where to (any text; the handler follows only the widget's links). */
export const embedLinkQuery: Check<{ to: string; asOf?: string; seenAt?: string }> = (input) => {
  const asOf = optional(input.asOf, isMoment);
  const seenAt = optional(input.seenAt, isMoment);
  if (!isText(input.to, 1, 2048) || !asOf.ok || !seenAt.ok) return null;
  return present({ to: input.to, asOf: asOf.value, seenAt: seenAt.value });
};

/** A change's id, as `ChangeLogQuery`'s cursor takes it. */
const CHANGE_ID = /^\d{1,15}\.\d{1,4}$/;

/** `ChangeLogQuery`: a page of a change log, as recorded by `seenAt`. */
export const changeLogQuery: Check<{ limit: number; cursor?: string; seenAt?: string }> = (input) => {
  const seenAt = optional(input.seenAt, isMoment);
  const limit = pageLimit(input.limit);
  const cursor = optional(input.cursor, (v): v is string => typeof v === 'string' && CHANGE_ID.test(v));
  if (limit === null || !cursor.ok || !seenAt.ok) return null;
  return present({ limit, cursor: cursor.value, seenAt: seenAt.value });
};

export const changesPageQuery: Check<{ lang?: Lang; seenAt?: string }> = (input) => {
  const lang = optional(input.lang, (v) => isOneOf(LANGS, v));
  const seenAt = optional(input.seenAt, isMoment);
  return lang.ok && seenAt.ok ? present({ lang: lang.value, seenAt: seenAt.value }) : null;
};
