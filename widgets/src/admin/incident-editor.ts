/**
 * Editing one incident's claims: add a claim, revise one (a new claim that
 * supersedes it) or retract one, with the casualty-claims card previewing
 * the unsaved change beside the form.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminIncidentShape, MeShape } from '../../../shared/contract/admin';
import type { ProblemShape } from '../../../shared/contract/common';
import { CLAIMANT_KINDS, METRICS, QUALIFIERS, type Qualifier, RANGE_QUALIFIERS } from '../../../shared/contract/enums';
import type { ClaimShape, IncidentShape } from '../../../shared/contract/incident';
import { ADMIN_API } from '../../../shared/contract/paths';
import { enClaims } from '../../../shared/i18n/strings';
import { api, explain, fieldErrors, HELD_FOR_REVIEW } from './api';
import { field, formValues, integer, LANGUAGE_HINT } from './fields';
import { again, announceChange, focusNotice, following, type Notice } from './notice';
import { DRAFT_CLAIM_ID, withDraftClaim, withRetraction } from './preview';
import { reviewSwitch, switchedNotice, switchReview } from './review-switch';
import { StoryRead } from './story-read';
import { adminStyles } from './styles';

type Mode = { kind: 'add' } | { kind: 'revise'; claim: ClaimShape; etag: string | null };

@customElement('incident-editor')
export class IncidentEditor extends LitElement {
  static override styles = adminStyles;

  @property() slug = '';
  /** Who is editing: desk editors and admins also get the review switch. */
  @property({ attribute: false }) me: MeShape | null = null;
  @state() private detailsProblem: ProblemShape | null = null;
  @state() private mode: Mode = { kind: 'add' };
  @state() private draft: ClaimShape | null = null;
  @state() private retracting: ClaimShape | null = null;
  @state() private problem: ProblemShape | null = null;
  @state() private message: Notice | null = null;
  @state() private busy = false;

  readonly #read = new StoryRead<AdminIncidentShape>(this, {
    path: () => `${ADMIN_API}/incidents/${this.slug}`,
    noun: 'incident',
    // A failed read right after the editor's own write keeps what the write said ("Saved"); any other replaces it.
    say: (message) => {
      this.message = this.#rereading ? following(this.message, message) : again(this.message, message);
    },
    // The one form drawn from the incident itself: the add and revise form's values are its own, or the revised
    // claim's as it was when Revise was pressed (`mode`, with that claim's tag).
    shows: (incident, part) => (part === 'details' ? detailsOf(incident) : null),
  });
  /** Whether the editor has typed since the incident was read (the page then leaves their forms as they are). */
  readonly edits = this.#read.edits;

  private get incident(): AdminIncidentShape | null {
    return this.#read.value;
  }

  /** Reads the incident as it is now; public so the page can refresh it after a revert. */
  load(): Promise<boolean> {
    return this.#read.load();
  }

  /** Whether the read on its way follows the editor's own write. */
  #rereading = false;

  /** Reads the incident again after the editor's own write. */
  private async reread(): Promise<void> {
    this.#rereading = true;
    await this.load();
    this.#rereading = false;
  }

  private get preview(): IncidentShape | null {
    if (!this.incident) return null;
    if (this.retracting) return withRetraction(this.incident, this.retracting.id);
    return this.draft ? withDraftClaim(this.incident, this.draft) : this.incident;
  }

  /** The form as a claim body, in the API's field names. */
  private body(form: HTMLFormElement) {
    const v = formValues(form);
    const qualifier = (v('qualifier') ?? 'exact') as Qualifier;
    // A revision is the same claimant's figure for the same metric (the API refuses another).
    const revised = this.mode.kind === 'revise' ? this.mode.claim : null;
    return {
      claimant: revised
        ? { name: revised.claimant.name, kind: revised.claimant.kind }
        : { name: v('claimantName') ?? '', kind: v('claimantKind') ?? 'other' },
      metric: revised?.metric ?? v('metric') ?? 'killed',
      subject: v('subject') ?? '',
      qualifier,
      low: integer(v('low')),
      high: RANGE_QUALIFIERS.includes(qualifier) ? integer(v('high')) : null,
      asWritten: v('asWritten') ?? '',
      claimedOn: v('claimedOn') ?? '',
      sourceUrl: v('sourceUrl'),
      sourceArticleSlug: v('sourceArticleSlug'),
      quote: v('quote'),
      ...(this.mode.kind === 'revise' ? { supersedes: this.mode.claim.id } : {}),
    };
  }

  private onInput(event: Event): void {
    const form = event.currentTarget as HTMLFormElement;
    const b = this.body(form);
    const low = typeof b.low === 'number' ? b.low : null;
    if (low === null || !b.claimant.name || !b.asWritten) {
      this.draft = null;
      return;
    }
    this.draft = {
      id: DRAFT_CLAIM_ID,
      claimant: { name: b.claimant.name, kind: b.claimant.kind as ClaimShape['claimant']['kind'] },
      metric: b.metric as ClaimShape['metric'],
      subject: b.subject,
      qualifier: b.qualifier,
      low,
      high: typeof b.high === 'number' ? b.high : null,
      asWritten: b.asWritten,
      claimedOn: b.claimedOn,
      status: 'current',
      supersedes: this.mode.kind === 'revise' ? this.mode.claim.id : null,
      sourceUrl: b.sourceUrl,
      // Its headline is known here only where it is the revised claim's article.
      sourceArticle:
        this.mode.kind === 'revise' && b.sourceArticleSlug === this.mode.claim.sourceArticle?.slug
          ? this.mode.claim.sourceArticle
          : null,
      quote: b.quote,
    };
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    // What was saved: the claims' buttons wait while it is, but the notice speaks of this, not of what is open after.
    const mode = this.mode;
    this.busy = true;
    const res = await api<ClaimShape>('POST', `${ADMIN_API}/incidents/${this.slug}/claims`, {
      body: this.body(form),
      ifMatch: mode.kind === 'revise' ? mode.etag : null,
    });
    if (!res.ok) {
      this.busy = false;
      this.edits.refused();
      this.problem = res.problem;
      this.message = { ok: false, text: explain(res.problem), stale: res.status === 412 };
      return;
    }
    announceChange(this);
    this.message = {
      ok: true,
      text:
        res.status === 202
          ? HELD_FOR_REVIEW
          : mode.kind === 'revise'
            ? `Saved: “${res.body.asWritten}” now stands in place of “${mode.claim.asWritten}”, which stays in the history.`
            : `Saved: “${res.body.asWritten}” added.`,
    };
    this.edits.saved();
    form.reset();
    this.reset();
    // Read again, so the claim shows; a form holding unsaved text (the details) is left as it is, drawn from and saved
    // against the version it was read at, so a change of another editor's since meets the 412 (story-read.ts).
    await this.reread();
    this.busy = false;
  }

  /** Title, date, place and prose: a PATCH against the version this page read. */
  private async saveDetails(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    this.busy = true;
    // Against the version the form was drawn from: the latest read, or, while it holds unsaved text, the one read when
    // typing in it began (a read since, after another form's save, may hold another editor's change to it).
    const etag = this.#read.of('details')?.etag ?? null;
    const res = await api<IncidentShape>('PATCH', `${ADMIN_API}/incidents/${this.slug}`, {
      body: {
        title: v('title') ?? '',
        occurredOn: v('occurredOn') ?? '',
        placeName: v('placeName') ?? '',
        summary: v('summary') ?? '',
        language: v('language') ?? 'en',
      },
      ifMatch: etag,
    });
    if (!res.ok) {
      this.busy = false;
      this.edits.refused();
      this.detailsProblem = res.problem;
      this.message = { ok: false, text: explain(res.problem), stale: res.status === 412 };
      return;
    }
    announceChange(this);
    this.edits.saved();
    this.detailsProblem = null;
    this.message = { ok: true, text: res.status === 202 ? HELD_FOR_REVIEW : 'Saved: the incident’s details.' };
    // Busy until the version written is read: a save sent before then carries the ETag it replaced (a 412 against
    // the editor's own change).
    await this.reread();
    // Held for review, the form shows the incident as it stands again: what it proposed is not in force.
    if (res.status === 202) this.#read.restore(form);
    this.busy = false;
  }

  /**
   * Opens the revision form from the claim on screen, against that claim's
   * version as read with the incident: if someone changed the claim since,
   * the revision is refused (412) rather than made over a figure the editor
   * never saw.
   */
  private async revise(claim: ClaimShape): Promise<void> {
    this.retracting = null;
    this.mode = { kind: 'revise', claim, etag: this.incident?.claimTags[claim.id] ?? null };
    this.draft = null;
    this.problem = null;
    this.message = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#f-asWritten')?.focus();
  }

  /** Retracts the claim on screen, as read with the incident (412 if it changed since). */
  private async retract(claim: ClaimShape): Promise<void> {
    this.busy = true;
    const res = await api<ClaimShape>('DELETE', `${ADMIN_API}/claims/${claim.id}`, {
      ifMatch: this.incident?.claimTags[claim.id] ?? null,
    });
    this.retracting = null;
    if (res.ok) announceChange(this);
    this.message = res.ok
      ? {
          ok: true,
          text:
            res.status === 202
              ? HELD_FOR_REVIEW
              : `Retracted “${claim.asWritten}” (${claim.claimant.name}); it stays in the history.`,
        }
      : { ok: false, text: explain(res.problem), stale: res.status === 412 };
    await this.reread();
    this.busy = false;
    await focusNotice(this);
  }

  /** Asks before retracting: its Retract button goes, so the keyboard moves to Keep, the choice that changes nothing. */
  private async confirmRetract(claim: ClaimShape): Promise<void> {
    this.retracting = claim;
    await this.focusInRow(claim, '.keep');
  }

  /** The keyboard on one of a claim's buttons, found by its row: two claims' labels can read alike. */
  private async focusInRow(claim: ClaimShape, button: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-claim="${CSS.escape(claim.id)}"] ${button}`)?.focus();
  }

  /** Keeps the claim: the confirmation closes, and the keyboard goes back to its Retract. */
  private async keep(claim: ClaimShape): Promise<void> {
    this.retracting = null;
    await this.focusInRow(claim, '.retract');
  }

  private async toggleReview(): Promise<void> {
    if (!this.incident) return;
    this.busy = true;
    const required = this.incident.review !== 'required';
    const res = await switchReview(`${ADMIN_API}/incidents/${this.slug}`, required);
    this.message = switchedNotice(res, required);
    if (res.ok) announceChange(this);
    await this.reread();
    this.busy = false;
  }

  /** The incident as it is now (Reload): what was typed goes. */
  async reload(): Promise<void> {
    this.reset();
    this.message = null;
    // Busy until read: a save sent before then would go against the version being replaced (a 412).
    this.busy = true;
    await this.#read.reload();
    this.busy = false;
  }

  /**
   * Closes the revision: its form is emptied (so it holds nothing unsaved) and goes back to adding a claim; the
   * keyboard goes back to the Revise that opened it (Cancel goes with the revision).
   */
  private async cancel(event: Event): Promise<void> {
    const revised = this.mode.kind === 'revise' ? this.mode.claim : null;
    (event.currentTarget as HTMLButtonElement).form?.reset();
    this.reset();
    if (revised) await this.focusInRow(revised, '.revise');
  }

  private reset(): void {
    this.mode = { kind: 'add' };
    this.draft = null;
    this.problem = null;
    this.retracting = null;
  }

  override render() {
    return this.#read.render(
      (v) => this.renderHead(v),
      this.message,
      () => this.reload(),
      (v) => this.renderStory(v),
    );
  }

  private renderHead(incident: AdminIncidentShape) {
    return html`<h2 lang=${incident.language} dir="auto">${incident.title}</h2>
      <p class="muted">${incident.occurredOn} · <span lang=${incident.language} dir="auto">${incident.placeName}</span></p>
      ${reviewSwitch(incident.review, this.me, () => this.toggleReview(), this.busy)}`;
  }

  private renderStory(incident: AdminIncidentShape) {
    return html`<div class="columns">
        <div>
          ${this.renderClaims(incident)}
          ${this.renderForm()}
          ${this.renderDetails(incident)}
        </div>
        <aside class="preview" aria-label="Preview">
          <h2>Preview${this.draft || this.retracting ? ' (unsaved)' : ''}</h2>
          <casualty-claims .data=${this.preview} incident=${incident.slug}></casualty-claims>
        </aside>
      </div>`;
  }

  private renderClaims(incident: IncidentShape) {
    return html`<h3>Claims</h3>
      <table>
        <thead><tr><th scope="col">Claimant</th><th scope="col">Figure</th><th scope="col">Claimed</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          ${incident.claims.map(
            (c) => html`<tr data-claim=${c.id}>
              <td lang=${incident.language} dir="auto">${c.claimant.name}</td>
              <td><span lang=${incident.language} dir="auto">${c.asWritten}</span> <span class="muted">${c.metric}</span></td>
              <td>${c.claimedOn}</td>
              <td>${c.status}</td>
              <td>
                ${
                  c.status === 'current'
                    ? this.retracting?.id === c.id
                      ? html`<div class="actions" role="group" aria-label="Confirm retraction">
                          <button class="danger" ?disabled=${this.busy} @click=${() => this.retract(c)}>Retract “${c.asWritten}”</button>
                          <button class="secondary keep" @click=${() => this.keep(c)}>Keep</button>
                        </div>`
                      : html`<div class="actions">
                          <button class="secondary revise" ?disabled=${this.busy} @click=${() => this.revise(c)} aria-label=${reviseLabel(c)}>Revise</button>
                          <button class="secondary retract" ?disabled=${this.busy} @click=${() => this.confirmRetract(c)} aria-label=${retractLabel(c)}>Retract</button>
                        </div>`
                    : nothing
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderDetails(incident: AdminIncidentShape) {
    const errors = fieldErrors(this.detailsProblem);
    const shown = detailsOf(this.#read.of('details')?.value ?? incident);
    return html`<form data-part="details" @submit=${this.saveDetails} novalidate>
      <fieldset>
        <legend>Incident details</legend>
        <div class="grid">
          ${field({ scope: 'details', name: 'title', label: 'Title', value: shown.title, required: true }, errors)}
          ${field({ scope: 'details', name: 'occurredOn', label: 'Occurred on', type: 'date', value: shown.occurredOn, required: true }, errors)}
          ${field({ scope: 'details', name: 'placeName', label: 'Place', value: shown.placeName, required: true }, errors)}
          ${field({ scope: 'details', name: 'language', label: 'Language of its text', value: shown.language, hint: LANGUAGE_HINT }, errors)}
        </div>
        ${field({ scope: 'details', name: 'summary', label: 'Description', value: shown.summary, multiline: true }, errors)}
        <button type="submit" ?disabled=${this.busy}>Save details</button>
      </fieldset>
    </form>`;
  }

  private renderForm() {
    const errors = fieldErrors(this.problem);
    const base = this.mode.kind === 'revise' ? this.mode.claim : null;
    return html`<form @input=${this.onInput} @submit=${this.save} novalidate>
      <fieldset>
        <legend>${base ? `Revise ${base.claimant.name}’s “${base.asWritten}”` : 'Add a claim'}</legend>
        ${
          base
            ? html`<p class="muted">A revision is ${base.claimant.name}’s new figure for the ${base.metric}: another claimant’s figure, or another metric, is a claim of its own (Add a claim).</p>`
            : nothing
        }
        <div class="grid">
          ${
            base
              ? nothing
              : html`${field({ name: 'claimantName', label: 'Claimant', required: true, hint: 'An existing claimant of this name is reused.' }, { claimantName: errors['claimant.name'] ?? '' })}
          ${field({ name: 'claimantKind', label: 'Kind of claimant', value: 'ngo', options: CLAIMANT_KINDS, labels: enClaims.kind, required: true }, { claimantKind: errors['claimant.kind'] ?? '' })}
          ${field({ name: 'metric', label: 'Metric', value: 'killed', options: METRICS, required: true }, errors)}`
          }
          ${field({ name: 'qualifier', label: 'Qualifier', value: base?.qualifier ?? 'exact', options: QUALIFIERS, required: true }, errors)}
          ${field({ name: 'low', label: 'Figure (low)', type: 'number', value: base?.low, required: true }, errors)}
          ${field({ name: 'high', label: 'High (between / up to only)', type: 'number', value: base?.high }, errors)}
          ${field({ name: 'asWritten', label: 'As written', value: base?.asWritten, required: true, hint: 'Exactly as the source puts it: “more than 60”.' }, errors)}
          ${field({ name: 'claimedOn', label: 'Claimed on', type: 'date', value: base?.claimedOn, required: true }, errors)}
        </div>
        ${field({ name: 'subject', label: 'Who (subject)', value: base?.subject, required: true }, errors)}
        ${field({ name: 'sourceUrl', label: 'Source URL', type: 'url', value: base?.sourceUrl }, errors)}
        ${field({ name: 'sourceArticleSlug', label: 'Reported in (our article’s slug)', value: base?.sourceArticle?.slug, hint: 'The article of ours that reported it, if one did: readers see its headline once it is published. A revision keeps the revised claim’s.' }, errors)}
        ${field({ name: 'quote', label: 'Quote', value: base?.quote, multiline: true }, errors)}
        ${errors.supersedes ? html`<p class="error">${errors.supersedes}</p>` : nothing}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${base ? 'Save revision' : 'Add claim'}</button>
          ${base ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${(e: Event) => this.cancel(e)}>Cancel</button>` : nothing}
        </div>
      </fieldset>
    </form>`;
  }
}

const retractLabel = (c: ClaimShape) => `Retract ${c.claimant.name}’s ${c.asWritten}`;
const reviseLabel = (c: ClaimShape) => `Revise ${c.claimant.name}’s ${c.asWritten}`;

/** What the details form shows of an incident, by field name: drawn from this, and compared by StoryRead. */
const detailsOf = (i: IncidentShape) => ({
  title: i.title,
  occurredOn: i.occurredOn,
  placeName: i.placeName,
  language: i.language,
  summary: i.description,
});

declare global {
  interface HTMLElementTagNameMap {
    'incident-editor': IncidentEditor;
  }
}
