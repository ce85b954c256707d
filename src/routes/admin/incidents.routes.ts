import { z } from '@hono/zod-openapi';
import {
  AdminIncident,
  ClaimCreate,
  IncidentCreate,
  IncidentPatch,
  ListQuery,
  PickerList,
} from '../../../shared/contract/admin';
import { Claim } from '../../../shared/contract/incident';
import { json, problem } from '../responses';
import {
  adminRoute,
  changeErrors,
  created,
  createErrors,
  createHeldForReview,
  createRequest,
  heldForReview,
  idempotencyKeyHeader,
  ifMatchHeader,
  jsonRequest,
  readErrors,
  slugParam,
  tagged,
  withBody,
} from './admin.routes-kit';

export const listIncidents = adminRoute({
  method: 'get',
  path: '/incidents',
  summary: 'Incidents by slug, for a picker',
  request: { query: ListQuery },
  responses: { 200: json(PickerList, 'A page of incidents.'), ...readErrors },
});

export const getIncident = adminRoute({
  method: 'get',
  path: '/incidents/{slug}',
  summary: 'An incident as it is now, with the ETag to edit it',
  request: { params: slugParam },
  responses: { 200: tagged(AdminIncident, 'The incident, uncached.'), ...readErrors },
});

export const createIncident = adminRoute({
  method: 'post',
  path: '/incidents',
  summary: 'Create an incident',
  ...withBody,
  request: createRequest(IncidentCreate),
  responses: { 201: created(AdminIncident, 'The incident created.'), ...createErrors },
});

export const patchIncident = adminRoute({
  method: 'patch',
  path: '/incidents/{slug}',
  summary: 'Edit an incident (`articleSlugs` replaces its articles), or switch review on or off',
  description:
    'With `{"review": "required"}` (desk editors and admins), every later change to the incident and its claims is held for review (202) until another desk editor approves it; `{"review": "off"}` ends that, leaving changes already held to be decided.',
  ...withBody,
  request: { params: slugParam, headers: ifMatchHeader, ...jsonRequest(IncidentPatch) },
  responses: { 200: tagged(AdminIncident, 'The incident as written.'), ...heldForReview, ...changeErrors },
});

export const createClaim = adminRoute({
  method: 'post',
  path: '/incidents/{slug}/claims',
  summary: 'Add a claim, or revise one (`supersedes`)',
  description:
    'The claimant is found by name, or created. With `supersedes`, the revised claim becomes `superseded` from the start of this claim’s `claimedOn` day.',
  ...withBody,
  request: {
    params: slugParam,
    ...createRequest(ClaimCreate),
    headers: idempotencyKeyHeader.extend({
      'if-match': z
        .string()
        .optional()
        .openapi({
          param: { name: 'if-match', in: 'header' },
          description:
            'With `supersedes`: the ETag of the claim it revises, as you read it (412 if it has changed since). Held for review, the revision keeps it, and its approval is refused if that claim has changed meanwhile.',
        }),
    }),
  },
  responses: {
    201: created(Claim, 'The claim created.'),
    ...createHeldForReview,
    ...createErrors,
    412: problem(
      'The claim named in `supersedes` was revised since you read it (perhaps concurrently), or `If-Match` names no version of it (a weak or unquoted tag). Nothing was written.',
    ),
    428: problem(
      'With `supersedes`, `If-Match` is `*` (any version): send the ETag you read, or no `If-Match`. Nothing was written.',
    ),
  },
});
