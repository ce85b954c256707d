/**
 * What both widgets share: the attributes every widget takes, the fetch, the
 * loading / error / not-found states, the theme and the language, and the
 * events. A widget never throws into the host page: every failure becomes a
 * readable state and an `explainer-error` event.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Lang } from '../format/intl';
import { langOf, stringsFor } from '../i18n/locale';
import { en, type Strings } from '../i18n/strings';
import { apiBase, type FailureReason, type Fetched, fetchOnce, resourceUrl } from './api';
import { fitInto } from './fit';
import { nearViewport } from './near-viewport';
import { pageSignals, type Scheme, schemeOf, watchPageScheme } from './theme';

export type ResourceKind = 'incident' | 'ceasefire';

/**
 * Data as written (names, titles, quotes), isolated so an English name keeps
 * its own direction inside an Arabic sentence, and punctuation stays put.
 */
export const data = (text: string | null | undefined) => html`<bdi>${text}</bdi>`;

/** `detail` of `explainer-load`: which resource was shown, and the data shown. */
export type ExplainerLoadDetail = { resource: ResourceKind; slug: string; url: string; data: unknown };

/** `detail` of `explainer-error`: which resource failed, and why. */
export type ExplainerErrorDetail = {
  resource: ResourceKind;
  slug: string;
  url: string;
  reason: FailureReason | 'render';
  status?: number;
};

type Phase = 'loading' | 'ready' | 'not-found' | 'error';

