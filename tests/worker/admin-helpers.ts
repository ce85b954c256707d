/** Shared by the admin tests: editors with real tokens in D1, and calls as an editor's client makes them. */
import { env, exports } from 'cloudflare:workers';
import type { EditorRole } from '../../shared/contract/enums';
import { newEditor } from '../../src/auth/editors';
import { testArticle } from '../test-article';
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

/**
 * An editor created the way the CLI creates one (only the token's hash is
 * stored); an `admin` unless another role is asked for, so a test that is
 * not about roles can do anything.
 */
export async function addEditor(
  name = unique('Editor'),
  options: { role?: EditorRole; email?: string } = {},
): Promise<{ id: string; name: string; token: string; email: string | null }> {
  const { token, row } = await newEditor({ name, role: options.role ?? 'admin', email: options.email });
  await env.DB.prepare('INSERT INTO editors (id, name, token_hash, email, role) VALUES (?, ?, ?, ?, ?)')
    .bind(row.id, row.name, row.tokenHash, row.email, row.role)
    .run();
  return { id: row.id, name: row.name, token, email: row.email };
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
  return exports.default.fetch(adminRequest(path, call));
}

/** The request an editor's client sends: a client IP of its own unless `call.ip` says otherwise. */
export function adminRequest(path: string, call: AdminCall = {}): Request {
  const headers: Record<string, string> = { 'CF-Connecting-IP': call.ip ?? freshIp(), ...call.headers };
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  if (call.ifMatch) headers['If-Match'] = call.ifMatch;
  let body: string | undefined = call.rawBody;
  if (call.body !== undefined) body = JSON.stringify(call.body);
  if (body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  return new Request(`${BASE}${path}`, { method: call.method ?? 'GET', headers, body });
}

export async function adminJson<T = Record<string, unknown>>(
  path: string,
  call: AdminCall = {},
): Promise<{ status: number; body: T; res: Response }> {
  const res = await admin(path, call);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, res };
}

/**
 * Every row of every table (found in sqlite_master, so a new table is
 * covered), to prove a refused write changed nothing.
 */
export async function snapshotDb(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
  ).all<{ name: string }>();
  const dumps = await env.DB.batch(tables.map((t) => env.DB.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`)));
  return JSON.stringify(tables.map((t, i) => [t.name, dumps[i]?.results]));
}

/** A fresh incident (and an article reporting it), created through the API. */
export async function freshIncident(token: string, extra: Record<string, unknown> = {}) {
  const articleSlug = unique('article');
  const article = await admin('/api/v1/admin/articles', {
    method: 'POST',
    token,
    body: testArticle(articleSlug),
  });
  if (article.status !== 201) throw new Error(`article: ${article.status} ${await article.text()}`);
  const slug = unique('incident');
  const res = await admin('/api/v1/admin/incidents', {
    method: 'POST',
    token,
    body: {
      slug,
      title: 'A test incident',
      occurredOn: '2016-09-17',
      placeName: 'Somewhere',
      latitude: 35.29,
      longitude: 40.18,
      summary: 'What happened.',
      articleSlugs: [articleSlug],
      ...extra,
    },
  });
  if (res.status !== 201) throw new Error(`incident: ${res.status} ${await res.text()}`);
  return { slug, articleSlug, etag: res.headers.get('ETag') as string };
}

/** A claim body that passes validation, to vary one field at a time. */
export function claimBody(overrides: Record<string, unknown> = {}) {
  return {
    claimant: { name: 'Syrian Observatory for Human Rights', kind: 'ngo' },
    metric: 'killed',
    subject: 'Syrian government soldiers',
    qualifier: 'exact',
    low: 80,
    asWritten: '80',
    claimedOn: '2016-09-17',
    ...overrides,
  };
}

/** A fresh ceasefire created through the API. */
export async function freshCeasefire(token: string, extra: Record<string, unknown> = {}) {
  const slug = unique('ceasefire');
  const res = await admin('/api/v1/admin/ceasefires', {
    method: 'POST',
    token,
    body: {
      slug,
      name: 'A test ceasefire',
      brokers: ['United States', 'Russian Federation'],
      parties: ['Syrian government'],
      startedAt: '2016-09-12T19:00:00+03:00',
      status: 'holding',
      statusNote: 'In force.',
      asOf: '2016-09-13T12:00:00+03:00',
      ...extra,
    },
  });
  if (res.status !== 201) throw new Error(`ceasefire: ${res.status} ${await res.text()}`);
  return { slug, etag: res.headers.get('ETag') as string };
}
