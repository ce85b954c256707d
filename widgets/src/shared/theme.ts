/**
 * `theme="auto"` matches what the reader sees around the widget, so a card
 * never turns dark on a white page because the reader's system is dark.
 *
 * In order:
 * 1. a scheme the page declares: `data-theme="dark|light"` on <html> or
 *    <body>; `class="dark"` (or `light`) on either; a single-valued
 *    `color-scheme` on <html> (CSS property or `<meta name="color-scheme">`);
 * 2. otherwise the colour actually painted behind the element: the
 *    backgrounds up the tree (through shadow roots) composited over the
 *    canvas, dark when white text would contrast with it better than black
 *    (a gradient counts as the mean of its colours, a picture as what the
 *    page's text over it contrasts with);
 * 3. the canvas alone, which the browser paints light unless the page's
 *    `color-scheme` allows dark: only a page that itself follows the system
 *    (`color-scheme: light dark`) lets the system setting decide.
 */
import type { Scheme } from '../../../shared/embed/options';

export type { Scheme };
/** A colour as red, green, blue (0–255) and alpha (0–1). */
export type Rgba = [number, number, number, number];

/** What the page says and paints around one widget; pure data so it can be tested without a page. */
export type PageSignals = {
  dataTheme: (string | undefined)[];
  classes: string[][];
  colorScheme: string[];
  /** Background colours from the element up to the root, nearest first. */
  backgrounds: Rgba[];
  prefersDark: boolean;
};

const words = (value: string | undefined) => (value ?? '').replace('only', '').trim().split(/\s+/);

const single = (value: string | undefined): Scheme | undefined => {
  const [word, more] = words(value);
  return !more && (word === 'dark' || word === 'light') ? word : undefined;
};

/** Chromium's dark canvas; the light one is white. */
const DARK_CANVAS: Rgba = [18, 18, 18, 1];
const WHITE: Rgba = [255, 255, 255, 1];

/**
 * The scheme a `color-scheme` value (an element's, or the page's) has the browser draw in: light unless it allows
 * dark and the reader's system prefers it, or it allows dark alone. (resize.js's; the widgets' own reading is
 * paintedBehind's, below.)
 */
export function usedScheme(colorScheme: string | undefined, prefersDark: boolean): Scheme {
  const allowed = words(colorScheme);
  return allowed.includes('dark') && (prefersDark || !allowed.includes('light')) ? 'dark' : 'light';
}

