import { describe, expect, it } from 'vitest';
import { type PageSignals, schemeOf } from './theme';

const page = (over: Partial<PageSignals> = {}): PageSignals => ({
  dataTheme: [],
  classes: [],
  colorScheme: [],
  prefersDark: false,
  ...over,
});

describe('schemeOf', () => {
  it('obeys an explicit theme attribute', () => {
    expect(schemeOf('dark', page())).toBe('dark');
    expect(schemeOf('light', page({ prefersDark: true, dataTheme: ['dark'] }))).toBe('light');
  });

  it('follows the page’s declaration before the system: data-theme, then class, then color-scheme', () => {
    expect(schemeOf('auto', page({ dataTheme: [undefined, 'dark'] }))).toBe('dark');
    expect(schemeOf(null, page({ classes: [['page', 'dark']] }))).toBe('dark');
    expect(schemeOf(null, page({ classes: [['light']], prefersDark: true }))).toBe('light');
    expect(schemeOf(null, page({ colorScheme: ['only dark'] }))).toBe('dark');
    expect(schemeOf(null, page({ dataTheme: ['light'], classes: [['dark']] }))).toBe('light');
  });

  it('defers to prefers-color-scheme when the page supports both or says nothing', () => {
    expect(schemeOf('auto', page({ colorScheme: ['light dark'], prefersDark: true }))).toBe('dark');
    expect(schemeOf(undefined, page({ dataTheme: ['sepia'] }))).toBe('light');
  });
});
