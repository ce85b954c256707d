/**
 * What both widgets share: the attributes every widget takes, the fetch, the
 * loading / error / not-found states, the theme and the language, and the
 * events. A widget never throws into the host page: every failure becomes a
 * readable state and an `explainer-error` event.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { MEASURE_PROPERTY, RESERVE_PROPERTY } from '../../../shared/embed/reserve';
import { changesPagePath, resourceUrl } from '../../../shared/embed/resource-url';
import {
  formatCalendarDate,
  formatNumber,
  listParts,
  numberFormat,
  sentenceAround,
  supportedLang,
} from '../../../shared/format/intl';
import type { LiveStrings } from '../../../shared/i18n/live';
import type { CommonStrings } from '../../../shared/i18n/strings';
import { localeFor, stringsFor } from '../i18n/locale';
import { type FailureReason, type Fetched, fetchOnce } from './api';
import { chromeOf, fitWhenSet, layoutHeight } from './fit';
import { nearViewport } from './near-viewport';
import { apiBase, DATA_ISLAND, preloaded } from './reads';
import { type PropertyDeclarations, type PropertyValues, RenderedElement } from './rendered-element';
import { pageSignals, type Scheme, schemeOf, watchPageScheme } from './theme';

export type ResourceKind = 'incident' | 'ceasefire';

/** The language of the data being drawn (its `language`): a card's render is synchronous, so one at a time. */
let dataLang: string | undefined;

/**
 * Data as written (names, titles, quotes), isolated so an English name keeps
 * its own direction inside an Arabic sentence, and punctuation stays put, and
 * in its own language, so a screen reader reads an English name in a
 * Spanish card in English.
 */
export const data = (text: string | TemplateResult | null | undefined, lang = dataLang) =>
  html`<bdi lang=${lang ?? nothing}>${text}</bdi>`;

/**
 * One of our sentences around a piece of data ("Reported in …"): the data drawn as `data` draws it, in `lang` where
 * it has a language of its own (a cited article's headline); or around pieces drawn already (`listed`).
 */
export const around = (sentence: (piece: string) => string, piece: string | unknown[], lang?: string) => {
  const [before, after] = sentenceAround(sentence);
  return html`${before}${typeof piece === 'string' ? data(piece, lang) : piece}${after}`;
};

/**
 * The story's `items` as one list in the reader's words ("United States and Russia", "Estados Unidos y Rusia"): each
 * item drawn as `data` draws it, the words between them ours.
 */
export const listed = (items: string[], locale: string) =>
  listParts(items, locale).map((part) => (part.type === 'element' ? data(part.value) : part.value));

/** `detail` of `explainer-load`: which resource was shown, and the data shown. */
export type ExplainerLoadDetail = { resource: ResourceKind; slug: string; url: string; data: unknown };

/** `detail` of `explainer-update`: a live widget is showing a newer version of its resource. */
export type ExplainerUpdateDetail = {
  resource: ResourceKind;
  slug: string;
  url: string;
  data: unknown;
  /** Ids of the claims, tallies or milestones that are new or changed (empty when only the rest changed). */
  changed: string[];
};

/** `detail` of `explainer-error`: which resource failed, and why. */
export type ExplainerErrorDetail = {
  resource: ResourceKind;
  slug: string;
  url: string;
  reason: FailureReason | 'render';
  status?: number;
};

/**
 * Every event a widget dispatches, by name; `HTMLElementEventMap` extends it
 * (explainers.ts), so `addEventListener('explainer-load', …)` on any element
 * gets a typed `detail`.
 */
export interface ExplainerEventMap {
  'explainer-load': CustomEvent<ExplainerLoadDetail>;
  'explainer-error': CustomEvent<ExplainerErrorDetail>;
  'explainer-update': CustomEvent<ExplainerUpdateDetail>;
}

type Phase = 'loading' | 'ready' | 'not-found' | 'error';

