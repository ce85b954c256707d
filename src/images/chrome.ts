/** The parts every card shares: eyebrow, title and meta on top; the "as reported" line and a credit line below. */
import { formatCalendarDate, formatNumber, type Lang } from '../../shared/format/intl';
import { MORE_ROWS, ROWS_NOT_SHOWN } from '../../shared/i18n/image-strings';
import type { CommonStrings } from '../../shared/i18n/strings';
import { type CardContext, type Section, stack, textBlock } from './card';

export function header(ctx: CardContext, eyebrow: string, title: string, meta: string, lang: Lang): Section {
  const { unit: u, palette: p } = ctx;
  return stack(
    [
      textBlock(ctx, eyebrow.toLocaleUpperCase(lang), { size: 12.5 * u, bold: true, color: p.accent }),
      textBlock(ctx, title, { size: 24 * u, bold: true, color: p.text, lineHeight: 24 * u * 1.25, data: true }),
      textBlock(ctx, meta, { size: 14 * u, color: p.muted }),
    ],
    4 * u,
  );
}

/** A small uppercase heading, as the widgets' `.label`. */
export function label(ctx: CardContext, text: string, lang: Lang): Section {
  return textBlock(ctx, text.toLocaleUpperCase(lang), { size: 13 * ctx.unit, bold: true, color: ctx.palette.muted });
}

/**
 * Under a list cut short in a social image (./card.ts, `Rows`): how many rows it left out; where it showed none,
 * "And 6 more" would follow nothing, so the line names what they are.
 */
export function moreRows(ctx: CardContext, hidden: number, shown: number, lang: Lang): Section {
  const line = (shown ? MORE_ROWS : ROWS_NOT_SHOWN)[lang](formatNumber(hidden, lang));
  return textBlock(ctx, line, { size: 13 * ctx.unit, color: ctx.palette.muted });
}

/** "As published on …" where the image shows a moment of recording (`seenAt`), as the widget's footer says it. */
export function publishedOn(d: { seenAt?: string }, s: CommonStrings, lang: Lang): string[] {
  return d.seenAt ? [s.published(formatCalendarDate(d.seenAt.slice(0, 10), lang)).replace(/\.$/, '')] : [];
}

export function footer(ctx: CardContext, unverified: string, credit: string): Section {
  const { unit: u, palette: p } = ctx;
  return stack(
    [
      textBlock(ctx, unverified, { size: 13 * u, color: p.muted }),
      textBlock(ctx, credit, { size: 13 * u, bold: true, color: p.muted }),
    ],
    2 * u,
  );
}
