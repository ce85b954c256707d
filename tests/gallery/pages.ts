/**
 * A gallery of publishers' pages the widgets must look native on: fonts,
 * column widths, text sizes, zoom, colour schemes declared every way a
 * page declares one (or not at all), right-to-left, above and below the
 * fold, and a page its editor made from the codes as pasted (wpautop).
 * Each page is served from an origin other than the API's and embeds the
 * widgets with the code the copy-embed panel hands out
 * (shared/embed/catalog.ts), so what is measured is what a publisher pastes.
 *
 * Shared by the browser suite (tests/browser/gallery.test.ts) and the
 * bench (bench/gallery.ts).
 */
import { autop } from '@wordpress/autop';
import type { Page } from 'playwright-core';
import { LANGS, type Lang } from '../../shared/format/intl';
import type { Scheme } from '../../widgets/src/shared/theme';
import type { DataSize } from './data';
import { faceLinks, type WebFace } from './faces';

export type HostPage = {
  name: string;
  /** The column's width in CSS pixels (the viewport is a little wider). */
  column: number;
  /** The page's font stack; its first face is `face` when the page serves one. */
  font: string;
  /** The web font the page serves itself (./faces.ts); without one, the browser's own faces. */
  face?: WebFace;
  textPx: number;
  /**
   * The root's text size (what `rem` is), where the page sets its text size on the body instead: the common
   * `html { font-size: 62.5% }`, which makes 1rem 10 px. Without it the root's size is `textPx`.
   */
  rootPx?: number;
  /** Page zoom: 2 is 200 %, a layout viewport half as wide in CSS pixels. */
  zoom?: number;
  /**
   * The window's height in CSS pixels, a device's: a phone's 568 to 844, a laptop's 650 to 900, a desktop's
   * 960 to 1300 (default 800). How much of a page is in view when the data arrives decides whether a card
   * fills the height held for it (in view) or takes its own (below the view), so the gallery has both.
   */
  windowHeight?: number;
  /** The window's width in CSS pixels, where the column is not most of it (a desktop's sidebar); default the column's and its margins. */
  windowWidth?: number;
  /**
   * Device pixels to a CSS pixel, as a phone's screen has them (2.625, 3): borders and boxes are snapped to
   * fractions of a CSS pixel there, where a layout shift of a 64th of a pixel is still a shift. Default 1.
   */
  dpr?: number;
  dir?: 'rtl';
  lang?: string;
  /** Anything the page puts in its <head> (styles, a colour-scheme declaration). */
  head?: string;
  /** Attributes of <html>. */
  htmlAttrs?: string;
  /** Text between the first widget and the second: long pushes the second far below the fold. */
  between?: 'short' | 'long';
  /** System colour schemes the page is opened with. */
  systems: Scheme[];
  /** What `theme="auto"` must show on this page, for a given system setting. */
  expected: (system: Scheme) => Scheme;
  /** Runs after the widgets are shown: a toggle the reader clicks. */
  afterLoad?: (page: Page) => Promise<void>;
  /** What `theme="auto"` must show after `afterLoad`. */
  expectedAfter?: Scheme;
  /**
   * `wpautop`: the page's editor makes its markup from what the writer typed and pasted, paragraphs apart by
   * blank lines (WordPress's classic editor, through its own wpautop: @wordpress/autop).
   */
  editor?: 'wpautop';
  /**
   * No doctype: the browser lays the page out in quirks mode, as it does the many templates written before
   * doctypes were usual (line boxes, percentage heights and tables behave otherwise there).
   */
  quirks?: boolean;
};

const light = () => 'light' as const;
const dark = () => 'dark' as const;
const system = (s: Scheme) => s;

export const LIGHT_PAGE = 'body{background:#fff;color:#1a1a1a}';
export const DARK_PAGE = 'body{background:#111418;color:#e6e6e6}a{color:#9cc8ff}';