/**
 * The base of both widgets. Its members that are no part of the element's
 * surface (everything but the attributes, `data` and Lit's names) are spelled
 * `_name`, private or shared with the components and the live chunk: the
 * build renames each to one letter (widgets/vite.config.ts), which the page's
 * download would otherwise spell out.
 */
export abstract class ExplainerElement<T, S extends CommonStrings> extends RenderedElement {
  static override properties: PropertyDeclarations = {
    api: {},
    uiLang: { attribute: 'lang' },
    theme: {},
    asOf: { attribute: 'as-of' },
    seenAt: { attribute: 'seen-at' },
    live: {},
    headingLevel: { attribute: 'heading-level' },
    data: { attribute: false },
    _phase: { state: true },
    _pending: { state: true },
  };

  /** Origin of the API; defaults to the origin the script was loaded from. */
  declare api: string | null;
  /**
   * A language tag: `en`, `es` or `ar`, with any region or extension (`es-MX`, `ar-u-nu-latn`) for numbers
   * and dates; defaults to the nearest `lang` on the page.
   */
  declare uiLang: string | null;
  /**
   * `auto` (default): match the page around the widget — the scheme it
   * declares, else the colour painted behind the widget; `light` or `dark`.
   */
  declare theme: string | null;
  /** Show the data as it stood on this date (`YYYY-MM-DD`). A pinned widget never checks for changes. */
  declare asOf: string | null;
  /**
   * Show exactly what was published at this moment (an ISO instant): nothing recorded later, back-dated or
   * not, changes it. A pinned widget never checks for changes.
   */
  declare seenAt: string | null;
  /**
   * Live updates of a widget showing the latest data: on by default (a check
   * every 60 s while the story moves, hourly once it has settled); `off`, or
   * the seconds between checks (at least 15).
   */
  declare live: string | null;
  /**
   * `heading-level`: the level (1–6) of the widget's title in the page's outline, its sections' labels one
   * below; by default one below the last heading the page shows before the widget (2 where none comes before it).
   */
  declare headingLevel: string | null;
  /**
   * The resource itself, in the API's shape: shown without a request. The
   * editors' page previews unsaved changes through it; a server-rendered page
   * can instead put the JSON in a `<script type="application/json"
   * data-explainer-data>` child, which is read once.
   */
  declare data: T | undefined;
  declare protected _phase: Phase;
  /** A newer version that would move the page if shown now: waits for the reader's click. */
  declare protected _pending: T | undefined;
  /** Ids of what the last live update changed, and its mark ("updated 14:32") in a locale (set by the live chunk). */
  protected _lastUpdate: { ids: Set<string>; mark: (locale: string) => string } | undefined;

  protected abstract readonly _resource: ResourceKind;
  protected abstract readonly _collection: string;
  /** The attribute naming the resource (`incident`, `ceasefire`). */
  protected abstract _slug(): string;
  protected abstract _accepts(body: unknown): body is T;
  protected abstract _renderData(data: T, s: S, locale: string): TemplateResult;
  protected abstract _renderSkeleton(): TemplateResult;
  /** The resource's title, and what the widget shows in one sentence (for screen readers, and as plain text). */
  protected abstract _summary(data: T, s: S, locale: string): [title: string, sentence: string];
  /** What the widget says in English; also all it says until another language has loaded. */
  protected abstract readonly _english: S;

