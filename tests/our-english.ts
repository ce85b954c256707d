/**
 * Our own English, to prove a Spanish or Arabic widget speaks none of it:
 * every fixed phrase of the English strings, cut where data or a number goes
 * in. Shared by the worker suite (the no-JavaScript fallback) and the browser
 * suite (the widgets).
 */
import { en, type Strings } from '../shared/i18n/strings';

const SLOT = '\u0000';
/**
 * Stand in for every argument of a phrase: each prints as SLOT in a template,
 * joins as SLOT (a list of parts) and lowercases as SLOT; as a count, the
 * first is one (the singular phrases) and the second none of any plural form
 * ("other": the plural phrases).
 */
const slots = [1, Number.NaN].map((count) =>
  Object.assign(new String(SLOT), { join: () => SLOT, valueOf: () => count }),
);

function phrases(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return slots.flatMap((slot) => phrases(value(...Array(value.length).fill(slot))));
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(phrases);
}

/**
 * Each fixed run of words in our English phrases ("more than", "sources
 * disagree: their figures run from"), but for lone words of three letters or
 * fewer ("of", "to", "No"), which other languages' words can be too.
 */
export const OUR_ENGLISH: string[] = [
  ...new Set(
    phrases({ ...en, dir: '' })
      .flatMap((p) => p.split(SLOT))
      .map((p) => p.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
      // A metric looked up by a stand-in prints as "undefined".
      .filter((p) => /[A-Za-z]{4}|[A-Za-z]\s+[A-Za-z]/.test(p) && p !== 'undefined'),
  ),
];

/** Every string in a resource from the API except figures as written (and a link's host): what a widget shows as data. */
function dataIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string' && /^https?:\/\//.test(value))
    return [value, new URL(value).host.replace(/^www\./, '')];
  if (typeof value === 'string') return key === 'asWritten' ? [] : [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => dataIn(v, k));
}

function writtenIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'asWritten' ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => writtenIn(v, k));
}

/**
 * What is left of `text` once the resource's data is taken out, and each
 * figure as written where it is shown as the source's words (the "as written"
 * line of `s`). A figure as written anywhere else, inside a sentence of ours,
 * stays in.
 */
export function ourWordsIn(text: string, resource: unknown, s: Strings): string {
  // Data is isolated by markup (a bdi) or by FSI … PDI in a string: the same text either way.
  const plain = (t: string) => t.replace(/[\u2066-\u2069]/g, '');
  const shownAsData = [
    ...writtenIn(resource).map((w) => plain(s.asWritten(w))),
    ...dataIn(resource).filter((d) => d.trim().length > 1),
  ].sort((a, b) => b.length - a.length);
  let rest = plain(text);
  for (const d of shownAsData) rest = rest.split(d).join(' ');
  return rest;
}

/** The phrases of our English in `text`, outside the resource's data (see `ourWordsIn`). */
export function ourEnglishIn(text: string, resource: unknown, s: Strings): string[] {
  const rest = ourWordsIn(text, resource, s);
  const escapeRegExp = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return OUR_ENGLISH.filter((p) => new RegExp(`(^|[^A-Za-z])${escapeRegExp(p)}($|[^A-Za-z])`).test(rest));
}
