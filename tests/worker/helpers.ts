/** Shared by the workerd tests: the seed, and calls to the Worker as a client makes them. */
import { env, exports } from 'cloudflare:workers';
import { database } from '../../src/db/client';
import { seedStatements } from '../../src/db/seed/story';

export const BASE = 'http://explainer.test';

export async function seedStory(): Promise<void> {
  const db = database(env.DB);
  await db.batch(seedStatements(db));
}

export function get(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

export async function getJson<T = Record<string, unknown>>(
  path: string,
): Promise<{ status: number; body: T; res: Response }> {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as T, res };
}

/** The text a reader sees with scripts off: tags and scripts stripped, entities left as they are. */
export function visibleText(html: string): string {
  return (
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      // An isolate (bdi) sets no space around what it holds.
      .replace(/<\/?bdi[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
  );
}

/**
 * What an error body must never show: a stack frame, a source position, SQL,
 * a table name or a driver's message. Returns what it found. What the client
 * sent itself (`echoed`: a field name, a path) may come back in the body and
 * is not counted.
 */
export function internalsIn(body: string, echoed: string[] = []): string[] {
  let text = body;
  for (const sent of echoed.filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (const form of [sent, JSON.stringify(sent).slice(1, -1)]) text = text.split(form).join(' ');
  }
  const patterns = [
    /\bat [\w.<>]+ \(/,
    /\.[tj]s:\d+/,
    /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WHERE)\b/,
    /sqlite|SQLITE_|D1_ERROR|constraint failed/i,
    /\b(casualty_claims|audit_entries|violation_tallies|ceasefire_status_changes)\b/,
    /Network connection lost|no answer within/,
  ];
  return patterns.flatMap((re) => re.exec(text)?.[0] ?? []);
}

/** Every string in a JSON value, keys included: what a client sent that an error may quote back. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
}
