/** Building blocks of the admin route definitions, so each route states only what is its own. */
import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { PendingChange } from '../../../shared/contract/admin';
import { Slug } from '../../../shared/contract/common';
import type { EditorRole } from '../../../shared/contract/enums';
import { requireRole } from '../../auth/roles';
import { json } from '../responses';
import { adminErrors, etagHeader, idempotencyErrors, jsonBody, replayedHeader, versionedErrors } from './admin.http';

/** Either credential admits an editor: a bearer token, or Cloudflare Access's token when Access is configured. */
export const ADMIN_SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { accessJwt: [] }];

/**
 * An admin route: in the OpenAPI document's Admin section, behind the
 * editor gate. With `role`, only editors of that role or above get past
 * (403), checked before the body is read; the document says so.
 */
export function adminRoute<P extends string, R extends Omit<RouteConfig, 'path'> & { path: P }>(
  route: R,
  role?: { role: EditorRole; to: string },
) {
  if (!role) return createRoute({ tags: ['Admin'], security: ADMIN_SECURITY, ...route });
  const own = route.middleware === undefined ? [] : [route.middleware].flat();
  return createRoute({
    tags: ['Admin'],
    security: ADMIN_SECURITY,
    ...route,
    description: [`Role: **${role.role}** or above.`, route.description].filter(Boolean).join(' '),
    middleware: [requireRole(role.role, role.to), ...own] as RouteConfig['middleware'],
    'x-role': role.role,
  });
}

/** The answer of a write held for review. */
export const heldForReview = {
  202: json(
    PendingChange,
    'Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change.',
  ),
};

/** A create's answer held for review: a retry with its `Idempotency-Key` answers the change its first try held. */
export const createHeldForReview = { 202: { ...heldForReview[202], headers: replayedHeader } };

export const slugParam = z.object({ slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }) });
export const idParam = z.object({
  id: z
    .string()
    .regex(/^[a-z]+_[A-Za-z0-9_]{1,100}$/, 'an id such as clm_…')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'clm_sohr_killed' }),
});

export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header' },
      description: 'The ETag you read (required: 428 without it).',
    }),
});

export const idempotencyKeyHeader = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'Any unique string (1–255 visible ASCII characters), e.g. a UUID. Retrying a create with the same key and body returns what the first try created (`Idempotent-Replayed: true`) instead of creating it twice; the same key with another body is refused (422).',
    }),
});

/** The request of a create: a JSON body, and an optional `Idempotency-Key`. */
export function createRequest<T extends z.ZodType>(schema: T) {
  return { headers: idempotencyKeyHeader, ...jsonRequest(schema) };
}

/** A JSON request body, behind the content-type, size and JSON checks. */
export function jsonRequest<T extends z.ZodType>(schema: T) {
  return { body: { required: true as const, content: { 'application/json': { schema } } } };
}

export const withBody = { middleware: jsonBody };

/** A response carrying a resource and its ETag. */
export function tagged<T extends z.ZodType>(schema: T, description: string) {
  return { description, headers: etagHeader, content: { 'application/json': { schema } } };
}

/** A create's 201: the resource, its ETag, and whether it replays a first try (`Idempotency-Key`). */
export function created<T extends z.ZodType>(schema: T, description: string) {
  return { ...tagged(schema, description), headers: { ...etagHeader, ...replayedHeader } };
}

/** What every admin route may answer whatever it is asked: not signed in, not allowed, over budget, D1 down. */
export const gateErrors = {
  401: adminErrors[401],
  403: adminErrors[403],
  429: adminErrors[429],
  503: adminErrors[503],
};

/** A read's errors: a malformed path or query (400), nothing there (404), and the gate's. */
export const readErrors = {
  400: adminErrors[400],
  ...gateErrors,
  404: adminErrors[404],
};
export const createErrors = { ...adminErrors, 409: versionedErrors[409], 422: idempotencyErrors[422] };
export const changeErrors = { ...adminErrors, ...versionedErrors };
