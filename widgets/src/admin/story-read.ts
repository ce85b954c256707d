/**
 * One story (an incident or a ceasefire) as its editor last read it: the
 * body, its ETag, and what a read that failed means. Both story editors hold
 * one, so a failed refresh, a Reload and the forms' redraw behave the same
 * in each.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { api, explain } from './api';
import { EditsWatch } from './fields';
import type { Notice } from './notice';

type Host = ReactiveControllerHost & HTMLElement;

export type StoryReadOptions = {
  /** The admin path of the story's read. */
  path: () => string;
  /** What the story is called in a notice ("incident", "ceasefire"). */
  noun: string;
  /** Where a refresh that failed with the story on screen is said (the editor's notice line). */
  say: (notice: Notice) => void;
  /** What the editor forgets of its own on a read that succeeded (a preview drawn from the last one). */
  read?: () => void;
};

export class StoryRead<T> implements ReactiveController {
  value: T | null = null;
  /** The ETag of the version read: a save is sent against it. */
  etag: string | null = null;
  /** Why the first read failed: with nothing read there is nothing to edit. */
  error: string | null = null;
  /**
   * How many times the forms were drawn anew (Reload): their fields' values are bound once, so a field the editor
   * typed into keeps its text over a read whose value for it did not change; drawn anew, every field shows the read.
   */
  drawn = 0;
  /** Whether the editor has typed since the story was read (the page then leaves their forms as they are). */
  readonly edits: EditsWatch;

  constructor(
    private readonly host: Host,
    private readonly options: StoryReadOptions,
  ) {
    this.edits = new EditsWatch(host);
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  /** Reads the story as it is now; false when the read failed. */
  async load(): Promise<boolean> {
    const res = await api<T>('GET', this.options.path());
    if (!res.ok) {
      // With the story on screen, a failed refresh is said above it and leaves the forms, and what was typed, as
      // they are (a save then meets the 412 and its Reload).
      if (this.value)
        this.options.say({ ok: false, text: `Could not read the ${this.options.noun} again: ${explain(res.problem)}` });
      else this.error = explain(res.problem);
      this.host.requestUpdate();
      return false;
    }
    this.value = res.body;
    this.etag = res.etag;
    this.error = null;
    this.options.read?.();
    this.host.requestUpdate();
    return true;
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
