import { createRoute, z } from '@hono/zod-openapi';
import { SeenAtQuery } from '../../../shared/contract/recorded';
import { LANGS } from '../../../shared/format/intl';
import { problem, publicReadErrors } from '../responses';
import { EmbedParams } from './embed.routes';

export const getChangesPage = createRoute({
  method: 'get',
  path: '/embed/{widget}/{slug}/changes',
  tags: ['Embedding'],
  summary: 'The readers’ page of a widget’s changes',
  description:
    'The public change log as a page, server-rendered with no script: what changed, old → new, when it was recorded, and the correction note; never who. What a widget’s “Changed N times” links to; `seenAt` lists what had been recorded by then. Links to the Atom and JSON feeds (with discovery `<link>`s).',
  request: {
    params: EmbedParams,
    query: SeenAtQuery.extend({
      lang: z
        .enum(LANGS)
        .optional()
        .openapi({
          param: { name: 'lang', in: 'query' },
          description:
            'The page’s language, the changes’ sentences and names included; the data in them stays as written.',
        }),
    }),
  },
  responses: {
    200: { description: 'The page.', content: { 'text/html': { schema: z.string() } } },
    400: problem('A parameter is not valid (`seenAt` in the future among them).'),
    404: problem('No such incident or ceasefire (or not yet, as published at `seenAt`).'),
    429: publicReadErrors[429],
    503: publicReadErrors[503],
  },
});
