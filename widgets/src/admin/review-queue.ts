/**
 * "Waiting for review": the changes held because their incident or
 * ceasefire requires review, each with the widget as readers would see it
 * once approved, and Approve / Reject for desk editors. Rejecting asks for
 * the reason, which the proposer reads under "Your changes sent back" for
 * a week. One's own change shows no Approve: another desk editor must
 * approve it.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  AdminCeasefireShape,
  AdminIncidentShape,
  AuditEntryShape,
  AuditListShape,
  ChangeListShape,
  MeShape,
  PendingChangeShape,
} from '../../../shared/contract/admin';
import { ADMIN_API } from '../../../shared/contract/paths';
import { api, explain } from './api';
import { describeChange, describeUndone } from './changes';
import { field, formValues } from './fields';
import { again, announceChange, focusButton, focusNotice, type Notice, notice } from './notice';
import { type ArticleNow, withHeldChange } from './preview';
import { adminStyles } from './styles';

/** How long an editor's rejected changes stay listed for them, with the reason. */
const SENT_BACK_SHOWN_DAYS = 7;
const SENT_BACK_SHOWN_MS = SENT_BACK_SHOWN_DAYS * 24 * 3600_000;

type Subject = { kind: 'incident'; data: AdminIncidentShape } | { kind: 'ceasefire'; data: AdminCeasefireShape };

@customElement('review-queue')
export class ReviewQueue extends LitElement {
  static override styles = adminStyles;

  /** Who is looking: decides whether Approve and Reject are offered. */
  @property({ attribute: false }) me: MeShape | null = null;
  @state() private changes: PendingChangeShape[] = [];
  /** This editor's own changes another sent back, lately: where a proposer reads why. */
  @state() private sentBack: PendingChangeShape[] = [];
  /** The incidents and ceasefires the changes are to, as they are now, by "type:slug". */
  @state() private subjects = new Map<string, Subject>();
  @state() private articles = new Map<string, ArticleNow>();
  /** The history entries a held revert would undo, by id: what its reviewer needs to see. */
  @state() private undone = new Map<number, AuditEntryShape>();
  @state() private rejecting: string | null = null;
  @state() private message: Notice | null = null;
  @state() private busy = false;
  @state() private loaded = false;
  /** Why the last read of the list failed; null once one succeeds. Apart from `message`, which says what was decided. */
  @state() private failed: Notice | null = null;

