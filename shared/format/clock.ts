/** An instant as the reader's own clock time (`14:32`), for "updated 14:32". */
export function formatClockTime(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}
