/**
 * GET /embed/{widget}/{slug}: the iframe pages, and their readers' pages of changes (the app caches them at the
 * edge like the public reads). Plain Hono handlers behind hand-written checks (src/http/public-route.ts).
 */
import { Hono } from 'hono';
import { webHref } from '../../../shared/format/links';
import { CHANGE_WORDS } from '../../../shared/i18n/change-words';
import { readChangeLog } from '../../db/queries/recorded-reads';
import type { AppEnv } from '../../env';
import { CACHE_CONTROL } from '../../http/cache-control';
import { keyedUrl } from '../../http/cache-keys';
import { changesPageQuery, embedLinkQuery, embedParams, embedQuery } from '../../http/checks';
import { Problem } from '../../http/problem';
import { servePublic } from '../../http/public-route';
import { cacheControlFor, notSeenYet, seenMoment } from '../../http/recorded-reads';
import { changesPage } from './changes.page';
import { linksIn, loadEmbed } from './embed.data';
import { EMBED_CSP, embedPage } from './embed.page';

export const embedRoutes = new Hono<AppEnv>();

// Before the widget's page: `/embed/{widget}/{slug}/changes` is the readers' page of its changes.
servePublic(
  embedRoutes,
  {
    method: 'get',
    path: '/embed/{widget}/{slug}/changes',
    contract: () => import('./changes.routes').then((m) => m.getChangesPage),
    query: changesPageQuery,
    params: embedParams,
  },
  async (c) => {
    const { widget, slug } = c.req.valid('param');
    const { lang, seenAt } = c.req.valid('query');
    const seen = seenMoment(seenAt);
    const kind = widget === 'casualty-claims' ? 'incident' : 'ceasefire';
    const log = await readChangeLog(c.env.DB, kind, slug, seen, CHANGE_WORDS[lang ?? 'en']);
    if (log.title === null) throw notSeenYet(kind, slug, seen, log.firstRecorded);
    c.header('Cache-Control', cacheControlFor(keyedUrl(c.req.url), CACHE_CONTROL.publicRead));
    c.header('Content-Security-Policy', EMBED_CSP);
    return c.html(
      changesPage(
        new URL(c.req.url).origin,
        { widget, slug, lang, seenAt },
        { title: log.title, language: log.language },
        log.changes,
      ),
      200,
    );
  },
);

// A link the reader followed in a frame that cannot open it (WordPress's sandbox: widgets/src/embed/wordpress-links.ts).
servePublic(
  embedRoutes,
  {
    method: 'get',
    path: '/embed/{widget}/{slug}/link',
    contract: () => import('./link.routes').then((m) => m.getEmbedLink),
    query: embedLinkQuery,
    params: embedParams,
  },
  async (c) => {
    const { widget, slug } = c.req.valid('param');
    const { to, asOf, seenAt } = c.req.valid('query');
    const embed = await loadEmbed(c.env.DB, { widget, slug, asOf, seenAt });
    if (!embed) throw new Problem('not-found', `Nothing to embed at ${widget}/${slug}.`);
    const href = webHref(to);
    if (!href || !linksIn(embed).has(href)) throw new Problem('not-found', `${widget}/${slug} shows no link to ${to}.`);
    c.header('Cache-Control', cacheControlFor(keyedUrl(c.req.url), CACHE_CONTROL.publicRead));
    return c.redirect(href, 302);
  },
);

servePublic(
  embedRoutes,
  {
    method: 'get',
    path: '/embed/{widget}/{slug}',
    contract: () => import('./embed.routes').then((m) => m.getEmbedPage),
    query: embedQuery,
    params: embedParams,
  },
  async (c) => {
    const { widget, slug } = c.req.valid('param');
    const query = c.req.valid('query');
    const asOf = query.asOf ?? query['as-of'];
    const seenAt = query.seenAt ?? query['seen-at'];
    const target = { widget, slug, lang: query.lang, theme: query.theme, asOf, seenAt };
    // A refusal of the moment names the parameter the client sent it in.
    const embed = await loadEmbed(c.env.DB, target, query.seenAt === undefined ? 'query.seen-at' : 'query.seenAt');
    if (!embed) {
      const when = `${asOf ? ` as of ${asOf}` : ''}${seenAt ? ` as published at ${seenAt}` : ''}`;
      throw new Problem('not-found', `Nothing to embed at ${widget}/${slug}${when}.`);
    }
    const origin = new URL(c.req.url).origin;
    c.header('Cache-Control', cacheControlFor(keyedUrl(c.req.url), CACHE_CONTROL.publicRead));
    c.header('Content-Security-Policy', EMBED_CSP);
    return c.html(embedPage(origin, target, embed), 200);
  },
);
