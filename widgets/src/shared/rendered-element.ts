/**
 * The readers' widgets' base: a custom element that renders a lit-html
 * template into its shadow root whenever a declared property changes.
 *
 * Why not LitElement: its reactive core (ReactiveElement, the `css` tag and
 * style adoption) is about 2.5 KB gzip, a quarter of what a page with one
 * widget may download (tests/node/widget-size.test.ts). The widgets use a
 * small part of it, which is all this keeps, under LitElement's names and
 * with their meaning, so the components read as Lit components:
 * - `static properties`, merged along the class chain: each becomes an
 *   accessor, following the attribute `attribute` names (by default the
 *   property's name in lower case; none for `attribute: false` or
 *   `state: true`);
 * - a change schedules one update in a microtask, once connected:
 *   `willUpdate(changed)` (changes made there join this update), then
 *   `update()`, which `render()`s into the shadow root, then `updated()`;
 * - `updateComplete` settles when no update is pending, and rejects if the
 *   update threw (never unhandled: nothing reaches the host page);
 * - `static styles` (css`` texts) are adopted as one constructable
 *   stylesheet per class, or, where there is none (Safari before 16.4), a
 *   <style> carrying `window.litNonce` for a page with a strict style-src.
 *
 * Its own state is in `_name` members, which the build renames to one
 * letter (widgets/vite.config.ts).
 *
 * The editors' /admin page, which readers never load, keeps LitElement.
 */
import { render, type TemplateResult } from 'lit-html';

export type PropertyDeclarations = Record<string, { attribute?: string | false; state?: boolean }>;
/** The properties changed since the last update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** A stylesheet's text. Tagged `css` so that the build minifies it as CSS (vite.config.ts). */
export const css = String.raw;

/** Per element class: attribute name → property name, and its stylesheet once made. */
const classes = new WeakMap<object, { attributes: Map<string, string>; sheet?: CSSStyleSheet }>();

export abstract class RenderedElement extends HTMLElement {
  declare static properties?: PropertyDeclarations;
  declare static styles: string[];

  /** Read by `customElements.define`: the moment to declare the accessors (once per class). */
  // biome-ignore-start lint/complexity/noThisInStatic: `this` is the subclass being defined; each element class gets its own accessors
  static get observedAttributes(): string[] {
    const known = classes.get(this);
    if (known) return [...known.attributes.keys()];
    const attributes = new Map<string, string>();
    for (let c = this; c !== RenderedElement; c = Object.getPrototypeOf(c)) {
      for (const [key, options] of Object.entries(Object.hasOwn(c, 'properties') ? (c.properties ?? {}) : {})) {
        if (!options.state && options.attribute !== false) attributes.set(options.attribute || key.toLowerCase(), key);
        Object.defineProperty(this.prototype, key, {
          get(this: RenderedElement) {
            return this._values[key];
          },
          set(this: RenderedElement, value: unknown) {
            const old = this._values[key];
            if (old !== value) {
              this._values[key] = value;
              this.requestUpdate(key, old);
            }
          },
        });
      }
    }
    classes.set(this, { attributes });
    return [...attributes.keys()];
  }
  // biome-ignore-end lint/complexity/noThisInStatic: (see above)

  readonly renderRoot = this.attachShadow({ mode: 'open' });
  private _values: Record<string, unknown> = {};
  private _changed: PropertyValues = new Map();
  private _updating?: Promise<boolean>;
  private _connected = false;

  constructor() {
    super();
    // Properties a page set before the element was defined hide its accessors: put them behind them.
    for (const [key, value] of Object.entries(this)) {
      delete (this as Record<string, unknown>)[key];
      (this as Record<string, unknown>)[key] = value;
    }
    const ctor = this.constructor as typeof RenderedElement;
    const text = ctor.styles.join('');
    const root = this.renderRoot;
    if (root.adoptedStyleSheets) {
      const shared = classes.get(ctor);
      let sheet = shared?.sheet;
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        if (shared) shared.sheet = sheet;
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement('style');
      style.nonce = (globalThis as { litNonce?: string }).litNonce ?? '';
      style.textContent = text;
      root.append(style);
    }
  }

  connectedCallback(): void {
    this._connected = true;
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const key = classes.get(this.constructor)?.attributes.get(name);
    if (key) (this as Record<string, unknown>)[key] = value;
  }

  /** Schedules an update; `key` and its previous value go into the next `willUpdate`'s map. */
  requestUpdate(key?: PropertyKey, old?: unknown): void {
    if (key !== undefined && !this._changed.has(key)) this._changed.set(key, old);
    if (this._updating || !this._connected) return;
    this._updating = this._update();
    this._updating.catch(() => undefined);
  }

  /** Settles once no update is pending, or rejects with what the update threw. */
  get updateComplete(): Promise<boolean> {
    return this._updating ?? Promise.resolve(true);
  }

  private async _update(): Promise<boolean> {
    await null;
    try {
      this.willUpdate(this._changed);
      this._changed = new Map();
    } finally {
      this._updating = undefined;
    }
    this.update();
    this.updated();
    return true;
  }

  protected willUpdate(_changed: PropertyValues): void {}

  /** Renders into the shadow root. */
  protected update(): void {
    render(this.render(), this.renderRoot, { host: this });
  }

  /** After each render, with the shadow root laid out as rendered (measurable, not yet painted). */
  protected updated(): void {}

  protected abstract render(): TemplateResult;
}
