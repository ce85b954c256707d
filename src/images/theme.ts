/**
 * The images' colours: the widgets' own defaults (widgets/src/shared/styles.ts
 * and the gauge's band colours), so a card looks like the widget it shows.
 */
export type Palette = {
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  track: string;
  series: readonly [string, string, string, string];
  bands: readonly [string, string, string, string];
};

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    surface: '#ffffff',
    text: '#1b1b1b',
    muted: '#585858',
    border: '#d4d4d4',
    accent: '#a3122a',
    track: '#ebebeb',
    series: ['#1d4f91', '#b4441c', '#2d7a4a', '#7a3d9a'],
    bands: ['#2e7d32', '#a86b00', '#d4470b', '#b3141c'],
  },
  dark: {
    surface: '#18191b',
    text: '#ececec',
    muted: '#b0b0b0',
    border: '#3d3f43',
    accent: '#ff8a8a',
    track: '#2c2e31',
    series: ['#7fb0f0', '#f39a6b', '#74c795', '#c9a0e6'],
    bands: ['#66bb6a', '#e3b341', '#ff8a4c', '#ff6b6b'],
  },
};
