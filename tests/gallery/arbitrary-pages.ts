/**
 * Publishers' pages drawn at random (fast-check), for what the hand-picked
 * gallery (./pages.ts) cannot list: every combination of column width, face,
 * text and root size, line height, the page's own letter and word spacing
 * (which the widgets inherit, as they must a reader's WCAG text-spacing
 * overrides), window, pixel ratio, zoom, page colours, system scheme,
 * language (an Arabic page in an Arabic face half the time), quirks mode,
 * the editor's markup, where the widgets fall, and `content-visibility:
 * auto` on the column's paragraphs or on every block, the widgets'
 * elements included (a page skipping the layout of what is out of view:
 * the element is then as tall as the page's placeholder until it nears the
 * view, whatever it holds), from the 40th paragraph on, on a page whose
 * second pair of widgets is far down. Not on the first screen: a block in
 * view when the page is first drawn is laid out at its placeholder's height
 * and then its own, which moves the page by itself (a drawn page once
 * shifted 0.04 so, before any widget had its data).
 * Each page is one load, its widgets in one language with one data size on
 * top. The browser suite draws a few at every run (a failure prints the
 * seed that replays it); the bench draws many from a fixed seed.
 *
 * Left out on purpose: a monospace body, where cards in view are cut short
 * behind "Show all" (README, Widgets: no CSS unit tells a monospace face
 * from a wide proportional one, so its reserve is short).
 */
import fc from 'fast-check';
import { LANGS } from '../../shared/format/intl';
import type { Scheme } from '../../widgets/src/shared/theme';
import { DATA_SIZES, type DataSize } from './data';
import { WEB_FACES, type WebFace } from './faces';
import { DARK_PAGE, LIGHT_PAGE, type PlannedLoad } from './pages';

/** Faces of the browser's own (DejaVu, which every one of these falls back to here) and the gallery's web faces. */
const SYSTEM_STACKS = [
  'Georgia, serif',
  'Arial, Helvetica, sans-serif',
  'system-ui, sans-serif',
  'Verdana, sans-serif',
];
const LATIN_FACES = (Object.keys(WEB_FACES) as WebFace[]).filter((face) => face !== 'Noto Naskh Arabic');

const font = fc.oneof(
  fc.constantFrom(...LATIN_FACES).map((face) => ({ face, font: `"${face}", Georgia, serif` })),
  fc.constantFrom(...SYSTEM_STACKS).map((font) => ({ face: undefined, font })),
);

/** Whole hundredths: what a stylesheet writes, and a shrunk failure reads plainly. */
const hundredths = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

/** `arbitrary`'s value in about `share` of the pages, else `undefined`. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, share: number) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: Math.round((1 - share) * 100) },
    { arbitrary, weight: Math.round(share * 100) },
  );

const pageColours = { light: LIGHT_PAGE, dark: DARK_PAGE, unstyled: '' } as const;

/** What a page lets the browser skip the layout of, far below its first screen (40 paragraphs of a long page). */
const SKIPPED = {
  paragraphs: 'main>p:nth-of-type(n+40)',
  blocks: 'main>p:nth-of-type(n+40),main>p:nth-of-type(n+40)~*',
} as const;

export const plannedLoads: fc.Arbitrary<PlannedLoad> = fc
  .record({
    column: fc.integer({ min: 280, max: 1280 }),
    font,
    // A page's own text sizes, and now and then a reader's larger text (a browser or phone set to 150–200 %: the
    // root and the text with it), where a card in a narrow column is a few words a line.
    textPx: fc.oneof(
      { arbitrary: fc.integer({ min: 13, max: 22 }), weight: 9 },
      { arbitrary: fc.integer({ min: 24, max: 32 }), weight: 1 },
    ),
    rootPx: sometimes(fc.constantFrom(10, 16, 20), 0.3),
    lineHeight: hundredths(1.25, 1.9),
    letterSpacing: sometimes(
      fc.integer({ min: 1, max: 40 }).map((n) => n / 1000),
      0.3,
    ),
    wordSpacing: sometimes(hundredths(0.01, 0.2), 0.3),
    windowHeight: fc.integer({ min: 568, max: 1300 }),
    desktop: sometimes(fc.constant(true), 0.3),
    dpr: fc.constantFrom(1, 1.5, 2, 2.625, 3),
    zoom: sometimes(fc.constantFrom(1.25, 1.5, 2), 0.15),
    colours: fc.constantFrom(...(Object.keys(pageColours) as (keyof typeof pageColours)[])),
    system: fc.constantFrom<Scheme>('light', 'dark'),
    lang: fc.constantFrom(...LANGS),
    first: fc.constantFrom(...(Object.keys(DATA_SIZES) as DataSize[])),
    between: fc.constantFrom('short', 'long'),
    quirks: sometimes(fc.constant(true), 0.2),
    wpautop: sometimes(fc.constant(true), 0.25),
    contentVisibility: sometimes(fc.constantFrom('paragraphs', 'blocks'), 0.15),
    /** An Arabic page in an Arabic face (the page's own, as Arabic sites serve theirs), half the time. */
    arabicFace: fc.boolean(),
  })
  .map((drawn): PlannedLoad => {
    const p =
      drawn.lang === 'ar' && drawn.arabicFace
        ? { ...drawn, font: { face: 'Noto Naskh Arabic' as const, font: '"Noto Naskh Arabic", Tahoma, sans-serif' } }
        : drawn;
    const spacing = [
      p.letterSpacing === undefined ? '' : `letter-spacing:${p.letterSpacing}em;`,
      p.wordSpacing === undefined ? '' : `word-spacing:${p.wordSpacing}em;`,
    ].join('');
    const name = [
      `drawn ${p.column} px`,
      `${p.font.font.split(',')[0]?.replaceAll('"', '')} ${p.textPx}${p.rootPx ? `/${p.rootPx}` : ''} px`,
      `line ${p.lineHeight}`,
      spacing.replaceAll(':', ' ').replace(/;$/, '').replaceAll(';', ', '),
      `window ${p.desktop ? `${Math.max(1280, p.column + 24)}×` : ''}${p.windowHeight} at ${p.dpr}`,
      p.zoom && `zoom ${p.zoom}`,
      `${p.colours} page`,
      p.quirks && 'quirks',
      p.wpautop && 'wpautop',
      p.contentVisibility && `content-visibility on ${p.contentVisibility}`,
    ]
      .filter(Boolean)
      .join(', ');
    return {
      host: {
        name,
        column: p.column,
        font: p.font.font,
        face: p.font.face,
        textPx: p.textPx,
        rootPx: p.rootPx,
        windowHeight: p.windowHeight,
        windowWidth: p.desktop ? Math.max(1280, p.column + 24) : undefined,
        dpr: p.dpr,
        zoom: p.zoom,
        dir: p.lang === 'ar' ? 'rtl' : undefined,
        lang: p.lang,
        head: `<style>body{line-height:${p.lineHeight};${spacing}}${pageColours[p.colours]}${
          p.contentVisibility
            ? `${SKIPPED[p.contentVisibility]}{content-visibility:auto;contain-intrinsic-size:auto 12em}`
            : ''
        }</style>`,
        between: p.contentVisibility ? 'long' : (p.between as 'short' | 'long'),
        quirks: p.quirks ?? false,
        editor: p.wpautop ? 'wpautop' : undefined,
        systems: [p.system],
        // A page that paints no background of its own is the browser's white, whatever the system's scheme.
        expected: () => (p.colours === 'dark' ? 'dark' : 'light'),
      },
      system: p.system,
      lang: p.lang,
      first: p.first,
    };
  });
