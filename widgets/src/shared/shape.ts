/**
 * Cheap structural checks on what the API returned, so a truncated body or a
 * proxy's error page becomes the error state instead of a broken card. The
 * contract itself is enforced by the API (zod); this only guards the reader.
 */
import type { CeasefireShape } from '../../../shared/contract/ceasefire';
import type { IncidentShape } from '../../../shared/contract/incident';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (o: Loose, keys: string[]) => keys.every((k) => typeof o[k] === 'string');
const listOf = (v: unknown, item: (o: Loose) => boolean) => Array.isArray(v) && v.every((x) => isObject(x) && item(x));

export function looksLikeIncident(body: unknown): body is IncidentShape {
  return (
    isObject(body) &&
    strings(body, ['slug', 'title', 'occurredOn', 'placeName']) &&
    isObject(body.summary) &&
    listOf(
      body.claims,
      (c) =>
        strings(c, ['metric', 'asWritten', 'claimedOn', 'status', 'qualifier']) &&
        typeof c.low === 'number' &&
        isObject(c.claimant) &&
        typeof c.claimant.name === 'string',
    )
  );
}

export function looksLikeCeasefire(body: unknown): body is CeasefireShape {
  return (
    isObject(body) &&
    strings(body, ['slug', 'name', 'status', 'startedAt', 'asOf']) &&
    Array.isArray(body.brokers) &&
    Array.isArray(body.excludes) &&
    isObject(body.gauge) &&
    typeof body.gauge.daysInForce === 'number' &&
    listOf(body.tallies, (t) => strings(t, ['asWritten', 'reportedOn'])) &&
    listOf(body.milestones, (m) => strings(m, ['label', 'state']))
  );
}
