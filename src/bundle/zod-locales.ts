/**
 * What the Worker bundle ships in place of zod's `locales` barrel (see the
 * `[alias]` in wrangler.toml): English alone, the only language zod's
 * messages are given in here (zod registers it itself on first use). The
 * barrel re-exports some sixty languages, a third of the bundle, that no
 * request ever loads; `z.locales.en` still works.
 */
export { default as en } from 'zod/v4/locales/en.js';
