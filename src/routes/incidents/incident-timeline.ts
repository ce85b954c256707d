/**
 * Where a pinned read of an incident can change (`?asOf=`, src/http/pinned-reads.ts), reported by each route that
 * reads the incident whole: its JSON and its claims' CSV, so a write that purges the live read purges their pinned
 * copies too.
 */
import type { Context } from 'hono';
import { claimsChangeInstants } from '../../../shared/domain/claims';
import { sortedInstants } from '../../../shared/domain/time';
import type { IncidentRecord } from '../../db/rows/incidents';
import { reportTimeline, type TimeDimension } from '../../http/pinned-reads';

export function reportIncidentTimeline(
  c: Context,
  record: IncidentRecord,
  changeCount: number,
  echoes: TimeDimension[],
): void {
  // A pinned view's updatedAt moves with the records made by its moment, so those instants count too.
  const changes = sortedInstants([...claimsChangeInstants(record.claims), ...record.recorded.map(Date.parse)]);
  reportTimeline(c, { record: { record, changeCount }, changes: { asOf: changes }, echoes });
}
