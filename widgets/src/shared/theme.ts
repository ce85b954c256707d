/**
 * `theme="auto"` follows the host page's own colour scheme when it declares
 * one, else the reader's system setting. What counts as declaring one, in
 * order: `data-theme="dark|light"` on <html> or <body>; `class="dark"` (or
 * `light`) on either; a single-valued `color-scheme` on <html> (CSS property
 * or `<meta name="color-scheme">`). `light dark` or nothing defers to
 * `prefers-color-scheme`.
 */

export type Scheme = 'light' | 'dark';
export type ThemeSetting = 'auto' | Scheme;

/** What the page says about its scheme; pure so it can be tested without a page. */
export type PageSignals = {
  dataTheme: (string | undefined)[];
  classes: string[][];
  colorScheme: string[];
  prefersDark: boolean;
};

const single = (value: string | undefined): Scheme | undefined => {
  const words = (value ?? '').replace('only', '').trim().split(/\s+/);
  return words.length === 1 && (words[0] === 'dark' || words[0] === 'light') ? words[0] : undefined;
};

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
  return page.prefersDark ? 'dark' : 'light';
}

const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

export function pageSignals(): PageSignals {
  const roots = [document.documentElement, document.body].filter(Boolean) as HTMLElement[];
  return {
    dataTheme: roots.map((el) => el.dataset.theme),
    classes: roots.map((el) => [...el.classList]),
    colorScheme: [
      getComputedStyle(document.documentElement).colorScheme,
      document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content,
    ].filter((v): v is string => !!v && v !== 'normal'),
    prefersDark: darkQuery().matches,
  };
}

const listeners = new Set<() => void>();
let watching = false;

/** Calls `listener` whenever the page's scheme may have changed; returns the unsubscribe. */
export function watchPageScheme(listener: () => void): () => void {
  listeners.add(listener);
  if (!watching) {
    watching = true;
    const notify = () => {
      for (const l of listeners) l();
    };
    const observer = new MutationObserver(notify);
    const options = { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] };
    observer.observe(document.documentElement, options);
    if (document.body) observer.observe(document.body, options);
    darkQuery().addEventListener('change', notify);
  }
  return () => listeners.delete(listener);
}
