/**
 * What a widget or an embed can be asked for, listed once: the embed routes
 * validate against these lists, the purge derives each embed page's cached
 * variants from them (src/http/cache.ts), and the widgets, the demo page and
 * the copy-embed panel offer them. The languages are `LANGS`
 * (shared/format/intl.ts), which the UI strings follow.
 */

/** The widgets: each is a custom element of this name with a module of its own (`/widgets/v1/<kind>.js`). */
export const WIDGET_KINDS = ['casualty-claims', 'ceasefire-gauge'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** The themes a widget or an embed page can be asked for; `auto` (the default) follows the page around it. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** What a theme comes to on a page: `auto` resolved. */
export type Scheme = Exclude<Theme, 'auto'>;
