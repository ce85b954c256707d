/** The data behind one embed (as of its pinned moment, if any): what the embed pages and oEmbed both show. */

import { asOfMoment } from '../../../shared/domain/time';
import type { EmbedData, EmbedTarget } from '../../../shared/embed/catalog';
import type { Database } from '../../db/client';
import { findCeasefire } from '../../db/queries/ceasefires';
import { findIncident } from '../../db/queries/incidents';
import { presentCeasefire } from '../../presenters/ceasefire';
import { presentIncident } from '../../presenters/incident';

/** Null when there is no such incident or ceasefire, or the ceasefire had not started by `asOf`. */
export async function loadEmbed(db: Database, target: EmbedTarget): Promise<EmbedData | null> {
  const moment = target.asOf ? asOfMoment(target.asOf) : null;
  if (target.widget === 'casualty-claims') {
    const record = await findIncident(db, target.slug);
    return record && { widget: target.widget, data: presentIncident(record, moment), title: record.title };
  }
  const row = await findCeasefire(db, target.slug);
  const data = row && presentCeasefire(row, moment);
  return data && { widget: target.widget, data, title: data.name };
}
