/**
 * The one line that tells an editor what just happened: a success as a
 * polite status, a refusal as an alert. A 412 (someone else saved first)
 * carries a Reload button, since reloading is the only way forward.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type Notice = { ok: boolean; text: string; stale?: boolean };

export function notice(message: Notice | null, reload?: () => void): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class="status ${message.ok ? 'ok' : 'bad'} actions" role=${message.ok ? 'status' : 'alert'}>
    <span>${message.text}</span>
    ${message.stale && reload ? html`<button class="secondary" @click=${reload}>Reload</button>` : nothing}
  </div>`;
}

/** Tells the page an entity was written, so the history beside it can refresh. */
export function announceChange(from: HTMLElement): void {
  from.dispatchEvent(new CustomEvent('entity-changed', { bubbles: true, composed: true }));
}
