import type { Context } from 'hono';
import { pinnedMoment } from '../../../shared/domain/time';
import { readChangeLog, readIncident } from '../../db/queries/recorded-reads';
import { changePage, type LoggedKind } from '../../db/rows/versions';
import type { AppEnv } from '../../env';
import type { asOfQuery, Checked, changeLogQuery, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import { Problem } from '../../http/problem';
import type { PublicHandler } from '../../http/public-route';
import { notSeenYet, seenMoment } from '../../http/recorded-reads';
import { taggedJson } from '../../http/tagged';
import { presentIncident } from '../../presenters/incident';
import { reportIncidentTimeline } from '../incidents/incident-timeline';
import { claimsCsv } from './claims-csv';
import { atomDocument, jsonFeedDocument } from './feeds';
import { ATOM, JSON_FEED } from './media-types';

type OfSlug<Query = unknown> = PublicHandler<Query, Checked<typeof slugParams>>;

/** How many changes a feed carries: the newest. */
export const FEED_SIZE = 50;

/** A page of a resource's change log, as recorded by `seenAt`. */
async function changeLog(
  c: Context<AppEnv>,
  kind: LoggedKind,
  slug: string,
  query: { limit: number; cursor?: string; seenAt?: string },
) {
  const seen = seenMoment(query.seenAt);
  const log = await readChangeLog(c.env.DB, kind, slug, seen);
  if (log.title === null) throw notSeenYet(kind, slug, seen, log.firstRecorded);
  const newest = log.changes[0]?.recordedAt;
  if (newest) setLastModified(c, newest);
  // An entry's id never changes once recorded, so a cursor this log does not hold was never one of its pages' (or
  // names a change recorded after `seenAt`): starting again at the first page would hand the client duplicates.
  if (query.cursor !== undefined && !log.changes.some((e) => e.id === query.cursor)) {
    throw new Problem('validation', 'The cursor is not one of this change log’s entries.', {
      errors: [{ path: 'query.cursor', message: 'use nextCursor from the previous page, with the same seenAt' }],
    });
  }
  return changePage(log.changes, query.limit, query.cursor);
}

export const incidentChangesHandler: OfSlug<Checked<typeof changeLogQuery>> = async (c) =>
  taggedJson(c, await changeLog(c, 'incident', c.req.valid('param').slug, c.req.valid('query')));

export const ceasefireChangesHandler: OfSlug<Checked<typeof changeLogQuery>> = async (c) =>
  taggedJson(c, await changeLog(c, 'ceasefire', c.req.valid('param').slug, c.req.valid('query')));

type Format = 'atom' | 'json';

/** A feed response: its type, and Last-Modified from its newest change (the app adds the ETag). */
function feedResponse(c: Context<AppEnv>, format: Format, body: string, newest: string | undefined): Response {
  if (newest) setLastModified(c, newest);
  return c.body(body, 200, { 'Content-Type': format === 'atom' ? ATOM : JSON_FEED });
}

/** One resource's feed: its newest changes. */
async function resourceFeed(c: Context<AppEnv>, kind: LoggedKind, slug: string, format: Format): Promise<Response> {
  const log = await readChangeLog(c.env.DB, kind, slug);
  if (log.title === null) throw notSeenYet(kind, slug, undefined, null);
  const of = { kind, slug, title: log.title };
  const items = log.changes.slice(0, FEED_SIZE).map((entry) => ({ ...of, entry }));
  const origin = new URL(c.req.url).origin;
  const body =
    format === 'atom'
      ? atomDocument(origin, of, items, log.firstRecorded)
      : JSON.stringify(jsonFeedDocument(origin, of, items));
  return feedResponse(c, format, body, items[0]?.entry.recordedAt);
}

export const incidentAtomHandler: OfSlug = (c) => resourceFeed(c, 'incident', c.req.valid('param').slug, 'atom');
export const incidentJsonFeedHandler: OfSlug = (c) => resourceFeed(c, 'incident', c.req.valid('param').slug, 'json');
export const ceasefireAtomHandler: OfSlug = (c) => resourceFeed(c, 'ceasefire', c.req.valid('param').slug, 'atom');
export const ceasefireJsonFeedHandler: OfSlug = (c) => resourceFeed(c, 'ceasefire', c.req.valid('param').slug, 'json');

/** The site's feed: the newest changes of every incident and ceasefire. */
async function siteFeed(c: Context<AppEnv>, format: Format): Promise<Response> {
  // The site's feed reads every resource's versions through Drizzle (not precompiled): loaded when first asked.
  const [{ readRecentChanges }, { database }] = await Promise.all([
    import('../../db/queries/changes'),
    import('../../db/client'),
  ]);
  const items = await readRecentChanges(database(c.env.DB), FEED_SIZE);
  const origin = new URL(c.req.url).origin;
  const body =
    format === 'atom' ? atomDocument(origin, null, items, null) : JSON.stringify(jsonFeedDocument(origin, null, items));
  return feedResponse(c, format, body, items[0]?.entry.recordedAt);
}

export const siteAtomHandler: PublicHandler = (c) => siteFeed(c, 'atom');
export const siteJsonFeedHandler: PublicHandler = (c) => siteFeed(c, 'json');

export const claimsCsvHandler: OfSlug<Checked<typeof asOfQuery>> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf, seenAt } = c.req.valid('query');
  const seen = seenMoment(seenAt);
  const { found, changes, firstRecorded } = await readIncident(c.env.DB, slug, seen);
  if (!found) throw notSeenYet('incident', slug, seen, firstRecorded);
  // Its pinned copies are found through the timeline a write purges, as the incident's are (the CSV echoes no moment).
  if (seen === undefined) reportIncidentTimeline(c, found, changes.length, []);
  const shown = presentIncident(found, asOf ? pinnedMoment(asOf) : null);
  setLastModified(c, shown.updatedAt);
  return c.body(claimsCsv(shown.claims), 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${slug}-claims.csv"`,
  });
};
