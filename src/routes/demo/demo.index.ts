/** The demo page at `/`: the seed article with both widgets embedded, as a publisher would. */
import { Hono } from 'hono';
import { claimsCurrentAt } from '../../../shared/domain/claims';
import type { EmbedData } from '../../../shared/embed/catalog';
import { LANGS } from '../../../shared/format/intl';
import { database } from '../../db/client';
import { findPublishedArticle } from '../../db/queries/articles';
import { SEED } from '../../db/seed/slugs';
import { embedSpace } from '../../embed/height';
import type { AppEnv } from '../../env';
import { missBudgetSpent, withinMissBudget } from '../../http/budgets';
import { CACHE_CONTROL } from '../../http/cache-control';
import { Problem } from '../../http/problem';
import { presentCeasefire } from '../../presenters/ceasefire';
import { presentIncident } from '../../presenters/incident';
import { DEMO_CSP, type DemoEmbeds, demoPage } from './demo.page';
import type { PanelEmbed } from './embed-panel';

export const demoRoutes = new Hono<AppEnv>().get('/', async (c) => {
  // Read from D1 every time (browsers keep it a minute; no edge copy): a script looping on it spends its own budget.
  if (!(await withinMissBudget(c))) throw missBudgetSpent();
  const article = await findPublishedArticle(database(c.env.DB), SEED.articleSlug);
  if (!article) throw new Problem('not-found', 'The demo article is not in the database: run `npm run db:seed`.');
  const lang = LANGS.find((l) => l === c.req.query('lang'));
  const embeds: DemoEmbeds = {};
  const incident = article.incidents[0];
  if (incident) {
    const data = presentIncident(incident, null);
    // Pinned to the moment the claims as they stand describe (see claimsCurrentAt).
    embeds.claims = panelEmbed(
      { widget: 'casualty-claims', data, title: data.title },
      claimsCurrentAt(incident.claims) ?? data.occurredOn,
    );
  }
  const ceasefire = article.ceasefires[0] && presentCeasefire(article.ceasefires[0], null);
  // A ceasefire's data names its own moment: asOf.
  if (ceasefire)
    embeds.gauge = panelEmbed({ widget: 'ceasefire-gauge', data: ceasefire, title: ceasefire.name }, ceasefire.asOf);
  c.header('Cache-Control', CACHE_CONTROL.page);
  c.header('Content-Security-Policy', DEMO_CSP);
  return c.html(demoPage(new URL(c.req.url).origin, article, embeds, lang));
});

function panelEmbed(embed: EmbedData, pin: string): PanelEmbed {
  return {
    embed,
    pin,
    spaces: Object.fromEntries(LANGS.map((lang) => [lang, embedSpace(embed, lang)])) as PanelEmbed['spaces'],
  };
}
