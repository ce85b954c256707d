/**
 * The widgets' screen-reader sentence, for what cannot run the widget: the
 * alt text of its images (the `<img>` code, og:image:alt) and the SVG's
 * `<desc>`. The same functions and strings as the widgets' own `.sr` line.
 */
import { gaugeSummary } from '../../widgets/src/format/ceasefire';
import { claimsByMetric, claimsSummary } from '../../widgets/src/format/claims';
import type { Lang } from '../../widgets/src/format/intl';
import ar from '../../widgets/src/i18n/ar';
import es from '../../widgets/src/i18n/es';
import { en, type Strings } from '../../widgets/src/i18n/strings';
import type { EmbedData } from './catalog';

const STRINGS: Record<Lang, Strings> = { en, es, ar };

export function screenReaderSentence(embed: EmbedData, lang: Lang): string {
  const s = STRINGS[lang];
  if (embed.widget === 'ceasefire-gauge') return gaugeSummary(embed.data, s, lang);
  const views = claimsByMetric(embed.data);
  return views.length ? views.map((v) => claimsSummary(v, s, lang)).join(' ') : s.noFigures;
}
