/**
 * `Last-Modified` from a response's `updatedAt`, so clients and caches that
 * speak HTTP dates see when the resource last changed.
 */
import type { Context } from 'hono';

export function setLastModified(c: Context, updatedAt: string): void {
  c.header('Last-Modified', new Date(updatedAt).toUTCString());
}
