/**
 * The widgets as plain HTML, rendered by the Worker: what a reader sees with
 * JavaScript off (embed pages, the demo page's <noscript>), what a search
 * engine reads, and what prints. It says what the widgets say, through the
 * same pure formatting functions and UI strings (shared/format,
 * shared/i18n), so the two can never drift apart in wording. Every
 * value goes through hono/html's escaping; links are only ever http(s) (shared/format/links.ts).
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { changesPagePath } from '../../shared/embed/resource-url';
import {
  daysInForce,
  describedDay,
  gaugeSummary,
  latestTallies,
  meterText,
  nextMilestone,
  tallyFigure,
} from '../../shared/format/ceasefire';
import { claimsByMetric, claimsSummary, countsOthers, spreadSentence } from '../../shared/format/claims';
import { asWrittenLine, type Figure, phraseFigure } from '../../shared/format/figures';
import {
  formatCalendarDate,
  formatNumber,
  type Lang,
  listParts,
  localDay,
  sentenceAround,
} from '../../shared/format/intl';
import { firstWebHref, webHref } from '../../shared/format/links';
import { STRINGS } from '../../shared/i18n/every-language';
import type { Strings } from '../../shared/i18n/strings';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The fallback's look, for any page that shows it: colours come from the
 * page's own `--ink`, `--muted`, `--rule` and `--link`, so it follows the
 * page's theme and its print style.
 */
export const FALLBACK_CSS = `
.fallback{max-width:42rem;border:1px solid var(--rule);border-radius:8px;padding:1rem 1.25rem;color:var(--ink)}
.fallback .eyebrow{margin:0;font-size:.75rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.fallback .title{margin:.2rem 0;font-size:1.2rem;line-height:1.3}
.fallback .meta,.fallback .small,.fallback .note{color:var(--muted);font-size:.85rem}
.fallback h3{margin:1rem 0 .25rem;font-size:.95rem}
.fallback h3::first-letter{text-transform:uppercase}
.fallback ul{margin:.25rem 0;padding-inline-start:1.1rem}
.fallback li{margin:.3rem 0}
.fallback .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media print{.fallback{border:0;max-width:none;padding:0}}
`;

/**
 * A figure phrased in the reader's language, with the source's wording after it when that reads otherwise, that
 * wording marked with the story's `language` as the widgets mark it.
 */
function figure(f: Figure, s: Strings, lang: Lang, language: string): Html {
  const phrase = phraseFigure(f, s, lang);
  if (!asWrittenLine(f, phrase, s)) return html`<strong class="figure">${phrase}</strong>`;
  return html`<strong class="figure">${phrase}</strong> <span class="small">(${marked(s.asWritten, f.asWritten, language)})</span>`;
}

/**
 * `language`: the data's (its incident's), on every piece of it but a cited headline (its article's), as the widgets
 * mark it; `others`: the subject this claim counts, where it is not its metric's.
 */
function claimItem(c: ClaimShape, s: Strings, lang: Lang, language: string, others: string | null): Html {
  const href = firstWebHref(c.sourceUrl, c.claimant.url);
  const state = c.status === 'current' ? '' : ` · ${c.status === 'retracted' ? s.retracted : s.revised}`;
  // The source's own words, as the widget shows them under its name.
  const quote = c.quote ? html` <q lang="${language}">${c.quote}</q>` : '';
  return html`<li data-status="${c.status}">${figure(c, s, lang, language)} · <bdi lang="${language}">${c.claimant.name}</bdi> <span class="small">(${s.kind[c.claimant.kind]} · ${s.claimedOn(formatCalendarDate(c.claimedOn, lang))}${state}${others ? html` · <bdi lang="${language}">${others}</bdi>` : ''})</span>${quote}${
    href ? html` · <a href="${href}" rel="noopener">${s.source}: ${new URL(href).host.replace(/^www\./, '')}</a>` : ''
  }${c.sourceArticle ? html` · ${marked(s.reportedIn, c.sourceArticle.headline, c.sourceArticle.language)}` : ''}</li>`;
}

/** One of our sentences around a piece of data ("Reported in …"), the piece marked with its `language`. */
function marked(sentence: (piece: string) => string, piece: string, language: string): Html {
  const [before, after] = sentenceAround(sentence);
  return html`${before}<bdi lang="${language}">${piece}</bdi>${after}`;
}

/** One of our sentences around a list of data ("Brokered by …"), listed in the reader's words (`lang`), each piece marked. */
function markedList(sentence: (piece: string) => string, pieces: string[], language: string, lang: Lang): Html {
  const [before, after] = sentenceAround(sentence);
  return html`${before}${listParts(pieces, lang).map((part) =>
    part.type === 'element' ? html`<bdi lang="${language}">${part.value}</bdi>` : part.value,
  )}${after}`;
}

