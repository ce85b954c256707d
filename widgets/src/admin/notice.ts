/**
 * The one line that tells an editor what just happened: a success as a
 * polite status, a refusal as an alert. A line whose way forward is reading
 * the story again (a 412: it changed since it was read; a read that failed)
 * carries a Reload button.
 */
import { html, type LitElement, nothing, type TemplateResult } from 'lit';

export type Notice = { ok: boolean; text: string; stale?: boolean };

export function notice(message: Notice | null, reload?: () => void): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class="status ${message.ok ? 'ok' : 'bad'} actions" role=${message.ok ? 'status' : 'alert'}>
    <span>${message.text}</span>
    ${message.stale && reload ? html`<button class="secondary" @click=${reload}>Reload</button>` : nothing}
  </div>`;
}

/**
 * The line after `next` is said: a failure right after a success (a read after a save) keeps the success in view,
 * so "Saved" is not taken back by what came after it.
 */
export function following(previous: Notice | null, next: Notice): Notice {
  return previous?.ok && !previous.stale && !next.ok ? { ...next, text: `${previous.text} ${next.text}` } : next;
}

/** Tells the page an entity was written, so the history beside it can refresh. */
export function announceChange(from: HTMLElement): void {
  from.dispatchEvent(new CustomEvent('entity-changed', { bubbles: true, composed: true }));
}

/**
 * After an action whose button went with it (a retraction, a revert, a decision), the keyboard's place: the line
 * that says what happened, rather than the page's start.
 */
export async function focusNotice(host: LitElement): Promise<void> {
  await host.updateComplete;
  // Focusable only while it has the focus: a line a click or Tab lands on for nothing is noise.
  const line = host.renderRoot.querySelector<HTMLElement>('.status > span');
  if (!line) return;
  line.tabIndex = -1;
  line.addEventListener('blur', () => line.removeAttribute('tabindex'), { once: true });
  line.focus();
}

/** Back to the button that opened what was just closed (Keep, Cancel), found by its accessible name. */
export async function focusButton(host: LitElement, label: string): Promise<void> {
  await host.updateComplete;
  for (const button of host.renderRoot.querySelectorAll<HTMLButtonElement>('button'))
    if (button.getAttribute('aria-label') === label) return button.focus();
}
