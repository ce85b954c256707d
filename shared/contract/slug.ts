/**
 * How a slug is spelled: lowercase letters and digits in words joined by
 * single hyphens. The API validates path slugs with it (shared/contract/common.ts)
 * and the embed catalog reads embed and demo URLs with it
 * (shared/embed/catalog.ts); plain, so the copy-embed panel's script may
 * import it without zod.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