/** The widget footer's record: "As published on …" for a pinned moment of recording, and the link to the changes. */
function recordLine(
  d: { seenAt?: string; changeCount?: number },
  widget: string,
  slug: string,
  s: Strings,
  lang: Lang,
): Html | string {
  const n = d.changeCount ?? 0;
  return html`${d.seenAt ? html`<br>${s.published(formatCalendarDate(d.seenAt.slice(0, 10), lang))}` : ''}${
    n
      ? html` <a href="${changesPagePath(widget, slug, { lang, seenAt: d.seenAt })}">${s.changed(n, formatNumber(n, lang))}</a>`
      : ''
  }`;
}

export function claimsFallback(incident: IncidentShape, lang: Lang): Html {
  const s = STRINGS[lang];
  const views = claimsByMetric(incident);
  return html`<div class="fallback" data-fallback="casualty-claims">
<p class="eyebrow">${s.claimsEyebrow}</p>
<h2 class="title"><bdi lang="${incident.language}">${incident.title}</bdi></h2>
<p class="meta">${formatCalendarDate(incident.occurredOn, lang)} · <bdi lang="${incident.language}">${incident.placeName}</bdi></p>
${
  views.length
    ? views.map(
        (v) => html`<section class="metric">
<h3>${s.metric[v.metric]}${v.subject ? html` · <bdi lang="${incident.language}">${v.subject}</bdi>` : ''}</h3>
<p class="sentence">${spreadSentence(v, s, lang)}</p>
<p class="sr">${claimsSummary(v, s, lang)}</p>
<ul>${v.current.map((c) => claimItem(c, s, lang, incident.language, countsOthers(c, v)))}</ul>
${
  v.earlier.length
    ? html`<details><summary>${s.earlier(formatNumber(v.earlier.length, lang))}</summary><ul>${v.earlier.map((c) => claimItem(c, s, lang, incident.language, countsOthers(c, v)))}</ul></details>`
    : ''
}
</section>`,
      )
    : html`<p>${s.noFigures}</p>`
}
<p class="note">${s.unverified}${recordLine(incident, 'casualty-claims', incident.slug, s, lang)}</p>
</div>`;
}

export function gaugeFallback(c: CeasefireShape, lang: Lang): Html {
  const s = STRINGS[lang];
  const band = c.gauge.band;
  const status = s.status[c.status];
  const next = nextMilestone(c.milestones);
  const tallies = latestTallies(c.tallies);
  return html`<div class="fallback" data-fallback="ceasefire-gauge">
<p class="eyebrow">${s.gaugeEyebrow}</p>
<h2 class="title"><bdi lang="${c.language}">${c.name}</bdi></h2>
<p class="meta">${c.brokers.length ? html`${markedList(s.brokeredBy, c.brokers, c.language, lang)} · ` : ''}${s.inForceFrom(formatCalendarDate(localDay(c.startedAt), lang))}</p>
${c.excludes.length ? html`<p class="meta">${markedList(s.notCovered, c.excludes, c.language, lang)}</p>` : ''}
<p class="reading"><strong class="status">${status}</strong>${band === null ? '' : html` <span class="small">(${meterText(status, band, s, lang)})</span>`} · ${daysInForce(c, s, lang)} · ${s.dataAsOf(describedDay(c, lang))}</p>
<p class="sr">${gaugeSummary(c, s, lang)}</p>
${c.statusNote ? html`<p><bdi lang="${c.language}">${c.statusNote}</bdi></p>` : ''}
${
  tallies.length
    ? html`<h3>${s.violations}</h3><ul>${tallies.map((t) => {
        const href = webHref(t.sourceUrl);
        return html`<li>${figure(tallyFigure(t), s, lang, c.language)} · ${t.claimant ? html`<bdi lang="${c.language}">${t.claimant.name}</bdi>` : s.unnamed}${t.excludes ? html` · <bdi lang="${c.language}">${t.excludes}</bdi>` : ''} · ${s.reportedOn(formatCalendarDate(t.reportedOn, lang))}${href ? html` · <a href="${href}" rel="noopener">${s.source}</a>` : ''}</li>`;
      })}</ul>`
    : ''
}
${
  next
    ? html`<h3>${s.nextMilestone}</h3><p><strong>${s.milestone[next.state]}</strong> · <bdi lang="${c.language}">${next.label}</bdi> · ${next.dueOn ? s.due(formatCalendarDate(next.dueOn, lang)) : s.noDate}</p>`
    : ''
}
<p class="note">${s.unverified}${recordLine(c, 'ceasefire-gauge', c.slug, s, lang)}</p>
</div>`;
}
