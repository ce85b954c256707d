/**
 * The ceasefire gauge as an image: what <ceasefire-gauge> shows, in the same
 * words and geometry (the widgets' formatting modules): name, brokers and
 * start, groups not covered; the gauge from holding to collapsed with the
 * current band and needle; status, days in force and the date the data
 * describes; the status note; the latest violation tallies; the next
 * milestone; the "as reported" line.
 */

import type { CeasefireShape } from '../../shared/contract/ceasefire';
import {
  bandPath,
  daysInForce,
  describedDay,
  GAUGE,
  latestTallies,
  meterText,
  needlePath,
  nextMilestone,
  tallyFigure,
} from '../../shared/format/ceasefire';
import { asWrittenLine, phraseFigure } from '../../shared/format/figures';
import { apart, formatCalendarDate, formatList, isolate, type Lang, localDay } from '../../shared/format/intl';
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
import { footer, header, label, moreRows, publishedOn } from './chrome';
import { px } from './svg';

function gaugeSection(ctx: CardContext, c: CeasefireShape, s: Strings, lang: Lang): Section {
  const { unit: u, palette: p } = ctx;
  const band = c.gauge.band;
  const gw = 200 * u * 0.95;
  const k = gw / 200;
  const gh = 108 * k;
  const gx = startX(ctx, 0, gw);
  // Holding is on the reading's start side: left in English, right in Arabic (as the widget mirrors it).
  const mirror =
    ctx.dir === 'rtl' ? `translate(${px(gx + gw)} 0) scale(${-k} ${k})` : `translate(${px(gx)} 0) scale(${k})`;
  const arcs = [0, 1, 2, 3]
    .map(
      (i) =>
        `<path d="${bandPath(i)}" fill="none" stroke="${p.bands[i]}" stroke-width="22" stroke-opacity="${i === band ? 1 : 0.28}"/>`,
    )
    .join('');
  const needle =
    band === null
      ? ''
      : `<path d="${needlePath(band)}" fill="${p.text}"/><circle cx="${GAUGE.cx}" cy="${GAUGE.cy}" r="9" fill="${p.text}"/>`;
  const scaleY = gh + 4 * u;
  const scaleSize = 12 * u;
  const endW = textWidth(ctx, s.scaleEnd, scaleSize);
  const startW = textWidth(ctx, s.scaleStart, scaleSize);
  const scale =
    textAt(ctx, s.scaleStart, { size: scaleSize, color: p.muted }, ctx.dir === 'rtl' ? gx + gw - startW : gx, scaleY) +
    textAt(ctx, s.scaleEnd, { size: scaleSize, color: p.muted }, ctx.dir === 'rtl' ? gx : gx + gw - endW, scaleY);
  const gaugeH = scaleY + scaleSize * 1.4;

  const status = s.status[c.status] ?? c.gauge.label;
  const readingIndent = gw + 24 * u;
  const readingW = inner(ctx) - readingIndent;
  const statusColour = band === null ? p.text : (p.bands[band] as string);
  const reading = stack(
    [
      textBlock(ctx, status, { size: 28 * u, bold: true, color: statusColour, indent: readingIndent, width: readingW }),
      ...(band === null
        ? []
        : [
            textBlock(ctx, meterText(status, band, s, lang), {
              size: 13 * u,
              color: p.muted,
              indent: readingIndent,
              width: readingW,
            }),
          ]),
      textBlock(ctx, daysInForce(c, s, lang), {
        size: 17 * u,
        bold: true,
        color: p.text,
        indent: readingIndent,
        width: readingW,
      }),
      textBlock(ctx, s.dataAsOf(describedDay(c, lang)), {
        size: 14 * u,
        color: p.muted,
        indent: readingIndent,
        width: readingW,
      }),
    ],
    4 * u,
  );
  const top = Math.max(0, (gaugeH - reading.height) / 2);
  return {
    svg: `<g transform="${mirror}">${arcs}${needle}</g>${scale}<g transform="translate(0 ${px(top)})">${reading.svg}</g>`,
    height: Math.max(gaugeH, reading.height),
  };
}

export function gaugeFrame(ctx: CardContext, c: CeasefireShape, s: Strings, lang: Lang, host: string): Frame {
  const { unit: u, palette: p } = ctx;
  const meta = `${
    c.brokers.length ? `${s.brokeredBy(formatList(c.brokers.map(apart), lang))} · ` : ''
  }${s.inForceFrom(formatCalendarDate(localDay(c.startedAt), lang))}`;
  const body: Frame['body'] = [
    {
      section: stack(
        [
          header(ctx, s.gaugeEyebrow, c.name, meta, lang),
          c.excludes.length
            ? textBlock(ctx, s.notCovered(formatList(c.excludes.map(apart), lang)), { size: 14 * u, color: p.muted })
            : { svg: '', height: 0 },
        ],
        4 * u,
      ),
    },
    { section: gaugeSection(ctx, c, s, lang) },
  ];
  if (c.statusNote)
    body.push({ section: textBlock(ctx, c.statusNote, { size: 15 * u, color: p.text, data: true }), optional: true });
  const tallies = latestTallies(c.tallies);
  if (tallies.length) {
    body.push({
      head: label(ctx, s.violations, lang),
      more: (hidden, shown) => moreRows(ctx, hidden, shown, lang),
      ...rowsOf(
        tallies.map((t) => {
          // The count as the widget phrases it; the source's own words below when they differ.
          const count = phraseFigure(tallyFigure(t), s, lang);
          const asWritten = asWrittenLine(tallyFigure(t), count, s);
          return stack(
            [
              textBlock(ctx, `${count} · ${t.claimant ? isolate(t.claimant.name, s.dir) : s.unnamed}`, {
                size: 16 * u,
                bold: true,
                color: p.text,
              }),
              asWritten ? textBlock(ctx, asWritten, { size: 13 * u, color: p.muted }) : spacer(0),
              textBlock(
                ctx,
                [t.excludes && isolate(t.excludes, s.dir), s.reportedOn(formatCalendarDate(t.reportedOn, lang))]
                  .filter(Boolean)
                  .join(' · '),
                { size: 13 * u, color: p.muted },
              ),
            ],
            2 * u,
          );
        }),
        8 * u,
      ),
    });
  }
  const next = nextMilestone(c.milestones);
  if (next) {
    body.push({
      section: stack(
        [
          label(ctx, s.nextMilestone, lang),
          textBlock(ctx, `${s.milestone[next.state]} · ${isolate(next.label, s.dir)}`, {
            size: 16 * u,
            bold: true,
            color: p.text,
          }),
          textBlock(ctx, next.dueOn ? s.due(formatCalendarDate(next.dueOn, lang)) : s.noDate, {
            size: 13 * u,
            color: p.muted,
          }),
        ],
        4 * u,
      ),
      optional: true,
    });
  }
  return {
    title: c.name,
    description: screenReaderSentence({ widget: 'ceasefire-gauge', data: c, title: c.name }, lang),
    body,
    footer: footer(ctx, s.unverified, [...publishedOn(c, s, lang), host].join(' · ')),
  };
}