export const HOST_PAGES: HostPage[] = [
  {
    name: 'serif-680-undeclared',
    column: 680,
    windowHeight: 900,
    font: 'Merriweather, Georgia, "Times New Roman", serif',
    face: 'Merriweather',
    textPx: 18,
    systems: ['light', 'dark'],
    expected: light,
  },
  {
    name: 'dark-undeclared',
    column: 680,
    windowHeight: 960,
    font: 'Arimo, Helvetica, Arial, sans-serif',
    face: 'Arimo',
    textPx: 16,
    head: `<style>${DARK_PAGE}</style>`,
    systems: ['light', 'dark'],
    expected: dark,
  },
  {
    name: 'sans-320',
    column: 320,
    windowHeight: 568,
    dpr: 2,
    font: 'Roboto, Arial, Helvetica, sans-serif',
    face: 'Roboto',
    textPx: 14,
    head: `<style>${LIGHT_PAGE}</style>`,
    systems: ['dark'],
    expected: light,
  },
  {
    name: 'serif-375',
    column: 375,
    windowHeight: 667,
    dpr: 3,
    font: 'Tinos, "Times New Roman", serif',
    face: 'Tinos',
    textPx: 17,
    systems: ['light'],
    expected: light,
  },
  { name: 'sans-480', column: 480, font: 'system-ui, sans-serif', textPx: 15, systems: ['light'], expected: light },
  {
    name: 'serif-1000-20px',
    column: 1000,
    windowHeight: 1300,
    font: '"Source Serif 4", "Palatino Linotype", Palatino, serif',
    face: 'Source Serif 4',
    textPx: 20,
    systems: ['light'],
    expected: light,
  },
  {
    name: 'zoom-200',
    column: 680,
    font: 'Lato, Helvetica, sans-serif',
    face: 'Lato',
    textPx: 16,
    zoom: 2,
    systems: ['light'],
    expected: light,
  },
  {
    name: 'color-scheme-dark',
    column: 680,
    font: 'system-ui, sans-serif',
    textPx: 16,
    head: '<style>:root{color-scheme:dark}body{background:#0f1115;color:#eee}</style>',
    systems: ['light'],
    expected: dark,
  },
  {
    name: 'follows-system',
    column: 680,
    font: 'Roboto, system-ui, sans-serif',
    face: 'Roboto',
    textPx: 16,
    head: '<meta name="color-scheme" content="light dark"><style>body{background:light-dark(#fff,#15171a);color:light-dark(#111,#eee)}</style>',
    systems: ['light', 'dark'],
    expected: system,
  },
  {
    name: 'data-theme-dark',
    column: 680,
    font: 'Tinos, "Times New Roman", serif',
    face: 'Tinos',
    textPx: 17,
    htmlAttrs: 'data-theme="dark"',
    head: `<style>[data-theme=dark] body{${DARK_PAGE.slice(5, -1)}}</style>`,
    systems: ['light'],
    expected: dark,
  },
  {
    name: 'class-dark',
    column: 680,
    font: 'Arimo, Arial, sans-serif',
    face: 'Arimo',
    textPx: 16,
    htmlAttrs: 'class="dark"',
    head: `<style>.dark body{${DARK_PAGE.slice(5, -1)}}</style>`,
    systems: ['light'],
    expected: dark,
  },
  {
    name: 'toggle-after-load',
    column: 680,
    font: 'Merriweather, Georgia, serif',
    face: 'Merriweather',
    textPx: 16,
    head: `<style>body{transition:background-color .2s} .night body, body.night{${DARK_PAGE.slice(5, -1)}}</style>`,
    systems: ['light'],
    expected: light,
    // The reader's own toggle: a class on <body> and a dark background, nothing else declared.
    afterLoad: (page) => page.evaluate(() => document.body.classList.add('night')),
    expectedAfter: 'dark',
  },
  {
    name: 'arabic-rtl',
    column: 680,
    windowHeight: 1000,
    font: '"Noto Naskh Arabic", Tahoma, sans-serif',
    face: 'Noto Naskh Arabic',
    textPx: 18,
    dir: 'rtl',
    lang: 'ar',
    systems: ['dark'],
    expected: light,
  },
  {
    // A stylesheet sized in rems of 10 px (html 62.5 %), the body's text set back to 17 px.
    name: 'root-10px',
    column: 680,
    windowHeight: 650,
    font: 'Roboto, Arial, sans-serif',
    face: 'Roboto',
    textPx: 17,
    rootPx: 10,
    systems: ['light'],
    expected: light,
  },
  {
    // A phone-width column whose article text (19 px) is larger than its root (16 px).
    name: 'root-16-text-19-360',
    column: 360,
    dpr: 2.625,
    font: 'Merriweather, Georgia, serif',
    face: 'Merriweather',
    textPx: 19,
    rootPx: 16,
    systems: ['light'],
    expected: light,
  },
  {
    // A phone's column on a page that turns scroll anchoring off, as an engine without it has it: a card that
    // changed its height above the view would move everything the reader sees as the test scrolls on.
    name: 'no-scroll-anchoring',
    column: 390,
    windowHeight: 844,
    dpr: 3,
    font: 'Arimo, "Helvetica Neue", Helvetica, sans-serif',
    face: 'Arimo',
    textPx: 17,
    head: '<style>html{overflow-anchor:none}</style>',
    systems: ['light'],
    expected: light,
  },
  {
    name: 'wordpress-classic',
    column: 680,
    windowHeight: 1100,
    font: 'Georgia, serif',
    textPx: 18,
    head: '<style>body{line-height:1.7}main p{margin:0 0 1.5em}</style>',
    editor: 'wpautop',
    systems: ['light'],
    expected: light,
  },
  {
    // An older template: no doctype, small text in a fixed column, as many regional and archive sites still serve.
    name: 'quirks-mode',
    column: 600,
    windowHeight: 720,
    font: 'Arimo, Arial, Helvetica, sans-serif',
    face: 'Arimo',
    textPx: 14,
    quirks: true,
    systems: ['light'],
    expected: light,
  },
  {
    // A narrow column in a desktop's tall window (a sidebar, a liveblog's rail): a card at a phone's width, all in view.
    name: 'sidebar-375-desktop',
    column: 375,
    windowWidth: 1280,
    windowHeight: 1300,
    font: 'Tinos, "Times New Roman", serif',
    face: 'Tinos',
    textPx: 17,
    systems: ['light'],
    expected: light,
  },
  {
    // A phone set to its largest text (200 %: a 32 px root, as Android's largest size gives a page that follows it):
    // a card about 9 em of text wide, a few words a line.
    name: 'largest-text-phone',
    column: 360,
    windowHeight: 740,
    dpr: 3,
    font: 'Roboto, Arial, Helvetica, sans-serif',
    face: 'Roboto',
    textPx: 32,
    systems: ['light'],
    expected: light,
  },
  {
    name: 'far-below-the-fold',
    column: 680,
    font: 'Lato, Georgia, serif',
    face: 'Lato',
    textPx: 16,
    between: 'long',
    systems: ['light'],
    expected: light,
  },
];

