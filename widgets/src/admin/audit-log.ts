/**
 * The audit trail: who changed what and when, newest first, with a revert
 * button on each entry. A revert is itself a change, so it appears here too.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AuditEntryShape, AuditListShape } from '../../../shared/contract/admin';
import { ADMIN_API } from '../../../shared/contract/paths';
import { api, explain, HELD_FOR_REVIEW } from './api';
import { authorship } from './changes';
import { again, focusNotice, type Notice, notice } from './notice';
import { adminStyles } from './styles';

@customElement('audit-log')
export class AuditLog extends LitElement {
  static override styles = adminStyles;

  /** Only this entity's history (e.g. "incident:deir-ez-zor-airstrike-2016"); empty for all. */
  @property() entity = '';
  @state() private entries: AuditEntryShape[] = [];
  @state() private nextCursor: string | null = null;
  @state() private message: Notice | null = null;
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(cursor?: string): Promise<void> {
    const query = new URLSearchParams({ limit: '20' });
    if (this.entity) query.set('entity', this.entity);
    if (cursor) query.set('cursor', cursor);
    const res = await api<AuditListShape>('GET', `${ADMIN_API}/audit?${query}`);
    if (!res.ok) {
      this.message = again(this.message, { ok: false, text: explain(res.problem) });
      return;
    }
    this.entries = cursor ? [...this.entries, ...res.body.data] : res.body.data;
    this.nextCursor = res.body.nextCursor;
  }

  private async revert(entry: AuditEntryShape): Promise<void> {
    this.busy = true;
    const res = await api('POST', `${ADMIN_API}/audit/${entry.id}/revert`);
    // On a story that requires review the undo is held like any change (202): said so, not "Reverted".
    this.message = res.ok
      ? { ok: true, text: res.status === 202 ? HELD_FOR_REVIEW : `Reverted: ${entry.action} of ${describe(entry)}.` }
      : { ok: false, text: explain(res.problem) };
    // Busy until the history is read again: the entry undone keeps its Revert until then, and a second press is a 409.
    await this.load();
    this.busy = false;
    await focusNotice(this);
    this.dispatchEvent(new CustomEvent('audit-reverted', { bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <h2>History</h2>
      ${notice(this.message)}
      ${
        this.entries.length === 0
          ? html`<p class="muted">No changes yet.</p>`
          : html`<table>
              <thead><tr><th scope="col">When</th><th scope="col">Editor</th><th scope="col">Change</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
              <tbody>
                ${this.entries.map(
                  (e) => html`<tr data-audit=${e.id}>
                    <td><time datetime=${e.at}>${e.at.replace('T', ' ').slice(0, 19)}</time></td>
                    <td>${authorship(e)}</td>
                    <td>${e.action} <span class="muted">${describe(e)}</span>${e.revertedBy ? html` <em>(reverted)</em>` : nothing}</td>
                    <td>${
                      // An undone change cannot be undone again; its revert, listed above it, can. Switching review
                      // and an editor's account are changed again where they are, not undone from here; a change held
                      // for review or sent back (review-held, review-rejected) is decided in the review list.
                      e.revertedBy || e.action.startsWith('review-') || e.entity.type === 'editor'
                        ? nothing
                        : html`<button class="secondary" ?disabled=${this.busy} @click=${() => this.revert(e)}
                            aria-label="Revert ${e.action} of ${describe(e)} at ${e.at}">Revert</button>`
                    }</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${this.nextCursor ? html`<button class="secondary" @click=${() => this.load(this.nextCursor ?? undefined)}>Older changes</button>` : nothing}
    `;
  }
}

function describe(entry: AuditEntryShape): string {
  // A change sent back says why, as the proposer reads it in the review list.
  const reason = (entry.after as { reason?: unknown } | null)?.reason;
  return `${entry.entity.type} ${entry.entity.key}${typeof reason === 'string' ? `: “${reason}”` : ''}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'audit-log': AuditLog;
  }
}
