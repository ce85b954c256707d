import { createRouter } from '../../http/router';
import { articleHandler, listHandler } from './articles.handlers';
import { getArticle, listArticles } from './articles.routes';

export const articleRoutes = createRouter().openapi(listArticles, listHandler).openapi(getArticle, articleHandler);
