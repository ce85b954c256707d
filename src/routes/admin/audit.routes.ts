import { z } from '@hono/zod-openapi';
import { AuditEntry, AuditList, AuditQuery } from '../../../shared/contract/admin';
import { json } from '../responses';
import { versionedErrors } from './admin.http';
import { adminRoute, heldForReview, readErrors } from './admin.routes-kit';

export const listAudit = adminRoute({
  method: 'get',
  path: '/audit',
  summary: 'Who changed what, newest first',
  description:
    'Editors’ accounts (entity type `editor`: name, role, e-mail, revocation) are in it for admins only, as is their list (`GET /api/v1/admin/editors`): below admin, their entries are left out, and `entity=editor` or `entity=editor:{id}` is refused (403).',
  request: { query: AuditQuery },
  responses: { 200: json(AuditList, 'A page of audit entries.'), ...readErrors },
});

export const revertAudit = adminRoute({
  method: 'post',
  path: '/audit/{id}/revert',
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
