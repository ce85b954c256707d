/**
 * The admin API as the /admin browser tests call it beside the page: a JSON
 * call with an editor's token (the suite's admin by default), and a claim
 * body of the shape those tests add.
 */
import { inject } from 'vitest';
import { baseUrl } from './browser';

export async function adminApi(method: string, path: string, body?: unknown, token: string = inject('editorToken')) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${baseUrl}/api/v1/admin${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A monitoring group's "about N" killed, dated 2016-09-20. */
export const claim = (asWritten: string, low: number) => ({
  claimant: { name: 'A monitoring group', kind: 'ngo' },
  metric: 'killed',
  subject: 'civilians',
  qualifier: 'about',
  low,
  asWritten,
  claimedOn: '2016-09-20',
});