  /** A refresh that came while the reader's hand was in the list, made once it leaves. */
  #owed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.addEventListener('focusout', this.#onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusout', this.#onFocusOut);
  }

  /**
   * Reads the list again after a change somewhere: the page's watch of the history (./history-watch.ts) hears every
   * write, every change held for review and every decision. Not while a reason is being written or a decision is on
   * its way (which reads it again when done), nor under the reader's hand, where a new change at the top would move
   * every one below it: then once focus leaves the list.
   */
  refresh(): void {
    this.#owed = this.busy || !!this.rejecting || this.matches(':focus-within');
    if (!this.#owed) void this.load();
  }

  // Focus has not moved yet when `focusout` fires: look once it has.
  #onFocusOut = (): void => void setTimeout(() => this.#owed && this.refresh());

  /** Each load's number: only the latest one's answers are shown (the page's watch, a decision and the first load can overlap). */
  #ticket = 0;

  async load(): Promise<void> {
    const ticket = ++this.#ticket;
    const [res, rejected] = await Promise.all([
      api<ChangeListShape>('GET', `${ADMIN_API}/changes?status=pending&limit=100`),
      api<ChangeListShape>('GET', `${ADMIN_API}/changes?status=rejected&limit=100`),
    ]);
    if (ticket !== this.#ticket) return;
    if (!res.ok) {
      this.failed = again(this.failed, { ok: false, text: `The list could not be read: ${explain(res.problem)}` });
      return;
    }
    this.failed = null;
    const changes = res.body.data;
    const since = Date.now() - SENT_BACK_SHOWN_MS;
    const sentBack = rejected.ok
      ? rejected.body.data.filter(
          (c) => c.proposedBy.name === this.me?.name && Date.parse(c.decidedAt ?? c.proposedAt) >= since,
        )
      : [];
    // What the previews need, the three kinds at once: each story a change is held for, as it is now; each article an
    // edit changes (a draft's headline is in no story's read); each history entry a held revert undoes (that one
    // entry, read as the history pages to it).
    const reverts = changes.filter((c) => c.operation === 'audit.revert');
    const [subjects, articles, undone] = await Promise.all([
      readEach(new Set(changes.map((c) => `${c.subject.type}:${c.subject.key}`)), async (key) => {
        const [type, slug] = key.split(':') as ['incident' | 'ceasefire', string];
        const read = await api<AdminIncidentShape & AdminCeasefireShape>('GET', `${ADMIN_API}/${type}s/${slug}`);
        return read.ok ? ({ kind: type, data: read.body } as Subject) : undefined;
      }),
      readEach(
        new Set(changes.flatMap((c) => (c.operation === 'article.update' ? [String(c.params.slug)] : []))),
        async (slug) => {
          const read = await api<ArticleNow>('GET', `${ADMIN_API}/articles/${slug}`);
          return read.ok ? read.body : undefined;
        },
      ),
      readEach(new Set(reverts), async (revert) => {
        const id = Number(revert.params.id);
        // Not by the story held: an article's entries are in the article's history, not its incidents'.
        const query = new URLSearchParams({ limit: '1', cursor: String(id + 1) });
        const read = await api<AuditListShape>('GET', `${ADMIN_API}/audit?${query}`);
        const entry = read.ok ? read.body.data[0] : undefined;
        return entry?.id === id ? entry : undefined;
      }),
    ]);
    if (ticket !== this.#ticket) return;
    this.changes = changes;
    this.sentBack = sentBack;
    this.subjects = subjects;
    this.articles = articles;
    this.undone = new Map([...undone.values()].map((entry) => [entry.id, entry]));
    this.loaded = true;
  }

  /** Reads the list again on asking; its Try again goes with the failure, so the keyboard goes to the list's heading. */
  private retry = async (): Promise<void> => {
    // Asked for, a failure again is said again (a read in the background failing again keeps its line, unsaid).
    this.failed = null;
    await this.load();
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#review-heading');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };

  private get canDecide(): boolean {
    return this.me?.role === 'desk' || this.me?.role === 'admin';
  }

  private async approve(change: PendingChangeShape): Promise<void> {
    this.busy = true;
    const res = await api<PendingChangeShape>('POST', `${ADMIN_API}/changes/${change.id}/approve`);
    this.message = res.ok
      ? { ok: true, text: `Approved and published: ${describeChange(change)}.` }
      : { ok: false, text: explain(res.problem) };
    if (res.ok) announceChange(this);
    // Busy until the list is read again: the change decided keeps its buttons until then, and a second press is a 409.
    await this.load();
    this.busy = false;
    await focusNotice(this);
  }

  private async reject(event: SubmitEvent, change: PendingChangeShape): Promise<void> {
    event.preventDefault();
    const reason = formValues(event.currentTarget as HTMLFormElement)('reason');
    this.busy = true;
    const res = await api<PendingChangeShape>('POST', `${ADMIN_API}/changes/${change.id}/reject`, {
      body: { reason: reason ?? '' },
    });
    if (!res.ok) {
      this.busy = false;
      this.message = { ok: false, text: explain(res.problem) };
      return;
    }
    this.rejecting = null;
    this.message = { ok: true, text: `Rejected: ${describeChange(change)}. Nothing was published.` };
    await this.load();
    this.busy = false;
    await focusNotice(this);
  }

  /** Closes the reason without rejecting: the keyboard goes back to the change's Reject. */
  private async cancelReject(title: string): Promise<void> {
    this.rejecting = null;
    await focusButton(this, `Reject: ${title}`);
  }

  private async openReject(change: PendingChangeShape): Promise<void> {
    this.rejecting = change.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`#reject-${change.id}-reason`)?.focus();
  }

  override render() {
    return html`
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Waiting for review${this.loaded ? ` (${this.changes.length})` : ''}</h2>
        ${notice(this.message)}
        ${notice(this.failed)}
        ${
          this.changes.length === 0
            ? this.failed
              ? html`<p><button class="secondary" @click=${this.retry}>Try again</button></p>`
              : this.loaded
                ? html`<p class="muted">Nothing is waiting for review.</p>`
                : html`<p class="muted" aria-busy="true">Loading…</p>`
            : html`<ol class="changes">${repeat(
                this.changes,
                (c) => c.id,
                (c) => this.renderChange(c),
              )}</ol>`
        }
        ${
          this.sentBack.length
            ? html`<h3>Your changes sent back (last ${SENT_BACK_SHOWN_DAYS} days)</h3>
              <ul class="changes">${this.sentBack.map(
                (c) =>
                  html`<li><strong>${describeChange(c)}</strong><br /><span class="muted">Rejected by ${c.decidedBy?.name ?? 'a desk editor'}${c.decidedAt ? ` on ${c.decidedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}: </span>${c.reason ?? ''}</li>`,
              )}</ul>`
            : nothing
        }
      </section>
    `;
  }

  private renderChange(change: PendingChangeShape) {
    const subject = this.subjects.get(`${change.subject.type}:${change.subject.key}`);
    const article = change.operation === 'article.update' ? this.articles.get(String(change.params.slug)) : undefined;
    // An article edit's preview needs the article as it is (a draft going live): without it, none rather than a guess.
    const unread = !subject
      ? `${change.subject.type} ${change.subject.key}`
      : change.operation === 'article.update' && !article
        ? `article ${String(change.params.slug)}`
        : null;
    const preview = subject && !unread ? withHeldChange(change, subject, article) : null;
    const own = change.proposedBy.name === this.me?.name;
    const title = describeChange(change);
    const revert = change.operation === 'audit.revert' ? Number(change.params.id) : null;
    const undoes = revert === null ? undefined : this.undone.get(revert);
    // A read that failed says so: a reviewer must not take a missing line or preview for nothing to check.
    const later = `could not be read just now; it is read again with the list`;
    return html`<li data-change=${change.id}>
      <article class="held" aria-label=${title}>
        <h3>${title}</h3>
        <p class="muted">Proposed by ${change.proposedBy.name}, <time datetime=${change.proposedAt}>${change.proposedAt.replace('T', ' ').slice(0, 16)}</time> UTC</p>
        ${
          revert === null
            ? nothing
            : html`<p>Undoes: ${undoes ? describeUndone(undoes) : `history entry ${revert} (it ${later})`}</p>`
        }
        ${
          preview
            ? html`<div class="preview" aria-label="Preview of ${title}">
                <h4>As readers would see it</h4>
                ${
                  subject?.kind === 'incident'
                    ? html`<casualty-claims .data=${preview} incident=${change.subject.key}></casualty-claims>`
                    : html`<ceasefire-gauge .data=${preview} ceasefire=${change.subject.key}></ceasefire-gauge>`
                }
              </div>`
            : unread
              ? html`<p class="muted">No preview: ${unread} ${later}.</p>`
              : nothing
        }
        ${this.renderDecision(change, title, own)}
      </article>
    </li>`;
  }

  private renderDecision(change: PendingChangeShape, title: string, own: boolean) {
    if (!this.canDecide) return html`<p class="muted">A desk editor approves or rejects it.</p>`;
    if (this.rejecting === change.id) {
      return html`<form @submit=${(e: SubmitEvent) => this.reject(e, change)} novalidate>
        ${field({ scope: `reject-${change.id}`, name: 'reason', label: 'Why reject it? (the proposer reads this)', multiline: true, required: true }, {})}
        <div class="actions">
          <button type="submit" class="danger" ?disabled=${this.busy}>Reject change</button>
          <button type="button" class="secondary" @click=${() => this.cancelReject(title)}>Cancel</button>
        </div>
      </form>`;
    }
    return html`<div class="actions">
      ${
        own
          ? html`<span class="muted">You proposed this: another desk editor must approve it.</span>`
          : html`<button ?disabled=${this.busy} @click=${() => this.approve(change)} aria-label="Approve: ${title}">Approve</button>`
      }
      <button class="secondary" ?disabled=${this.busy} @click=${() => this.openReject(change)} aria-label="Reject: ${title}">Reject…</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'review-queue': ReviewQueue;
  }
}

/**
 * Reads every key, six at a time (as a browser asks one host over HTTP/1.1), so a long waiting list is not one
 * burst against the newsroom's shared budget of editors' requests; the map holds the answers that came (a key whose
 * read failed is left out).
 */
async function readEach<K, T>(keys: Set<K>, read: (key: K) => Promise<T | undefined>): Promise<Map<K, T>> {
  const waiting = [...keys];
  const found = new Map<K, T>();
  const reader = async () => {
    for (let key = waiting.shift(); key !== undefined; key = waiting.shift()) {
      const answer = await read(key);
      if (answer !== undefined) found.set(key, answer);
    }
  };
  await Promise.all(Array.from({ length: 6 }, reader));
  return found;
}
