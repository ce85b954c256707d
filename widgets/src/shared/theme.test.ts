import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageLayer, luminance, type PageSignals, paintedBehind, type Rgba, schemeOf } from './theme';

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

describe('imageLayer', () => {
  // Computed gradients list their stops as rgb()/rgba(); node has no canvas for other colour spaces.
  const rgb = (value: string): Rgba => {
    const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, a];
  };
  const LIGHT_TEXT: Rgba = [238, 238, 238, 1];
  const DARK_TEXT: Rgba = [26, 26, 26, 1];

  it('is nothing without an image', () => {
    expect(imageLayer('none', LIGHT_TEXT, rgb)).toBeUndefined();
  });

  it('is a gradient’s mean colour, so a dark gradient behind the widget makes it dark', () => {
    const layer = imageLayer('linear-gradient(rgb(11, 13, 18), rgb(27, 31, 38))', DARK_TEXT, rgb);
    expect(layer).toEqual([19, 22, 28, 1]);
    expect(schemeOf('auto', page({ backgrounds: layer ? [layer] : [] }))).toBe('dark');
    const fading = imageLayer('radial-gradient(rgba(0, 0, 0, 0.5) 10%, rgba(0, 0, 0, 0))', DARK_TEXT, rgb);
    expect(fading).toEqual([0, 0, 0, 0.25]);
  });

  it('is, for a picture no script can read, what the page’s text over it contrasts with', () => {
    expect(imageLayer('url("https://example.com/night.jpg")', LIGHT_TEXT, rgb)).toEqual([18, 18, 18, 1]);
    expect(imageLayer('url("paper.png"), linear-gradient(rgb(0, 0, 0), rgb(0, 0, 0))', DARK_TEXT, rgb)).toEqual(WHITE);
  });
});
