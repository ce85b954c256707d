import { createRoute, z } from '@hono/zod-openapi';
import { problem, publicReadErrors } from '../responses';
import { EmbedParams, EmbedQuery } from './embed.routes';

export const getEmbedLink = createRoute({
  method: 'get',
  path: '/embed/{widget}/{slug}/link',
  tags: ['Embedding'],
  summary: 'Follows a link of a widget from a frame that cannot open it',
  description:
    'A redirect (302) to `to`, one of the links the widget shows (a claim’s source, a claimant’s site, a tally’s source; as of `asOf`, as published at `seenAt`), and to nothing else. WordPress frames an oEmbed in a sandbox that opens no new window, and opens in its own page only a link to the frame’s own host; an embed page in such a frame (`#?secret=` in its URL) sends WordPress each link the reader follows, through this URL.',
  request: {
    params: EmbedParams,
    query: z.object({
      to: z
        .string()
        .min(1)
        .max(2048)
        .openapi({ param: { name: 'to', in: 'query' }, example: 'https://www.syriahr.com/en/' }),
      asOf: EmbedQuery.shape.asOf,
      seenAt: EmbedQuery.shape.seenAt,
    }),
  },
  responses: {
    302: {
      description: 'To the link.',
      headers: z.object({ Location: z.string().openapi({ description: 'The link, as the widget shows it.' }) }),
    },
    400: problem('A parameter is not valid (`seenAt` in the future among them).'),
    404: problem('No such incident or ceasefire, or `to` is not a link it shows.'),
    429: publicReadErrors[429],
    503: publicReadErrors[503],
  },
});
