/**
 * A widget going live (lazy, with ./live.ts: fetched once the data is shown,
 * never on the way to first render, and never by a pinned or `live="off"`
 * widget). Watches whether the widget is near the viewport, checks its
 * resource on live.ts's schedule, and shows a newer version without moving
 * the page: tried at once (laid out but not painted: all of this runs before
 * the next frame) and kept if the widget's height and the order of its rows
 * are unchanged or the widget is below the view; otherwise put back, and
 * offered behind an "Updated — show" control the reader clicks. Each update
 * is marked in the widget, announced politely and told to the page by
 * `explainer-update`.
 */
import { formatClockTime } from '../../../shared/format/clock';
import { enLive, type LiveStrings } from '../../../shared/i18n/live';
import type { CommonStrings } from '../../../shared/i18n/strings';
import type { ExplainerElement, ExplainerUpdateDetail, ResourceKind } from './element';
import { liveInterval, wake, watchResource } from './live';

/** The widget as this chunk sees it: its protected parts, which only the widget and this chunk use. */
type Live<T> = HTMLElement & {
  live: string | null;
  _resource: ResourceKind;
  _url: string;
  _shown: T | undefined;
  _shownLocale: string;
  _pending: T | undefined;
  _lastUpdate: { ids: Set<string>; mark: (locale: string) => string } | undefined;
  _announcement: string;
  _liveOn: boolean;
  _strings: CommonStrings & Partial<LiveStrings>;
  _liveStrings?: LiveStrings;
  _stopLive?: () => void;
  _showPending?: () => void;
  _held: number;
  _release?: () => void;
  _root(): HTMLElement | null;
  _rootHeight(): number;
  updateComplete: Promise<boolean>;
  requestUpdate(): void;
  _slug(): string;
  _accepts(body: unknown): body is T;
  _describeChanges(after: T, ids: Set<string>, s: CommonStrings, locale: string): string[];
};

/** A resource's parts that carry ids (an incident's claims, a ceasefire's tallies and milestones). */
type Parts = { claims?: { id: string }[]; tallies?: { id: string }[]; milestones?: { id: string }[]; status?: string };

/**
 * Ids of the parts of `after` that are new or differ from `before`, and
 * `status` when a ceasefire's status changed (an incident has none).
 */
function changedIds(before: Parts | undefined, after: Parts): string[] {
  const parts = (r: Parts | undefined) => [...(r?.claims ?? []), ...(r?.tallies ?? []), ...(r?.milestones ?? [])];
  const was = new Map(parts(before).map((x) => [x.id, JSON.stringify(x)]));
  const ids = parts(after)
    .filter((x) => was.get(x.id) !== JSON.stringify(x))
    .map((x) => x.id);
  return before && before.status !== after.status ? ['status', ...ids] : ids;
}

/**
 * The rows the widget lists (a card's claims, a gauge's tallies), each by its list's heading and whom it is from (its
 * first datum: the claimant's name; for the one row of tallies no one claims, whatever it leaves out), the first of
 * each in the order shown.
 */
const rowsOf = (w: HTMLElement): string[] => [
  ...new Set(
    [...(w.shadowRoot?.querySelectorAll('li') ?? [])].map(
      (li) =>
        `${li.closest('[part~=metric]')?.querySelector('.label')?.textContent}\0${li.querySelector('bdi')?.textContent}`,
    ),
  ),
];

/** Whether two rows shown in both `before` and `after` changed places (a revised figure moved its source above another). */
function reordered(before: string[], after: string[]): boolean {
  const kept = after.filter((row) => before.includes(row));
  return before.filter((row) => after.includes(row)).some((row, i) => row !== kept[i]);
}

/** Tagged so the build minifies it as CSS; not imported, so this chunk imports nothing from the widget's module. */
const css = String.raw;

/** How a waiting update and a changed figure look: only live widgets need it, so it comes with this chunk. */
const liveStyles = css`
  .root {
    position: relative;
  }
  /* A live update waiting for the reader takes the place of the card's label (.eyebrow, its first line, hidden
     meanwhile), in its size, so showing it moves nothing and covers nothing: over the card's corner it covered
     the label wherever that ran across the card (a phone, Spanish, large text). The button keeps the root's
     text size, so its place reads --explainer-space as the root's padding does (in ems, too); its text, in a
     span, is set as the label is (0.78em at line-height 1.45), with the border a pixel either side. */
  .update {
    display: flex;
    position: absolute;
    inset-block-start: calc(var(--_v) * 1.25 - 1px);
    inset-inline-start: calc(var(--_space) * 1.25);
    max-inline-size: calc(100% - var(--_space) * 2.5);
    box-sizing: border-box;
    padding: 0;
    border: 1px solid var(--_link);
    border-radius: 2em;
    background: var(--_bg);
    color: var(--_link);
    font: inherit;
    cursor: pointer;
  }
  .update span {
    overflow: hidden;
    padding: 0 0.6em;
    font-size: 0.78em;
    font-weight: 700;
    line-height: 1.45;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .update ~ .eyebrow {
    visibility: hidden;
  }
  .update:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .updated-mark {
    color: var(--_accent);
  }
`;
let sheet: CSSStyleSheet | undefined;