/** The colour the backgrounds paint over the canvas (alpha-composited, nearest on top). */
export function paintedBehind(page: PageSignals): Rgba {
  // usedScheme's rule, less its case of a scheme that allows dark alone, which schemeOf has decided before it asks.
  const canvasDark = page.prefersDark && page.colorScheme.some((v) => words(v).includes('dark'));
  let color = canvasDark ? DARK_CANVAS : WHITE;
  const opaque = page.backgrounds.findIndex((c) => c[3] >= 1);
  const layers = page.backgrounds.slice(0, opaque < 0 ? undefined : opaque + 1);
  for (const [r, g, b, a] of layers.reverse()) {
    color = [r * a + color[0] * (1 - a), g * a + color[1] * (1 - a), b * a + color[2] * (1 - a), 1];
  }
  return color;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function schemeOf(setting: string | null | undefined, page: PageSignals): Scheme {
  if (setting === 'light' || setting === 'dark') return setting;
  for (const value of page.dataTheme) {
    const declared = single(value);
    if (declared) return declared;
  }
  for (const list of page.classes) {
    if (list.includes('dark')) return 'dark';
    if (list.includes('light')) return 'light';
  }
  for (const value of page.colorScheme) {
    const declared = single(value);
    if (declared) return declared;
  }
  // 0.179 is where black and white text have equal contrast against a colour.
  return luminance(paintedBehind(page)) < 0.179 ? 'dark' : 'light';
}

let probe: CanvasRenderingContext2D | null | undefined;

/** A computed colour as RGBA; colour spaces other than sRGB (`oklch()`, `color()`) go through a canvas. */
export function parseColor(value: string): Rgba {
  if (value.startsWith('rgb')) {
    const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, a];
  }
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return [0, 0, 0, 0];
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/**
 * What an element's `background-image` paints, as one colour, or nothing:
 * a gradient, the mean of its stops (each parsed by `parse`); a picture,
 * whose pixels a script may not read, the colour its `text` contrasts
 * with, since a page sets its text to read on what is behind it (white
 * over a dark photograph).
 */
export function imageLayer(image: string, text: Rgba, parse: (color: string) => Rgba = parseColor): Rgba | undefined {
  if (image.includes('url(')) return luminance(text) > 0.179 ? DARK_CANVAS : WHITE;
  // The innermost functions of a computed gradient are its colours (`rgb()`, `oklch()`…) and perhaps a `calc()`.
  const stops = (image.match(/\w+\([^()]*\)/g) ?? []).filter((f) => !f.startsWith('calc')).map(parse);
  if (!stops.length) return undefined;
  const mean = (i: number) => stops.reduce((sum, stop) => sum + (stop[i] ?? 0), 0) / stops.length;
  return [mean(0), mean(1), mean(2), mean(3)];
}

const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/**
 * What `node` is laid out in: the slot it is given to in a shadow tree (a publisher's layout component wraps its
 * content in boxes of its own), else its parent, else the host of the shadow root it is.
 */
const up = (node: Node): Node | null =>
  (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host ?? null;

/** What the page declares and paints around `el`; once `watchPageScheme` runs, the shadow trees around it are watched. */
export function pageSignals(el: Element): PageSignals {
  const roots = [document.documentElement, document.body].filter(Boolean) as HTMLElement[];
  const backgrounds: Rgba[] = [];
  // Up to the first opaque background; on to the document for the shadow trees it sits in, which the document's
  // observer does not see into, and whose transitions' ends and slots' changes (a widget given to another slot, a
  // slot renamed) do not reach it: watched from then on (again is a no-op), read on each render, so a page's
  // component upgraded after the widget first looked is too.
  let behind = true;
  for (let at: Node | null = el; at; at = up(at)) {
    if (at instanceof ShadowRoot && observer) {
      observer.observe(at, WATCHED);
      // Heard as it happens inside (capture): a control's `change` does not leave its shadow tree.
      for (const type of WATCHED_EVENTS) at.addEventListener(type, heard, true);
    }
    if (!behind || !(at instanceof Element)) continue;
    const style = getComputedStyle(at);
    // An image paints over its element's background colour: nearer the widget.
    const layers = [imageLayer(style.backgroundImage, parseColor(style.color)), parseColor(style.backgroundColor)];
    for (const layer of layers) if (layer && layer[3] > 0) backgrounds.push(layer);
    behind = !layers.some((layer) => layer && layer[3] >= 1);
  }
  return {
    dataTheme: roots.map((r) => r.dataset.theme),
    classes: roots.map((r) => [...r.classList]),
    colorScheme: [
      getComputedStyle(document.documentElement).colorScheme,
      document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content,
    ].filter((v): v is string => !!v && v !== 'normal'),
    backgrounds,
    prefersDark: darkQuery().matches,
  };
}

/** Each listener and the element whose surroundings it reads. */
const listeners = new Map<() => void, Element>();
/** Watches the document, and each shadow tree a watched element sits in. */
let observer: MutationObserver | undefined;
/**
 * The end of a colour transition behind a watched element, a slot it may be given to changed, or a form control
 * changed anywhere (set with `observer`).
 */
let heard: (e: Event) => void;
/**
 * Heard in the document and in each shadow tree a watched element sits in. A form control's `change`: a page's own
 * dark toggle may be a checkbox or a select that its styles follow through `:has(:checked)`, which changes no
 * attribute (a reader's choice: rare, so every widget reads again).
 */
const WATCHED_EVENTS = ['transitionend', 'slotchange', 'change'];
const WATCHED: MutationObserverInit = {
  attributes: true,
  // `href`, `rel`, `media` and `disabled`: a page that swaps a stylesheet or turns one on or off (`media="print"` and
  // then `all` once loaded is how many load theirs late), read again once it has loaded.
  // `slot`: the widget, or a box around it, given to another slot (a slot renamed is heard through `slotchange`).
  attributeFilter: ['class', 'data-theme', 'style', 'content', 'href', 'rel', 'media', 'disabled', 'slot'],
  subtree: true,
  childList: true,
  characterData: true,
};

/** Whether `node` is `el` or holds it, through the shadow roots and slots `el` sits in. */
const holds = (node: Node | null, el: Node | null): boolean => !!el && (el === node || holds(node, up(el)));

/** What declares a scheme or styles for the whole page, wherever it sits. */
const PAGE_WIDE = 'style,link,meta';
const pageWide = (n: Node | null) => (n as Element | null)?.matches?.(PAGE_WIDE);

/**
 * Whether a mutation may change what `el`'s page declares or paints behind it: a stylesheet or `<meta>` added or
 * removed (or a subtree holding one), or changed (its attributes, or its text), an attribute of an ancestor, or
 * `el` put somewhere else. Content added around it (the children of an ancestor) is not.
 */
const concerns = (r: MutationRecord, el: Element) =>
  pageWide(r.target) ||
  pageWide(r.target.parentNode) ||
  (r.type === 'attributes'
    ? holds(r.target, el)
    : [...r.addedNodes, ...r.removedNodes].some(
        (n) => pageWide(n) || (n as Element).querySelector?.(PAGE_WIDE) || holds(n, el),
      ));

/**
 * Calls `listener` whenever what the page declares or paints around `el`
 * may have changed: a class, `data-theme` or style on one of its ancestors
 * (a toggle may set a class on any wrapper), `el` put somewhere else, a
 * stylesheet or `<meta name="color-scheme">` added, swapped, turned off or
 * edited (and again once a sheet has loaded), the end of a colour
 * transition behind it, the system setting. A page busy elsewhere (a
 * ticker moved every frame, a live blog growing, a header restyled on
 * scroll) calls nothing: each call re-reads the computed style of every
 * ancestor. A form control's change (a checkbox or select that a page's
 * `:has(:checked)` rules follow, in the document or in a shadow tree the
 * widget sits in) is read too. (A rule keyed to a sibling's
 * class, `.on ~ main`, or to a descendant's class, `:has(.dark)`, is not
 * followed.) Returns the unsubscribe.
 * Listeners should compare before they re-render.
 */
export function watchPageScheme(el: Element, listener: () => void): () => void {
  listeners.set(listener, el);
  if (!observer) {
    let queued = false;
    // Once a frame, and all of them: a listener compares before it re-renders.
    const notify = (changed: (el: Element) => unknown) => {
      if (queued || ![...listeners.values()].some(changed)) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        for (const l of listeners.keys()) l();
      });
    };
    observer = new MutationObserver((records) => notify((el) => records.some((r) => concerns(r, el))));
    observer.observe(document.documentElement, WATCHED);
    // A slot's change is heard from the slot a widget is given to now (`holds` follows the widget's), so content
    // added beside it in that slot reads it again too: rare, and a listener compares before it re-renders.
    heard = (e) => notify((el) => e.type === 'change' || holds(e.target as Node, el));
    for (const type of WATCHED_EVENTS) document.addEventListener(type, heard, true);
    // A stylesheet applies once it has loaded, after the mutation that added or swapped it; `load` does not bubble.
    document.addEventListener('load', (e) => pageWide(e.target as Node) && notify(() => true), true);
    darkQuery().addEventListener('change', () => notify(() => true));
  }
  return () => listeners.delete(listener);
}
