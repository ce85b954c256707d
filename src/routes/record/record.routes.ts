/**
 * The public record of every change: each incident's and ceasefire's change
 * log, the same as Atom and JSON Feed 1.1 (per resource and for the whole
 * site), and an incident's claims as CSV.
 */

import { createRoute, z } from '@hono/zod-openapi';
import { AsOfQuery, Slug } from '../../../shared/contract/common';
import { API_V1 } from '../../../shared/contract/paths';
import { ChangeLog, ChangeLogQuery, JsonFeedDocument, SeenAtQuery } from '../../../shared/contract/recorded';
import { publicRead, publicReadErrors, READ_HEADERS } from '../responses';

const params = z.object({ slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }) });

const changeLog = (collection: 'incidents' | 'ceasefires', what: string) =>
  createRoute({
    method: 'get',
    path: `${API_V1}/${collection}/{slug}/changes`,
    tags: ['Public'],
    summary: `What changed in ${what}, newest first`,
    description:
      'The public change log, in readers’ terms: what changed, old → new, when it was recorded, and the correction note where the editor gave one; never who. What the first publication recorded is not a change. Paged with `limit` and `cursor`; `seenAt` lists what had been recorded by then.',
    request: { params, query: ChangeLogQuery },
    responses: {
      200: publicRead(ChangeLog, 'A page of changes, the cursor of the next page (null on the last) and the total.'),
      ...publicReadErrors,
    },
  });

export const getIncidentChanges = changeLog('incidents', 'an incident');
export const getCeasefireChanges = changeLog('ceasefires', 'a ceasefire');

/** The site's feeds take no parameter: nothing in their request can be invalid (400) or name nothing (404). */
const feedResponses = {
  304: publicReadErrors[304],
  429: publicReadErrors[429],
  503: publicReadErrors[503],
} as const;

const FEED_CONTENT = {
  atom: {
    description: 'Atom (RFC 4287): one entry per change, newest first. ETag and conditional GET.',
    content: { 'application/atom+xml': { schema: z.string() } },
  },
  json: {
    description: 'JSON Feed 1.1: one item per change, newest first. ETag and conditional GET.',
    content: { 'application/feed+json': { schema: JsonFeedDocument } },
  },
} as const;

const resourceFeed = (collection: 'incidents' | 'ceasefires', format: 'atom' | 'json', summary: string) =>
  createRoute({
    method: 'get',
    path: `${API_V1}/${collection}/{slug}/changes.${format}`,
    tags: ['Public'],
    summary,
    description: FEED_CONTENT[format].description,
    request: { params },
    responses: {
      200: { description: 'The feed.', headers: READ_HEADERS, content: FEED_CONTENT[format].content },
      ...feedResponses,
      // A malformed slug.
      400: publicReadErrors[400],
      404: publicReadErrors[404],
    },
  });

const siteFeed = (format: 'atom' | 'json', summary: string) =>
  createRoute({
    method: 'get',
    path: `${API_V1}/changes.${format}`,
    tags: ['Public'],
    summary,
    description: FEED_CONTENT[format].description,
    responses: {
      200: { description: 'The feed.', headers: READ_HEADERS, content: FEED_CONTENT[format].content },
      ...feedResponses,
    },
  });

export const getIncidentAtom = resourceFeed('incidents', 'atom', 'An incident’s changes as Atom');
export const getIncidentJsonFeed = resourceFeed('incidents', 'json', 'An incident’s changes as JSON Feed 1.1');
export const getCeasefireAtom = resourceFeed('ceasefires', 'atom', 'A ceasefire’s changes as Atom');
export const getCeasefireJsonFeed = resourceFeed('ceasefires', 'json', 'A ceasefire’s changes as JSON Feed 1.1');
export const getSiteAtom = siteFeed('atom', 'The newest changes across the site as Atom');
export const getSiteJsonFeed = siteFeed('json', 'The newest changes across the site as JSON Feed 1.1');

export const getClaimsCsv = createRoute({
  method: 'get',
  path: `${API_V1}/incidents/{slug}/claims.csv`,
  tags: ['Public'],
  summary: 'An incident’s claims as CSV',
  description:
    "RFC 4180 (CRLF line ends, a header row, UTF-8 with a byte order mark so spreadsheets read it as UTF-8): one row per claim, superseded and retracted ones included, as of `asOf` and as published at `seenAt`. A cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so no spreadsheet runs it as a formula.",
  request: { params, query: AsOfQuery.extend(SeenAtQuery.shape) },
  responses: {
    200: {
      ...publicRead(z.string(), 'The claims.', 'text/csv'),
      headers: {
        ...READ_HEADERS,
        'Content-Disposition': {
          description: 'An attachment named `{slug}-claims.csv`.',
          required: true,
          schema: { type: 'string' as const },
        },
      },
    },
    ...publicReadErrors,
  },
});
