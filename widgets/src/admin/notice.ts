/**
 * The one line that tells an editor what just happened: a success as a
 * polite status, a refusal as an alert. A line whose way forward is reading
 * the story again (a 412: it changed since it was read; a read that failed)
 * carries a Reload button.
 *
 * Both live regions stay on the page, empty between messages: a screen reader
 * speaks what changes inside a live region it already knows, and may say
 * nothing of one inserted with its words. Each message is a line of its own
 * (keyed by the notice), so "Saved" after "Saved" is heard again.
 */
import { html, type LitElement, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

export type Notice = { ok: boolean; text: string; stale?: boolean };

export function notice(message: Notice | null, reload?: () => void): TemplateResult {
  const line = (m: Notice) =>
    keyed(
      m,
      html`<div class="status ${m.ok ? 'ok' : 'bad'} actions">
        <span>${m.text}</span>
        ${m.stale && reload ? html`<button class="secondary" @click=${reload}>Reload</button>` : nothing}
      </div>`,
    );
  return html`<div role="status">${message?.ok ? line(message) : nothing}</div><div role="alert">${
    message && !message.ok ? line(message) : nothing
  }</div>`;
}

/**
 * The line for what a read in the background says (the watch's re-read, a list read again): the same words as the
 * line already there keep that line, so a read failing every 15 seconds is heard once, not each time.
 */
export function again(previous: Notice | null, next: Notice): Notice {
  return previous && previous.ok === next.ok && previous.text === next.text && previous.stale === next.stale
    ? previous
    : next;
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
