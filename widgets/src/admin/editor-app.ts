/**
 * The /admin page: sign in (through single sign-on when the Worker is
 * behind Cloudflare Access, else with an editor token), review held
 * changes, pick an incident or a ceasefire, edit it, and see the history.
 * Everything goes through the admin API, so the page can do nothing the
 * editor could not.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AuditEntryShape, MeShape, PickerListShape } from '../../../shared/contract/admin';
import type { ReviewDecisionAction } from '../../../shared/contract/enums';
import { ADMIN_API } from '../../../shared/contract/paths';
import { api, explain, SIGN_IN_REFUSED, session } from './api';
import { field } from './fields';
import { type Notice, notice } from './notice';
import { adminStyles } from './styles';
import '../casualty-claims/casualty-claims';
import '../ceasefire-gauge/ceasefire-gauge';
import './audit-log';
import type { EntityKind } from './create-entity';
import './create-entity';
import type { CeasefireEditor } from './ceasefire-editor';
import './ceasefire-editor';
import type { IncidentEditor } from './incident-editor';
import './incident-editor';
import { HistoryWatch } from './history-watch';
import type { ReviewQueue } from './review-queue';
import './review-queue';

type PickerKind = 'incidents' | 'ceasefires';
type View = { kind: 'home' } | { kind: 'incident'; slug: string } | { kind: 'ceasefire'; slug: string };

@customElement('editor-app')
export class EditorApp extends LitElement {
  static override styles = adminStyles;

  @state() private signedIn = false;
  /** Who is signed in, and how. */
  @state() private me: MeShape | null = null;
  /** Set by the server when it is behind Cloudflare Access: the request's Access token signs the editor in. */
  @property({ type: Boolean }) sso = false;
  @state() private signInError: string | null = null;
  @state() private view: View = { kind: 'home' };
  @state() private incidents: PickerListShape['data'] = [];
  @state() private ceasefires: PickerListShape['data'] = [];
  /** Where each list goes on (`nextCursor`), or null when it is complete. */
  @state() private more: Record<PickerKind, string | null> = { incidents: null, ceasefires: null };
  @state() private listNotice: Notice | null = null;
  /** Items per page of each list (the API allows up to 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;
  /** What the page says above the editor: another editor's last change to what it shows, or a refused sign-in. */
  @state() private pageNotice: Notice | null = null;

  /** Another editor's change to what the page shows appears without a reload (src/admin/history-watch.ts). */
  readonly watch = new HistoryWatch(this, {
    scope: () => {
      if (!this.signedIn) return null;
      return this.view.kind === 'home' ? '' : `${this.view.kind}:${this.view.slug}`;
    },
    changed: (entry) => this.othersChanged(entry),
  });

  /** Checks the token (or the single sign-on) by asking who it is and listing what it can edit; a refusal signs out. */
  private async enter(): Promise<void> {
    const [me, incidents, ceasefires] = await Promise.all([
      api<MeShape>('GET', `${ADMIN_API}/me`),
      this.page('incidents'),
      this.page('ceasefires'),
    ]);
    if (!me.ok || !incidents.ok || !ceasefires.ok) {
      const problem = [me, incidents, ceasefires].flatMap((r) => (r.ok ? [] : [r.problem]))[0] ?? null;
      const tokenSent = session.token !== null;
      // A 429 keeps the token: it may be the newsroom's shared budget of requests, spent by a good token (a bad one is
      // refused with 401 once the minute has passed, and signed out then).
      if (problem?.status === 401) session.signOut();
      this.signedIn = false;
      // Single sign-on that did not sign anyone in (401) leaves the token form, with nothing to correct yet.
      this.signInError = problem?.status === 401 && !tokenSent ? null : problem ? explain(problem) : 'Could not load.';
      return;
    }
    this.me = me.body;
    this.showLists(incidents.body, ceasefires.body);
    this.signedIn = true;
    this.signInError = null;
  }

  private page(kind: PickerKind, cursor?: string) {
    const query = new URLSearchParams({ limit: String(this.pageSize) });
    if (cursor) query.set('cursor', cursor);
    return api<PickerListShape>('GET', `${ADMIN_API}/${kind}?${query}`);
  }

  /** The next page of one list, appended. */
  private async loadMore(kind: PickerKind): Promise<void> {
    const res = await this.page(kind, this.more[kind] ?? undefined);
    if (!res.ok) {
      this.listNotice = { ok: false, text: explain(res.problem) };
      return;
    }
    this.listNotice = null;
    this[kind] = [...this[kind], ...res.body.data];
    this.more = { ...this.more, [kind]: res.body.nextCursor };
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const token = new FormData(event.currentTarget as HTMLFormElement).get('token');
    if (typeof token !== 'string' || token.trim() === '') this.signInError = 'Paste your editor token.';
    else {
      session.signIn(token);
      await this.enter();
    }
    // Refused, the keyboard goes to the token's field, whose error is then read with it.
    if (this.signInError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#f-token')?.focus();
    }
  }

  private signOut(): void {
    session.signOut();
    this.signedIn = false;
    this.me = null;
    this.view = { kind: 'home' };
  }

  /** Keeps the editor and the history beside it in step: a save adds to the history, a revert changes the entity. */
  private onChanged = (event: Event): void => {
    const root = this.renderRoot;
    if (event.type === 'entity-changed') {
      void root.querySelector('audit-log')?.load();
      void root.querySelector<ReviewQueue>('review-queue')?.load();
    } else {
      // Safe with forms typed into: each keeps the read it was drawn from where this one changes it (story-read.ts).
      void root.querySelector<IncidentEditor | CeasefireEditor>('incident-editor, ceasefire-editor')?.load();
      // A revert on a story that requires review is held: it joins the list waiting for review.
      void root.querySelector<ReviewQueue>('review-queue')?.load();
    }
  };

  /** Reload, after another editor's change that the page left alone while this editor was typing. */
  private reloadEditor = (): void => {
    this.pageNotice = null;
    void this.renderRoot.querySelector<IncidentEditor | CeasefireEditor>('incident-editor, ceasefire-editor')?.reload();
  };

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // What another editor changed concerns the view it was said in, and a list's failure the lists left: coming back
    // reads them again, and a failure then is said into the lines drawn with them (drawn holding it, it may go unheard).
    if (changed.has('view')) {
      this.pageNotice = null;
      this.listNotice = null;
    }
    // Back on the first screen: its lists as they are now (a story renamed meanwhile, here or by another editor).
    const before = changed.get('view') as typeof this.view | undefined;
    if (this.signedIn && before && before.kind !== 'home' && this.view.kind === 'home') void this.refreshLists();
  }

  /**
   * The keyboard's place when the view changes, since the button pressed goes with the view it was in: the way back
   * at the top of a story opened, and, back on the lists, the story just left (or, not listed, as a story just
   * created is not yet, the lists' first heading). The lists are keyed by story, so their refresh keeps it there.
   */
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    const before = changed.get('view') as View | undefined;
    if (!before || !this.signedIn) return;
    const root = this.renderRoot;
    let target: HTMLElement | null = null;
    if (this.view.kind !== 'home') target = root.querySelector('.back');
    else if (before.kind !== 'home') {
      target = root.querySelector(`button[data-entity="${before.kind}:${CSS.escape(before.slug)}"]`);
      if (!target) {
        target = root.querySelector('nav h2');
        target?.setAttribute('tabindex', '-1');
      }
    }
    target?.focus();
  }

  /** The first screen's lists as they are now; a failure says so above them and signs no one out. */
  private async refreshLists(): Promise<void> {
    const [incidents, ceasefires] = await Promise.all([this.page('incidents'), this.page('ceasefires')]);
    if (!incidents.ok || !ceasefires.ok) {
      const problem = incidents.ok ? (ceasefires.ok ? null : ceasefires.problem) : incidents.problem;
      this.listNotice = { ok: false, text: problem ? explain(problem) : 'Could not load.' };
      return;
    }
    this.listNotice = null;
    this.showLists(incidents.body, ceasefires.body);
  }

  /** The first screen's lists, from their first pages (on entering, and again on returning to it). */
  private showLists(incidents: PickerListShape, ceasefires: PickerListShape): void {
    this.incidents = incidents.data;
    this.ceasefires = ceasefires.data;
    this.more = { incidents: incidents.nextCursor, ceasefires: ceasefires.nextCursor };
  }

  /**
   * Refreshes what the page shows after a change it did not make, and says
   * whose when it was another editor's (an editor's own change from a script
   * or another tab is shown without a word).
   */
  private othersChanged(entry: AuditEntryShape): void {
    const root = this.renderRoot;
    const editor = root.querySelector<IncidentEditor | CeasefireEditor>('incident-editor, ceasefire-editor');
    // Theirs from this tab or another: not a change of theirs a desk editor approved (the entry names the proposer).
    const own = entry.editor.name === this.me?.name && !entry.approvedBy;
    // What the editor has typed into another's change stays as it is: refreshed, it was overwritten, and saved, it
    // would have been made against the new version without a word. Left, their save meets the 412 and its Reload.
    // (Their own changes, from this tab or another, are read again without a word. The newest entry being theirs does
    // not mean no one else's came before it; but a form holding unsaved text keeps the read it was drawn from where
    // a read changes what it shows, and its save meets that change's 412: story-read.ts.)
    const kept = !own && (editor?.edits.edited ?? false);
    // Read again for every entry, a change held or sent back too: the watch reads only the newest, which may stand in
    // front of a change made just before it (an approval, then the next proposal).
    if (!kept) void editor?.load();
    void root.querySelector('audit-log')?.load();
    root.querySelector<ReviewQueue>('review-queue')?.refresh();
    if (this.view.kind === 'home') void this.refreshLists();
    if (own) return;
    const at = new Date(entry.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    // A change held for review, or sent back, is said as such: it changed nothing readers see.
    const decision = DECISION_WORDS[entry.action];
    const what = decision
      ? `${entry.editor.name} ${decision} at ${at}`
      : `${entry.editor.name} made a change (${entry.action}, ${entry.entity.type}) at ${at}`;
    const after = kept
      ? `. What you typed is kept; reload to see ${decision ? 'the story as it is now' : 'theirs'}.`
      : decision
        ? '.'
        : '; it is shown.';
    this.pageNotice = { ok: true, stale: kept, text: what + after };
  }

  /**
   * A new incident or ceasefire: open its editor for the rest. The lists gain it when the editor goes back to them
   * (they are read again then); entering anew here signed the editor out whenever a list's read failed just then.
   */
  private onCreated = (event: Event): void => {
    const { kind, slug } = (event as CustomEvent<{ kind: EntityKind; slug: string }>).detail;
    this.view = { kind, slug };
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('entity-changed', this.onChanged);
    this.addEventListener('audit-reverted', this.onChanged);
    this.addEventListener('entity-created', this.onCreated);
    window.addEventListener(SIGN_IN_REFUSED, this.onRefused);
    // With a token kept for this tab, or behind single sign-on, there is nothing to paste.
    if (session.token || this.sso) void this.enter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(SIGN_IN_REFUSED, this.onRefused);
  }

  /**
   * The API stopped accepting this editor's sign-in while the page was open. Said above the page rather than signing
   * out at once, which would take what they typed with it.
   */
  private onRefused = (): void => {
    if (!this.signedIn) return;
    this.pageNotice = {
      ok: false,
      text: 'The API no longer accepts your sign-in (a token revoked or replaced, or a single sign-on session ended): nothing can be saved until you sign out and sign in again. What you typed stays on this page meanwhile.',
    };
  };

  override render() {
    return html`
      <header class="actions bar">
        <h1>Explainer Edge · editors</h1>
        ${this.signedIn ? this.renderWho() : nothing}
      </header>
      <main>${this.signedIn ? html`${this.renderSignedIn()}${notice(this.pageNotice, this.reloadEditor)}` : this.renderSignIn()}</main>
    `;
  }

  private renderWho() {
    const me = this.me;
    const who = me ? html`<span>Signed in as <strong>${me.name}</strong> (${me.role})</span>` : nothing;
    // Signed in by Access, the page holds no token: signing out is Access's own logout.
    return me?.signedInWith === 'access'
      ? html`<div class="actions">${who}<a href="/cdn-cgi/access/logout">Sign out</a></div>`
      : html`<div class="actions">${who}<button class="secondary" @click=${this.signOut}>Sign out</button></div>`;
  }

  private renderSignIn() {
    return html`<form class="narrow" @submit=${this.signIn} novalidate>
      <p>Sign in with the token you were given (<code>npm run editor -- add "Your name"</code> creates one). It is kept only for this tab.</p>
      ${field({ name: 'token', label: 'Editor token', type: 'password', required: true }, { token: this.signInError ?? '' })}
      <button type="submit">Sign in</button>
    </form>`;
  }

  /** One list of stories to open, keyed by story: a refresh keeps the keyboard on the story it was on. */
  private renderList(kind: 'incident' | 'ceasefire', stories: PickerListShape['data']) {
    return html`<ul>${repeat(
      stories,
      (story) => story.slug,
      (story) =>
        html`<li><button class="secondary" data-entity="${kind}:${story.slug}" dir="auto" @click=${() => (this.view = { kind, slug: story.slug })}>${story.title}</button></li>`,
    )}</ul>`;
  }

  private renderSignedIn() {
    const view = this.view;
    if (view.kind === 'home') {
      return html`<review-queue .me=${this.me}></review-queue>
      <div class="columns">
        <nav aria-label="What to edit">
          ${notice(this.listNotice)}
          <h2>Incidents</h2>
          ${this.renderList('incident', this.incidents)}
          ${this.more.incidents ? html`<button class="secondary" @click=${() => this.loadMore('incidents')}>More incidents</button>` : nothing}
          <details><summary>New incident</summary><create-entity kind="incident"></create-entity></details>
          <h2>Ceasefires</h2>
          ${this.renderList('ceasefire', this.ceasefires)}
          ${this.more.ceasefires ? html`<button class="secondary" @click=${() => this.loadMore('ceasefires')}>More ceasefires</button>` : nothing}
          <details><summary>New ceasefire</summary><create-entity kind="ceasefire"></create-entity></details>
        </nav>
        <audit-log></audit-log>
      </div>`;
    }
    const entity = `${view.kind}:${view.slug}`;
    return html`
      <p><button class="secondary back" @click=${() => (this.view = { kind: 'home' })}>← All incidents and ceasefires</button></p>
      ${
        view.kind === 'incident'
          ? html`<incident-editor slug=${view.slug} .me=${this.me}></incident-editor>`
          : html`<ceasefire-editor slug=${view.slug} .me=${this.me}></ceasefire-editor>`
      }
      <audit-log entity=${entity}></audit-log>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-app': EditorApp;
  }
}

/** What another editor did, in the history's entries of review itself (shared/contract/enums.ts). */
const DECISION_WORDS: Partial<Record<string, string>> = {
  'review-held': 'proposed a change, waiting for review',
  'review-rejected': 'sent back a change',
} satisfies Record<ReviewDecisionAction, string>;
