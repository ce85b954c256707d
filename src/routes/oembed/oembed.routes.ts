import { createRoute } from '@hono/zod-openapi';
import { OEmbed, OEmbedQuery } from '../../../shared/contract/oembed';
import { OEMBED_PATH } from '../../../shared/contract/paths';
import { json, problem, publicReadErrors, READ_HEADERS } from '../responses';

export const getOEmbed = createRoute({
  method: 'get',
  path: OEMBED_PATH,
  tags: ['Embedding'],
  summary: 'oEmbed 1.0 for embed pages and the demo page’s widgets',
  request: { query: OEmbedQuery },
  responses: {
    200: {
      ...json(OEmbed, 'A `rich` response whose `html` is the iframe snippet.'),
      headers: { ETag: READ_HEADERS.ETag },
    },
    304: publicReadErrors[304],
    400: problem('A parameter is not valid.'),
    404: problem('The URL is not one of ours, or names nothing that exists.'),
    // Every answer reads D1 and spends a miss of its client's budget (./oembed.handlers.ts).
    429: publicReadErrors[429],
    501: problem('`format=xml` is not served.'),
    503: publicReadErrors[503],
  },
});
