/**
 * Editors see each other. While /admin is visible it asks, every
 * `WATCH_INTERVAL_MS` and again when the tab becomes visible, for the newest
 * entry in the history of what it shows (one audit read of one entry: an
 * incident's history includes its claims', a ceasefire's its tallies' and
 * milestones'), and when that entry is new the page refreshes what it shows
 * and says who changed what. The history is the one place every write and
 * every approval lands, with its author, so one small read answers both
 * "did anything change?" and "who?".
 *
 * Editors are few and the read is one indexed row, so plain polling is
 * cheaper to run and to reason about than a socket held open per editor.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuditEntryShape, AuditListShape } from '../../../src/contract/admin';
import { api } from './api';

export const WATCH_INTERVAL_MS = 15_000;

export type WatchOptions = {
  /** The history to watch (`incident:slug`, `ceasefire:slug`, '' for everything), or null when there is nothing to watch. */
  scope: () => string | null;
  /** Called with the newest entry when the history moved since the last check. */
  changed: (entry: AuditEntryShape) => void;
};

export class HistoryWatch implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;
  /** The newest entry seen in the current scope: undefined until the scope was first read, null when empty. */
  #seen: number | null | undefined;
  #scope: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: WatchOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(() => void this.check(), WATCH_INTERVAL_MS);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Called after each render: a new scope (another entity opened, signed in or out) starts from what it holds now. */
  hostUpdated(): void {
    const scope = this.options.scope();
    if (scope === this.#scope) return;
    this.#scope = scope;
    this.#seen = undefined;
    void this.check();
  }

  #onVisibility = (): void => {
    if (!document.hidden) void this.check();
  };

  async check(): Promise<void> {
    const scope = this.#scope;
    if (scope === null || document.hidden) return;
    const query = new URLSearchParams({ limit: '1' });
    if (scope) query.set('entity', scope);
    const res = await api<AuditListShape>('GET', `/api/v1/admin/audit?${query}`);
    // A failed check is retried on the next tick; an answer for a scope left meanwhile is dropped.
    if (!res.ok || scope !== this.#scope) return;
    const newest = res.body.data[0] ?? null;
    const seen = this.#seen;
    this.#seen = newest?.id ?? null;
    if (seen !== undefined && newest !== null && newest.id !== seen) this.options.changed(newest);
  }
}
