/**
 * The card every image is drawn on: a flow of sections down the page, each
 * set in outlines (./text.ts), mirrored for right-to-left languages. A
 * `card` grows to fit every section; a `social` image is 1200 × 630 and
 * keeps the sections that fit, in order, always ending with the footer.
 */

import type { Fonts } from './fonts';
import { px, xml } from './svg';
import type { Dir, Line, TextStyle } from './text';
import { lineMetrics, linePath, setText } from './text';
import type { Palette } from './theme';

/** A laid-out section: its SVG at y = 0 and its height. */
export type Section = { svg: string; height: number };

export type CardContext = {
  width: number;
  /** Inner padding. */
  pad: number;
  /** 1 at a 600 px card; everything scales with it. */
  unit: number;
  dir: Dir;
  palette: Palette;
  fonts: Fonts;
};

export type TextOptions = {
  size: number;
  bold?: boolean;
  color: string;
  /** Indent from the start edge (left in English, right in Arabic). */
  indent?: number;
  /** Width available; defaults to the card's inner width less the indent. */
  width?: number;
  lineHeight?: number;
  /**
   * `data`: text from the data (a title, a name, a note), ordered by its own
   * first strong character as the widgets' `<bdi>` does, so an English note
   * keeps its full stop at its end inside an Arabic card. UI text follows the card.
   */
  data?: boolean;
};

/** The inner width between the paddings. */
export const inner = (ctx: CardContext) => ctx.width - 2 * ctx.pad;

/** The x of something `w` wide whose start edge is `offset` from the card's start padding. */
export function startX(ctx: CardContext, offset: number, w: number): number {
  return ctx.dir === 'rtl' ? ctx.width - ctx.pad - offset - w : ctx.pad + offset;
}

/** Text as outlines, wrapped; `aria-label` keeps the words in the SVG. */
export function textBlock(ctx: CardContext, text: string, o: TextOptions): Section {
  const style: TextStyle = { fonts: o.bold ? ctx.fonts.bold : ctx.fonts.regular, size: o.size };
  const indent = o.indent ?? 0;
  const avail = o.width ?? inner(ctx) - indent;
  const lines = setText(text, style, avail, o.data ? 'auto' : ctx.dir);
  if (!lines.length) return { svg: '', height: 0 };
  const { ascent } = lineMetrics(style);
  const lh = o.lineHeight ?? o.size * 1.4;
  // The first baseline sits so that the line box is centred on the text.
  const first = (lh - o.size) / 2 + ascent * 0.93;
  const d = lines
    .map((line: Line, i) => linePath(line, startX(ctx, indent, line.width), first + i * lh, o.size))
    .join('');
  return {
    svg: `<path aria-label="${xml(text)}" fill="${o.color}" d="${d}"/>`,
    height: lines.length * lh,
  };
}

/** Width of a single line of text (for things set beside it). */
export function textWidth(ctx: CardContext, text: string, size: number, bold = false): number {
  const style: TextStyle = { fonts: bold ? ctx.fonts.bold : ctx.fonts.regular, size };
  return Math.max(0, ...setText(text, style, Number.POSITIVE_INFINITY, 'auto').map((l) => l.width));
}

/** Sections stacked with gaps between them. */
export function stack(sections: Section[], gap = 0): Section {
  let y = 0;
  const parts: string[] = [];
  for (const s of sections) {
    if (!s.height && !s.svg) continue;
    if (parts.length) y += gap;
    parts.push(s.svg ? `<g transform="translate(0 ${px(y)})">${s.svg}</g>` : '');
    y += s.height;
  }
  return { svg: parts.join(''), height: y };
}

export function spacer(height: number): Section {
  return { svg: '', height };
}

/**
 * A list whose rows a social image keeps as many of as fit, first first, saying how many it left out (`more`,
 * given how many it shows: none, where not one row fits; null where any cut would leave nothing to say, for every
 * cut or none, since the rows kept are found by halves). A
 * list not even that line fits under is left out, like an optional section; under its `head` if it has one.
 * `first(k)` lays out its first `k` rows: stacked (`rowsOf`), or run together as one paragraph's sentences.
 */
export type Rows = {
  head?: Section;
  count: number;
  first: (k: number) => Section;
  gap: number;
  more: (hidden: number, shown: number) => Section | null;
};

/** Rows laid out one under another, `gap` apart (and from the list's head and its last line). */
export const rowsOf = (rows: Section[], gap: number) => ({
  count: rows.length,
  first: (k: number) => stack(rows.slice(0, k), gap),
  gap,
});

export type Frame = {
  title: string;
  /** The screen-reader sentence: the image's description. */
  description: string;
  /** Top to bottom; `optional` ones may be left out of a social image. */
  body: ({ section: Section; optional?: boolean } | Rows)[];
  footer: Section;
};

