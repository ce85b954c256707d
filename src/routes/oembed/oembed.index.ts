/** GET /oembed: any origin may ask (oEmbed consumers run in browsers too). */
import { cors } from 'hono/cors';
import { createRouter } from '../../http/router';
import { oembedHandler } from './oembed.handlers';
import { getOEmbed } from './oembed.routes';

export const oembedRoutes = createRouter();
oembedRoutes.use('/oembed', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
oembedRoutes.openapi(getOEmbed, oembedHandler);