  private _loadedStrings?: S;
  /** What the widget says, in the language shown. */
  protected get _strings(): S {
    return this._loadedStrings ?? this._english;
  }
  // What the lazy live chunk (./live-widget.ts) reads and sets: the data shown, where it was read, in which locale.
  protected _shownLocale = 'en';
  protected _shown: T | undefined;
  protected _url = '';
  private _failure: { reason: FailureReason | 'render'; status?: number } = { reason: 'network' };
  private _ticket = 0;
  private _loadWanted = true;
  private _renderFailed = false;
  /** Whether lit-html failed here, so that the widget renders as plain text (`update`). */
  private _plain = false;
  private _unwatch?: () => void;
  /** Stops this widget's live checking (set by the live chunk). */
  protected _stopLive?: () => void;
  /** Whether this widget is checking for updates (`data-live` on its root, for pages and tests to see). */
  protected _liveOn = false;
  /** The live chunk's polite announcement of the last update. */
  protected _announcement = '';
  /** Shows the update waiting behind the "Updated — show" control (set by the live chunk). */
  protected _showPending?: () => void;
  /** What a live widget says about updates, in the language shown (set by the live chunk, which brings the English). */
  protected _liveStrings?: LiveStrings;
  /** The scheme last rendered, so a page that mutates often re-renders a widget only when its scheme changes. */
  private _scheme?: Scheme;
  /** Settles once the element has come near the viewport; it stays settled. */
  private _seen?: Promise<void>;
  /** Whether the card shown while loading holds the page's reserved space for data still to come. */
  private _holding = false;
  /** Whether the card fills the page's reserved space exactly or not at all (shared/fit.ts, `exact`). */
  private _fills = false;
  /**
   * The height the loading card held, for the card with data to fit into
   * (shared/fit.ts); before a live update is tried, the live chunk sets it to
   * the height a fitted card holds now, so the new version fits the same.
   */
  protected _held = 0;
  /** Lets a fitted card take its natural height. */
  protected _release?: () => void;
  /** Settles when a card waiting for the page's faces has been fitted and shown (shared/fit.ts, fitWhenSet). */
  private _fitting?: Promise<void>;
  /** When the card was first drawn, which asked the page for its faces (shared/fit.ts, fitWhenSet). */
  private _asked = 0;
  /**
   * The name of the region the widget is (its label and title). A story embedded twice (a live blog's posts, a recap
   * under the article), or two cards still loading (named by their label alone), would make regions of one name,
   * which a screen reader's list of landmarks repeats and axe flags (`landmark-unique`): the first of a name in its
   * document (or shadow tree) is the region, the others groups of that name.
   */
  private _region = '';

  constructor() {
    super();
    this._phase = 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A page whose CSP refuses inline styles applied none of the pasted code's `style`: the reserve in it, read
    // through the CSSOM (which a CSP does not govern), holds the loading card as the code meant. Only the reserve's
    // two properties, so nothing else the page refused is applied (the host's stylesheet gives it the code's box).
    const pasted = this.getAttribute('style');
    if (pasted && !this.style.length) {
      const parsed = document.createElement('i').style;
      parsed.cssText = pasted;
      // (An empty value sets nothing.)
      for (const name of [RESERVE_PROPERTY, MEASURE_PROPERTY])
        this.style.setProperty(name, parsed.getPropertyValue(name));
    }
    this._unwatch = watchPageScheme(this, () => {
      if (this._scheme !== this._schemeNow()) this.requestUpdate();
    });
    // Moved, or put back (a carousel, an app's next view): leaving stopped its checks, so it checks again, from what
    // it shows (the live chunk catches it up if its neighbours have seen newer).
    if (this._phase === 'ready' && this.data === undefined) void this._goLive(this._shown as T).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatch?.();
    // Out of the page its fit stops watching, but the card keeps the height and spacing it was fitted to: put back
    // (an app's next view, a carousel) it comes back as it left, moving nothing. Not a card still waiting for faces.
    const root = this._root();
    const fit = root?.dataset.fit;
    const kept = fit !== 'wait' && root?.style.cssText;
    this._release?.();
    if (root && kept) {
      root.style.cssText = kept;
      if (fit) root.dataset.fit = fit;
    }
    this._stopLive?.();
    this._stopLive = undefined;
    this._name('');
  }

  /** The widgets of its kind in its document or shadow tree (the document's, once it has left it). */
  private _kin(): NodeListOf<this> {
    return (this.isConnected ? (this.getRootNode() as ParentNode) : document).querySelectorAll(
      this.localName,
    ) as NodeListOf<this>;
  }

