/**
 * A valid request for every admin write route, keyed `METHOD path` as the
 * app's route table names it, with the public reads each changes: what the
 * purge test (admin-purge.test.ts) and the atomicity-under-faults test
 * (faults.test.ts) run over. Each request sets up what it writes to through
 * the API. A write route without a request here fails both.
 */
import { expect } from 'vitest';
import { allRoutes } from '../../src/routes/openapi/openapi.index';
import {
  type AdminCall,
  addEditor,
  admin,
  adminJson,
  claimBody,
  freshCeasefire,
  freshIncident,
  unique,
} from './admin-helpers';

/** Who writes: an admin (`token`), and an editor (`proposer`) whose changes to a story under review the admin approves. */
export type Writers = { token: string; proposer: string };

/** A public read the write changes, and how to tell the change is in it. */
export type Read = { path: string; shows: (text: string) => boolean };

/** A valid write for one route, with the public reads it affects; set up through the API first. */
export type Write = {
  path: string;
  call: AdminCall;
  /** What readers see change. Empty only for a write readers never see, and `why` says so. */
  reads: Read[];
  why?: string;
};

export const A = '/api/v1/admin';
const has = (marker: string) => (text: string) => text.includes(marker);
/** The reads of an incident: its own, its article's and an embed variant (every variant is purged alike). */
const incidentReads = (slug: string, articleSlug: string, shows: Read['shows']): Read[] => [
  { path: `/api/v1/incidents/${slug}`, shows },
  { path: `/api/v1/articles/${articleSlug}`, shows },
  { path: `/embed/casualty-claims/${slug}?lang=es&theme=dark`, shows },
];
const ceasefireReads = (slug: string, articleSlug: string, shows: Read['shows']): Read[] => [
  { path: `/api/v1/ceasefires/${slug}`, shows },
  { path: `/api/v1/articles/${articleSlug}`, shows },
  { path: `/embed/ceasefire-gauge/${slug}?theme=light`, shows },
];

async function storyWithCeasefire(token: string) {
  const incident = await freshIncident(token);
  const ceasefire = await freshCeasefire(token, { articleSlugs: [incident.articleSlug] });
  return { articleSlug: incident.articleSlug, ...ceasefire };
}

async function created(
  token: string,
  path: string,
  call: AdminCall,
): Promise<{ body: Record<string, unknown>; etag: string }> {
  const res = await adminJson(path, { method: 'POST', token, ...call });
  expect(res.status, path).toBe(201);
  return { body: res.body, etag: res.res.headers.get('ETag') as string };
}

/** A new article dated after every other, so it heads the listing's first page. */
const articleBody = (slug: string, headline: string) => ({
  slug,
  headline,
  body: [{ kind: 'paragraph', text: 'Text.' }],
  section: 'World',
  language: 'en',
  status: 'published',
  publishedAt: '2099-12-31',
});

/**
 * One valid write per admin write route, keyed `METHOD path` as the route
 * table names it. Each sets up what it writes to through the API.
 */
