/**
 * How tall a widget will be, from its data, before any browser has laid it
 * out: the space a page reserves for it and an iframe's first height
 * (`embedSpace`). A small model of the cards' own CSS (the widgets' styles:
 * padding, type scale, grids, the gauge's stacking at 30em) with text
 * wrapped word by word at an estimated width per character, the words being
 * the ones the widget will show (the same formatting functions and strings).
 * It speaks in the units the cards are drawn in: E, the widgets' text size
 * (`WIDGET_FONT_SIZE`), rem (the page's root size, which paddings and gaps
 * are in) and px (borders).
 */

import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { EMBED_WIDTH, type EmbedData, type EmbedSpace } from '../../shared/embed/catalog';
import { CONTENT_WIDTH, MEASURE_PROPERTY, STACKS_AT_EM } from '../../shared/embed/reserve';
import { daysInForce, describedDay, latestTallies, nextMilestone, tallyFigure } from '../../shared/format/ceasefire';
import { claimsByMetric, countsOthers, rangeBar, spreadSentence } from '../../shared/format/claims';
import { asWrittenLine, phraseFigure } from '../../shared/format/figures';
import { formatCalendarDate, formatList, formatNumber, type Lang, localDay } from '../../shared/format/intl';
import { firstWebHref, webHref } from '../../shared/format/links';
import { STRINGS } from '../../shared/i18n/every-language';
import type { Strings } from '../../shared/i18n/strings';
import { curveAt, curveCss, curveThrough, type Knot } from './curve';

/** A height in the three units a card's height is made of. */
type Height = { em: number; rem: number; px: number };

/**
 * Advance widths in em of a proportional text face, by kind of character,
 * fitted to DejaVu Sans and Serif (the browser suite's system faces;
 * Verdana is as wide). Most faces set text narrower: a page's reserve
 * reads its width in units of its own face's (`MEASURE`, in
 * shared/embed/reserve.ts). An iframe's height cannot, since the frame's
 * face is the reader's system face, which the page around it does not
 * know; in Arial-wide system faces (Segoe UI, Roboto, San Francisco run
 * about 10 % narrower) the card loosens its spacing to fill its frame.
 */
