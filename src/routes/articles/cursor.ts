/**
 * Opaque pagination cursors: the last row's sort key as base64url JSON.
 * Opaque so the sort key can change without breaking clients; checked on the
 * way in so a garbage cursor is a 400, not a 500.
 */
import type { ArticleCursor } from '../../db/queries/articles';
import { Problem } from '../../http/problem';

export function encodeCursor(cursor: ArticleCursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify([cursor.publishedAt, cursor.id]));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function decodeCursor(text: string): ArticleCursor {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0))));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || typeof value[0] === 'string') &&
      typeof value[1] === 'string'
    ) {
      return { publishedAt: value[0], id: value[1] };
    }
  } catch {
    // fall through to the problem below
  }
  throw new Problem('validation', 'The cursor is not one this API issued.', {
    errors: [{ path: 'query.cursor', message: 'use nextCursor from the previous page' }],
  });
}