/** As many of `list`'s rows as fit in `room`, with the line saying how many did not; null if not even that fits. */
function fittedRows(list: Rows, room: number): { section: Section; cut: boolean } | null {
  const n = list.count;
  const at = (k: number) => {
    const line = k < n ? list.more(n - k, k) : spacer(0);
    return line && stack([list.head ?? spacer(0), list.first(k), line], list.gap);
  };
  const whole = at(n);
  if (whole && whole.height <= room) return { section: whole, cut: false };
  // Cut, the list grows with each row it keeps: the most that fit, found by halves (a list of forty claims would
  // otherwise be laid out forty times). `more` says nothing for every cut of a list or for none.
  let [fits, best]: [number, Section | null] = [-1, null];
  for (let over = n; over - fits > 1; ) {
    const k = (fits + over) >> 1;
    const section = at(k);
    if (!section) return null;
    if (section.height <= room) [fits, best] = [k, section];
    else over = k;
  }
  return best && { section: best, cut: true };
}

/**
 * The whole image: background, the accent rule on top, the sections, and
 * the footer. `height` fixed (social) keeps what fits; otherwise the card
 * is as tall as its content, up to `maxHeight`, where a list ends as a fixed
 * height's does.
 */
export function frame(
  ctx: CardContext,
  f: Frame,
  fixedHeight?: number,
  maxHeight = Number.POSITIVE_INFINITY,
): { svg: string; height: number } {
  const rule = 5 * ctx.unit;
  const top = rule + ctx.pad * 0.9;
  const gap = 16 * ctx.unit;
  const kept: Section[] = [];
  let y = top;
  const limit = (fixedHeight ?? maxHeight) - ctx.pad - f.footer.height - gap;
  for (const entry of f.body) {
    const before = kept.length ? gap : 0;
    if ('count' in entry) {
      // An empty list takes no room, and cuts nothing after it.
      if (!entry.count) continue;
      const fitted = fittedRows(entry, limit - y - before);
      if (!fitted) break;
      kept.push(fitted.section);
      y += before + fitted.section.height;
      // What follows a list cut short would read as coming after all of it.
      if (fitted.cut) break;
      continue;
    }
    const { section, optional } = entry;
    if (!section.height) continue;
    const next = y + before + section.height;
    if (next > limit && (optional || kept.length)) break;
    kept.push(section);
    y = next;
  }
  const body = stack(kept, gap);
  const height = fixedHeight ?? Math.ceil(top + body.height + gap * 1.25 + f.footer.height + ctx.pad * 0.9);
  const footerY = height - ctx.pad * 0.9 - f.footer.height;
  const { palette: p, width } = ctx;
  // Only a fixed height can leave a section running into the footer; clipping costs resvg a layer and a
  // mask as large as the card (more than half of drawing it), so a card that fits is not clipped.
  const clipAt = footerY - gap / 2;
  const clipped = top + body.height > clipAt;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" direction="${ctx.dir}">`,
    `<title id="t">${xml(f.title)}</title>`,
    `<desc id="d">${xml(f.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${p.surface}"/>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="${p.border}"/>`,
    `<rect width="${width}" height="${px(rule)}" fill="${p.accent}"/>`,
    clipped ? `<clipPath id="c"><rect width="${width}" height="${px(clipAt)}"/></clipPath>` : '',
    `<g${clipped ? ' clip-path="url(#c)"' : ''} transform="translate(0 ${px(top)})">${body.svg}</g>`,
    `<line x1="${px(ctx.pad)}" x2="${px(width - ctx.pad)}" y1="${px(clipAt)}" y2="${px(clipAt)}" stroke="${p.border}"/>`,
    `<g transform="translate(0 ${px(footerY)})">${f.footer.svg}</g>`,
    '</svg>',
  ].join('');
  return { svg, height };
}

/** One line of text with its box's top-left corner at (`left`, `top`): labels placed by geometry, not by the flow. */
export function textAt(
  ctx: CardContext,
  text: string,
  o: { size: number; bold?: boolean; color: string },
  left: number,
  top: number,
): string {
  const style: TextStyle = { fonts: o.bold ? ctx.fonts.bold : ctx.fonts.regular, size: o.size };
  const [line] = setText(text, style, Number.POSITIVE_INFINITY, ctx.dir);
  if (!line) return '';
  const baseline = top + (o.size * 0.4) / 2 + lineMetrics(style).ascent * 0.93;
  return `<path aria-label="${xml(text)}" fill="${o.color}" d="${linePath(line, left, baseline, o.size)}"/>`;
}
