import type { RouteHandler } from '@hono/zod-openapi';
import type { OEmbedShape } from '../../contract/oembed';
import { database } from '../../db/client';
import { findCeasefire } from '../../db/queries/ceasefires';
import { findIncident } from '../../db/queries/incidents';
import { estimatedHeight, iframeSnippet, parseEmbedUrl, WIDGETS } from '../../embed/catalog';
import type { AppEnv } from '../../env';
import { Problem } from '../../http/problem';
import type { getOEmbed } from './oembed.routes';

/** Wide enough for the card's two columns; publishers narrow it with maxwidth. */
const DEFAULT_WIDTH = 640;
const CACHE_AGE = 300;

export const oembedHandler: RouteHandler<typeof getOEmbed, AppEnv> = async (c) => {
  const { url, format, maxwidth, maxheight } = c.req.valid('query');
  if (format === 'xml') throw new Problem('not-implemented', 'Only format=json is served.');
  const origin = new URL(c.req.url).origin;
  const target = parseEmbedUrl(url, origin);
  if (!target) throw new Problem('not-found', 'That URL is not an embeddable widget of this site.');

  const db = database(c.env.DB);
  let subject: { title: string; rows: number } | null = null;
  if (target.widget === 'casualty-claims') {
    const incident = await findIncident(db, target.slug);
    if (incident) {
      subject = { title: incident.title, rows: incident.claims.filter((cl) => cl.status === 'current').length };
    }
  } else {
    const ceasefire = await findCeasefire(db, target.slug);
    if (ceasefire) subject = { title: ceasefire.name, rows: ceasefire.tallies.length };
  }
  if (!subject) throw new Problem('not-found', `No ${WIDGETS[target.widget].attribute} "${target.slug}".`);

  const width = Math.min(maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
  const height = Math.min(estimatedHeight(target.widget, subject.rows), maxheight ?? Number.POSITIVE_INFINITY);
  const title = `${WIDGETS[target.widget].name}: ${subject.title}`;
  const body: OEmbedShape = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Explainer Edge',
    provider_url: `${origin}/`,
    html: iframeSnippet(origin, target, { title, height, maxWidth: width }),
    width,
    height,
    cache_age: CACHE_AGE,
  };
  c.header('Cache-Control', `public, max-age=${CACHE_AGE}`);
  return c.json(body, 200);
};
