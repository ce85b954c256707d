import { AdminIncident, ClaimCreate, IncidentCreate, IncidentPatch, ListQuery, PickerList } from '../../contract/admin';
import { Claim } from '../../contract/incident';
import { json, problem } from '../responses';
import {
  adminRoute,
  changeErrors,
  createErrors,
  createRequest,
  heldForReview,
  ifMatchHeader,
  jsonRequest,
  readErrors,
  slugParam,
  tagged,
  withBody,
} from './admin.routes-kit';

export const listIncidents = adminRoute({
  method: 'get',
  path: '/api/v1/admin/incidents',
  summary: 'Incidents by slug, for a picker',
  request: { query: ListQuery },
  responses: { 200: json(PickerList, 'A page of incidents.'), ...readErrors },
});

export const getIncident = adminRoute({
  method: 'get',
  path: '/api/v1/admin/incidents/{slug}',
  summary: 'An incident as it is now, with the ETag to edit it',
  request: { params: slugParam },
  responses: { 200: tagged(AdminIncident, 'The incident, uncached.'), ...readErrors },
});

export const createIncident = adminRoute({
  method: 'post',
  path: '/api/v1/admin/incidents',
  summary: 'Create an incident',
  ...withBody,
  request: createRequest(IncidentCreate),
  responses: { 201: tagged(AdminIncident, 'The incident created.'), ...createErrors },
});

export const patchIncident = adminRoute({
  method: 'patch',
  path: '/api/v1/admin/incidents/{slug}',
  summary: 'Edit an incident (`articleSlugs` replaces its articles), or switch review on or off',
  description:
    'With `{"review": "required"}` (desk editors and admins), every later change to the incident and its claims is held for review (202) until another desk editor approves it; `{"review": "off"}` ends that, leaving changes already held to be decided.',
  ...withBody,
  request: { params: slugParam, headers: ifMatchHeader, ...jsonRequest(IncidentPatch) },
  responses: { 200: tagged(AdminIncident, 'The incident as written.'), ...heldForReview, ...changeErrors },
});

export const createClaim = adminRoute({
  method: 'post',
  path: '/api/v1/admin/incidents/{slug}/claims',
  summary: 'Add a claim, or revise one (`supersedes`)',
  description:
    'The claimant is found by name, or created. With `supersedes`, the revised claim becomes `superseded` from the start of this claim’s `claimedOn` day.',
  ...withBody,
  request: { params: slugParam, ...createRequest(ClaimCreate) },
  responses: {
    201: tagged(Claim, 'The claim created.'),
    ...heldForReview,
    ...createErrors,
    412: problem(
      'The claim named in `supersedes` was revised since you read it (perhaps concurrently). Nothing was written.',
    ),
  },
});
