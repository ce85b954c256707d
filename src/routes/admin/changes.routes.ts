import { ChangeList, ChangeQuery, ChangeReject, PendingChange } from '../../contract/admin';
import { json } from '../responses';
import { adminErrors, versionedErrors } from './admin.http';
import { adminRoute, idParam, jsonRequest, readErrors, withBody } from './admin.routes-kit';

export const listChanges = adminRoute({
  method: 'get',
  path: '/api/v1/admin/changes',
  summary: 'Changes held for review (pending by default), newest first',
  request: { query: ChangeQuery },
  responses: { 200: json(ChangeList, 'A page of held changes.'), ...readErrors },
});

export const getChange = adminRoute({
  method: 'get',
  path: '/api/v1/admin/changes/{id}',
  summary: 'One held change',
  request: { params: idParam },
  responses: { 200: json(PendingChange, 'The change.'), ...readErrors },
});

const decided = { ...readErrors, 409: versionedErrors[409] };

export const approveChange = adminRoute(
  {
    method: 'post',
    path: '/api/v1/admin/changes/{id}/approve',
    summary: 'Approve and publish a held change',
    description:
      'Publishes it as the proposer’s write, with its audit entry naming both editors, and purges the cached reads it affects. Approving your own change is 403. 409 when it was already decided (of two approvals at once, one wins) or no longer applies to the story as it is now (reject it then).',
    request: { params: idParam },
    responses: { 200: json(PendingChange, 'The change, now approved and published.'), ...decided },
  },
  { role: 'desk', to: 'approve changes' },
);

export const rejectChange = adminRoute(
  {
    method: 'post',
    path: '/api/v1/admin/changes/{id}/reject',
    summary: 'Reject a held change, with the reason',
    description: 'Nothing is published. 409 when it was already decided.',
    ...withBody,
    request: { params: idParam, ...jsonRequest(ChangeReject) },
    responses: {
      200: json(PendingChange, 'The change, now rejected.'),
      ...decided,
      413: adminErrors[413],
      415: adminErrors[415],
    },
  },
  { role: 'desk', to: 'reject changes' },
);
