/**
 * What only the images say (src/images/), in every language: no widget imports it, so it costs readers' pages
 * nothing.
 */
import type { Lang } from '../format/intl';

/** Under a list a social image could not show whole: how many more rows it has (`d`, the number written). */
export const MORE_ROWS: Record<Lang, (d: string) => string> = {
  en: (d) => `And ${d} more`,
  es: (d) => `Y ${d} más`,
  // The count after a colon: no plural form of a noun to agree with it.
  ar: (d) => `وغيرها: ${d}`,
};

/** In place of a list none of whose rows a social image could show: how many figures it leaves to the card. */
export const ROWS_NOT_SHOWN: Record<Lang, (d: string) => string> = {
  en: (d) => `Figures not shown here: ${d}`,
  es: (d) => `Cifras que no caben aquí: ${d}`,
  ar: (d) => `أرقام لم تُعرض هنا: ${d}`,
};