export function writeRequests({ token, proposer }: Writers): Record<string, () => Promise<Write>> {
  return {
    [`POST ${A}/articles`]: async () => {
      const slug = unique('article');
      return {
        path: `${A}/articles`,
        call: { body: articleBody(slug, 'New') },
        reads: [{ path: '/api/v1/articles', shows: has(slug) }],
      };
    },
    [`PATCH ${A}/articles/:slug`]: async () => {
      const { slug, articleSlug } = await freshIncident(token);
      const { res } = await adminJson(`${A}/articles/${articleSlug}`, { token });
      const headline = unique('Headline');
      return {
        path: `${A}/articles/${articleSlug}`,
        call: { ifMatch: res.headers.get('ETag') as string, body: { headline, publishedAt: '2099-12-31' } },
        reads: [
          { path: `/api/v1/articles/${articleSlug}`, shows: has(headline) },
          { path: '/api/v1/articles', shows: has(headline) },
          // The incidents an article reports show its headline.
          { path: `/api/v1/incidents/${slug}`, shows: has(headline) },
        ],
      };
    },
    [`POST ${A}/incidents`]: async () => {
      const { articleSlug } = await freshIncident(token);
      const slug = unique('incident');
      return {
        path: `${A}/incidents`,
        call: {
          body: { slug, title: 'Another', occurredOn: '2016-09-17', placeName: 'Here', articleSlugs: [articleSlug] },
        },
        reads: [{ path: `/api/v1/articles/${articleSlug}`, shows: has(slug) }],
      };
    },
    [`PATCH ${A}/incidents/:slug`]: async () => {
      const { slug, articleSlug, etag } = await freshIncident(token);
      const title = unique('Title');
      return {
        path: `${A}/incidents/${slug}`,
        call: { ifMatch: etag, body: { title } },
        reads: incidentReads(slug, articleSlug, has(title)),
      };
    },
    [`POST ${A}/incidents/:slug/claims`]: async () => {
      const { slug, articleSlug } = await freshIncident(token);
      const asWritten = unique('about');
      return {
        path: `${A}/incidents/${slug}/claims`,
        call: { body: claimBody({ asWritten }) },
        reads: incidentReads(slug, articleSlug, has(asWritten)),
      };
    },
    [`PATCH ${A}/claims/:id`]: async () => {
      const { slug, articleSlug } = await freshIncident(token);
      const claim = await created(token, `${A}/incidents/${slug}/claims`, { body: claimBody() });
      const quote = unique('Quoted');
      return {
        path: `${A}/claims/${claim.body.id}`,
        call: { ifMatch: claim.etag, body: { quote } },
        reads: incidentReads(slug, articleSlug, has(quote)),
      };
    },
    [`DELETE ${A}/claims/:id`]: async () => {
      const { slug, articleSlug } = await freshIncident(token);
      const claim = await created(token, `${A}/incidents/${slug}/claims`, { body: claimBody() });
      return {
        path: `${A}/claims/${claim.body.id}`,
        call: { ifMatch: claim.etag },
        reads: incidentReads(slug, articleSlug, has('retracted')),
      };
    },
    [`POST ${A}/ceasefires`]: async () => {
      const { articleSlug } = await freshIncident(token);
      const slug = unique('ceasefire');
      return {
        path: `${A}/ceasefires`,
        call: {
          body: {
            slug,
            name: 'Another ceasefire',
            startedAt: '2016-09-12T19:00:00+03:00',
            status: 'holding',
            asOf: '2016-09-13T12:00:00+03:00',
            articleSlugs: [articleSlug],
          },
        },
        reads: [{ path: `/api/v1/articles/${articleSlug}`, shows: has(slug) }],
      };
    },
    [`PATCH ${A}/ceasefires/:slug`]: async () => {
      const { slug, articleSlug, etag } = await storyWithCeasefire(token);
      const name = unique('Truce');
      return {
        path: `${A}/ceasefires/${slug}`,
        call: { ifMatch: etag, body: { name, status: 'precarious', asOf: '2016-09-17T23:00:00+03:00' } },
        reads: ceasefireReads(slug, articleSlug, has(name)),
      };
    },
    [`POST ${A}/ceasefires/:slug/tallies`]: async () => {
      const { slug, articleSlug } = await storyWithCeasefire(token);
      const asWritten = unique('about 7');
      return {
        path: `${A}/ceasefires/${slug}/tallies`,
        call: { body: { claimant: null, count: 7, qualifier: 'about', asWritten, reportedOn: '2016-09-13' } },
        reads: ceasefireReads(slug, articleSlug, has(asWritten)),
      };
    },
    [`POST ${A}/ceasefires/:slug/milestones`]: async () => {
      const { slug, articleSlug } = await storyWithCeasefire(token);
      const label = unique('Talks');
      return {
        path: `${A}/ceasefires/${slug}/milestones`,
        call: { body: { label } },
        reads: ceasefireReads(slug, articleSlug, has(label)),
      };
    },
    [`PATCH ${A}/ceasefires/:slug/milestones/:id`]: async () => {
      const { slug, articleSlug } = await storyWithCeasefire(token);
      const milestone = await created(token, `${A}/ceasefires/${slug}/milestones`, { body: { label: 'Talks' } });
      const label = unique('Renamed talks');
      return {
        path: `${A}/ceasefires/${slug}/milestones/${milestone.body.id}`,
        call: { ifMatch: milestone.etag, body: { label } },
        reads: ceasefireReads(slug, articleSlug, has(label)),
      };
    },
    [`POST ${A}/audit/:id/revert`]: async () => {
      const title = unique('First title');
      const { slug, articleSlug, etag } = await freshIncident(token, { title });
      const patched = await admin(`${A}/incidents/${slug}`, {
        method: 'PATCH',
        token,
        ifMatch: etag,
        body: { title: 'Second' },
      });
      expect(patched.status).toBe(200);
      const audit = await adminJson<{ data: { id: number }[] }>(`${A}/audit?entity=incident:${slug}&limit=1`, {
        token,
      });
      return {
        path: `${A}/audit/${audit.body.data[0]?.id}/revert`,
        call: {},
        reads: incidentReads(slug, articleSlug, has(title)),
      };
    },
    [`POST ${A}/changes/:id/approve`]: async () => {
      const { slug, articleSlug } = await freshIncident(token);
      expect(
        (await admin(`${A}/incidents/${slug}`, { method: 'PATCH', token, body: { review: 'required' } })).status,
      ).toBe(200);
      const asWritten = unique('held');
      const held = await adminJson<{ id: string }>(`${A}/incidents/${slug}/claims`, {
        method: 'POST',
        token: proposer,
        body: claimBody({ asWritten }),
      });
      expect(held.status).toBe(202);
      return {
        path: `${A}/changes/${held.body.id}/approve`,
        call: {},
        reads: incidentReads(slug, articleSlug, has(asWritten)),
      };
    },
    [`POST ${A}/changes/:id/reject`]: async () => {
      const { slug } = await freshIncident(token);
      await admin(`${A}/incidents/${slug}`, { method: 'PATCH', token, body: { review: 'required' } });
      const held = await adminJson<{ id: string }>(`${A}/incidents/${slug}/claims`, {
        method: 'POST',
        token: proposer,
        body: claimBody(),
      });
      return {
        path: `${A}/changes/${held.body.id}/reject`,
        call: { body: { reason: 'Not sourced.' } },
        reads: [],
        why: 'a rejected change was never shown to readers',
      };
    },
    [`POST ${A}/editors`]: async () => ({
      path: `${A}/editors`,
      call: { body: { name: unique('Editor'), role: 'editor' } },
      reads: [],
      why: 'editors are not shown to readers',
    }),
    [`PATCH ${A}/editors/:id`]: async () => {
      const { id } = await addEditor(undefined, { role: 'editor' });
      return {
        path: `${A}/editors/${id}`,
        call: { body: { role: 'desk' } },
        reads: [],
        why: 'editors are not shown to readers',
      };
    },
  };
}

const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Every admin write route of the route table, as `METHOD path`. */
export const WRITE_ROUTES = [
  ...new Set(
    (await allRoutes()).routes
      .filter((r) => r.path.startsWith(A) && WRITE_METHODS.includes(r.method))
      .map((r) => `${r.method} ${r.path}`),
  ),
];

/** The routes the table has a request for. */
export const REQUESTED_ROUTES = Object.keys(writeRequests({ token: '', proposer: '' }));

/** Sets up the write for `route` (`METHOD path`) and returns it, with its method. */
export async function writeFor(route: string, writers: Writers): Promise<Write & { method: string }> {
  const build = writeRequests(writers)[route];
  if (!build) throw new Error(`no request for ${route} in admin-write-requests.ts`);
  return { ...(await build()), method: route.split(' ')[0] as string };
}