export abstract class ExplainerElement<T> extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    uiLang: { attribute: 'lang' },
    theme: {},
    asOf: { attribute: 'as-of' },
    data: { attribute: false },
    phase: { state: true },
  };

  /** Origin of the API; defaults to the origin the script was loaded from. */
  declare api: string | null;
  /** `en`, `es` or `ar`; defaults to the nearest `lang` on the page. */
  declare uiLang: string | null;
  /**
   * `auto` (default): match the page around the widget — the scheme it
   * declares, else the colour painted behind the widget; `light` or `dark`.
   */
  declare theme: string | null;
  /** Show the data as it stood on this date (`YYYY-MM-DD`). */
  declare asOf: string | null;
  /**
   * The resource itself, in the API's shape: shown without a request. The
   * editors' page previews unsaved changes through it; a server-rendered page
   * can instead put the JSON in a `<script type="application/json"
   * data-explainer-data>` child, which is read once.
   */
  declare data: T | undefined;
  declare protected phase: Phase;

  protected abstract readonly resource: ResourceKind;
  protected abstract readonly collection: string;
  /** The attribute naming the resource (`incident`, `ceasefire`). */
  protected abstract slug(): string;
  protected abstract accepts(body: unknown): body is T;
  protected abstract renderData(data: T, s: Strings, lang: Lang): TemplateResult;
  protected abstract renderSkeleton(): TemplateResult;

  protected strings: Strings = en;
  #shownLang: Lang = 'en';
  #shown: T | undefined;
  #url = '';
  #failure: { reason: FailureReason | 'render'; status?: number } = { reason: 'network' };
  #ticket = 0;
  #loadWanted = true;
  #renderFailed = false;
  #unwatch?: () => void;
  /** The scheme last rendered, so a page that mutates often re-renders a widget only when its scheme changes. */
  #scheme?: Scheme;
  /** Settles once the element has come near the viewport; it stays settled. */
  #seen?: Promise<void>;
  /** Whether the card shown while loading holds the page's reserved space for data still to come. */
  #holding = false;
  /** The height the loading card held, for the card with data to fit into (shared/fit.ts). */
  #held = 0;
  /** Lets a fitted card take its natural height. */
  #release?: () => void;

  constructor() {
    super();
    this.phase = 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatch = watchPageScheme(() => {
      if (schemeOf(this.theme, pageSignals(this)) !== this.#scheme) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#release?.();
  }

  override willUpdate(changed: PropertyValues): void {
    const inputs = ['api', 'uiLang', 'asOf', 'data', this.resource];
    if (this.#loadWanted || inputs.some((k) => changed.has(k))) {
      this.#loadWanted = false;
      void this.#load();
    }
    if (this.#holding && this.phase !== 'loading') {
      this.#holding = false;
      this.#held = this.#root()?.getBoundingClientRect().height ?? 0;
    }
  }

  protected override updated(): void {
    const root = this.#root();
    try {
      if (root && this.#held) this.#release = fitInto(this, root, this.#held);
    } catch {
      // A card that cannot be measured keeps its natural height.
    }
    this.#held = 0;
  }

  #root(): HTMLElement | null {
    return this.renderRoot.querySelector('.root');
  }

  async #load(): Promise<void> {
    const ticket = ++this.#ticket;
    const slug = this.slug();
    this.phase = 'loading';
    this.#url = '';
    this.#release?.();
    try {
      const lang = langOf(this, this.uiLang);
      this.#url = resourceUrl(apiBase(this.api), this.collection, slug, this.asOf);
      const given = this.data ?? this.#island();
      this.#holding = given === undefined;
      if (given === undefined && slug) {
        await (this.#seen ??= nearViewport(this));
        if (ticket !== this.#ticket) return;
      }
      const nothingNamed: Fetched = { ok: false, reason: 'not-found' };
      const [fetched, strings] = await Promise.all([
        given !== undefined ? { ok: true as const, body: given } : slug ? fetchOnce(this.#url) : nothingNamed,
        stringsFor(lang),
      ]);
      if (ticket !== this.#ticket) return;
      this.strings = strings;
      this.#shownLang = lang;
      if (fetched.ok && this.accepts(fetched.body)) {
        this.#shown = fetched.body;
        this.phase = 'ready';
      } else {
        this.#failure = fetched.ok ? { reason: 'malformed' } : { reason: fetched.reason, status: fetched.status };
        this.phase = this.#failure.reason === 'not-found' ? 'not-found' : 'error';
      }
    } catch {
      if (ticket !== this.#ticket) return;
      this.#failure = { reason: 'network' };
      this.phase = 'error';
    }
    try {
      await this.updateComplete;
    } catch {
      this.#renderFailed = true;
    }
    if (ticket !== this.#ticket) return;
    this.#announce(slug);
  }

  /** The server-rendered data island, once: later loads (new attributes) fetch. */
  #island(): unknown {
    const script = this.querySelector(':scope > script[data-explainer-data]');
    if (!script) return undefined;
    script.remove();
    try {
      return JSON.parse(script.textContent ?? '');
    } catch {
      return undefined;
    }
  }

  #announce(slug: string): void {
    const base = { resource: this.resource, slug, url: this.#url };
    const ok = this.phase === 'ready' && !this.#renderFailed;
    const detail: ExplainerLoadDetail | ExplainerErrorDetail = ok
      ? { ...base, data: this.#shown }
      : { ...base, ...(this.#renderFailed ? { reason: 'render' } : this.#failure) };
    this.dispatchEvent(
      new CustomEvent(ok ? 'explainer-load' : 'explainer-error', { bubbles: true, composed: true, detail }),
    );
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    let body: TemplateResult;
    this.#renderFailed = false;
    if (this.phase === 'ready' && this.#shown !== undefined) {
      try {
        body = this.renderData(this.#shown, s, this.#shownLang);
      } catch {
        this.#renderFailed = true;
        body = this.#renderMessage(s.loadFailed, true);
      }
    } else if (this.phase === 'error') {
      body = this.#renderMessage(s.loadFailed, true);
    } else if (this.phase === 'not-found') {
      body = this.#renderMessage(s.notFound(this.resource, this.slug()), false);
    } else {
      body = html`<p class="sr" role="status">${s.loading}</p>${this.renderSkeleton()}`;
    }
    const lang = this.phase === 'loading' ? langOf(this, this.uiLang) : this.#shownLang;
    const scheme = schemeOf(this.theme, pageSignals(this));
    this.#scheme = scheme;
    return html`<section
      part="root"
      class="root"
      data-state=${this.#renderFailed ? 'error' : this.phase}
      data-scheme=${scheme}
      dir=${lang === 'ar' ? 'rtl' : 'ltr'}
      lang=${lang}
      aria-busy=${String(this.phase === 'loading')}
      aria-labelledby="eyebrow title"
      tabindex="-1"
      @focusin=${this.#reveal}
      @click=${this.#reveal}
    >
      ${body}<button class="more">${s.showAll}</button>
    </section>`;
  }

  /**
   * The reader reaching into a card fitted to its held height (a click, "Show
   * all", the keyboard moving into it; opening "Earlier figures" is a click):
   * it takes its natural height, which their input exempts from counting as
   * a shift. "Show all" then hands the focus to the card it revealed.
   */
  #reveal = (event: Event): void => {
    const root = this.#root();
    const more = (event.target as Element).localName === 'button';
    if (!root?.dataset.fit || (more && event.type === 'focusin')) return;
    this.#release?.();
    if (more) root.focus({ preventScroll: true });
  };

  #renderMessage(text: string, withLink: boolean): TemplateResult {
    const s = this.strings;
    return html`<div class="message" part="message">
      <p class="eyebrow" id="eyebrow" part="eyebrow">
        ${this.resource === 'incident' ? s.claimsEyebrow : s.gaugeEyebrow}
      </p>
      <p class="message-text" id="title">${text}</p>
      ${withLink && this.#url ? html`<p><a part="link" href=${this.#url}>${s.openData}</a></p>` : nothing}
    </div>`;
  }
}
