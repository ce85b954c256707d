/**
 * GET /embed/{widget}/{slug}.png|.svg: a widget as an image (image.handlers.ts).
 * A router of its own, made with the app's fetch: an image draws the public
 * read it shows by running that read through the app, with its edge cache,
 * budgets and load shedding (src/routes/routers.ts lists it, with its
 * contract, before the iframe pages').
 */
import { Hono } from 'hono';
import { IMAGE_ROUTE_PATH } from '../../embed/image-path';
import type { AppEnv } from '../../env';
import type { Refetch } from '../../http/cache';
import { imageHandler } from './image.handlers';

export function imageRoutes(refetch: Refetch) {
  return new Hono<AppEnv>().get(IMAGE_ROUTE_PATH, imageHandler(refetch));
}
