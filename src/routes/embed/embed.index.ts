/** GET /embed/{widget}/{slug}: the iframe pages, cached at the edge like the public reads. */
import { database } from '../../db/client';
import { findCeasefire } from '../../db/queries/ceasefires';
import { findIncident } from '../../db/queries/incidents';
import { asOfMoment } from '../../domain/time';
import { edgeCache, publicCacheControl, type Refetch } from '../../http/cache';
import { Problem } from '../../http/problem';
import { createRouter } from '../../http/router';
import { ceasefireResponse } from '../ceasefires/ceasefires.handlers';
import { incidentResponse } from '../incidents/incidents.handlers';
import { EMBED_CSP, type EmbedData, embedPage } from './embed.page';
import { getEmbedPage } from './embed.routes';

export function embedRoutes(refetch: Refetch) {
  const routes = createRouter();
  routes.use('/embed/*', edgeCache(refetch));
  routes.openapi(getEmbedPage, async (c) => {
    const { widget, slug } = c.req.valid('param');
    const query = c.req.valid('query');
    const asOf = query.asOf ?? query['as-of'];
    const moment = asOf ? asOfMoment(asOf) : null;
    const db = database(c.env.DB);
    let embed: EmbedData | null = null;
    if (widget === 'casualty-claims') {
      const record = await findIncident(db, slug);
      if (record) embed = { widget, data: incidentResponse(record, moment), title: record.title };
    } else {
      const row = await findCeasefire(db, slug);
      const data = row && ceasefireResponse(row, moment);
      if (data) embed = { widget, data, title: data.name };
    }
    if (!embed) throw new Problem('not-found', `Nothing to embed at ${widget}/${slug}${asOf ? ` as of ${asOf}` : ''}.`);
    const origin = new URL(c.req.url).origin;
    c.header('Cache-Control', publicCacheControl);
    c.header('Content-Security-Policy', EMBED_CSP);
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    return c.html(embedPage(origin, { widget, slug, lang: query.lang, theme: query.theme, asOf }, embed), 200);
  });
  return routes;
}
