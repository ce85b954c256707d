/**
 * One story (an incident or a ceasefire) as its editor last read it: the
 * body, its ETag, and what a read that failed means. Both story editors hold
 * one, so a failed refresh, a Reload and the forms' redraw behave the same
 * in each.
 *
 * The story is read again after each of the editor's own writes (and after a
 * revert, and for their own changes made elsewhere), so the part they just
 * saved shows as saved, with its new version. A form holding unsaved text
 * must not be redrawn from such a read, nor saved against its version: the
 * read may carry another editor's change to what the form shows, which would
 * overwrite what was typed, and take away the 412 that tells the editor of
 * it. So each form typed into keeps the read it was drawn from (its pin, by
 * the form's `data-part`) until it is saved or the editor reloads, and is
 * drawn from it and saved against its ETag or tags; it moves on to a newer
 * read only where what it shows is the same in both (the editor's own save
 * of the ceasefire's status then is no 412 against the save of its details).
 * Not reading again while anything is typed would keep the forms as safely,
 * but leave the saved part unshown (the claim just added missing from the
 * table, the gauge as it was) and the page's version behind the editor's own
 * write; this keeps the rest of the page current for the price of one
 * comparison per form typed into.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { api, explain } from './api';
import { EditsWatch } from './fields';
import { again, type Notice, notice } from './notice';

type Host = ReactiveControllerHost & HTMLElement;

/** One read of the story: its body and the ETag of that version. */
export type Read<T> = { readonly value: T; readonly etag: string | null };

/**
 * What a form typed into is drawn from: the read on the page when typing in it began. Begun while a read was on its
 * way (`next`), the form takes that read when it comes, as it would have had the read come first (after the editor's
 * own save, that read is the version they wrote, and their next save goes against it).
 */
type Pin<T> = { read: Read<T> | null; next: boolean };

export type StoryReadOptions<T> = {
  /** The admin path of the story's read. */
  path: () => string;
  /** What the story is called in a notice ("incident", "ceasefire"). */
  noun: string;
  /** Where a refresh that failed with the story on screen is said (the editor's notice line). */
  say: (notice: Notice) => void;
  /** What the editor forgets of its own on a read that succeeded (a preview drawn from the last one). */
  read?: () => void;
  /**
   * What the form of one part of the story (its `data-part`: "details", "milestone:…") shows of it, as plain data: a
   * form typed into moves on to a newer read only where this is the same in both.
   */
  shows: (value: T, part: string) => unknown;
};

export class StoryRead<T> implements ReactiveController {
  /** The latest read: what the page shows, bar the forms typed into. */
  #read: Read<T> | null = null;
  /** Reads on their way. */
  #reading = 0;
  /** What `kept` says while it holds: one notice, not one per render. */
  #kept: Notice | null = null;
  /** Why the first read failed: with nothing read there is nothing to edit. */
  error: Notice | null = null;
  /**
   * How many times the forms were drawn anew (Reload): their fields' values are bound once, so a field the editor
   * typed into keeps its text over a read whose value for it did not change; drawn anew, every field shows the read.
   */
  drawn = 0;
  /** Whether the editor has typed since the story was read (the page then leaves their forms as they are). */
  readonly edits: EditsWatch<Pin<T>>;

