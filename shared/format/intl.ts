/**
 * Numbers and dates through `Intl`, as pure functions of plain
 * data, so the widgets and a server-side renderer format them the same way.
 * Two things come from a widget's language tag: its base language picks the
 * UI strings (`es-MX` speaks `es`), and the full tag formats numbers and dates
 * (`es-MX` groups 1,234; `ar-u-nu-latn` writes Latin digits).
 */

/** The languages the UI speaks. */
export const LANGS = ['en', 'es', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** A BCP 47 tag to a supported language: `es-MX` → `es`; anything unknown → `en`. */
export function supportedLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : 'en';
}

/**
 * The tag to format with: the tag itself, canonical, when the UI speaks its
 * language (`ar-u-nu-latn`, `es-MX`); otherwise the language the UI falls
 * back to, so an English card on a German page never shows German numbers.
 */
export function localeOf(tag: string | null | undefined): string {
  const lang = supportedLang(tag);
  try {
    const [canonical] = Intl.getCanonicalLocales(tag || lang);
    if (canonical?.split('-')[0] === lang) return canonical;
  } catch {
    // Not a well-formed tag (`ar-!!`, `es_MX`): its language is still usable.
  }
  return lang;
}

/**
 * Formatters by locale and style, made once each: building one is the
 * costly part (the first of a locale loads its data, which a new isolate
 * otherwise pays on every figure and date of its first page).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function made<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  const known = formatters.get(key) as T | undefined;
  if (known) return known;
  const formatter = make();
  formatters.set(key, formatter);
  return formatter;
}

export const numberFormat = (locale: string) => made(`n ${locale}`, () => new Intl.NumberFormat(locale));

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** Items as one phrase in `locale`'s words: "civilians and soldiers", "civiles y soldados". */
export function formatList(items: string[], locale: string): string {
  return made(`l ${locale}`, () => new Intl.ListFormat(locale)).format(items);
}

/**
 * Items as one phrase in `locale`'s words, in pieces: each item (`element`) and the words between them (`literal`),
 * so a page can mark each item as the story's words and the list's "and" as the reader's.
 */
export function listParts(items: string[], locale: string): { type: 'element' | 'literal'; value: string }[] {
  return made(`l ${locale}`, () => new Intl.ListFormat(locale)).formatToParts(items);
}

/** `2016-09-17` as a long date in `locale`, read as a calendar day (no time zone can move it). */
export function formatCalendarDate(date: string, locale: string): string {
  return made(`d ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(
    new Date(`${date}T00:00:00Z`),
  );
}

// In its own module, so the widgets' live chunk, its only user there, carries it.
export { formatClockTime } from './clock';

/**
 * The calendar day an instant names where it was recorded: the API gives
 * instants with the source's own offset (`2016-09-19T12:00:00+03:00`), so the
 * date part is the local day the source meant, never the reader's.
 */
export function localDay(instant: string): string {
  return instant.slice(0, 10);
}

/**
 * Wraps data written in another script (an English name inside an Arabic
 * sentence) in Unicode isolates so it keeps its own direction.
 */
/**
 * One of our sentences that takes a piece of data ("Brokered by …"), as the text before and after the piece, so a
 * page can set the piece in markup of its own (an isolate in the data's language).
 */
export const sentenceAround = (sentence: (piece: string) => string) => sentence('\0').split('\0');

/**
 * The story's words in a list of our sentence (subjects, brokers), set apart (U+2068…U+2069) in every direction: an
 * Arabic name in an English list would otherwise swap places with its neighbour.
 */
export const apart = (text: string) => `\u2068${text}\u2069`;

export function isolate(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `\u2068${text}\u2069` : text;
}
