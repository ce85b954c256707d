/**
 * The casualty-claims card as an image: what <casualty-claims> shows, in the
 * same words (the widgets' formatting modules and UI strings), drawn for
 * print: title, date and place; per metric the range bar from zero, the
 * sentence on the spread and every current claim; the count of earlier
 * figures; the "as reported" line and the date the figures describe.
 */

import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { claimsByMetric, countsOthers, type MetricView, rangeBar, spreadSentences } from '../../shared/format/claims';
import { asWrittenLine, phraseFigure } from '../../shared/format/figures';
import { formatCalendarDate, formatNumber, isolate, type Lang } from '../../shared/format/intl';
import { firstWebHref } from '../../shared/format/links';
import type { Strings } from '../../shared/i18n/strings';
import { screenReaderSentence } from '../embed/alt-text';
import {
  type CardContext,
  type Frame,
  inner,
  rowsOf,
  type Section,
  spacer,
  stack,
  startX,
  textAt,
  textBlock,
  textWidth,
} from './card';
import { footer, header, label as heading, moreRows, publishedOn } from './chrome';
import { px } from './svg';

/** The day the figures describe: the pinned moment, else the latest claim's day. */
function describedDay(incident: IncidentShape): string {
  if (incident.asOf) return incident.asOf.slice(0, 10);
  // ISO days sort as strings: the latest is the last.
  return [incident.occurredOn, ...incident.claims.map((c) => c.claimedOn)].sort().at(-1) ?? incident.occurredOn;
}

function rangeSection(ctx: CardContext, view: MetricView, lang: Lang): Section {
  const bar = rangeBar(view);
  if (!bar) return { svg: '', height: 0 };
  const { unit: u, palette: p } = ctx;
  const w = inner(ctx);
  const at = (f: number) => startX(ctx, f * w, 0);
  const trackY = 10 * u;
  const trackH = 12 * u;
  const mid = trackY + trackH / 2;
  const parts: string[] = [
    `<rect x="${px(ctx.pad)}" y="${px(trackY)}" width="${px(w)}" height="${px(trackH)}" rx="${px(trackH / 2)}" fill="${p.track}"/>`,
  ];
  const [s0, s1] = bar.spread
    ? ([at(bar.spread.from), at(bar.spread.to)].sort((a, b) => a - b) as [number, number])
    : [0, 0];
  if (s1 > s0)
    parts.push(
      `<rect x="${px(s0)}" y="${px(trackY)}" width="${px(s1 - s0)}" height="${px(trackH)}" fill="${p.muted}" fill-opacity="0.25"/>`,
    );
  bar.marks.forEach((m, i) => {
    const colour = p.series[i % 4] as string;
    const [a, b] = [at(m.from), at(m.to)].sort((x, y) => x - y) as [number, number];
    if (b - a > 1) {
      parts.push(
        `<rect x="${px(a)}" y="${px(mid - 4 * u)}" width="${px(b - a)}" height="${px(8 * u)}" rx="${px(4 * u)}" fill="${colour}"/>`,
      );
    }
    const x = at(m.to);
    if (m.open) {
      // "More than", "at least": an arrowhead beyond the dot, pointing to the larger figures the claim leaves open.
      const d = ctx.dir === 'rtl' ? -u : u;
      parts.push(
        `<path d="M${px(x + 10 * d)} ${px(mid - 6 * u)}L${px(x + 18 * d)} ${px(mid)}L${px(x + 10 * d)} ${px(mid + 6 * u)}Z" fill="${colour}"/>`,
      );
    }
    parts.push(
      `<circle cx="${px(x)}" cy="${px(mid)}" r="${px(8 * u)}" fill="${colour}" stroke="${p.surface}" stroke-width="${px(2 * u)}"/>`,
    );
  });
  const tickSize = 12 * u;
  const tickY = trackY + trackH + 6 * u;
  bar.ticks.forEach((t) => {
    const label = formatNumber(t, lang);
    const lw = textWidth(ctx, label, tickSize);
    const x = at(t / bar.max);
    // Centred on its tick, but never past the bar's ends.
    const left = Math.min(Math.max(x - lw / 2, ctx.pad), ctx.width - ctx.pad - lw);
    parts.push(textAt(ctx, label, { size: tickSize, color: p.muted }, left, tickY));
    parts.push(
      `<line x1="${px(x)}" x2="${px(x)}" y1="${px(trackY + trackH)}" y2="${px(trackY + trackH + 4 * u)}" stroke="${p.muted}" stroke-width="${px(u)}"/>`,
    );
  });
  return { svg: parts.join(''), height: tickY + tickSize * 1.4 };
}

