import { z } from '@hono/zod-openapi';
import { AuditEntry, AuditList, AuditQuery } from '../../contract/admin';
import { json } from '../responses';
import { versionedErrors } from './admin.http';
import { adminRoute, heldForReview, readErrors } from './admin.routes-kit';

export const listAudit = adminRoute({
  method: 'get',
  path: '/api/v1/admin/audit',
  summary: 'Who changed what, newest first',
  request: { query: AuditQuery },
  responses: { 200: json(AuditList, 'A page of audit entries.'), ...readErrors },
});

export const revertAudit = adminRoute({
  method: 'post',
  path: '/api/v1/admin/audit/{id}/revert',
  summary: 'Undo one change (itself audited)',
  description: 'Refused with 409 when later changes depend on it: revert those first.',
  request: {
    params: z.object({
      id: z.coerce
        .number()
        .int()
        .positive()
        .openapi({ param: { name: 'id', in: 'path' }, example: 42 }),
    }),
  },
  responses: {
    201: json(AuditEntry, 'The audit entry of the revert.'),
    ...heldForReview,
    ...readErrors,
    409: versionedErrors[409],
  },
});
