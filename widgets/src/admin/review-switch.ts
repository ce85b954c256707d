/**
 * Whether changes to an incident or ceasefire wait for review, and, for desk
 * editors and admins, the switch. Switching needs no version: it changes
 * what happens to the next change, not the story.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MeShape } from '../../../src/contract/admin';
import { type ApiResult, api } from './api';

export function reviewSwitch(
  review: 'required' | 'off',
  me: MeShape | null,
  toggle: () => void,
  busy: boolean,
): TemplateResult {
  const required = review === 'required';
  const canSwitch = me?.role === 'desk' || me?.role === 'admin';
  return html`<div class="review actions">
    <span>${required ? 'Review required: every change waits for another desk editor’s approval.' : 'Changes are published at once (no review).'}</span>
    ${
      canSwitch
        ? html`<button class="secondary" ?disabled=${busy} @click=${toggle}>${required ? 'Stop requiring review' : 'Require review'}</button>`
        : nothing
    }
  </div>`;
}

/** Switches review for `/api/v1/admin/{incidents|ceasefires}/{slug}`. */
export function switchReview(path: string, required: boolean): Promise<ApiResult<unknown>> {
  return api('PATCH', path, { body: { review: required ? 'required' : 'off' } });
}
