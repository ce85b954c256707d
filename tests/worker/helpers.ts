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
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}
