import { html, nothing, type TemplateResult } from 'lit-html';
import type { ClaimShape, IncidentShape } from '../../../shared/contract/incident';
import {
  claimsByMetric,
  claimsSummary,
  countsOthers,
  type MetricView,
  rangeBar,
  spreadSentences,
} from '../../../shared/format/claims';
import { asWrittenLine, phraseFigure } from '../../../shared/format/figures';
import { formatCalendarDate, formatNumber, isolate } from '../../../shared/format/intl';
import { firstWebHref } from '../../../shared/format/links';
import { type ClaimsStrings, enClaims } from '../../../shared/i18n/strings';
import { around, data, ExplainerElement } from '../shared/element';
import { outlineLevels } from '../shared/outline';
import { looksLikeIncident } from '../shared/shape';
import { base } from '../shared/styles';
import { styles } from './casualty-claims.styles';

/**
 * Who says how many were killed, wounded or missing in one incident, and how
 * far apart their figures are.
 *
 * @tagname casualty-claims
 * @summary Casualty figures from every claimant, with their spread and sources.
 * @event {CustomEvent<ExplainerLoadDetail>} explainer-load - The data is shown. `detail`: `{ resource: 'incident', slug, url, data }`.
 * @event {CustomEvent<ExplainerUpdateDetail>} explainer-update - A live widget shows a newer version. `detail`: `{ resource: 'incident', slug, url, data, changed }` (ids of new or changed claims).
 * @event {CustomEvent<ExplainerErrorDetail>} explainer-error - The data could not be shown. `detail`: `{ resource: 'incident', slug, url, reason, status? }`.
 * @cssproperty --explainer-surface - Card background.
 * @cssproperty --explainer-text - Text colour.
 * @cssproperty --explainer-muted - Secondary text colour.
 * @cssproperty --explainer-border - Rules and the card's border.
 * @cssproperty --explainer-accent - The card's top rule and its small labels.
 * @cssproperty --explainer-link - Links and the keyboard focus ring.
 * @cssproperty --explainer-track - Empty bars and the loading skeleton.
 * @cssproperty --explainer-radius - Corner radius of the card.
 * @cssproperty --explainer-space - Padding and gaps.
 * @cssproperty --explainer-min-height - Height held before the data arrives.
 * @cssproperty --explainer-series-1 - Colour of the first claimant.
 * @cssproperty --explainer-series-2 - Colour of the second claimant.
 * @cssproperty --explainer-series-3 - Colour of the third claimant.
 * @cssproperty --explainer-series-4 - Colour of the fourth claimant (the fifth takes the first's again).
 * @csspart root - The card.
 * @csspart eyebrow - The small label above the title.
 * @csspart title - The incident's title.
 * @csspart metric - One metric (killed, wounded, missing): range bar, sentence and claims.
 * @csspart range - The range bar.
 * @csspart sentence - The sentence saying whether the sources disagree.
 * @csspart claim - One claimant's figure.
 * @csspart history - The disclosure holding superseded and retracted figures.
 * @csspart footer - The "as reported" note.
 * @csspart message - The error or not-found message.
 * @csspart link - Links to sources and to the data.
 * @csspart update - The "Updated — show" control of a live widget whose update waits for the reader.
 * @csspart more - The "Show all" button of a card cut short to fit the height its page held for it.
 */
export class CasualtyClaims extends ExplainerElement<IncidentShape, ClaimsStrings> {
  static override styles = [base, styles];
  static override properties = { incident: {} };

  /** Slug of the incident to show. */
  declare incident: string | null;

  protected readonly _resource = 'incident';
  protected readonly _collection = 'incidents';
  protected readonly _english = enClaims;

  protected _slug(): string {
    return this.incident ?? '';
  }

  protected _accepts(body: unknown): body is IncidentShape {
    return looksLikeIncident(body);
  }

  /** Each new or changed current claim: "Airwars says 80 killed". */
  protected _describeChanges(after: IncidentShape, ids: Set<string>, s: ClaimsStrings, locale: string): string[] {
    return after.claims
      .filter((c) => ids.has(c.id) && c.status === 'current')
      .map((c) =>
        s.says(isolate(c.claimant.name, s.dir), s.counted(phraseFigure(c, s, locale), c.metric, c.high ?? c.low)),
      );
  }

  protected _renderSkeleton(): TemplateResult {
    return html`<p class="eyebrow" id="eyebrow" part="eyebrow">${this._strings.claimsEyebrow}</p>
      <div aria-hidden="true">
        <span class="bone" .style=${'width:70%;height:1.3em'}></span>
        <span class="bone" .style=${'width:40%'}></span>
        <span class="bone" .style=${'height:2.4em;margin-top:1.6em'}></span>
        <span class="bone" .style=${'width:85%'}></span>
        <span class="bone" .style=${'height:3.2em;margin-top:1.2em'}></span>
        <span class="bone" .style=${'height:3.2em'}></span>
      </div>`;
  }

  protected _summary(incident: IncidentShape, s: ClaimsStrings, locale: string): [string, string] {
    return [incident.title, this._sentence(claimsByMetric(incident), s, locale)];
  }

  private _sentence(views: MetricView[], s: ClaimsStrings, locale: string): string {
    return views.length ? views.map((v) => claimsSummary(v, s, locale)).join(' ') : s.noFigures;
  }