/** `others`: the subject this claim counts, where it is not its metric's (as the widget says it). */
function claimRow(
  ctx: CardContext,
  c: ClaimShape,
  index: number,
  s: Strings,
  lang: Lang,
  others: string | null,
): Section {
  const { unit: u, palette: p } = ctx;
  const figSize = 20 * u;
  // The figure as the widget phrases it in the card's language; the source's own words below when they differ.
  const phrase = phraseFigure(c, s, lang);
  const asWritten = asWrittenLine(c, phrase, s);
  const figW = Math.min(textWidth(ctx, phrase, figSize, true), inner(ctx) * 0.45);
  const key = 12 * u;
  const gap = 12 * u;
  const textW = inner(ctx) - key - gap * 2 - figW;
  const href = firstWebHref(c.sourceUrl, c.claimant.url);
  const details = [
    s.kind[c.claimant.kind] ?? c.claimant.kind,
    s.claimedOn(formatCalendarDate(c.claimedOn, lang)),
    ...(c.status !== 'current' ? [c.status === 'retracted' ? s.retracted : s.revised] : []),
    ...(others ? [isolate(others, s.dir)] : []),
    ...(href ? [`${s.source}: ${new URL(href).host.replace(/^www\./, '')}`] : []),
    // The article that reported it, as the widget names it.
    ...(c.sourceArticle ? [s.reportedIn(isolate(c.sourceArticle.headline, s.dir))] : []),
  ].join(' · ');
  const who = stack(
    [
      textBlock(ctx, c.claimant.name, {
        size: 15 * u,
        bold: true,
        color: p.text,
        indent: key + gap,
        width: textW,
        data: true,
      }),
      textBlock(ctx, details, { size: 13 * u, color: p.muted, indent: key + gap, width: textW }),
      asWritten
        ? textBlock(ctx, asWritten, { size: 13 * u, color: p.muted, indent: key + gap, width: textW })
        : spacer(0),
    ],
    2 * u,
  );
  const figure = textBlock(ctx, phrase, {
    size: figSize,
    bold: true,
    color: p.text,
    indent: inner(ctx) - figW,
    width: figW + 1,
    lineHeight: figSize * 1.2,
  });
  const colour = index < 0 ? p.muted : (p.series[index % 4] as string);
  const keyX = startX(ctx, 0, key);
  return {
    svg: `<rect x="${px(keyX)}" y="${px(5 * u)}" width="${px(key)}" height="${px(key)}" rx="${px(2 * u)}" fill="${colour}"/>${who.svg}${figure.svg}`,
    height: Math.max(who.height, figure.height),
  };
}

export function claimsFrame(ctx: CardContext, incident: IncidentShape, s: Strings, lang: Lang, host: string): Frame {
  const { unit: u, palette: p } = ctx;
  const views = claimsByMetric(incident);
  const body: Frame['body'] = [
    {
      section: header(
        ctx,
        s.claimsEyebrow,
        incident.title,
        `${formatCalendarDate(incident.occurredOn, lang)} · ${isolate(incident.placeName, s.dir)}`,
        lang,
      ),
    },
  ];
  if (!views.length) body.push({ section: textBlock(ctx, s.noFigures, { size: 16 * u, color: p.text }) });
  views.forEach((view) => {
    const label = `${s.metric[view.metric]}${view.subject ? ` · ${isolate(view.subject, s.dir)}` : ''}`;
    // One list: the spread's sentences as one paragraph, then a row per figure. A social image short of room keeps
    // the first of them (the people the figures count, where they differ, then each comparison) and says how many
    // figures it leaves to the card. A first metric short even of that room is left out like a later one: a heading
    // and a bar saying nothing would be no better.
    const sentences = spreadSentences(view, s, lang);
    const rows = rowsOf(
      view.current.map((c, i) => claimRow(ctx, c, i, s, lang, countsOthers(c, view))),
      10 * u,
    );
    // Of the list's first k entries, how many are figures; the paragraph of the first k sentences set once each
    // (a social image tries several k, and setting text is most of drawing it).
    const figuresIn = (k: number) => Math.max(0, k - sentences.length);
    const paragraphs: Section[] = [];
    const paragraph = (k: number) => {
      const n = Math.min(k, sentences.length);
      paragraphs[n] ??= textBlock(ctx, sentences.slice(0, n).join(' '), { size: 16 * u, color: p.text });
      return paragraphs[n];
    };
    body.push({
      head: stack([heading(ctx, label, lang), rangeSection(ctx, view, lang)], 8 * u),
      count: sentences.length + rows.count,
      first: (k) => stack([paragraph(k), rows.first(figuresIn(k))], 16 * u),
      gap: 8 * u,
      // A metric whose every claim was retracted has its sentence and no row: cut, it would say "0 not shown".
      more: (hidden, shown) =>
        rows.count ? moreRows(ctx, Math.min(hidden, rows.count), figuresIn(shown), lang) : null,
    });
    if (view.earlier.length)
      body.push({
        section: textBlock(ctx, s.earlier(formatNumber(view.earlier.length, lang)), { size: 13 * u, color: p.muted }),
        optional: true,
      });
  });
  return {
    title: incident.title,
    description: screenReaderSentence({ widget: 'casualty-claims', data: incident, title: incident.title }, lang),
    body,
    footer: footer(
      ctx,
      s.unverified,
      [s.dataAsOf(formatCalendarDate(describedDay(incident), lang)), ...publishedOn(incident, s, lang), host].join(
        ' · ',
      ),
    ),
  };
}
