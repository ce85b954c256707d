/** Shared by the admin tests: editors with real tokens in D1, and calls as an editor's client makes them. */
import { env, exports } from 'cloudflare:workers';
import { generateToken, hashToken } from '../../src/auth/token';
import { BASE } from './helpers';

let counter = 0;

/** A name or slug no other test uses (D1 is not reset between tests). */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A client IP of its own, so one test's failed attempts never rate-limit another's. */
export function freshIp(): string {
  counter += 1;
  return `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
}

/** An editor created the way the CLI creates one: only the token's hash is stored. */
export async function addEditor(name = unique('Editor')): Promise<{ id: string; name: string; token: string }> {
  const token = generateToken();
  const id = `ed_${crypto.randomUUID().replaceAll('-', '')}`;
  await env.DB.prepare('INSERT INTO editors (id, name, token_hash) VALUES (?, ?, ?)')
    .bind(id, name, await hashToken(token))
    .run();
  return { id, name, token };
}

export async function revokeEditor(id: string): Promise<void> {
  await env.DB.prepare("UPDATE editors SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
    .bind(id)
    .run();
}

export type AdminCall = {
  method?: string;
  token?: string;
  body?: unknown;
  rawBody?: string;
  ifMatch?: string;
  ip?: string;
  headers?: Record<string, string>;
};

export function admin(path: string, call: AdminCall = {}): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': call.ip ?? freshIp(), ...call.headers };
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  if (call.ifMatch) headers['If-Match'] = call.ifMatch;
  let body: string | undefined = call.rawBody;
  if (call.body !== undefined) body = JSON.stringify(call.body);
  if (body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  return exports.default.fetch(new Request(`${BASE}${path}`, { method: call.method ?? 'GET', headers, body }));
}

export async function adminJson<T = Record<string, unknown>>(
  path: string,
  call: AdminCall = {},
): Promise<{ status: number; body: T; res: Response }> {
  const res = await admin(path, call);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, res };
}

/** Every row of the tables an admin write can touch, to prove a refused write changed nothing. */
export async function snapshotDb(): Promise<string> {
  const tables = [
    'articles',
    'incidents',
    'article_incidents',
    'article_ceasefires',
    'claimants',
    'casualty_claims',
    'ceasefires',
    'ceasefire_status_changes',
    'violation_tallies',
    'milestones',
    'audit_entries',
  ];
  const results = await env.DB.batch(tables.map((t) => env.DB.prepare(`SELECT * FROM ${t} ORDER BY rowid`)));
  return JSON.stringify(results.map((r) => r.results));
}