/** Adds the live styles to the widget's shadow root, once. */
function styleLive(root: ShadowRoot): void {
  if (root.adoptedStyleSheets) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(liveStyles);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!root.querySelector('style[data-live]')) {
    const style = document.createElement('style');
    style.dataset.live = '';
    style.nonce = (globalThis as { litNonce?: string }).litNonce ?? '';
    style.textContent = liveStyles;
    root.append(style);
  }
}

/** Starts checking the widget's resource, which it shows as `body`; sets its `stopLive`. */
export function goLive<T>(element: ExplainerElement<T, CommonStrings>, body: T): void {
  const w = element as unknown as Live<T>;
  const intervalS = liveInterval(w.live);
  if (intervalS === null) return;
  let near = false;
  const observer = new IntersectionObserver(
    ([entry]) => {
      near = entry?.isIntersecting ?? false;
      if (near) wake();
    },
    // "Far off-screen": more than about two screens away.
    { rootMargin: '200% 0px' },
  );
  observer.observe(w);
  const box = w.getBoundingClientRect();
  near = box.bottom > -2 * innerHeight && box.top < 3 * innerHeight;
  if (w.shadowRoot) styleLive(w.shadowRoot);
  // Spanish and Arabic hold these strings; English ones come with this chunk.
  w._liveStrings = { ...enLive, ...w._strings };
  w._liveOn = true;
  w._showPending = () => {
    const next = w._pending;
    const shown = w._shown;
    if (next === undefined) return;
    // The button goes with the update: where the reader pressed it by keyboard, the card takes the focus, and they
    // keep their place (it fell to the page's <body>). Without scrolling: the card is where they are.
    const pressed = w.shadowRoot?.activeElement?.getAttribute('part') === 'update';
    keepFit(w);
    show(w, next);
    // Caught: where the page's Trusted Types refuse lit-html every update rejects (the widget says what it shows in
    // plain text instead, shared/element.ts), and nothing of ours may reach the page as an error of its own.
    w.updateComplete
      .then(() => {
        updated(w, shown, next);
        if (pressed) w._root()?.focus({ preventScroll: true });
      })
      .catch(() => undefined);
  };
  w.requestUpdate();
  const unwatch = watchResource(w._url, body, {
    intervalS,
    near: () => near,
    changed: (next, heard) => {
      if (!w._accepts(next)) return false;
      offer(w, next, heard).catch(() => undefined);
      return true;
    },
  });
  w._stopLive = () => {
    unwatch();
    observer.disconnect();
  };
}

/** Shows `next` if that moves nothing the reader sees; else offers it behind the "Updated — show" control. */
async function offer<T>(w: Live<T>, next: T, heard: boolean): Promise<void> {
  const before = w.getBoundingClientRect();
  // A reader on the waiting update's button keeps their place when a newer one takes its place (it fell to <body>).
  const onButton = w.shadowRoot?.activeElement?.getAttribute('part') === 'update';
  keepFit(w);
  const shown = w._shown;
  const rows = rowsOf(w);
  show(w, next);
  await w.updateComplete;
  const after = w.getBoundingClientRect();
  // Wholly below the view, a new height moves only what is below it. Above the view it would move what is in
  // view wherever scroll anchoring does not make up for it (widgets/src/shared/fit.ts), so it waits as in view. Rows
  // that change places (a source's revised figure now above another's, a newer tally on top) move what the reader
  // is reading, within the same height: they wait too.
  if ((Math.abs(after.height - before.height) < 1 && !reordered(rows, rowsOf(w))) || before.top >= innerHeight) {
    updated(w, shown, next, heard);
    if (onButton) w._root()?.focus({ preventScroll: true });
    return;
  }
  w._shown = shown;
  w._lastUpdate = undefined;
  w._pending = next;
  // The control is seen, not heard: a screen reader's user learns of it only from this.
  const s = w._liveStrings ?? enLive;
  w._announcement = heard ? s.updateWaiting(s.updatedShow) : '';
  await w.updateComplete;
  if (onButton) w.shadowRoot?.querySelector<HTMLElement>('[part="update"]')?.focus({ preventScroll: true });
}

/**
 * A card fitted to its page's held height fits the next version it shows into that same height (the element's
 * updated()), so that nothing after it moves.
 */
function keepFit<T>(w: Live<T>): void {
  if (w._root()?.dataset.fit) {
    w._held = w._rootHeight();
    w._release?.();
  }
}

function show<T>(w: Live<T>, next: T): void {
  w._pending = undefined;
  w._shown = next;
  w.requestUpdate();
}

/** `heard`: whether the widget tells screen readers (not when another widget of the page has said it: ./live.ts). */
function updated<T>(w: Live<T>, before: T | undefined, after: T, heard = true): void {
  const changed = changedIds(before as Parts | undefined, after as Parts);
  const ids = new Set(changed);
  const at = new Date().toISOString();
  // The mark follows the widget's language, as the rest of it does.
  w._lastUpdate = { ids, mark: (locale) => (w._liveStrings ?? enLive).updatedMark(formatClockTime(at, locale)) };
  const s = w._liveStrings ?? enLive;
  const parts = w._describeChanges(after, ids, w._strings, w._shownLocale);
  w._announcement = heard ? s.updatedAnnouncement(parts.length ? parts.join('; ') : s.updatedDetails) : '';
  w.requestUpdate();
  w.dispatchEvent(
    new CustomEvent<ExplainerUpdateDetail>('explainer-update', {
      bubbles: true,
      composed: true,
      detail: { resource: w._resource, slug: w._slug(), url: w._url, data: after, changed },
    }),
  );
}
