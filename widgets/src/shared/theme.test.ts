import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luminance, type PageSignals, paintedBehind, type Rgba, schemeOf } from './theme';

const page = (over: Partial<PageSignals> = {}): PageSignals => ({
  dataTheme: [],
  classes: [],
  colorScheme: [],
  backgrounds: [],
  prefersDark: false,
  ...over,
});

const WHITE: Rgba = [255, 255, 255, 1];
const NIGHT: Rgba = [17, 17, 17, 1];
const CLEAR: Rgba = [0, 0, 0, 0];

describe('schemeOf', () => {
  it('obeys an explicit theme attribute', () => {
    expect(schemeOf('dark', page())).toBe('dark');
    expect(schemeOf('light', page({ prefersDark: true, dataTheme: ['dark'], backgrounds: [NIGHT] }))).toBe('light');
  });

  it('follows the page’s declaration first: data-theme, then class, then a single-valued color-scheme', () => {
    expect(schemeOf('auto', page({ dataTheme: [undefined, 'dark'] }))).toBe('dark');
    expect(schemeOf(null, page({ classes: [['page', 'dark']] }))).toBe('dark');
    expect(schemeOf(null, page({ classes: [['light']], prefersDark: true, backgrounds: [NIGHT] }))).toBe('light');
    expect(schemeOf(null, page({ colorScheme: ['only dark'] }))).toBe('dark');
    expect(schemeOf(null, page({ dataTheme: ['light'], classes: [['dark']] }))).toBe('light');
  });

  it('is light on a page that declares nothing, whatever the system says', () => {
    expect(schemeOf('auto', page({ prefersDark: true }))).toBe('light');
    expect(schemeOf(undefined, page({ dataTheme: ['sepia'], prefersDark: true }))).toBe('light');
  });

  it('matches the background painted behind the widget when nothing is declared', () => {
    expect(schemeOf('auto', page({ backgrounds: [NIGHT] }))).toBe('dark');
    expect(schemeOf('auto', page({ backgrounds: [WHITE], prefersDark: true, colorScheme: ['light dark'] }))).toBe(
      'light',
    );
    // A dark panel inside a white page: the nearest opaque background wins.
    expect(schemeOf('auto', page({ backgrounds: [NIGHT, WHITE] }))).toBe('dark');
    expect(schemeOf('auto', page({ backgrounds: [[240, 240, 230, 1], NIGHT] }))).toBe('light');
  });

  it('lets the system decide only where the page follows it (color-scheme: light dark)', () => {
    expect(schemeOf('auto', page({ colorScheme: ['light dark'], prefersDark: true }))).toBe('dark');
    expect(schemeOf('auto', page({ colorScheme: ['light dark'], prefersDark: false }))).toBe('light');
    expect(schemeOf('auto', page({ colorScheme: ['light'], prefersDark: true }))).toBe('light');
  });
});

describe('paintedBehind', () => {
  it('composites translucent backgrounds over the canvas, nearest on top', () => {
    expect(paintedBehind(page())).toEqual(WHITE);
    expect(paintedBehind(page({ backgrounds: [CLEAR] }))).toEqual(WHITE);
    const dimmed = paintedBehind(page({ backgrounds: [[0, 0, 0, 0.5]] }));
    expect(dimmed.slice(0, 3)).toEqual([127.5, 127.5, 127.5]);
    // Layers beneath the first opaque one are hidden by it.
    expect(paintedBehind(page({ backgrounds: [[0, 0, 0, 0.5], WHITE, NIGHT] }))).toEqual(dimmed);
  });

  it('is dark exactly when white text contrasts with it better than black (property)', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(channel, channel, channel, (r, g, b) => {
        const L = luminance([r, g, b, 1]);
        const white = 1.05 / (L + 0.05);
        const black = (L + 0.05) / 0.05;
        const scheme = schemeOf('auto', page({ backgrounds: [[r, g, b, 1]] }));
        if (Math.abs(white - black) > 0.01) expect(scheme).toBe(white > black ? 'dark' : 'light');
      }),
    );
  });
});