  protected _renderData(incident: IncidentShape, s: ClaimsStrings, locale: string): TemplateResult {
    const views = claimsByMetric(incident);
    const [title, section] = outlineLevels(this, this.headingLevel);
    return html`<p class="sr">${this._sentence(views, s, locale)}</p>
      <p class="eyebrow" id="eyebrow" part="eyebrow">${s.claimsEyebrow}</p>
      <p class="title" id="title" part="title" role="heading" aria-level=${title}>${data(incident.title)}</p>
      <p class="meta">${formatCalendarDate(incident.occurredOn, locale)} · ${data(incident.placeName)}</p>
      ${views.length ? views.map((v) => this._metric(v, s, locale, section)) : html`<p class="sentence">${s.noFigures}</p>`}
      <p class="note" part="footer">
        ${s.unverified}
        ${incident.updatedSince && incident.asOf ? html`<br />${s.newer(formatCalendarDate(incident.asOf.slice(0, 10), locale))}` : nothing}
        ${this._record(incident, locale)}
      </p>`;
  }

  /** `level`: its label's heading level. */
  private _metric(view: MetricView, s: ClaimsStrings, locale: string, level: number): TemplateResult {
    const bar = rangeBar(view);
    const labels = bar?.ticks.map((t) => formatNumber(t, locale)) ?? [];
    const subject = view.subject;
    return html`<div class="metric" part="metric">
      <p class="label" role="heading" aria-level=${level}>${s.metric[view.metric]}${subject ? html` · <span class="subject">${data(subject)}</span>` : nothing}</p>
      ${
        bar
          ? html`<div class="range" part="range" aria-hidden="true">
              <div class="track">
                ${bar.spread ? html`<span class="spread" .style="inset-inline-start:${bar.spread.from * 100}%;width:${(bar.spread.to - bar.spread.from) * 100}%"></span>` : nothing}
                ${bar.marks.map(
                  (m, i) =>
                    html`<span
                      class="mark ${m.open ? 'open' : ''} ${m.to > m.from ? 'span' : ''} ${m.claim.qualifier === 'up_to' ? 'upto' : ''}"
                      .style="inset-inline-start:${m.from * 100}%;width:${(m.to - m.from) * 100}%;--c:var(--_s${(i % 4) + 1})"
                    ></span>`,
                )}
              </div>
              <div class="ticks" .style="--_need:${tickRoom(labels)}em">
                ${bar.ticks.map((t, i) => html`<span .style="inset-inline-start:${(t / bar.max) * 100}%">${labels[i]}</span>`)}
              </div>
            </div>`
          : nothing
      }
      <p class="sentence" part="sentence">${spreadSentences(view, s, locale).join(' ')}</p>
      <ul class="claims">
        ${view.current.map((c, i) => this._claim(c, i, s, locale, countsOthers(c, view)))}
      </ul>
      ${
        view.earlier.length
          ? html`<details part="history">
              <summary>${s.earlier(formatNumber(view.earlier.length, locale))}</summary>
              <ul class="claims earlier">
                ${view.earlier.map((c) => this._claim(c, -1, s, locale, countsOthers(c, view)))}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  /** `others`: the subject this claim counts, where it is not its metric's. */
  private _claim(
    c: ClaimShape,
    index: number,
    s: ClaimsStrings,
    locale: string,
    others: string | null,
  ): TemplateResult {
    const link = firstWebHref(c.sourceUrl, c.claimant.url);
    const figure = phraseFigure(c, s, locale);
    const asWritten = asWrittenLine(c, figure, s);
    const updated = this._lastUpdate?.ids.has(c.id) ? this._lastUpdate.mark(locale) : undefined;
    return html`<li class="claim ${updated ? 'updated' : ''}" part="claim" data-status=${c.status}>
      <span class="key" .style="--c:${index < 0 ? 'var(--_muted)' : `var(--_s${(index % 4) + 1})`}" aria-hidden="true"></span>
      <div class="who">
        <p class="name">${data(c.claimant.name)}</p>
        <p class="small">
          ${s.kind[c.claimant.kind] ?? c.claimant.kind} · ${s.claimedOn(formatCalendarDate(c.claimedOn, locale))}
          ${others ? html` · ${data(others)}` : nothing}
          ${c.status !== 'current' ? html` · <strong>${c.status === 'retracted' ? s.retracted : s.revised}</strong>` : nothing}
          ${updated ? html` · <strong class="updated-mark">${updated}</strong>` : nothing}
        </p>
        ${asWritten ? html`<p class="small">${around(s.asWritten, c.asWritten)}</p>` : nothing}
        ${c.quote ? html`<p class="quote">${data(html`<q>${c.quote}</q>`)}</p>` : nothing}
        <p class="small">
          ${link ? html`${s.source}: <a part="link" href=${link} rel="noopener">${new URL(link).host.replace(/^www\./, '')}</a>` : nothing}
          ${link && c.sourceArticle ? ' · ' : nothing}${c.sourceArticle ? around(s.reportedIn, c.sourceArticle.headline, c.sourceArticle.language) : nothing}
        </p>
      </div>
      <p class="figure">${figure}</p>
    </li>`;
  }
}

/**
 * The width in ems the range bar's axis needs to set all of `labels` apart, which its stylesheet compares with
 * its own. The tightest pair is the last two: the last label, the longest, is set inside the axis' end, so all of
 * it reaches toward the one before, which reaches half of itself back. Each interval needs that and a gap, at
 * 0.6 em a character (a digit of the widest common faces, monospace's).
 */
function tickRoom(labels: string[]): number {
  const [before = '', last = ''] = labels.slice(-2);
  return (labels.length - 1) * ((last.length + before.length / 2) * 0.6 + 0.4);
}