const PARAGRAPH =
  'Officials gave conflicting accounts of what happened overnight, and the figures below are those each source has published so far.';

/** A publisher's page around `embeds` (each one widget's pasted code): text before, between and after. */
export function hostPageHtml(page: HostPage, embeds: string[]): string {
  const texts = (n: number) => Array<string>(n).fill(PARAGRAPH);
  const body =
    page.editor === 'wpautop'
      ? autop(
          [
            ...texts(1),
            ...embeds.flatMap((embed, i) => (i ? [...texts(page.between === 'long' ? 40 : 1), embed] : [embed])),
            ...texts(2),
          ].join('\n\n'),
        )
      : `<p>${PARAGRAPH}</p>${embeds.join(`<p>${PARAGRAPH}</p>`.repeat(page.between === 'long' ? 40 : 1))}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`;
  const sizes = page.rootPx
    ? `html{font-size:${page.rootPx}px}body{font-size:${page.textPx}px;`
    : `html{font-size:${page.textPx}px}body{`;
  const style = `<style>${sizes}margin:0;font-family:${page.font};line-height:1.6}main{box-sizing:border-box;max-width:${page.column}px;margin:0 auto;padding:0 12px}</style>`;
  return `${page.quirks ? '' : '<!doctype html>'}<html lang="${page.lang ?? 'en'}"${page.dir ? ` dir="${page.dir}"` : ''} ${page.htmlAttrs ?? ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${page.name}</title>${page.face ? faceLinks(page.face) : ''}${style}${page.head ?? ''}</head>
<body><main><h1>Gallery page: ${page.name}</h1>${body}</main></body></html>`;
}

/** The viewport a page is opened in: the column plus margins by its window's height, in CSS pixels (zoom halves both); its device pixels: zoom, times a phone's ratio. */
export function viewportOf(page: HostPage): { width: number; height: number; deviceScaleFactor: number } {
  const zoom = page.zoom ?? 1;
  const width = Math.round((page.windowWidth ?? page.column + 24 + (page.column >= 680 ? 200 : 0)) / zoom);
  return { width, height: Math.round((page.windowHeight ?? 800) / zoom), deviceScaleFactor: zoom * (page.dpr ?? 1) };
}

/** One load of one page: its widgets in `lang`, `first` the data size of the pair at the top. */
export type PlannedLoad = { host: HostPage; system: Scheme; lang: Lang; first: DataSize };

/** Each language puts another data size at the top of the page, above the fold. */
const FIRST: Record<Lang, DataSize> = { en: 'short', es: 'seed', ar: 'long' };

/** A page written in one of the widgets' languages (the Arabic page) in that one; another, the next in turn. */
const rotated = (host: HostPage, i: number): Lang =>
  LANGS.find((lang) => lang === host.lang) ?? (LANGS[i % LANGS.length] as Lang);

/**
 * The hand-picked gallery's loads: every page, with each system colour scheme it is tried in, in each language
 * (the bench's), or in one (`rotating`, the browser suite's): its own where the page is written in one of them,
 * else the next in turn, so each language, with the data size it puts on top, meets about a third of them, the
 * same every run.
 */
export function handPickedLoads(languages: 'all' | 'rotating' = 'all'): PlannedLoad[] {
  const pairs = HOST_PAGES.flatMap((host) => host.systems.map((system) => ({ host, system })));
  return pairs.flatMap((pair, i) =>
    (languages === 'all' ? LANGS : [rotated(pair.host, i)]).map((lang) => ({
      ...pair,
      lang,
      first: FIRST[lang],
    })),
  );
}
