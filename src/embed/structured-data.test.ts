import { describe, expect, it } from 'vitest';
import { SAFE_URL, UNSAFE_URLS } from '../../tests/hostile-text';
import { articleGraph } from './structured-data';

const article = (canonicalUrl: string | null) => ({
  headline: 'H',
  dek: null,
  byline: null,
  language: 'en',
  publishedAt: null,
  canonicalUrl,
});

describe('articleGraph', () => {
  it('gives the article a url only where it is absolute http(s), whatever reached D1', () => {
    for (const url of UNSAFE_URLS) {
      const [node] = articleGraph('https://x.example', 'https://x.example/', article(url), [], []);
      expect(node, url).not.toHaveProperty('url');
    }
    const [node] = articleGraph('https://x.example', 'https://x.example/', article(SAFE_URL), [], []);
    expect(node).toHaveProperty('url', SAFE_URL);
  });
});