  /** Takes a region's name: the widgets that had it or have it take their places again (not drawn again). */
  private _name(name: string): void {
    const old = this._region;
    this._region = name;
    for (const other of this._kin()) if (other._region === old || other._region === name) other._place();
  }

  /** The region of its name if it is the first of its kin with that name, else a group of that name. */
  private _place(): void {
    const root = this._root();
    // (Itself where not in the list: out of the page, or in a shadow tree its kin are not.)
    if (root)
      root.role = ([...this._kin()].find((other) => other._region === this._region) ?? this) === this ? null : 'group';
  }

  override willUpdate(changed: PropertyValues): void {
    const inputs = ['api', 'uiLang', 'asOf', 'seenAt', 'data', 'live', this._resource];
    if (this._loadWanted || inputs.some((k) => changed.has(k))) {
      this._loadWanted = false;
      void this._load();
    }
    // A kept height (`_keep`) is set only while the card holds one, so it is let go here too.
    if (this._holding && this._phase !== 'loading') {
      this._holding = false;
      // The height the loading card held: the one it kept, else its page's.
      const kept = this._rootHeight();
      this._keep(0);
      const root = this._root();
      const page = this._rootHeight();
      // A page that holds no height (its padding and borders only, read to a pixel: borders come in whole pixels)
      // has the card take its natural one at once, not held empty at its padding's height while a face loads
      // (shared/fit.ts, fitWhenSet's `wait`).
      this._held = root && page > chromeOf(root) + 1 ? kept : 0;
    }
  }

  protected override updated(): void {
    const root = this._root();
    this._asked ||= performance.now();
    if (root) {
      // Its title's text, none while loading: the label is its kind's, which a widget of another language names in
      // its own words (a group of its name, then, where a region would have done as well).
      const name = `${root.querySelector('#title')?.textContent}`;
      if (name !== this._region) this._name(name);
      else this._place();
    }
    try {
      // A card the page does not draw (in a closed <details>, `hidden="until-found"`, or below the view in a block
      // whose layout the browser skips, `content-visibility: auto`) has nothing in view to keep still: it takes its
      // natural height. Fitted, it was drawn cut for a frame when the reader opened it, or, skipped, kept the cut
      // (no resize observer reports there). Safari before 17.4 has no checkVisibility: there it is fitted as before.
      if (root && this._held && (root.checkVisibility?.({ contentVisibilityAuto: true }) ?? 1))
        [this._release, this._fitting] = fitWhenSet(this, root, this._held, this._asked, this._fills);
    } catch {
      // A card that cannot be measured keeps its natural height.
    }
    this._held = 0;
  }

  protected _root(): HTMLElement | null {
    return this.renderRoot.querySelector('.root');
  }

  /**
   * Holds the card at `height` layout px while it loads (over its stylesheet's reserve); 0 lets that go. Called only
   * once a fit was released, so the inline height is this one's.
   */
  private _keep(height: number | false): void {
    const root = this._root();
    if (root) root.style.height = height ? `${height}px` : '';
  }

  /** The card's height in layout px (shared/fit.ts), which is what it holds. */
  protected _rootHeight(): number {
    const root = this._root();
    return root ? layoutHeight(root) : 0;
  }

