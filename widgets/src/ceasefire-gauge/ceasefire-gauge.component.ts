import { html, nothing, svg, type TemplateResult } from 'lit-html';
import type { CeasefireShape, TallyShape } from '../../../shared/contract/ceasefire';
import {
  bandPath,
  daysInForce,
  describedDay,
  GAUGE,
  gaugeSummary,
  latestTallies,
  meterText,
  needlePath,
  nextMilestone,
  tallyFigure,
} from '../../../shared/format/ceasefire';
import { asWrittenLine, phraseFigure } from '../../../shared/format/figures';
import { formatCalendarDate, localDay } from '../../../shared/format/intl';
import { webHref } from '../../../shared/format/links';
import { enGauge, type GaugeStrings } from '../../../shared/i18n/strings';
import { around, data, ExplainerElement, listed } from '../shared/element';
import { outlineLevels } from '../shared/outline';
import { looksLikeCeasefire } from '../shared/shape';
import { base } from '../shared/styles';
import { styles } from './ceasefire-gauge.styles';

const BANDS = [0, 1, 2, 3];

/**
 * Whether a ceasefire holds: a gauge from holding to collapsed, days in
 * force as of the data's own date, the latest violation tallies and the next
 * milestone.
 *
 * @tagname ceasefire-gauge
 * @summary A ceasefire's status as a gauge, with tallies and the next milestone.
 * @event {CustomEvent<ExplainerLoadDetail>} explainer-load - The data is shown. `detail`: `{ resource: 'ceasefire', slug, url, data }`.
 * @event {CustomEvent<ExplainerUpdateDetail>} explainer-update - A live widget shows a newer version. `detail`: `{ resource: 'ceasefire', slug, url, data, changed }` (ids of new or changed tallies and milestones, and `status` when the status changed).
 * @event {CustomEvent<ExplainerErrorDetail>} explainer-error - The data could not be shown. `detail`: `{ resource: 'ceasefire', slug, url, reason, status? }`.
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
 * @cssproperty --explainer-holding - Colour of the gauge's "holding" band.
 * @cssproperty --explainer-strained - Colour of the gauge's "strained" band.
 * @cssproperty --explainer-precarious - Colour of the gauge's "precarious" band.
 * @cssproperty --explainer-collapsed - Colour of the gauge's "collapsed" band.
 * @csspart root - The card.
 * @csspart eyebrow - The small label above the title.
 * @csspart title - The ceasefire's name.
 * @csspart gauge - The gauge (a `role="meter"`).
 * @csspart status - The status label beside the gauge.
 * @csspart tallies - The list of violation tallies.
 * @csspart milestone - The next milestone.
 * @csspart footer - The "as reported" note.
 * @csspart message - The error or not-found message.
 * @csspart link - Links to sources and to the data.
 * @csspart update - The "Updated — show" control of a live widget whose update waits for the reader.
 * @csspart more - The "Show all" button of a card cut short to fit the height its page held for it.
 */
export class CeasefireGauge extends ExplainerElement<CeasefireShape, GaugeStrings> {
  static override styles = [base, styles];
  static override properties = { ceasefire: {} };

  /** Slug of the ceasefire to show. */
  declare ceasefire: string | null;

  protected readonly _resource = 'ceasefire';
  protected readonly _collection = 'ceasefires';
  protected readonly _english = enGauge;

  protected _slug(): string {
    return this.ceasefire ?? '';
  }

  /** A new status, and each new or changed tally: "Violations reported: 12". */
  protected _describeChanges(after: CeasefireShape, ids: Set<string>, s: GaugeStrings, locale: string): string[] {
    return [
      ...(ids.has('status') ? [s.status[after.status]] : []),
      ...after.tallies
        .filter((t) => ids.has(t.id))
        .map((t) => `${s.violations}: ${phraseFigure(tallyFigure(t), s, locale)}`),
    ];
  }

  /** "updated 14:32" beside what the last live update changed. */
  private _mark(id: string, locale: string) {
    return this._lastUpdate?.ids.has(id)
      ? html` <strong class="updated-mark">${this._lastUpdate.mark(locale)}</strong>`
      : nothing;
  }

  protected _accepts(body: unknown): body is CeasefireShape {
    return looksLikeCeasefire(body);
  }

  protected _renderSkeleton(): TemplateResult {
    return html`<p class="eyebrow" id="eyebrow" part="eyebrow">${this._strings.gaugeEyebrow}</p>
      <div aria-hidden="true">
        <span class="bone" .style=${'width:75%;height:1.3em'}></span>
        <span class="bone" .style=${'width:45%'}></span>
        <div class="main">
          <span class="bone" .style=${'height:7em;margin:0'}></span>
          <div><span class="bone" .style=${'height:1.6em;margin:0'}></span><span class="bone"></span><span class="bone"></span></div>
        </div>
        <span class="bone" .style=${'height:4em;margin-top:1.4em'}></span>
      </div>`;
  }

