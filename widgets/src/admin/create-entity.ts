/**
 * Starting a new story: an incident or a ceasefire with the fields the API
 * requires, then straight into its editor for the rest (claims, tallies,
 * milestones). Errors come back from the API inline, as everywhere else.
 */
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ProblemShape } from '../../../shared/contract/common';
import { CEASEFIRE_STATUSES } from '../../../shared/contract/enums';
import { ADMIN_API } from '../../../shared/contract/paths';
import { enGauge } from '../../../shared/i18n/strings';
import { api, explain, fieldErrors } from './api';
import { field, formValues, LANGUAGE_HINT } from './fields';
import { announceChange, type Notice, notice } from './notice';
import { adminStyles } from './styles';

export type EntityKind = 'incident' | 'ceasefire';

@customElement('create-entity')
export class CreateEntity extends LitElement {
  static override styles = adminStyles;

  @property() kind: EntityKind = 'incident';
  @state() private problem: ProblemShape | null = null;
  @state() private message: Notice | null = null;
  @state() private busy = false;

  private body(form: HTMLFormElement) {
    const v = formValues(form);
    if (this.kind === 'incident') {
      return {
        slug: v('slug') ?? '',
        title: v('title') ?? '',
        occurredOn: v('occurredOn') ?? '',
        placeName: v('placeName') ?? '',
        language: v('language') ?? undefined,
      };
    }
    return {
      slug: v('slug') ?? '',
      name: v('name') ?? '',
      startedAt: v('startedAt') ?? '',
      status: v('status') ?? 'holding',
      asOf: v('asOf') ?? '',
      language: v('language') ?? undefined,
    };
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const body = this.body(event.currentTarget as HTMLFormElement);
    this.busy = true;
    const res = await api('POST', `${ADMIN_API}/${this.kind === 'incident' ? 'incidents' : 'ceasefires'}`, { body });
    this.busy = false;
    if (!res.ok) {
      this.problem = res.problem;
      this.message = { ok: false, text: explain(res.problem) };
      return;
    }
    this.problem = null;
    this.message = null;
    announceChange(this);
    this.dispatchEvent(
      new CustomEvent('entity-created', {
        bubbles: true,
        composed: true,
        detail: { kind: this.kind, slug: body.slug },
      }),
    );
  }

  override render() {
    const errors = fieldErrors(this.problem);
    const scope = `new-${this.kind}`;
    const slugHint = 'Lower case words joined by hyphens; it is in every embed URL and cannot change.';
    return html`<form @submit=${this.create} novalidate>
      <fieldset>
        <legend>New ${this.kind}</legend>
        ${notice(this.message)}
        <div class="grid">
          ${field({ scope, name: 'slug', label: 'Slug', required: true, hint: slugHint }, errors)}
          ${
            this.kind === 'incident'
              ? html`${field({ scope, name: 'title', label: 'Title', required: true }, errors)}
                ${field({ scope, name: 'occurredOn', label: 'Occurred on', type: 'date', required: true }, errors)}
                ${field({ scope, name: 'placeName', label: 'Place', required: true }, errors)}`
              : html`${field({ scope, name: 'name', label: 'Name', required: true }, errors)}
                ${field({ scope, name: 'startedAt', label: 'Started at', required: true, hint: 'ISO time with offset, e.g. 2016-09-12T19:00:00+03:00' }, errors)}
                ${field({ scope, name: 'status', label: 'Status', value: 'holding', options: CEASEFIRE_STATUSES, labels: enGauge.status, required: true }, errors)}
                ${field({ scope, name: 'asOf', label: 'Data as of', required: true, hint: 'ISO time with offset' }, errors)}`
          }
          ${field({ scope, name: 'language', label: 'Language of its text', value: 'en', hint: LANGUAGE_HINT }, errors)}
        </div>
        <button type="submit" ?disabled=${this.busy}>Create ${this.kind}</button>
      </fieldset>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'create-entity': CreateEntity;
  }
}
