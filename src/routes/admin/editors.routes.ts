import { EditorCreate, EditorCreated, EditorInfo, EditorList, EditorPatch, Me } from '../../contract/admin';
import { json } from '../responses';
import { adminErrors, versionedErrors } from './admin.http';
import { adminRoute, idParam, jsonRequest, readErrors, withBody } from './admin.routes-kit';

export const me = adminRoute({
  method: 'get',
  path: '/api/v1/admin/me',
  summary: 'Who is signed in, with which role',
  responses: { 200: json(Me, 'The signed-in editor.'), ...readErrors },
});

const manage = { role: 'admin', to: 'manage editors' } as const;
const writeErrors = { ...adminErrors, 409: versionedErrors[409] };

export const listEditors = adminRoute(
  {
    method: 'get',
    path: '/api/v1/admin/editors',
    summary: 'Every editor, revoked ones included',
    responses: { 200: json(EditorList, 'The editors, by name.'), ...readErrors },
  },
  manage,
);

export const createEditor = adminRoute(
  {
    method: 'post',
    path: '/api/v1/admin/editors',
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
    path: '/api/v1/admin/editors/{id}',
    summary: 'Change an editor’s role or e-mail, or revoke or restore them',
    description: 'You cannot lower your own role or revoke yourself (409): another admin must.',
    ...withBody,
    request: { params: idParam, ...jsonRequest(EditorPatch) },
    responses: { 200: json(EditorInfo, 'The editor as written.'), ...writeErrors },
  },
  manage,
);
