/**
 * Editing one ceasefire: its status (each change joins the history), new
 * violation tallies, the state of its milestones and its details (name,
 * brokers, parties, what it leaves out, its end, the language of its text),
 * with the gauge previewing an unsaved status change.
 */
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AdminCeasefireShape, MeShape } from '../../../shared/contract/admin';
import type { CeasefireShape, MilestoneShape, TallyShape } from '../../../shared/contract/ceasefire';
import type { ProblemShape } from '../../../shared/contract/common';
import {
  CEASEFIRE_STATUSES,
  type CeasefireStatus,
  CLAIMANT_KINDS,
  MILESTONE_STATES,
  QUALIFIERS,
} from '../../../shared/contract/enums';
import { ADMIN_API } from '../../../shared/contract/paths';
import { utcDate } from '../../../shared/domain/time';
import { enClaims, enGauge } from '../../../shared/i18n/strings';
import { api, explain, fieldErrors, HELD_FOR_REVIEW } from './api';
import { field, formValues, integer, LANGUAGE_HINT } from './fields';
import { again, announceChange, following, type Notice } from './notice';
import { withStatus } from './preview';
import { reviewSwitch, switchedNotice, switchReview } from './review-switch';
import { StoryRead } from './story-read';
import { adminStyles } from './styles';

@customElement('ceasefire-editor')
export class CeasefireEditor extends LitElement {
  static override styles = adminStyles;

  @property() slug = '';
  /** Who is editing: desk editors and admins also get the review switch. */
  @property({ attribute: false }) me: MeShape | null = null;
  @state() private preview: CeasefireShape | null = null;
  @state() private problems: Record<string, ProblemShape | null> = {};
  @state() private message: Notice | null = null;
  @state() private busy = false;