  private async _load(): Promise<void> {
    const ticket = ++this._ticket;
    const slug = this._slug();
    // What it showed, or had waiting, of its resource: a live update may have made that newer than the answer the
    // page's widgets share for a minute, which a reload in another language or mode would otherwise show again.
    const [kept, keptUrl] = [this._phase === 'ready' ? (this._pending ?? this._shown) : undefined, this._url];
    const was = this._phase;
    const shown = was === 'ready' && this._rootHeight();
    this._phase = 'loading';
    this._url = '';
    // Once: a release again would take away the height a card loading again keeps.
    this._release?.();
    this._release = undefined;
    // Whatever was live belongs to what is being replaced: a later check must not draw it over this load's answer.
    this._stopLive?.();
    this._stopLive = undefined;
    this._liveOn = false;
    // So is an update waiting for the reader, and the mark and words of the last one: they were about other data.
    this._pending = this._lastUpdate = undefined;
    this._announcement = '';
    let live: T | undefined;
    try {
      const locale = localeFor(this, this.uiLang);
      this._url = resourceUrl(apiBase(this.api), this._collection, slug, this.asOf, this.seenAt);
      const island = this.data === undefined ? this._island() : undefined;
      const given = this.data ?? island;
      // Data that came with a page holding it a height (an embed page in a frame) fills that height if it can.
      this._fills = island !== undefined && !!getComputedStyle(this).getPropertyValue(RESERVE_PROPERTY);
      // Nothing named: no data is coming, so the message takes its own height at once rather than the card's.
      this._holding = !!slug && (given === undefined || this._fills);
      // A card shown that the page gives another language, story or moment keeps its height while the next loads:
      // what its page held for it was a guess at a card not yet drawn, and may be far from the one in view now. One
      // loading again before that came keeps what it kept.
      if (was !== 'loading' || !this._holding) this._keep(this._holding && shown);
      // Asked now, not with the data: a widget waiting for the reader (below the view) or for its data says what it
      // is, and that it is loading, in its page's language, not in the English it brings.
      const words = stringsFor(locale, this._english);
      void words.then((strings) => {
        if (ticket !== this._ticket || strings === this._strings) return;
        this._loadedStrings = strings;
        this.requestUpdate();
      });
      if (given === undefined && slug && !preloaded(this._url)) {
        this._seen ??= nearViewport(this);
        await this._seen;
        if (ticket !== this._ticket) return;
      }
      const nothingNamed: Fetched = { ok: false, reason: 'not-found' };
      // The language too: what is shown next is in it (set by the ask above, which this await runs after).
      const answers = Promise.all([
        given !== undefined ? { ok: true as const, body: given } : slug ? fetchOnce(this._url) : nothingNamed,
        words,
      ]);
      // A page's first number format costs about 10 ms (the browser loads its locale data): made while the data is
      // on its way, not after it came, when the card is drawn (bench/README.md, "One card at slow 4G, traced").
      numberFormat(locale);
      const [fetched, strings] = await answers;
      if (ticket !== this._ticket) return;
      // A language whose chunk could not be loaded (a network's hiccup; a module cached from before a deploy naming
      // chunks it removed) is shown in English, as English: its dates, digits, `lang` and direction too.
      this._shownLocale = strings === this._english && supportedLang(locale) !== 'en' ? 'en' : locale;
      if (fetched.ok && this._accepts(fetched.body)) {
        const at = (d: unknown) => (d as { updatedAt?: string } | undefined)?.updatedAt ?? '';
        const newer = given === undefined && keptUrl === this._url && at(kept) > at(fetched.body);
        this._shown = newer ? (kept as T) : fetched.body;
        this._phase = 'ready';
        if (this.data === undefined) live = this._shown;
      } else {
        this._failure = fetched.ok ? { reason: 'malformed' } : { reason: fetched.reason, status: fetched.status };
        this._phase = this._failure.reason === 'not-found' ? 'not-found' : 'error';
      }
    } catch {
      if (ticket !== this._ticket) return;
      this._failure = { reason: 'network' };
      this._phase = 'error';
    }
    try {
      await this.updateComplete;
      await this._fitting;
    } catch {
      this._renderFailed = true;
    }
    if (ticket !== this._ticket) return;
    this._announce(slug);
    if (live !== undefined) void this._goLive(live).catch(() => undefined);
  }

