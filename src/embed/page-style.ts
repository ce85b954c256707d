/**
 * The colours of the pages readers open or frame (the embed page, its
 * changes page), in one place: light and dark, and which applies. A page
 * follows the reader's system unless `data-theme` on its <html> names a
 * scheme: the server writes it for a theme the embed's URL names, and an
 * `auto` embed page in a frame takes the framing page's, light until
 * resize.js reports it (FRAMED_SCHEME_SCRIPT, widgets/src/embed/follow-scheme.ts).
 * The pages paint no background of their own: the canvas takes the scheme,
 * and a frame whose scheme is the framing page's shows that page through
 * it, so no band of another colour rings the card.
 */
const PALETTES = {
  light: { ink: '#1a1a1a', muted: '#555', rule: '#d9d5cc', link: '#0a4d8c' },
  dark: { ink: '#e8e6e1', muted: '#b0aea9', rule: '#34363a', link: '#8cc4ff' },
  print: { ink: '#000', muted: '#222', rule: '#999', link: '#000' },
} as const;

const vars = (palette: keyof typeof PALETTES) =>
  Object.entries(PALETTES[palette])
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');

/** The rules every such page starts with: its scheme, its palette (print's alone on paper), and its text in its ink. */
export const PAGE_SCHEME_CSS = `
:root{color-scheme:light dark;${vars('light')}}
@media screen and (prefers-color-scheme:dark){:root:not([data-theme=light]){${vars('dark')}}}
:root[data-theme=light]{color-scheme:light}
@media screen{:root[data-theme=dark]{color-scheme:dark;${vars('dark')}}}
@media print{:root{color-scheme:light;${vars('print')}}}
html{color:var(--ink)}
a{color:var(--link)}
`;

/**
 * Run as an `auto` embed page's <head> is parsed, before its first paint: in a frame, the page and its card are
 * light, and marked to take the framing page's scheme when resize.js reports it. Why light rather than the
 * reader's system: a frame sees the system's scheme whenever the page around it declares none, which most
 * publishers' pages, white ones, do not; left to it, every reader whose system is dark would see a dark card,
 * on a dark band, in a white article wherever a CMS keeps resize.js out. Opened on its own, the page follows
 * the system. Inline, so it lands before the first paint with no request; the CSP allows it by its hash.
 */
export const FRAMED_SCHEME_SCRIPT =
  "if(parent!==window){var r=document.documentElement;r.dataset.theme='light';r.dataset.schemeFrom='parent';document.querySelector('meta[name=color-scheme]').content='light'}";
/** FRAMED_SCHEME_SCRIPT's SHA-256, for the CSP (tests/worker/embed.test.ts checks every inline script is allowed). */
export const FRAMED_SCHEME_SCRIPT_HASH = "'sha256-fUWuYLahIXOVlOSf6CR4QEL/EU9LrLG6EZNeqXZhBdw='";
