import type { z } from '@hono/zod-openapi';
import {
  AdminCeasefire,
  CeasefireCreate,
  CeasefirePatch,
  ListQuery,
  MilestoneCreate,
  MilestonePatch,
  PickerList,
  TallyCreate,
} from '../../../shared/contract/admin';
import { Milestone, Tally } from '../../../shared/contract/ceasefire';
import { json } from '../responses';
import {
  adminRoute,
  changeErrors,
  created,
  createErrors,
  createHeldForReview,
  createRequest,
  heldForReview,
  idParam,
  ifMatchHeader,
  jsonRequest,
  readErrors,
  slugParam,
  tagged,
  withBody,
} from './admin.routes-kit';

const milestoneParams = slugParam.extend(idParam.shape);

export const listCeasefires = adminRoute({
  method: 'get',
  path: '/ceasefires',
  summary: 'Ceasefires by slug, for a picker',
  request: { query: ListQuery },
  responses: { 200: json(PickerList, 'A page of ceasefires.'), ...readErrors },
});

export const getCeasefire = adminRoute({
  method: 'get',
  path: '/ceasefires/{slug}',
  summary: 'A ceasefire as it is now, with the ETag to edit it',
  request: { params: slugParam },
  responses: { 200: tagged(AdminCeasefire, 'The ceasefire, uncached.'), ...readErrors },
});

export const createCeasefire = adminRoute({
  method: 'post',
  path: '/ceasefires',
  summary: 'Create a ceasefire',
  ...withBody,
  request: createRequest(CeasefireCreate),
  responses: { 201: created(AdminCeasefire, 'The ceasefire created.'), ...createErrors },
});

export const patchCeasefire = adminRoute({
  method: 'patch',
  path: '/ceasefires/{slug}',
  summary: 'Update a ceasefire (a new `status` is added to its history, dated at `asOf`), or switch review on or off',
  description:
    'With `{"review": "required"}` (desk editors and admins), every later change to the ceasefire, its tallies and milestones is held for review (202) until another desk editor approves it; `{"review": "off"}` ends that, leaving changes already held to be decided.',
  ...withBody,
  request: { params: slugParam, headers: ifMatchHeader, ...jsonRequest(CeasefirePatch) },
  responses: { 200: tagged(AdminCeasefire, 'The ceasefire as written.'), ...heldForReview, ...changeErrors },
});

export const createTally = adminRoute({
  method: 'post',
  path: '/ceasefires/{slug}/tallies',
  summary: 'Add a violation tally',
  ...withBody,
  request: { params: slugParam, ...createRequest(TallyCreate) },
  responses: { 201: created(Tally, 'The tally added.'), ...createHeldForReview, ...createErrors },
});

export const createMilestone = adminRoute({
  method: 'post',
  path: '/ceasefires/{slug}/milestones',
  summary: 'Add a milestone',
  ...withBody,
  request: { params: slugParam, ...createRequest(MilestoneCreate) },
  responses: { 201: created(Milestone, 'The milestone added.'), ...createHeldForReview, ...createErrors },
});

export const getMilestone = adminRoute({
  method: 'get',
  path: '/ceasefires/{slug}/milestones/{id}',
  summary: 'A milestone as it is now, with the ETag to edit it',
  request: { params: milestoneParams },
  responses: { 200: tagged(Milestone, 'The milestone, uncached.'), ...readErrors },
});

export const patchMilestone = adminRoute({
  method: 'patch',
  path: '/ceasefires/{slug}/milestones/{id}',
  summary: 'Update a milestone’s state or note (added to its history)',
  ...withBody,
  request: { params: milestoneParams, headers: ifMatchHeader, ...jsonRequest(MilestonePatch) },
  responses: { 200: tagged(Milestone, 'The milestone as written.'), ...heldForReview, ...changeErrors },
});

export type MilestoneParams = z.infer<typeof milestoneParams>;
