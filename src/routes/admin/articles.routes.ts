import { ArticleCreate, ArticlePatch } from '../../../shared/contract/admin';
import { Article } from '../../../shared/contract/article';
import {
  adminRoute,
  changeErrors,
  created,
  createErrors,
  createRequest,
  heldForReview,
  ifMatchHeader,
  jsonRequest,
  readErrors,
  slugParam,
  tagged,
  withBody,
} from './admin.routes-kit';

export const getArticle = adminRoute({
  method: 'get',
  path: '/articles/{slug}',
  summary: 'An article in any status, with the ETag to edit it',
  request: { params: slugParam },
  responses: { 200: tagged(Article, 'The article as it is now (drafts included).'), ...readErrors },
});

export const createArticle = adminRoute({
  method: 'post',
  path: '/articles',
  summary: 'Create an article',
  ...withBody,
  request: createRequest(ArticleCreate),
  responses: { 201: created(Article, 'The article created.'), ...createErrors },
});

export const patchArticle = adminRoute({
  method: 'patch',
  path: '/articles/{slug}',
  summary: 'Edit an article (status, corrections, text)',
  description:
    'An article shows on the cards of the incidents it reports or whose claims cite it (its headline, while published): where one of them, or a ceasefire it reports, requires review, an edit of its headline, its language or its status is held for review (202) like a change to the story itself. Its text, dek and byline are written at once.',
  ...withBody,
  request: { params: slugParam, headers: ifMatchHeader, ...jsonRequest(ArticlePatch) },
  responses: { 200: tagged(Article, 'The article as written.'), ...heldForReview, ...changeErrors },
});
