import { createRoute } from '@hono/zod-openapi';
import { ClaimPatch } from '../../contract/admin';
import { Claim } from '../../contract/incident';
import {
  ADMIN_TAG,
  bearer,
  changeErrors,
  idParam,
  ifMatchHeader,
  jsonRequest,
  readErrors,
  tagged,
  withBody,
} from './admin.routes-kit';

export const getClaim = createRoute({
  method: 'get',
  path: '/api/v1/admin/claims/{id}',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'A claim as it is now, with the ETag to edit it',
  request: { params: idParam },
  responses: { 200: tagged(Claim, 'The claim, uncached.'), ...readErrors },
});

export const patchClaim = createRoute({
  method: 'patch',
  path: '/api/v1/admin/claims/{id}',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Fix a typo in a claim',
  description: 'A revised figure is a new claim that `supersedes` this one, not an edit.',
  ...withBody,
  request: { params: idParam, headers: ifMatchHeader, ...jsonRequest(ClaimPatch) },
  responses: { 200: tagged(Claim, 'The claim as written.'), ...changeErrors },
});

export const retractClaim = createRoute({
  method: 'delete',
  path: '/api/v1/admin/claims/{id}',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Retract a claim (kept, as `retracted`)',
  request: { params: idParam, headers: ifMatchHeader },
  responses: { 200: tagged(Claim, 'The claim, now retracted.'), ...changeErrors },
});
