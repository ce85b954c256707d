/**
 * Form fields with their labels and the API's inline errors. Every input has
 * a visible label, and an error is tied to its input (aria-describedby), so
 * a screen reader hears why a save was refused.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type FieldSpec = {
  name: string;
  label: string;
  value?: string | number | null;
  type?: 'text' | 'number' | 'date' | 'url' | 'password';
  options?: readonly string[];
  /** What the options say, where the readers' words differ from the API's values ("Monitoring group" for `ngo`). */
  labels?: Readonly<Record<string, string>>;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
  /** Keeps ids unique when several forms share one page. */
  scope?: string;
};

/** What the "Language of its text" fields say: widgets in another language mark the story's words with it. */
export const LANGUAGE_HINT =
  'The language its text is written in (BCP 47: en, es, ar, fr-CA…): a widget in another language marks its words with it.';

export function field(spec: FieldSpec, errors: Record<string, string>): TemplateResult {
  const id = `${spec.scope ?? 'f'}-${spec.name.replace(/\W/g, '-')}`;
  const error = errors[spec.name];
  const describedBy = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = spec.value == null ? '' : String(spec.value);
  const control = spec.options
    ? html`<select id=${id} name=${spec.name} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}>
        ${spec.required ? nothing : html`<option value="" ?selected=${value === ''}>—</option>`}
        ${spec.options.map((o) => html`<option value=${o} ?selected=${o === value}>${spec.labels?.[o] ?? o.replace(/_/g, ' ')}</option>`)}
      </select>`
    : spec.multiline
      ? html`<textarea id=${id} name=${spec.name} rows="3" ?required=${spec.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} .value=${value}></textarea>`
      : html`<input id=${id} name=${spec.name} type=${spec.type ?? 'text'} ?required=${spec.required}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} .value=${value} />`;
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${spec.label}</label>
    ${control}
    ${spec.hint ? html`<small id="${id}-hint">${spec.hint}</small>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** The form's values by name, trimmed; empty or absent fields read as null so optional fields stay out cleanly. */
export function formValues(form: HTMLFormElement): (name: string) => string | null {
  const data = new FormData(form);
  return (name) => {
    const text = String(data.get(name) ?? '').trim();
    return text === '' ? null : text;
  };
}

/** A whole number from a form value, or the text itself so the API names the error. */
export function integer(value: string | null): number | string | null {
  if (value === null) return null;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

/**
 * The forms of a page the editor has typed into and not yet saved: a refresh for another editor's change would
 * overwrite what they typed (and take the new version, so their save would no longer be refused). A form leaves
 * the set when its save succeeds (`saved`), when it is reset (Cancel), or when it leaves the page; a refused save
 * (`refused`) keeps it, and no later save of another form takes it out. Each form holds what `pin` gave when typing
 * in it began (the read of the story it was drawn from: src/admin/story-read.ts).
 */
export class EditsWatch<P> {
  /** Each form typed into, with the end of its submit and reset listeners, and its pin. */
  readonly #forms = new Map<HTMLFormElement, { done: AbortController; pin: P }>();
  /** Forms submitted since the last `saved`: the ones a successful save has written. */
  readonly #sent = new Set<HTMLFormElement>();

  constructor(host: HTMLElement, pin: (form: HTMLFormElement) => P) {
    // Input events are composed: they reach the host from its shadow root's forms. Submit and reset are not, so
    // each form typed into is listened to itself, once.
    host.addEventListener('input', (event) => {
      const form = event.composedPath().find((node): node is HTMLFormElement => node instanceof HTMLFormElement);
      if (!form || this.#forms.has(form)) return;
      const done = new AbortController();
      this.#forms.set(form, { done, pin: pin(form) });
      form.addEventListener('submit', () => this.#sent.add(form), { signal: done.signal });
      form.addEventListener('reset', () => this.#forget(form), { signal: done.signal });
    });
  }

  get edited(): boolean {
    return [...this.#forms.keys()].some((form) => form.isConnected);
  }

  /** The forms on the page holding unsaved text, each with its pin. */
  *held(): Generator<[HTMLFormElement, P]> {
    for (const [form, { pin }] of this.#forms) if (form.isConnected) yield [form, pin];
  }

  /** The form holds nothing unsaved: out of the set, and its listeners with it (typed into again, it rejoins). */
  #forget(form: HTMLFormElement): void {
    this.#forms.get(form)?.done.abort();
    this.#forms.delete(form);
  }

  /** A save succeeded: what the forms sent for it is written. */
  saved(): void {
    for (const form of this.#sent) this.#forget(form);
    this.#sent.clear();
  }

  /** A save was refused: the forms it sent still hold what is not written. */
  refused(): void {
    this.#sent.clear();
  }

  /** The editor chose to see the story as it is now (Reload): what they typed goes. */
  clear(): void {
    for (const form of [...this.#forms.keys()]) this.#forget(form);
    this.#sent.clear();
  }
}