  /**
   * Starts checking for newer versions of `body`, the data just shown:
   * only the latest data, fetched or from the island, is live. The checking
   * code, and what shows an update, is its own chunk (./live-widget.ts),
   * fetched once the data is shown (`explainer-load`): on a slow network its
   * bytes would otherwise share the line with the page's faces the card
   * waits for.
   */
  private async _goLive(body: T): Promise<void> {
    if (this.live === 'off' || this.asOf || this.seenAt || !this._url) return;
    const ticket = this._ticket;
    const { goLive } = await import('./live-widget');
    // Once: a widget put back while its first start was on the way has two starts waiting.
    if (ticket === this._ticket && this.isConnected && !this._stopLive) goLive(this, body);
  }

  /**
   * For the screen-reader announcement of a live update (./live-widget.ts): a short phrase for each changed part
   * (`ids`) of `after` that the reader should hear about.
   */
  protected abstract _describeChanges(after: T, ids: Set<string>, s: S, locale: string): string[];

  /** The footer's record: "As published on …" when pinned to a moment of recording, and the link to the changes. */
  protected _record(d: { seenAt?: string; changeCount?: number }, locale: string): TemplateResult {
    const s = this._strings;
    const n = d.changeCount;
    const slug = this._slug();
    return html`${d.seenAt ? html`<br />${s.published(formatCalendarDate(d.seenAt.slice(0, 10), locale))}` : nothing}
    ${n && slug ? html`<a part="link" href=${new URL(changesPagePath(this.localName, slug, { lang: supportedLang(locale), seenAt: d.seenAt }), this._url)}>${s.changed(n, formatNumber(n, locale))}</a>` : nothing}`;
  }

  /** The server-rendered data island, once: later loads (new attributes) fetch. */
  private _island(): unknown {
    const script = this.querySelector(DATA_ISLAND);
    if (!script) return undefined;
    script.remove();
    try {
      return JSON.parse(script.textContent ?? '');
    } catch {
      return undefined;
    }
  }

  private _announce(slug: string): void {
    const base = { resource: this._resource, slug, url: this._url };
    const ok = this._phase === 'ready' && !this._renderFailed;
    const detail: ExplainerLoadDetail | ExplainerErrorDetail = ok
      ? { ...base, data: this._shown }
      : { ...base, ...(this._renderFailed ? { reason: 'render' } : this._failure) };
    this.dispatchEvent(
      new CustomEvent((ok ? 'explainer-load' : 'explainer-error') satisfies keyof ExplainerEventMap, {
        bubbles: true,
        composed: true,
        detail,
      }),
    );
  }

  protected override render(): TemplateResult {
    const s = this._strings;
    let body: TemplateResult;
    this._renderFailed = false;
    if (this._phase === 'ready' && this._shown !== undefined) {
      try {
        dataLang = (this._shown as { language?: string }).language;
        body = this._renderData(this._shown, s, this._shownLocale);
        dataLang = undefined;
      } catch {
        this._renderFailed = true;
        body = this._renderMessage(s.loadFailed, true);
      }
    } else if (this._phase === 'loading') {
      body = html`<p class="sr" role="status">${s.loading}</p>${this._renderSkeleton()}`;
    } else {
      body = this._renderMessage(this._message(), this._phase === 'error');
    }
    const [lang, dir] = this._lang();
    const scheme = this._schemeNow();
    this._scheme = scheme;
    const ready = this._phase === 'ready';
    // Before the card's own links: the control sits in the place of its label, at its top, and comes first by keyboard too.
    const update =
      !ready || this._pending === undefined || !this._showPending
        ? nothing
        : html`<button class="update" part="update" type="button" @click=${this._showPending}><span>${this._liveStrings?.updatedShow}</span></button>`;
    return html`<section
      part="root"
      class="root"
      data-state=${this._renderFailed ? 'error' : this._phase}
      data-scheme=${scheme}
      data-live=${this._liveOn ? 'on' : 'off'}
      dir=${dir}
      lang=${lang}
      aria-busy=${String(this._phase === 'loading')}
      aria-labelledby="eyebrow title"
      tabindex="-1"
      @focusin=${this._reveal}
      @click=${this._reveal}
    >
      ${update}${body}${
        ready ? html`<p class="sr" aria-live="polite">${this._announcement}</p>` : nothing
      }<button class="more" part="more" type="button" aria-describedby="title">${s.showAll}</button>
    </section>`;
  }