  constructor(
    private readonly host: Host,
    private readonly options: StoryReadOptions<T>,
  ) {
    this.edits = new EditsWatch(host, () => ({ read: this.#read, next: this.#reading > 0 }));
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  /** The story as last read. */
  get value(): T | null {
    return this.#read?.value ?? null;
  }

  /**
   * The editor's page: the story's `head`, the editor's line (`message`, or the first read's failure) and the line
   * for what was typed over a change, then its forms (`story`). The live regions stay in one place whatever it shows
   * (loading, a read that failed, the story), so a screen reader knows them before they speak; only the forms are
   * drawn anew on Reload (their fields bind their values once).
   */
  render(head: (value: T) => unknown, message: Notice | null, reload: () => void, story: (value: T) => unknown) {
    const value = this.value;
    return html`
      ${value ? head(value) : nothing}
      ${notice(this.error ?? message, reload)}
      ${notice(this.kept, reload)}
      ${value ? keyed(this.drawn, story(value)) : this.error ? nothing : html`<p aria-busy="true">Loading…</p>`}
    `;
  }

  /** The ETag of the version last read. */
  get etag(): string | null {
    return this.#read?.etag ?? null;
  }

  /**
   * The read the form of `part` is drawn from and saved against (its ETag, its parts' tags): while the form holds
   * unsaved text, the one it was drawn from when typing in it began; otherwise the latest.
   */
  of(part: string): Read<T> | null {
    for (const [form, pin] of this.edits.held()) if (form.dataset.part === part) return pin.read ?? this.#read;
    return this.#read;
  }

  /** Whether a form holds unsaved text over a read of what it shows that a later read has changed. */
  get behind(): boolean {
    for (const [form, pin] of this.edits.held())
      if (form.dataset.part && !pin.next && pin.read && pin.read !== this.#read) return true;
    return false;
  }

  /**
   * The line that says so, with Reload (as the page's line says it of another editor's change it left unread). The
   * same notice for as long as it holds: a new one is a new message, spoken again by a screen reader on each render.
   */
  get kept(): Notice | null {
    if (!this.behind) {
      this.#kept = null;
      return null;
    }
    const noun = this.options.noun;
    this.#kept = again(this.#kept, {
      ok: true,
      stale: true,
      text: `The ${noun} has changed since you began typing: what you typed is kept; reload to see the ${noun} as it is now.`,
    });
    return this.#kept;
  }

  /** Reads the story as it is now; false when the read failed. */
  async load(): Promise<boolean> {
    this.#reading += 1;
    const res = await api<T>('GET', this.options.path());
    this.#reading -= 1;
    if (!res.ok) {
      // Forms typed into meanwhile stay drawn from the read they show.
      for (const [, pin] of this.edits.held()) pin.next = false;
      // With the story on screen, a failed refresh is said above it and leaves the forms, and what was typed, as
      // they are. The page's version is then the one before any save just made here, which a save now would meet as
      // a 412, so the line offers Reload.
      if (this.value)
        this.options.say({
          ok: false,
          stale: true,
          text: `Could not read the ${this.options.noun} again: ${sentence(explain(res.problem))} Reload before saving again: the page may not show its latest version, your own saves included.`,
        });
      else this.error = again(this.error, { ok: false, text: explain(res.problem) });
      this.host.requestUpdate();
      return false;
    }
    const read: Read<T> = { value: res.body, etag: res.etag };
    // A form typed into takes the new read only where it shows the same of it as the read it was drawn from: then
    // nothing it shows has changed, and its save goes against the version now current. Where it shows another, it
    // stays as it is, against its own version, and its save meets the 412 if the change was someone else's.
    for (const [form, pin] of this.edits.held()) {
      const part = form.dataset.part;
      const unchanged =
        !part || !pin.read || same(this.options.shows(pin.read.value, part), this.options.shows(read.value, part));
      if (pin.next || unchanged) pin.read = read;
      pin.next = false;
    }
    this.#read = read;
    this.error = null;
    this.options.read?.();
    this.host.requestUpdate();
    return true;
  }

  /**
   * Puts a form's fields back to what the latest read shows of its part (after a save held for review, which changed
   * nothing yet). Its fields' values are bound once: a read that did not change them would leave the proposal shown.
   */
  restore(form: HTMLFormElement): void {
    // Typed into again while the save was on its way: that is the editor's now.
    for (const [held] of this.edits.held()) if (held === form) return;
    const part = form.dataset.part;
    const shown = part && this.#read ? this.options.shows(this.#read.value, part) : null;
    if (!shown || typeof shown !== 'object') return;
    for (const [name, value] of Object.entries(shown)) {
      const field = form.elements.namedItem(name);
      if (field && 'value' in field) field.value = value == null ? '' : String(value);
    }
  }

  /** The story as it is now (Reload): what was typed goes, and the forms are drawn anew from a read that succeeded. */
  async reload(): Promise<void> {
    this.edits.clear();
    if (await this.load()) {
      this.drawn += 1;
      this.host.requestUpdate();
    }
  }
}

/** Whether two forms' worth of a story's values are the same (`shows` builds them alike, keys in one order). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A problem's words as a sentence: a title ("Service Unavailable") has no full stop of its own. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
