/**
 * A fresh read's answer with its ETag already on it. The app's `etag()`
 * would otherwise read the body back through a stream to hash it, which
 * costs an uncached read about as much again as its own JSON (bench/
 * README.md, the uncached rows); hashed here from the string it is made
 * of, the tag is the same (SHA-1 of the bytes sent) and `etag()` only
 * compares it.
 */
import type { Context } from 'hono';

/** Each byte's two hex digits, looked up: formatting them per byte was a visible share of an uncached read. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex = (digest: ArrayBuffer) => {
  let out = '';
  for (const b of new Uint8Array(digest)) out += HEX[b];
  return out;
};

/** The strong ETag of `body` as sent (UTF-8), as Hono's `etag()` computes it. */
export async function etagOf(body: string): Promise<string> {
  return `"${hex(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(body)))}"`;
}

/** `c.json(value, 200)`, tagged. */
export async function taggedJson(c: Context, value: unknown): Promise<Response> {
  const body = JSON.stringify(value);
  return c.body(body, 200, { 'Content-Type': 'application/json', ETag: await etagOf(body) });
}
