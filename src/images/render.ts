/**
 * From a render request to the card's SVG: picks the strings, palette and
 * size, and lays out the widget's card (./claims-card.ts, ./gauge-card.ts).
 */

import type { Lang } from '../../shared/format/intl';
import ar from '../../shared/i18n/ar';
import es from '../../shared/i18n/es';
import { en, type Strings } from '../../shared/i18n/strings';
import { type CardContext, frame } from './card';
import { claimsFrame } from './claims-card';
import { type ImageOptions, MAX_IMAGE_PIXELS, type RenderRequest, SOCIAL_SIZE } from './contract';
import type { Fonts } from './fonts';
import { gaugeFrame } from './gauge-card';
import { PALETTES } from './theme';

const STRINGS: Record<Lang, Strings> = { en, es, ar };

/** Type sizes are designed at 600 px; a wider card sets larger type, but less than in proportion, so lines hold more. */
function unitFor(options: ImageOptions): number {
  if (options.layout === 'social') return 1.5;
  return options.width <= 600 ? 1 : (options.width / 600) * 0.8;
}

export function renderSvg(
  req: Pick<RenderRequest, 'embed' | 'options' | 'host'>,
  fonts: Fonts,
): {
  svg: string;
  width: number;
  height: number;
} {
  const { embed, options, host } = req;
  const s = STRINGS[options.lang];
  const width = options.layout === 'social' ? SOCIAL_SIZE.width : options.width;
  const unit = unitFor(options);
  const ctx: CardContext = {
    width,
    pad: 24 * unit,
    unit,
    dir: s.dir,
    palette: PALETTES[options.theme],
    fonts,
  };
  const f =
    embed.widget === 'casualty-claims'
      ? claimsFrame(ctx, embed.data, s, options.lang, host)
      : gaugeFrame(ctx, embed.data, s, options.lang, host);
  const { svg, height } =
    options.layout === 'social'
      ? frame(ctx, f, SOCIAL_SIZE.height)
      : frame(ctx, f, undefined, Math.floor(MAX_IMAGE_PIXELS / (width * options.scale ** 2)));
  return { svg, width, height };
}