  /** The ceasefire as last read (a read that succeeds drops a preview drawn from the last one). */
  readonly #read = new StoryRead<AdminCeasefireShape>(this, {
    path: () => `${ADMIN_API}/ceasefires/${this.slug}`,
    noun: 'ceasefire',
    // A failed read right after the editor's own write keeps what the write said ("Saved"); any other replaces it.
    say: (message) => {
      this.message = this.#rereading ? following(this.message, message) : again(this.message, message);
    },
    read: () => {
      this.preview = null;
    },
    // The forms drawn from the ceasefire itself; the tally and new-milestone forms' values are their own.
    shows: (c, part) =>
      part === 'status'
        ? statusOf(c)
        : part === 'details'
          ? detailsOf(c)
          : part.startsWith(MILESTONE)
            ? milestoneOf(c, part.slice(MILESTONE.length))
            : null,
  });
  /** Whether the editor has typed since the ceasefire was read (the page then leaves their forms as they are). */
  readonly edits = this.#read.edits;

  private get ceasefire(): AdminCeasefireShape | null {
    return this.#read.value;
  }

  /** Reads the ceasefire as it is now (public: the page refreshes it after a revert); false when the read failed. */
  load(): Promise<boolean> {
    return this.#read.load();
  }

  /** Whether the read on its way follows the editor's own write. */
  #rereading = false;

  /** Reads the ceasefire again after the editor's own write. */
  private async reread(): Promise<void> {
    this.#rereading = true;
    await this.load();
    this.#rereading = false;
  }

  /**
   * Runs one write from `form`; on success reloads, on refusal keeps the form's errors for `key`. Held for review,
   * the form shows the ceasefire as it stands again: what it proposed is under "Waiting for review", not in force.
   */
  private async write<T>(
    form: HTMLFormElement,
    key: string,
    method: 'POST' | 'PATCH',
    path: string,
    body: unknown,
    ifMatch: string | null,
    done: (saved: T) => string,
  ): Promise<boolean> {
    this.busy = true;
    const res = await api<T>(method, path, { body, ifMatch });
    if (!res.ok) {
      this.busy = false;
      this.edits.refused();
      this.problems = { ...this.problems, [key]: res.problem };
      this.message = { ok: false, text: explain(res.problem), stale: res.status === 412 };
      return false;
    }
    announceChange(this);
    this.edits.saved();
    this.problems = { ...this.problems, [key]: null };
    this.message = { ok: true, text: res.status === 202 ? HELD_FOR_REVIEW : done(res.body) };
    // Busy until the version written is read: a save sent before then carries the ETag it replaced (a 412 against
    // the editor's own change). Another form holding unsaved text is left as it is, drawn from and saved against the
    // version it was read at, where the read shows a change to it (story-read.ts).
    await this.reread();
    if (res.status === 202) this.#read.restore(form);
    this.busy = false;
    return true;
  }

  private async toggleReview(): Promise<void> {
    if (!this.ceasefire) return;
    this.busy = true;
    const required = this.ceasefire.review !== 'required';
    const res = await switchReview(`${ADMIN_API}/ceasefires/${this.slug}`, required);
    this.message = switchedNotice(res, required);
    if (res.ok) announceChange(this);
    await this.reread();
    this.busy = false;
  }

  /** The ceasefire as it is now (Reload): what was typed goes. */
  async reload(): Promise<void> {
    this.message = null;
    this.problems = {};
    // Busy until read: a save sent before then would go against the version being replaced (a 412).
    this.busy = true;
    await this.#read.reload();
    this.busy = false;
  }

  private statusBody(form: HTMLFormElement) {
    const v = formValues(form);
    return {
      status: (v('status') ?? 'holding') as CeasefireStatus,
      statusNote: v('statusNote'),
      asOf: v('asOf') ?? '',
    };
  }

  private onStatusInput(event: Event): void {
    if (!this.ceasefire) return;
    const change = this.statusBody(event.currentTarget as HTMLFormElement);
    this.preview = Number.isNaN(Date.parse(change.asOf)) ? null : withStatus(this.ceasefire, change);
  }

  private async saveStatus(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    await this.write<CeasefireShape>(
      form,
      'status',
      'PATCH',
      `${ADMIN_API}/ceasefires/${this.slug}`,
      this.statusBody(form),
      this.#read.of('status')?.etag ?? null,
      (c) => `Saved: the ceasefire now reads “${c.gauge.label}” as of ${c.asOf}.`,
    );
  }

  /** Name, lists, end and language: a PATCH against the version this page read. */
  private async saveDetails(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const lines = (name: string) => (v(name) ?? '').split('\n').flatMap((line) => line.trim() || []);
    // The ceasefire as this form was drawn from it: its end as shown, and the version it is saved against.
    const read = this.#read.of('details');
    await this.write<CeasefireShape>(
      form,
      'details',
      'PATCH',
      `${ADMIN_API}/ceasefires/${this.slug}`,
      {
        name: v('name') ?? '',
        brokers: lines('brokers'),
        parties: lines('parties'),
        excludes: lines('excludes'),
        // The field shows the end as stored, reached or not by the moment the data describes ("data as of"); sent only
        // when the editor changed it, so saving the name is no write to the end.
        ...(v('endedAt') !== (read?.value.storedEndedAt ?? null) ? { endedAt: v('endedAt') } : {}),
        language: v('language') ?? 'en',
      },
      read?.etag ?? null,
      () => 'Saved: the ceasefire’s details.',
    );
  }

  private async addTally(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const body = {
      claimant: v('claimantName') ? { name: v('claimantName'), kind: v('claimantKind') ?? 'other' } : null,
      count: integer(v('count')),
      qualifier: v('qualifier') ?? 'exact',
      asWritten: v('asWritten') ?? '',
      excludes: v('excludes'),
      reportedOn: v('reportedOn') ?? '',
      sourceUrl: v('sourceUrl'),
    };
    const saved = await this.write<TallyShape>(
      form,
      'tally',
      'POST',
      `${ADMIN_API}/ceasefires/${this.slug}/tallies`,
      body,
      null,
      (t) =>
        `Saved: tally “${t.asWritten}” added.${
          this.ceasefire && t.reportedOn > utcDate(new Date(this.ceasefire.asOf))
            ? ' Readers see it once the data is as of its day: move “Data as of” on (Status) when it is.'
            : ''
        }`,
    );
    if (saved) form.reset();
  }

  private async addMilestone(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const body = { label: v('label') ?? '', dueOn: v('dueOn') };
    const path = `${ADMIN_API}/ceasefires/${this.slug}/milestones`;
    const saved = await this.write<MilestoneShape>(
      form,
      'milestone',
      'POST',
      path,
      body,
      null,
      (m) => `Saved: milestone “${m.label}” added.`,
    );
    if (saved) form.reset();
  }

  private async saveMilestone(event: SubmitEvent, milestone: MilestoneShape): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const path = `${ADMIN_API}/ceasefires/${this.slug}/milestones/${milestone.id}`;
    // Against the milestone as shown (read with the ceasefire): another editor's change since is a 412, not lost.
    await this.write<MilestoneShape>(
      form,
      `milestone:${milestone.id}`,
      'PATCH',
      path,
      { state: v('state'), note: v('note') },
      this.#read.of(`${MILESTONE}${milestone.id}`)?.value.milestoneTags[milestone.id] ?? null,
      (m) => `Saved: “${m.label}” is now ${m.state.replace(/_/g, ' ')}.`,
    );
  }

  override render() {
    return this.#read.render(
      (v) => this.renderHead(v),
      this.message,
      () => this.reload(),
      (v) => this.renderStory(v),
    );
  }

  private renderHead(c: AdminCeasefireShape) {
    return html`<h2 lang=${c.language} dir="auto">${c.name}</h2>
      <p class="muted">Status ${c.status} · data as of ${c.asOf}</p>
      ${reviewSwitch(c.review, this.me, () => this.toggleReview(), this.busy)}`;
  }

  private renderStory(c: AdminCeasefireShape) {
    const statusErrors = fieldErrors(this.problems.status ?? null);
    const tallyErrors = fieldErrors(this.problems.tally ?? null);
    const newMilestoneErrors = fieldErrors(this.problems.milestone ?? null);
    const detailsErrors = fieldErrors(this.problems.details ?? null);
    const onePerLine = 'One per line.';
    // Each form as it was drawn: from the latest read, or, holding unsaved text, from the read it was typed over.
    const status = statusOf(this.#read.of('status')?.value ?? c);
    const details = detailsOf(this.#read.of('details')?.value ?? c);
    return html`<div class="columns">
        <div>
          <form data-part="status" @input=${this.onStatusInput} @submit=${this.saveStatus} novalidate>
            <fieldset>
              <legend>Status</legend>
              <div class="grid">
                ${field({ scope: 'status', name: 'status', label: 'Status', value: status.status, options: CEASEFIRE_STATUSES, labels: enGauge.status, required: true }, statusErrors)}
                ${field({ scope: 'status', name: 'asOf', label: 'Data as of', value: status.asOf, required: true, hint: 'ISO time with offset, e.g. 2016-09-19T21:00:00+03:00' }, statusErrors)}
              </div>
              ${field({ scope: 'status', name: 'statusNote', label: 'Status note', value: status.statusNote, multiline: true }, statusErrors)}
              <button type="submit" ?disabled=${this.busy}>Save status</button>
            </fieldset>
          </form>

          <form @submit=${this.addTally} novalidate>
            <fieldset>
              <legend>Add a violation tally</legend>
              <div class="grid">
                ${field({ scope: 'tally', name: 'claimantName', label: 'Claimant (blank if unattributed)' }, { claimantName: tallyErrors['claimant.name'] ?? '' })}
                ${field({ scope: 'tally', name: 'claimantKind', label: 'Kind of claimant', options: CLAIMANT_KINDS, labels: enClaims.kind }, { claimantKind: tallyErrors['claimant.kind'] ?? '' })}
                ${field({ scope: 'tally', name: 'count', label: 'Count', type: 'number', required: true }, tallyErrors)}
                ${field({ scope: 'tally', name: 'qualifier', label: 'Qualifier', value: 'at_least', options: QUALIFIERS, required: true }, tallyErrors)}
                ${field({ scope: 'tally', name: 'asWritten', label: 'As written', required: true }, tallyErrors)}
                ${field({ scope: 'tally', name: 'reportedOn', label: 'Reported on', type: 'date', required: true }, tallyErrors)}
              </div>
              ${field({ scope: 'tally', name: 'excludes', label: 'What it leaves out' }, tallyErrors)}
              ${field({ scope: 'tally', name: 'sourceUrl', label: 'Source URL', type: 'url' }, tallyErrors)}
              <button type="submit" ?disabled=${this.busy}>Add tally</button>
            </fieldset>
          </form>

          <h3>Milestones</h3>
          ${repeat(
            c.milestones,
            // Keyed: a milestone's form, and what was typed in it, stays with it when one is added before it.
            (m) => m.id,
            (m) => {
              const errors = fieldErrors(this.problems[`milestone:${m.id}`] ?? null);
              const part = `${MILESTONE}${m.id}`;
              const shown = milestoneOf(this.#read.of(part)?.value ?? c, m.id) ?? m;
              return html`<form data-part=${part} @submit=${(e: SubmitEvent) => this.saveMilestone(e, m)} novalidate>
              <fieldset>
                <legend>${m.label}${m.dueOn ? ` (due ${m.dueOn})` : ''}</legend>
                ${field({ scope: `m-${m.id}`, name: 'state', label: 'State', value: shown.state, options: MILESTONE_STATES, labels: enGauge.milestone, required: true }, errors)}
                ${field({ scope: `m-${m.id}`, name: 'note', label: 'Note', value: shown.note, multiline: true }, errors)}
                <button type="submit" ?disabled=${this.busy}>Save milestone</button>
              </fieldset>
            </form>`;
            },
          )}
          <form @submit=${this.addMilestone} novalidate>
            <fieldset>
              <legend>Add a milestone</legend>
              <div class="grid">
                ${field({ scope: 'new-milestone', name: 'label', label: 'Milestone', required: true }, newMilestoneErrors)}
                ${field({ scope: 'new-milestone', name: 'dueOn', label: 'Due on', type: 'date' }, newMilestoneErrors)}
              </div>
              <button type="submit" ?disabled=${this.busy}>Add milestone</button>
            </fieldset>
          </form>

          <form data-part="details" @submit=${this.saveDetails} novalidate>
            <fieldset>
              <legend>Ceasefire details</legend>
              <div class="grid">
                ${field({ scope: 'details', name: 'name', label: 'Name', value: details.name, required: true }, detailsErrors)}
                ${field({ scope: 'details', name: 'endedAt', label: 'Ended at', value: details.endedAt, hint: 'ISO time with offset; blank while it lasts. An end after “Data as of” (an announced expiry) is kept, and readers see it once the data reaches it.' }, detailsErrors)}
                ${field({ scope: 'details', name: 'language', label: 'Language of its text', value: details.language, hint: LANGUAGE_HINT }, detailsErrors)}
              </div>
              ${field({ scope: 'details', name: 'brokers', label: 'Brokers', value: details.brokers, multiline: true, hint: onePerLine }, detailsErrors)}
              ${field({ scope: 'details', name: 'parties', label: 'Parties', value: details.parties, multiline: true, hint: onePerLine }, detailsErrors)}
              ${field({ scope: 'details', name: 'excludes', label: 'Not covered', value: details.excludes, multiline: true, hint: onePerLine }, detailsErrors)}
              <button type="submit" ?disabled=${this.busy}>Save details</button>
            </fieldset>
          </form>
        </div>
        <aside class="preview" aria-label="Preview">
          <h2>Preview${this.preview ? ' (unsaved)' : ''}</h2>
          <ceasefire-gauge .data=${this.preview ?? c} ceasefire=${c.slug}></ceasefire-gauge>
        </aside>
      </div>`;
  }
}

/** The `data-part` of a milestone's form, before its id. */
const MILESTONE = 'milestone:';

/** What the status form shows of a ceasefire, by field name: drawn from this, and compared by StoryRead. */
const statusOf = (c: CeasefireShape) => ({ status: c.status, asOf: c.asOf, statusNote: c.statusNote });

/** What the details form shows of a ceasefire, by field name (its lists one per line). */
const detailsOf = (c: AdminCeasefireShape) => ({
  name: c.name,
  endedAt: c.storedEndedAt,
  language: c.language,
  brokers: c.brokers.join('\n'),
  parties: c.parties.join('\n'),
  excludes: c.excludes.join('\n'),
});

/** What a milestone's form shows of it, or null when the ceasefire has no such milestone. */
const milestoneOf = (c: CeasefireShape, id: string) => {
  const m = c.milestones.find((milestone) => milestone.id === id);
  return m ? { state: m.state, note: m.note } : null;
};

declare global {
  interface HTMLElementTagNameMap {
    'ceasefire-editor': CeasefireEditor;
  }
}
