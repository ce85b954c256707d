/**
 * An embed's title, as its iframe, its page and the oEmbed response carry it
 * and as the pasted code's link reads where the module does not run: the name
 * the card shows at its top (its eyebrow), in the embed's language, then the
 * incident's or ceasefire's own title. A screen reader announces a frame by
 * its title, so a Spanish page's frame is named in Spanish.
 */
import type { EmbedData } from '../../shared/embed/catalog';
import type { Lang } from '../../shared/format/intl';
import { STRINGS } from '../../shared/i18n/every-language';

export function embedTitle(embed: EmbedData, lang: Lang): string {
  const s = STRINGS[lang];
  return `${embed.widget === 'casualty-claims' ? s.claimsEyebrow : s.gaugeEyebrow}: ${embed.title}`;
}
