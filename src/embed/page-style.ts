/**
 * The colours of the pages readers open or frame (the embed page, its
 * changes page), in one place: light and dark, and which applies. A page
 * follows the reader's system unless `data-theme` on its <html> names a
 * scheme: the server writes it for a theme the embed's URL names, and an
 * `auto` embed page in a frame takes the framing page's, light until
 * resize.js reports it (./framed-page.ts).
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
@media screen{:root[data-theme=dark]{color-scheme:dark;${vars('dark')}}:root[data-framed]{color-scheme:normal}}
@media print{:root{color-scheme:light;${vars('print')}}}
html{color:var(--ink)}
a{color:var(--link)}
`;
