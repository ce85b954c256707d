/**
 * A ceasefire as the API shows it: its public read, an article, an embed
 * page, oEmbed, the demo page and the editors' API all present it here.
 * Plain data in, plain data out: no zod, no HTTP.
 */
import type { CeasefireShape } from '../../shared/contract/ceasefire';
import { ceasefireAsOf } from '../../shared/domain/ceasefire';
import { type PinnedMoment, recordedBy } from '../../shared/domain/time';
import type { CeasefireRow } from '../db/rows/ceasefires';

/** The ceasefire now (`moment` null), or as it stood at `moment`; null if it had not started by then. */
export function presentCeasefire(row: CeasefireRow, moment: PinnedMoment | null): CeasefireShape | null {
  const { id: _, recorded, ...record } = row;
  const shown = ceasefireAsOf(record, moment);
  return shown && moment ? { ...shown, updatedAt: recordedBy(moment.at, recorded) } : shown;
}
