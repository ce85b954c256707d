/**
 * The soak's end: what D1 holds, checked against what the editors were told.
 * Every acknowledged create is there exactly once (under the id it was
 * acknowledged with); no create, acknowledged or not, is there twice; each
 * created row has exactly one `create` audit entry and one recorded
 * `Idempotency-Key`, and neither refers to a row that is not there.
 */
import type { D1Database } from '@cloudflare/workers-types';
import type { Acknowledged, Writes } from './traffic';

export type Verdict = { acknowledged: number; lost: number; duplicated: number; inconsistencies: string[] };

type Row = { marker: string; id: string; kind: Acknowledged['kind'] };

/** The soak's rows, by the marker each create carried. */
async function soakRows(d1: D1Database, runId: string): Promise<Row[]> {
  const like = (prefix: string) => `${prefix}%`;
  const [claims, tallies, incidents, ceasefires] = await d1.batch<{ marker: string; id: string }>([
    d1.prepare('SELECT quote AS marker, id FROM casualty_claims WHERE quote LIKE ?').bind(like(`soak ${runId} `)),
    d1
      .prepare('SELECT as_written AS marker, id FROM violation_tallies WHERE as_written LIKE ?')
      .bind(like(`soak ${runId} `)),
    d1.prepare('SELECT slug AS marker, slug AS id FROM incidents WHERE slug LIKE ?').bind(like(`soak-${runId}-`)),
    d1.prepare('SELECT slug AS marker, slug AS id FROM ceasefires WHERE slug LIKE ?').bind(like(`soak-${runId}-`)),
  ]);
  const tag = (kind: Row['kind'], rows: { marker: string; id: string }[] | undefined) =>
    (rows ?? []).map((r) => ({ ...r, kind }));
  return [
    ...tag('claim', claims?.results),
    ...tag('tally', tallies?.results),
    ...tag('incident', incidents?.results),
    ...tag('ceasefire', ceasefires?.results),
  ];
}

export async function verify(d1: D1Database, runId: string, editorNames: string[], writes: Writes): Promise<Verdict> {
  const rows = await soakRows(d1, runId);
  const { results: editorRows } = await d1
    .prepare(`SELECT id FROM editors WHERE name IN (${editorNames.map(() => '?').join(', ')})`)
    .bind(...editorNames)
    .all<{ id: string }>();
  const editorIds = editorRows.map((e) => e.id);
  const byMarker = new Map<string, Row[]>();
  for (const row of rows) byMarker.set(row.marker, [...(byMarker.get(row.marker) ?? []), row]);
  const inconsistencies: string[] = [];

  let lost = 0;
  for (const ack of writes.acknowledged) {
    const found = byMarker.get(ack.marker) ?? [];
    if (found.length === 0) lost += 1;
    else if (!found.some((r) => r.id === ack.id))
      inconsistencies.push(`${ack.marker}: acknowledged as ${ack.id}, stored as ${found[0]?.id}`);
  }
  const duplicated = [...byMarker.values()].filter((found) => found.length > 1).length;

  const editors = editorIds.map(() => '?').join(', ');
  const { results: audit } = await d1
    .prepare(`SELECT entity_type AS type, entity_id AS id, action FROM audit_entries WHERE editor_id IN (${editors})`)
    .bind(...editorIds)
    .all<{ type: string; id: string; action: string }>();
  const { results: keys } = await d1
    .prepare(`SELECT entity_type AS type, entity_key AS id FROM idempotency_keys WHERE editor_id IN (${editors})`)
    .bind(...editorIds)
    .all<{ type: string; id: string }>();
  const stored = new Set(rows.map((r) => `${r.kind}:${r.id}`));
  const count = (xs: { type: string; id: string }[]) => {
    const counts = new Map<string, number>();
    for (const x of xs) counts.set(`${x.type}:${x.id}`, (counts.get(`${x.type}:${x.id}`) ?? 0) + 1);
    return counts;
  };
  const creates = count(audit.filter((a) => a.action === 'create'));
  const recordedKeys = count(keys);
  for (const entity of stored) {
    if (creates.get(entity) !== 1) inconsistencies.push(`${entity}: ${creates.get(entity) ?? 0} create audit entries`);
    if (recordedKeys.get(entity) !== 1)
      inconsistencies.push(`${entity}: ${recordedKeys.get(entity) ?? 0} idempotency keys`);
  }
  for (const entity of creates.keys()) if (!stored.has(entity)) inconsistencies.push(`${entity}: audited, not stored`);
  for (const entity of recordedKeys.keys())
    if (!stored.has(entity)) inconsistencies.push(`${entity}: key recorded, not stored`);
  for (const other of audit.filter((a) => a.action !== 'create'))
    inconsistencies.push(`${other.type}:${other.id}: unexpected ${other.action}`);

  return { acknowledged: writes.acknowledged.length, lost, duplicated, inconsistencies };
}