  protected _summary(c: CeasefireShape, s: GaugeStrings, locale: string): [string, string] {
    return [c.name, gaugeSummary(c, s, locale)];
  }

  protected _renderData(c: CeasefireShape, s: GaugeStrings, locale: string): TemplateResult {
    const band = c.gauge.band;
    const status = s.status[c.status] ?? c.gauge.label;
    const tallies = latestTallies(c.tallies);
    const next = nextMilestone(c.milestones);
    const [title, section] = outlineLevels(this, this.headingLevel);
    // An ended ceasefire is off the scale: a picture, whose name says its status (a meter's value text says it).
    const meter =
      band === null
        ? { role: 'img', label: `${s.meterLabel}: ${status}`, now: nothing, text: nothing }
        : { role: 'meter', label: s.meterLabel, now: String(band), text: meterText(status, band, s, locale) };
    return html`<p class="sr">${this._summary(c, s, locale)[1]}</p>
      <p class="eyebrow" id="eyebrow" part="eyebrow">${s.gaugeEyebrow}</p>
      <p class="title" id="title" part="title" role="heading" aria-level=${title}>${data(c.name)}</p>
      <p class="meta">
        ${c.brokers.length ? html`${around(s.brokeredBy, listed(c.brokers, locale))} · ` : nothing}${s.inForceFrom(formatCalendarDate(localDay(c.startedAt), locale))}
      </p>
      ${c.excludes.length ? html`<p class="meta">${around(s.notCovered, listed(c.excludes, locale))}</p>` : nothing}
      <div class="main">
        <div
          class="gauge"
          part="gauge"
          role=${meter.role}
          aria-label=${meter.label}
          aria-valuemin=${band === null ? nothing : '0'}
          aria-valuemax=${band === null ? nothing : '3'}
          aria-valuenow=${meter.now}
          aria-valuetext=${meter.text}
          data-band=${band ?? 'ended'}
        >
          <svg viewBox="0 0 200 108" aria-hidden="true" focusable="false">
            ${BANDS.map((i) => svg`<path class="band b${i} ${i === band ? 'on' : ''}" d=${bandPath(i)}></path>`)}
            ${band === null ? nothing : svg`<path class="needle" d=${needlePath(band)}></path><circle class="hub" cx=${GAUGE.cx} cy=${GAUGE.cy} r="9"></circle>`}
          </svg>
          <p class="scale" aria-hidden="true"><span>${s.scaleStart}</span><span>${s.scaleEnd}</span></p>
        </div>
        <div class="reading">
          <p class="status b${band ?? 'x'}" part="status">${status}</p>
          <p class="days">${daysInForce(c, s, locale)}${this._mark('status', locale)}</p>
          <p class="small">${s.dataAsOf(describedDay(c, locale))}</p>
          ${c.statusNote ? html`<p class="status-note">${data(c.statusNote)}</p>` : nothing}
        </div>
      </div>
      <div class="facts">
        ${
          tallies.length
            ? html`<div>
                <p class="label" role="heading" aria-level=${section}>${s.violations}</p>
                <ul class="tallies" part="tallies">
                  ${tallies.map((t) => this._tally(t, s, locale))}
                </ul>
              </div>`
            : nothing
        }
        ${
          next
            ? html`<div part="milestone" class="milestone">
                <p class="label" role="heading" aria-level=${section}>${s.nextMilestone}</p>
                <p><span class="badge ${next.state}">${s.milestone[next.state]}</span> ${data(next.label)}</p>
                <p class="small">${next.dueOn ? s.due(formatCalendarDate(next.dueOn, locale)) : s.noDate}</p>
              </div>`
            : nothing
        }
      </div>
      <p class="note" part="footer">
        ${s.unverified}
        ${c.updatedSince ? html`<br />${s.newer(describedDay(c, locale))}` : nothing}
        ${this._record(c, locale)}
      </p>`;
  }

  private _tally(t: TallyShape, s: GaugeStrings, locale: string): TemplateResult {
    const href = webHref(t.sourceUrl);
    const figure = tallyFigure(t);
    const count = phraseFigure(figure, s, locale);
    const asWritten = asWrittenLine(figure, count, s);
    return html`<li class="tally">
      <p><strong class="count">${count}</strong> · ${t.claimant ? data(t.claimant.name) : s.unnamed}</p>
      ${asWritten ? html`<p class="small">${around(s.asWritten, figure.asWritten)}</p>` : nothing}
      <p class="small">
        ${t.excludes ? html`<span class="excludes">${data(t.excludes)}</span> · ` : nothing}${s.reportedOn(formatCalendarDate(t.reportedOn, locale))}
        ${href ? html` · <a part="link" href=${href} rel="noopener">${s.source}</a>` : nothing}
      ${this._mark(t.id, locale)}</p>
    </li>`;
  }
}
