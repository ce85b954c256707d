/**
 * A figure in the reader's language, built from its qualifier and numbers
 * ("more than 60", "más de 60", "أكثر من 60", "200–300"), never from the
 * source's wording: `asWritten` is the source's words, shown as such.
 */
import type { Qualifier } from '../contract/enums';
import type { CommonStrings } from '../i18n/strings';
import { isolate, numberFormat } from './intl';

/** What a claim and a tally have in common. */
export type Figure = { qualifier: Qualifier; low: number; high?: number | null; asWritten: string };

/** The number a figure's words agree with: its top. */
export const topOf = (f: Figure): number => f.high ?? f.low;

export function phraseFigure(f: Figure, s: CommonStrings, locale: string): string {
  const format = numberFormat(locale);
  const high = topOf(f);
  // formatRange writes one number with "~" when both ends are equal: a "between 80 and 80" is just 80.
  if (f.qualifier === 'between' && high > f.low)
    // Firefox before 116 has no formatRange (a card that called it could not draw): the two ends, as it writes them.
    return (format as Partial<Intl.NumberFormat>).formatRange
      ? format.formatRange(f.low, high)
      : `${format.format(f.low)}–${format.format(high)}`;
  return (s.figure[f.qualifier] ?? '#').replace('#', format.format(f.qualifier === 'up_to' ? high : f.low));
}

/**
 * What a figure says, whatever the case, digits (Arabic-Indic ٨٠ is 80),
 * spacing and punctuation (1,200 is 1.200 and 1200).
 */
const gist = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) % 16))
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The "as written" line: the source's wording when it says otherwise than the phrase; else empty. */
export function asWrittenLine(f: Figure, phrase: string, s: CommonStrings): string {
  return gist(phrase) === gist(f.asWritten) ? '' : s.asWritten(isolate(f.asWritten, s.dir));
}
