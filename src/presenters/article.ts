/**
 * An article as the API shows it, with its incidents and ceasefires as they
 * stand now: the public read and the editors' API present it here. Plain
 * data in, plain data out: no zod, no HTTP.
 */
import type { ArticleShape } from '../../shared/contract/article';
import type { ArticleRecord } from '../db/queries/articles';
import { presentCeasefire } from './ceasefire';
import { presentIncident } from './incident';

export function presentArticle(record: ArticleRecord): ArticleShape {
  return {
    ...record,
    incidents: record.incidents.map((incident) => presentIncident(incident, null)),
    ceasefires: record.ceasefires.flatMap((row) => presentCeasefire(row, null) ?? []),
  };
}
