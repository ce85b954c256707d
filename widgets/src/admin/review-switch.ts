/**
 * Whether changes to an incident or ceasefire wait for review, and, for desk
 * editors and admins, the switch. Switching needs no version: it changes
 * what happens to the next change, not the story.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MeShape } from '../../../shared/contract/admin';
import { type ApiResult, api, explain, HELD_FOR_REVIEW } from './api';
import type { Notice } from './notice';

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

/** Switches review for an incident's or a ceasefire's admin URL (`ADMIN_API`/{incidents|ceasefires}/{slug}). */
export function switchReview(path: string, required: boolean): Promise<ApiResult<unknown>> {
  return api('PATCH', path, { body: { review: required ? 'required' : 'off' } });
}

/**
 * What the page says once it has switched to `required`: that it is done, in words a screen reader speaks (the
 * switch's own line changes quietly); that it waits for another desk editor when it was held (switching review
 * off, where it is required, is a change like any other: 202); or the problem.
 */
export function switchedNotice(res: ApiResult<unknown>, required: boolean): Notice {
  if (!res.ok) return { ok: false, text: explain(res.problem) };
  if (res.status === 202) return { ok: true, text: HELD_FOR_REVIEW };
  return { ok: true, text: required ? 'Review is now required.' : 'Review is off: changes are now published at once.' };
}
