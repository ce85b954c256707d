import { API_V1 } from '../../../shared/contract/paths';
import { createRouter } from '../../http/router';
import { articleHandler, listHandler } from './articles.handlers';
import { getArticle, listArticles } from './articles.routes';

export const articleRoutes = createRouter()
  .basePath(API_V1)
  .openapi(listArticles, listHandler)
  .openapi(getArticle, articleHandler);