function charClassEm(c: string): number {
  if (c === ' ') return 0.32;
  if (/[0-9]/.test(c)) return 0.64;
  if (/[A-Z]/.test(c)) return /[IJ]/.test(c) ? 0.3 : 0.72;
  if (/[fijlrt]/.test(c)) return 0.34;
  if (/[mw]/.test(c)) return 0.9;
  if (/[.,:;·'\u2019()\-/]/.test(c)) return 0.34;
  // DejaVu Sans's Arabic is 0.47 em a letter; 0.49, since its long words leave more of a narrow line empty: the
  // panel's code in 140–260 px columns was cut in view in 7 of 28 cases at 0.47, 2 at 0.49 (bench/column-sweep.ts).
  if (/[\u0600-\u06ff]/.test(c)) return 0.49;
  if (/[\u2066-\u2069]/.test(c)) return 0;
  return 0.6;
}

/** Each character's width, worked out once: a card is measured word by word at many widths. */
const CHAR_EM = new Map<string, number>();
function charEm(c: string): number {
  let em = CHAR_EM.get(c);
  if (em === undefined) {
    em = charClassEm(c);
    CHAR_EM.set(c, em);
  }
  return em;
}

/** How a run of text is set: size in E, line height in E per line, width factor (weight, tracking). */
type Face = { size: number; line: number; wide?: number; upper?: boolean };

const F = {
  eyebrow: { size: 0.78, line: 0.78 * 1.45, wide: 1.2, upper: true },
  title: { size: 1.3, line: 1.3 * 1.25, wide: 1.1 },
  meta: { size: 0.86, line: 0.86 * 1.45 },
  label: { size: 0.78, line: 0.78 * 1.45, wide: 1.18, upper: true },
  body: { size: 1, line: 1.45 },
  strong: { size: 1, line: 1.45, wide: 1.1 },
  quote: { size: 0.9, line: 0.9 * 1.45 },
  figure: { size: 1.25, line: 1.25 * 1.2, wide: 1.1 },
  status: { size: 1.6, line: 1.6 * 1.1, wide: 1.14 },
  days: { size: 1.1, line: 1.1 * 1.45, wide: 1.05 },
  note: { size: 0.82, line: 0.82 * 1.45 },
  summary: { size: 0.9, line: 0.9 * 1.45 },
  tally: { size: 1.05, line: 1.6 },
} satisfies Record<string, Face>;

/** Text measure. Word widths are kept, as a card is measured at many widths. */
class Measure {
  readonly #words = new Map<string, number[]>();

  width(text: string, face: Face): number {
    const t = face.upper ? text.toUpperCase() : text;
    let w = 0;
    for (const c of t) w += charEm(c);
    return w * face.size * (face.wide ?? 1);
  }

  /** The widths of `text`'s words in `face`, then the width of a space. */
  words(text: string, face: Face): number[] {
    const key = `${face.size} ${face.wide} ${face.upper} ${text}`;
    let widths = this.#words.get(key);
    if (!widths) {
      widths = text
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => this.width(word, face));
      widths.push(this.width(' ', face));
      this.#words.set(key, widths);
    }
    return widths;
  }

  /** Lines of `text` in a box `width` E wide, wrapped between words as the browser does. */
  lines(text: string, width: number, face: Face): number {
    const widths = this.words(text, face);
    const space = widths[widths.length - 1] as number;
    let lines = 1;
    let used = 0;
    for (let i = 0; i + 1 < widths.length; i += 1) {
      const w = widths[i] as number;
      if (used > 0 && used + space + w > width) {
        lines += 1;
        used = 0;
      }
      if (used === 0 && w > width) {
        // A word longer than the line breaks anywhere (overflow-wrap: break-word).
        lines += Math.ceil(w / width) - 1;
        used = w % width;
      } else used += (used > 0 ? space : 0) + w;
    }
    return lines;
  }

  /** Height in E of `text` set in `face` in a box `width` E wide. */
  block(text: string, width: number, face: Face): number {
    return this.lines(text, width, face) * face.line;
  }

  /** The widest word: a grid column never gets narrower than this. */
  longestWord(text: string, face: Face): number {
    return Math.max(0, ...this.words(text, face).slice(0, -1));
  }
}

/** The card around the content: 1.25 × --explainer-space of padding, a 3 px top rule and a 1 px border. */
const CARD: Height = { em: 0, rem: 2.5, px: 4 };

/** A card's height at content width `x` E, on a page whose rem is `remEm` E (1 / 0.9 on most pages). */
type CardModel = (x: number, remEm?: number) => Height;

/** The card for `embed` in `lang`: its words set once, wrapped at whatever width it is asked about. */
function cardModel(embed: EmbedData, lang: Lang, m: Measure): CardModel {
  const s = STRINGS[lang];
  const date = (d: string) => formatCalendarDate(d, lang);
  const head =
    embed.widget === 'casualty-claims'
      ? {
          eyebrow: s.claimsEyebrow,
          title: embed.data.title,
          meta: [`${date(embed.data.occurredOn)} · ${embed.data.placeName}`],
          note:
            s.unverified +
            (embed.data.updatedSince && embed.data.asOf ? ` ${s.newer(date(embed.data.asOf.slice(0, 10)))}` : '') +
            recordNote(embed.data, s, lang),
        }
      : gaugeHead(embed.data, s, lang);
  const body =
    embed.widget === 'casualty-claims' ? claimsBody(embed.data, s, lang, m) : gaugeBody(embed.data, s, lang, m);
  return (x, remEm = 1 / 0.9) => {
    const h = { ...CARD };
    h.em += m.block(head.eyebrow, x, F.eyebrow) + 0.26 + m.block(head.title, x, F.title);
    for (const meta of head.meta) h.em += 0.258 + m.block(meta, x, F.meta);
    body(x, remEm, h);
    h.rem += 1.6;
    h.px += 1;
    h.em += m.block(head.note, x, F.note);
    return h;
  };
}

/** What the footer adds in recorded time: "As published on …" and the link to the changes (ExplainerElement#record). */
function recordNote(d: { seenAt?: string; changeCount?: number }, s: Strings, lang: Lang): string {
  const n = d.changeCount ?? 0;
  return (
    (d.seenAt ? ` ${s.published(formatCalendarDate(d.seenAt.slice(0, 10), lang))}` : '') +
    (n ? ` ${s.changed(n, formatNumber(n, lang))}` : '')
  );
}

type Body = (x: number, remEm: number, h: Height) => void;

function gaugeHead(c: CeasefireShape, s: Strings, lang: Lang) {
  const brokers = c.brokers.length ? `${s.brokeredBy(formatList(c.brokers, lang))} · ` : '';
  const meta = [brokers + s.inForceFrom(formatCalendarDate(localDay(c.startedAt), lang))];
  if (c.excludes.length) meta.push(s.notCovered(formatList(c.excludes, lang)));
  return {
    eyebrow: s.gaugeEyebrow,
    title: c.name,
    meta,
    note: s.unverified + (c.updatedSince ? ` ${s.newer(describedDay(c, lang))}` : '') + recordNote(c, s, lang),
  };
}

function claimsBody(incident: IncidentShape, s: Strings, lang: Lang, m: Measure): Body {
  const views = claimsByMetric(incident).map((view) => {
    return {
      label: `${s.metric[view.metric]}${view.subject ? ` · ${view.subject}` : ''}`,
      bar: rangeBar(view) !== null,
      sentence: spreadSentence(view, s, lang),
      rows: view.current.map((c) => claimRow(c, s, lang, m, countsOthers(c, view))),
      earlier: view.earlier.length > 0,
    };
  });
  return (x, _remEm, h) => {
    if (!views.length) h.em += m.block(s.noFigures, x, F.strong);
    for (const view of views) {
      h.rem += 1.1;
      h.em += m.block(view.label, x, F.label);
      // The range bar: track and tick labels.
      if (view.bar) h.em += 0.7 + 1.6 + 0.156 + 1.014;
      h.em += 0.5 + m.block(view.sentence, x, F.strong) + 0.6;
      h.px += view.rows.length;
      for (const row of view.rows) h.em += row(x);
      if (view.earlier) h.em += 0.5 + F.summary.line;
    }
  };
}

/**
 * One claim: a grid of the colour key, who said it, and the figure at its natural width; in a narrow card
 * (STACKS_AT_EM), the key and one column, the figure under the name.
 */
function claimRow(c: ClaimShape, s: Strings, lang: Lang, m: Measure, others: string | null): (x: number) => number {
  // The key's column and the gap after it; beside the figure, a second gap before it.
  const keyColumn = 0.8 + 0.7;
  const fixed = keyColumn + 0.7;
  const small = `${s.kind[c.claimant.kind] ?? c.claimant.kind} · ${s.claimedOn(formatCalendarDate(c.claimedOn, lang))}${
    c.status !== 'current' ? ` · ${c.status === 'retracted' ? s.retracted : s.revised}` : ''
  }${others ? ` · ${others}` : ''}`;
  const link = firstWebHref(c.sourceUrl, c.claimant.url);
  const source = [
    link ? `${s.source}: ${new URL(link).host.replace(/^www\./, '')}` : '',
    c.sourceArticle ? s.reportedIn(c.sourceArticle.headline) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const quote = c.quote ? `“${c.quote}”` : '';
  const phrase = phraseFigure(c, s, lang);
  const asWritten = asWrittenLine(c, phrase, s);
  const whoMin = Math.max(m.longestWord(c.claimant.name, F.strong), m.longestWord(small, F.meta));
  const figureMax = m.width(phrase, F.figure);
  const figureMin = m.longestWord(phrase, F.figure);
  const below = (who: number) => {
    let height = m.block(small, who, F.meta);
    if (asWritten) height += m.block(asWritten, who, F.meta);
    if (quote) height += 0.36 + m.block(quote, who, F.quote);
    if (source) height += m.block(source, who, F.meta);
    return height;
  };
  return (x) => {
    if (x <= STACKS_AT_EM['casualty-claims']) {
      const who = x - keyColumn;
      // The figure's margins: 0.1em over, 0.2em under, in its own size.
      const figure = m.block(phrase, who, F.figure) + 0.3 * F.figure.size;
      return 1.3 + Math.max(1.15, m.block(c.claimant.name, who, F.strong) + figure + below(who));
    }
    const figure = Math.min(figureMax, Math.max(x - fixed - whoMin, figureMin));
    const who = Math.max(whoMin, x - fixed - figure);
    return (
      1.3 + Math.max(1.15, m.block(c.claimant.name, who, F.strong) + below(who), m.block(phrase, figure, F.figure))
    );
  };
}

function gaugeBody(c: CeasefireShape, s: Strings, lang: Lang, m: Measure): Body {
  const status = s.status[c.status] ?? c.gauge.label;
  const days = daysInForce(c, s, lang);
  const asOf = s.dataAsOf(describedDay(c, lang));
  const reading = (w: number) =>
    m.block(status, w - 1.6 * 0.95, F.status) +
    0.385 +
    m.block(days, w, F.days) +
    m.block(asOf, w, F.meta) +
    (c.statusNote ? 0.45 + m.block(c.statusNote, w, F.quote) : 0);
  /** The semicircle's viewBox is 200 × 108; the scale's labels sit under it. */
  const gauge = (w: number) => w * 0.54 + 0.234 + F.label.line;
  const tallies = latestTallies(c.tallies).map((t) => {
    const figure = tallyFigure(t);
    const count = phraseFigure(figure, s, lang);
    return [
      `${count} · ${t.claimant ? t.claimant.name : s.unnamed}`,
      asWrittenLine(figure, count, s),
      [t.excludes, s.reportedOn(formatCalendarDate(t.reportedOn, lang)), webHref(t.sourceUrl) ? s.source : '']
        .filter(Boolean)
        .join(' · '),
    ];
  });
  const next = nextMilestone(c.milestones);
  const milestone = next && [
    `${s.milestone[next.state]} ${next.label}`,
    next.dueOn ? s.due(formatCalendarDate(next.dueOn, lang)) : s.noDate,
  ];
  const talliesHeight = (w: number) =>
    F.label.line +
    0.234 +
    tallies.reduce(
      (sum, [first, asWritten, small], i) =>
        sum +
        (i ? 0.4 : 0) +
        m.block(first ?? '', w, F.tally) +
        (asWritten ? m.block(asWritten, w, F.meta) : 0) +
        m.block(small ?? '', w, F.meta),
      0,
    );
  const milestoneHeight = (w: number) =>
    milestone
      ? F.label.line + 0.234 + m.block(milestone[0] ?? '', w, F.body) + m.block(milestone[1] ?? '', w, F.meta)
      : 0;
  return (x, remEm, h) => {
    h.rem += 1;
    // The card's own container query: at STACKS_AT_EM and under, the gauge stacks over the reading.
    if (x <= STACKS_AT_EM['ceasefire-gauge']) h.em += gauge(x) + remEm + reading(x);
    else h.em += Math.max(gauge(14), reading(x - 14 - 1.5 * remEm));
    h.rem += 1.9;
    h.px += 1;
    const gap = 1.5 * remEm;
    if (tallies.length && milestone) {
      // Two columns of at least 14em each when they fit, else one over the other.
      if (x >= 28 + gap) h.em += Math.max(talliesHeight((x - gap) / 2), milestoneHeight((x - gap) / 2));
      else h.em += talliesHeight(x) + remEm + milestoneHeight(x);
    } else if (tallies.length) h.em += talliesHeight(x);
    else if (milestone) h.em += milestoneHeight(x);
  };
}

/**
 * Content widths (in E) where a card's curve may bend: from a reader's
 * largest text in a narrow column (4 E: 28 px text in a 170 px column) to a
 * wide desktop column, closer together in narrow columns, where text wraps
 * fast and the height climbs as one over the width (a card two to three times
 * as tall at 4 E as at 10 E). The curve is level left of its first knot: when
 * it started at 10 E (a 240 px phone column at 20 px text), a card 7 E wide
 * (a reader's 28 px text in a 240 px column) was held 300–800 px short.
 */
// biome-ignore format: one line per widget reads as its widths, where one number a line does not.
const KNOTS: Record<EmbedData['widget'], number[]> = {
  'casualty-claims': [4, 5, 6, 7, 8.5, 10, 12, 14, 16, 18, 20, 22, 24, STACKS_AT_EM['casualty-claims'], 28, 32, 37, 44, 54, 72],
  'ceasefire-gauge': [4, 5.5, 7, 10, 13, 16, 20, 25, STACKS_AT_EM['ceasefire-gauge'], 34, 40, 50, 72],
};

/** The card's height over its content width, in E, with the part in rem and px that does not depend on it. */
export function cardCurve(embed: EmbedData, lang: Lang): { knots: Knot[]; rem: number; px: number } {
  const at = cardModel(embed, lang, new Measure());
  // What is in rem and px is the same at any width.
  const { rem, px } = at(STACKS_AT_EM[embed.widget]);
  return { knots: curveThrough((x) => at(x).em, KNOTS[embed.widget], [STACKS_AT_EM[embed.widget]]), rem, px };
}

/** The embed page: 16 px text (the widget's 14.4 px, so rem = E / 0.9 as the curves assume), 8 px of body padding. */
const EMBED_PAGE = { rem: 16, em: 14.4, padding: 8 };
/** What an iframe's width is short of its card's content width: the page's padding, the card's and its side borders. */
const FRAME_SIDES = 2 * EMBED_PAGE.padding + 2.5 * EMBED_PAGE.rem + 2;

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * How `embed` in `lang` holds its space on a publisher's page:
 * - `reserve`, the element's height before it has its data, as a CSS length
 *   for a box whose font size is the widgets' (`WIDGET_FONT_SIZE`) and whose
 *   nearest container is the element: it follows the element's width, the
 *   page's text size and its rem, as the card will (the widget then fits the
 *   card into it, shared/fit.ts);
 * - `height`, the embed page's height in an iframe `maxWidth` px wide, and
 *   `frameHeight`, its height at whatever width the iframe gets, as CSS for
 *   an iframe `width:100%;max-width:maxWidth` inside an inline-size container.
 */
export function embedSpace(embed: EmbedData, lang: Lang, maxWidth = EMBED_WIDTH): Required<EmbedSpace> {
  const { knots, rem, px } = cardCurve(embed, lang);
  const { em, padding } = EMBED_PAGE;
  const frameBase = 2 * padding + rem * EMBED_PAGE.rem + px;
  // The iframe is never wider than maxWidth: knots past the first one beyond it could never bend its curve.
  const widest = (maxWidth - FRAME_SIDES) / em;
  const inPx: Knot[] = knots
    .filter((_, i) => i === 0 || (knots[i - 1] as Knot)[0] < widest)
    .map(([x, left, right]) => [x * em, left * em, right * em]);
  return {
    // Text wraps at the width it has in the page's face; the layout switches at the width the card's queries see.
    reserve: curveCss(knots, `${round(rem)}rem + ${px}px`, `var(${MEASURE_PROPERTY})`, 'em', CONTENT_WIDTH),
    height: Math.ceil(frameBase + curveAt(knots, (maxWidth - FRAME_SIDES) / em) * em),
    frameHeight: curveCss(inPx, `${round(frameBase)}px`, `min(100cqi,${maxWidth}px) - ${FRAME_SIDES}px`, 'px'),
  };
}
