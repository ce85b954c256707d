import type { RouteHandler } from '@hono/zod-openapi';
import { database } from '../../db/client';
import { createEditorRow, findEditor, listEditorRows, updateEditorRow } from '../../db/writes/editors';
import type { AdminEnv } from '../../env';
import type { createEditor, listEditors, me, patchEditor } from './editors.routes';

export const meHandler: RouteHandler<typeof me, AdminEnv> = async (c) => {
  const editor = c.get('editor');
  const { email } = await findEditor(database(c.env.DB), editor.id);
  return c.json({ name: editor.name, role: editor.role, email, signedInWith: c.get('signedInWith') }, 200);
};

export const listEditorsHandler: RouteHandler<typeof listEditors, AdminEnv> = async (c) =>
  c.json({ data: await listEditorRows(database(c.env.DB)) }, 200);

export const createEditorHandler: RouteHandler<typeof createEditor, AdminEnv> = async (c) =>
  c.json(await createEditorRow(database(c.env.DB), c.req.valid('json'), c.get('editor')), 201);

export const patchEditorHandler: RouteHandler<typeof patchEditor, AdminEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return c.json(await updateEditorRow(database(c.env.DB), id, c.req.valid('json'), c.get('editor')), 200);
};
