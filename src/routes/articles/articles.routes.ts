import { createRoute, z } from '@hono/zod-openapi';
import { Article, ArticleList, ArticleListQuery } from '../../../shared/contract/article';
import { Slug } from '../../../shared/contract/common';
import { API_V1 } from '../../../shared/contract/paths';
import { SeenAtQuery } from '../../../shared/contract/recorded';
import { publicRead, publicReadErrors } from '../responses';

export const listArticles = createRoute({
  method: 'get',
  path: `${API_V1}/articles`,
  tags: ['Public'],
  summary: 'Published articles, newest first',
  request: { query: ArticleListQuery },
  responses: {
    200: publicRead(ArticleList, 'A page of articles and the cursor of the next page (null on the last).'),
    304: publicReadErrors[304],
    400: publicReadErrors[400],
    429: publicReadErrors[429],
    503: publicReadErrors[503],
  },
});

export const getArticle = createRoute({
  method: 'get',
  path: `${API_V1}/articles/{slug}`,
  tags: ['Public'],
  summary: 'One article with its incidents, claims and ceasefires',
  request: { params: z.object({ slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }) }), query: SeenAtQuery },
  responses: {
    200: publicRead(Article, 'The article.'),
    ...publicReadErrors,
  },
});