  /** The language the widget is in (the page's while its own strings load), and its direction. */
  protected _lang(): [lang: string, dir: 'rtl' | 'ltr'] {
    const lang = this._phase === 'loading' ? localeFor(this, this.uiLang) : this._shownLocale;
    return [lang, supportedLang(lang) === 'ar' ? 'rtl' : 'ltr'];
  }

  /** The scheme the widget takes now, on this page (shared/theme.ts). */
  protected _schemeNow(): Scheme {
    return schemeOf(this.theme, pageSignals(this));
  }

  /**
   * Where lit-html cannot render (a page whose Trusted Types allow neither
   * its policy nor its markup through a default policy: README, "Trusted
   * Types"), the widget says what it shows in plain text, built without
   * markup (./plain-text.ts, a chunk only such pages fetch), rather than
   * leave a hole in the page. It does not try lit-html again (each try is a
   * violation the page may have reported to it), and each update still
   * fails, so the page hears `explainer-error` with reason `render`.
   */
  protected override update(): void {
    if (!this._plain) {
      try {
        super.update();
        // A default policy that rewrites the markup can leave lit-html's parts out, with no error: an empty card.
        if (this._root()?.textContent?.trim()) return;
      } catch {
        // Whatever lit-html met, the plain text is what the reader gets.
      }
      this._plain = true;
    }
    // As render() does, so that the page's scheme watcher asks for plain text again only when the scheme changes.
    this._scheme = this._schemeNow();
    void import('./plain-text').then((m) => m.renderPlain(this)).catch(() => undefined);
    throw Error('render');
  }

  /**
   * The reader reaching into a card fitted to its held height (a click, "Show
   * all", the keyboard moving into it; opening "Earlier figures" is a click):
   * it takes its natural height, which their input exempts from counting as
   * a shift. "Show all" then hands the focus to the card it revealed.
   * "Updated — show" fits the update into the card's height itself
   * (./live-widget.ts), so that nothing after the card moves, and hands the
   * focus to the card, which reaches into nothing.
   */
  private _reveal = (event: Event): void => {
    const root = this._root();
    const target = event.target as Element;
    const more = target.classList.contains('more');
    if (!root?.dataset.fit || target.closest('.update')) return;
    if (event.type === 'focusin') {
      if (more || target === root) return;
      // Focus that a pointer's press gives (a link, "Earlier figures") waits for the click: the card taking its
      // height as the press lands moved what was pressed from under the pointer, and the click was lost. Focus the
      // keyboard moves in reveals it (`:focus-visible`).
      try {
        if (!target.matches(':focus-visible')) return;
      } catch {
        // A browser before 2022, which cannot read `:focus-visible`: any focus reveals it, as it did.
      }
    }
    this._release?.();
    if (more) root.focus({ preventScroll: true });
  };

  protected _eyebrow(): string {
    return this._resource === 'incident' ? this._strings.claimsEyebrow : this._strings.gaugeEyebrow;
  }

  /** What the widget says without data to show: loading, not found, or not loaded. */
  protected _message(): string {
    const s = this._strings;
    return this._phase === 'not-found'
      ? s.notFound(this._resource, this._slug())
      : this._phase === 'loading'
        ? s.loading
        : s.loadFailed;
  }

  private _renderMessage(text: string, withLink: boolean): TemplateResult {
    const s = this._strings;
    return html`<div class="message" part="message">
      <p class="eyebrow" id="eyebrow" part="eyebrow">
        ${this._eyebrow()}
      </p>
      <p class="message-text" id="title">${text}</p>
      ${withLink && this._url ? html`<p><a part="link" href=${this._url}>${s.openData}</a></p>` : nothing}
    </div>`;
  }
}
