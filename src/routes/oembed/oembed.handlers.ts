import { parseEmbedUrl, WIDGETS } from '../../../shared/embed/catalog';
import { missBudgetSpent, withinMissBudget } from '../../http/budgets';
import { CACHE_CONTROL } from '../../http/cache-control';
import type { Checked, oembedQuery } from '../../http/checks';
import { Problem } from '../../http/problem';
import type { PublicHandler } from '../../http/public-route';
import { taggedJson } from '../../http/tagged';
import { presentOEmbed } from '../../presenters/oembed';
import { loadEmbed } from '../embed/embed.data';

export const oembedHandler: PublicHandler<Checked<typeof oembedQuery>> = async (c) => {
  const { url, format, maxwidth, maxheight, seenAt } = c.req.valid('query');
  if (format === 'xml') throw new Problem('not-implemented', 'Only format=json is served.');
  const origin = new URL(c.req.url).origin;
  const parsed = parseEmbedUrl(url, origin);
  if (!parsed) throw new Problem('not-found', 'That URL is not an embeddable widget of this site.');
  const target = seenAt ? { ...parsed, seenAt } : parsed;

  // Every answer reads D1 (its consumers cache it; this edge does not): each spends its client's budget of misses,
  // as an uncached read does, so a loop on one URL cannot keep D1 busy for other readers.
  if (!(await withinMissBudget(c))) throw missBudgetSpent();
  // A moment of recording the embed URL names (`seenAt` or `seen-at` in it) was sent as `url`.
  const embed = await loadEmbed(c.env.DB, target, seenAt ? 'query.seenAt' : 'query.url');
  if (!embed) throw new Problem('not-found', `No ${WIDGETS[target.widget].attribute} "${target.slug}".`);

  c.header('Cache-Control', CACHE_CONTROL.reference);
  return taggedJson(c, presentOEmbed(origin, target, embed, { maxwidth, maxheight }));
};
