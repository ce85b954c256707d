/**
 * The widgets' screen-reader sentence, for what cannot run the widget: the
 * alt text of its images (the `<img>` code, og:image:alt) and the SVG's
 * `<desc>`. The same functions and strings as the widgets' own `.sr` line.
 */

import type { EmbedData } from '../../shared/embed/catalog';
import { gaugeSummary } from '../../shared/format/ceasefire';
import { claimsByMetric, claimsSummary } from '../../shared/format/claims';
import type { Lang } from '../../shared/format/intl';
import ar from '../../shared/i18n/ar';
import es from '../../shared/i18n/es';
import { en, type Strings } from '../../shared/i18n/strings';

const STRINGS: Record<Lang, Strings> = { en, es, ar };

export function screenReaderSentence(embed: EmbedData, lang: Lang): string {
  const s = STRINGS[lang];
  if (embed.widget === 'ceasefire-gauge') return gaugeSummary(embed.data, s, lang);
  const views = claimsByMetric(embed.data);
  return views.length ? views.map((v) => claimsSummary(v, s, lang)).join(' ') : s.noFigures;
}
