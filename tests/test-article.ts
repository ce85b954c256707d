/**
 * The article a test's incident is reported in: the least the editors' API takes for a published one. Shared by the
 * workerd tests and the Node ones that drive the Worker from outside.
 */
export function testArticle(slug: string) {
  return {
    slug,
    headline: 'A test article',
    body: [{ kind: 'paragraph', text: 'Text.' }],
    section: 'World',
    language: 'en',
    status: 'published',
    publishedAt: '2016-09-18',
  };
}
