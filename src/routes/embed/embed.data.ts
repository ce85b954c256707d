/** The data behind one embed (as of its pinned moments, if any): what the embed pages and oEmbed both show. */

import type { D1Database } from '@cloudflare/workers-types';
import { pinnedMoment } from '../../../shared/domain/time';
import type { EmbedData, EmbedTarget } from '../../../shared/embed/catalog';
import { webHref } from '../../../shared/format/links';
import { readCeasefire, readIncident } from '../../db/queries/recorded-reads';
import { notSeenYet, recordedFields, seenMoment } from '../../http/recorded-reads';
import { presentCeasefire } from '../../presenters/ceasefire';
import { presentIncident } from '../../presenters/incident';

/**
 * Null when there is no such incident or ceasefire, or the ceasefire had not started by `asOf`. A `seenAt` in the
 * future is a 400 naming `seenAtPath`, the parameter the client sent it in (`query.seen-at` on an embed page given
 * the attribute's spelling, `query.url` where oEmbed read it from the URL), and one before the resource was first
 * published a 404 that says when it was.
 */
export async function loadEmbed(
  d1: D1Database,
  target: EmbedTarget,
  seenAtPath = 'query.seenAt',
): Promise<EmbedData | null> {
  const moment = target.asOf ? pinnedMoment(target.asOf) : null;
  const seen = seenMoment(target.seenAt, seenAtPath);
  if (target.widget === 'casualty-claims') {
    const { found, changes, firstRecorded } = await readIncident(d1, target.slug, seen);
    if (!found) return unseen('incident', target.slug, seen, firstRecorded);
    const data = { ...presentIncident(found, moment), ...recordedFields(changes.length, target.seenAt) };
    return { widget: target.widget, data, title: found.title };
  }
  const { found, changes, firstRecorded } = await readCeasefire(d1, target.slug, seen);
  if (!found) return unseen('ceasefire', target.slug, seen, firstRecorded);
  const shown = presentCeasefire(found, moment);
  return (
    shown && {
      widget: target.widget,
      data: { ...shown, ...recordedFields(changes.length, target.seenAt) },
      title: shown.name,
    }
  );
}

/** No resource of that slug: null, or, asked as published at a moment, the 404 saying when it was first published. */
function unseen(kind: 'incident' | 'ceasefire', slug: string, seen: number | undefined, first: number | null): null {
  if (seen === undefined) return null;
  throw notSeenYet(kind, slug, seen, first);
}

/**
 * Every web link in the embed's data, as an href (shared/format/links.ts): the sources, claimants' sites and
 * articles the widget links to, whatever their field. What `/embed/{widget}/{slug}/link` may send a reader to,
 * so that it never redirects anywhere an editor did not put in the story.
 */
export function linksIn(embed: EmbedData): Set<string> {
  const links = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const href = webHref(value);
      if (href) links.add(href);
    } else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  walk(embed.data);
  return links;
}
