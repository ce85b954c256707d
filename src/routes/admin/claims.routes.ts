import { ClaimPatch } from '../../../shared/contract/admin';
import { Claim } from '../../../shared/contract/incident';
import { versionedErrors } from './admin.http';
import {
  adminRoute,
  changeErrors,
  heldForReview,
  idParam,
  ifMatchHeader,
  jsonRequest,
  readErrors,
  tagged,
  withBody,
} from './admin.routes-kit';

export const getClaim = adminRoute({
  method: 'get',
  path: '/claims/{id}',
  summary: 'A claim as it is now, with the ETag to edit it',
  request: { params: idParam },
  responses: { 200: tagged(Claim, 'The claim, uncached.'), ...readErrors },
});

export const patchClaim = adminRoute({
  method: 'patch',
  path: '/claims/{id}',
  summary: 'Fix a typo in a claim',
  description: 'A revised figure is a new claim that `supersedes` this one, not an edit.',
  ...withBody,
  request: { params: idParam, headers: ifMatchHeader, ...jsonRequest(ClaimPatch) },
  responses: { 200: tagged(Claim, 'The claim as written.'), ...heldForReview, ...changeErrors },
});

export const retractClaim = adminRoute({
  method: 'delete',
  path: '/claims/{id}',
  summary: 'Retract a claim (kept, as `retracted`)',
  request: { params: idParam, headers: ifMatchHeader },
  // No body: none of the body's refusals (413, 415, malformed JSON).
  responses: {
    200: tagged(Claim, 'The claim, now retracted.'),
    ...heldForReview,
    ...readErrors,
    ...versionedErrors,
  },
});
