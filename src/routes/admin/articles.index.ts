import type { AdminEnv } from '../../env';
import { createRouter } from '../../http/router';
import { createArticleHandler, getArticleHandler, patchArticleHandler } from './articles.handlers';
import { createArticle, getArticle, patchArticle } from './articles.routes';

export const adminArticleRoutes = createRouter<AdminEnv>()
  .openapi(getArticle, getArticleHandler)
  .openapi(createArticle, createArticleHandler)
  .openapi(patchArticle, patchArticleHandler);
