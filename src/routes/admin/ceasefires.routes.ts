import { createRoute, z } from '@hono/zod-openapi';
import {
  CeasefireCreate,
  CeasefirePatch,
  ListQuery,
  MilestoneCreate,
  MilestonePatch,
  PickerList,
  TallyCreate,
} from '../../contract/admin';
import { Ceasefire, Milestone, Tally } from '../../contract/ceasefire';
import { json } from '../responses';
import {
  ADMIN_TAG,
  bearer,
  changeErrors,
  createErrors,
  idParam,
  ifMatchHeader,
  jsonRequest,
  readErrors,
  slugParam,
  tagged,
  withBody,
} from './admin.routes-kit';

const milestoneParams = slugParam.extend(idParam.shape);

export const listCeasefires = createRoute({
  method: 'get',
  path: '/api/v1/admin/ceasefires',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Ceasefires by slug, for a picker',
  request: { query: ListQuery },
  responses: { 200: json(PickerList, 'A page of ceasefires.'), ...readErrors },
});

export const getCeasefire = createRoute({
  method: 'get',
  path: '/api/v1/admin/ceasefires/{slug}',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'A ceasefire as it is now, with the ETag to edit it',
  request: { params: slugParam },
  responses: { 200: tagged(Ceasefire, 'The ceasefire, uncached.'), ...readErrors },
});

export const createCeasefire = createRoute({
  method: 'post',
  path: '/api/v1/admin/ceasefires',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Create a ceasefire',
  ...withBody,
  request: jsonRequest(CeasefireCreate),
  responses: { 201: tagged(Ceasefire, 'The ceasefire created.'), ...createErrors },
});

export const patchCeasefire = createRoute({
  method: 'patch',
  path: '/api/v1/admin/ceasefires/{slug}',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Update a ceasefire; a new `status` is added to its history, dated at `asOf`',
  ...withBody,
  request: { params: slugParam, headers: ifMatchHeader, ...jsonRequest(CeasefirePatch) },
  responses: { 200: tagged(Ceasefire, 'The ceasefire as written.'), ...changeErrors },
});

export const createTally = createRoute({
  method: 'post',
  path: '/api/v1/admin/ceasefires/{slug}/tallies',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Add a violation tally',
  ...withBody,
  request: { params: slugParam, ...jsonRequest(TallyCreate) },
  responses: { 201: tagged(Tally, 'The tally added.'), ...createErrors },
});

export const createMilestone = createRoute({
  method: 'post',
  path: '/api/v1/admin/ceasefires/{slug}/milestones',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Add a milestone',
  ...withBody,
  request: { params: slugParam, ...jsonRequest(MilestoneCreate) },
  responses: { 201: tagged(Milestone, 'The milestone added.'), ...createErrors },
});

export const getMilestone = createRoute({
  method: 'get',
  path: '/api/v1/admin/ceasefires/{slug}/milestones/{id}',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'A milestone as it is now, with the ETag to edit it',
  request: { params: milestoneParams },
  responses: { 200: tagged(Milestone, 'The milestone, uncached.'), ...readErrors },
});

export const patchMilestone = createRoute({
  method: 'patch',
  path: '/api/v1/admin/ceasefires/{slug}/milestones/{id}',
  tags: ADMIN_TAG,
  security: bearer,
  summary: 'Update a milestone’s state or note (added to its history)',
  ...withBody,
  request: { params: milestoneParams, headers: ifMatchHeader, ...jsonRequest(MilestonePatch) },
  responses: { 200: tagged(Milestone, 'The milestone as written.'), ...changeErrors },
});

export type MilestoneParams = z.infer<typeof milestoneParams>;
