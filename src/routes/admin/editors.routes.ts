import { EditorCreate, EditorCreated, EditorInfo, EditorList, EditorPatch, Me } from '../../../shared/contract/admin';
import { json } from '../responses';
import { adminErrors, versionedErrors } from './admin.http';
import { adminRoute, gateErrors, idParam, jsonRequest, withBody } from './admin.routes-kit';

export const me = adminRoute({
  method: 'get',
  path: '/me',
  summary: 'Who is signed in, with which role',
  // No parameters and nothing to find: only the gate's refusals.
  responses: { 200: json(Me, 'The signed-in editor.'), ...gateErrors },
});

const manage = { role: 'admin', to: 'manage editors' } as const;
const writeErrors = { ...adminErrors, 409: versionedErrors[409] };

export const listEditors = adminRoute(
  {
    method: 'get',
    path: '/editors',
    summary: 'Every editor, revoked ones included',
    responses: { 200: json(EditorList, 'The editors, by name.'), ...gateErrors },
  },
  manage,
);

export const createEditor = adminRoute(
  {
    method: 'post',
    path: '/editors',
    summary: 'Add an editor; their token is in the answer, once',
    ...withBody,
    request: jsonRequest(EditorCreate),
    responses: { 201: json(EditorCreated, 'The editor, with their token.'), ...writeErrors },
  },
  manage,
);

export const patchEditor = adminRoute(
  {
    method: 'patch',
    path: '/editors/{id}',
    summary: 'Change an editor’s role or e-mail, or revoke or restore them',
    description:
      'You cannot lower your own role or revoke yourself (409): another admin must. Revoking (`active: false`) also retires their token for good and rejects, in the same write, the changes they have held for review; restoring (`active: true`) gives back single sign-on only, and a new token comes from `npm run editor -- rotate "Name"`.',
    ...withBody,
    request: { params: idParam, ...jsonRequest(EditorPatch) },
    responses: { 200: json(EditorInfo, 'The editor as written.'), ...writeErrors },
  },
  manage,
);
