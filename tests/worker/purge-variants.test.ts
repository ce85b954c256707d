/**
 * A write purges every cached variant of the embed pages it affects, and
 * those variants come from the lists readers choose from (languages, themes,
 * widgets), not from a list of its own: a language added to them is purged
 * with no other change. Against the real Cache API in workerd; the copies
 * are planted under slugs no other test uses, so no D1 is involved.
 */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../shared/embed/options';
import { LANGS } from '../../shared/format/intl';
import { purgeAffectedReads } from '../../src/http/cache';
import { cacheKey } from '../../src/http/cache-keys';
import { BASE } from './helpers';

const cached = async (path: string) => (await caches.open('public-reads')).match(cacheKey(`${BASE}${path}`));

async function plant(paths: string[]): Promise<void> {
  const cache = await caches.open('public-reads');
  for (const path of paths) {
    await cache.put(
      cacheKey(`${BASE}${path}`),
      new Response('{"planted":true}', { headers: { 'Cache-Control': 'public, s-maxage=86400' } }),
    );
  }
  for (const path of paths) expect(await cached(path), path).toBeDefined();
}

const freshSlug = () => `purge-${crypto.randomUUID()}`;

/** Every way a reader can ask for an embed page in these languages and themes, spelled as a reader would. */
const variants = (page: string, langs: readonly string[], themes: readonly string[]) =>
  [null, ...langs].flatMap((lang) =>
    [null, ...themes].map((theme) => {
      const query = [lang && `lang=${lang}`, theme && `theme=${theme}`].filter(Boolean).join('&');
      return query ? `${page}?${query}` : page;
    }),
  );

describe('the purge of a write’s embed pages', () => {
  it('reaches the read and every language and theme of both widgets’ embed pages', async () => {
    const incident = freshSlug();
    const ceasefire = freshSlug();
    const paths = [
      `/api/v1/incidents/${incident}`,
      ...variants(`/embed/casualty-claims/${incident}`, LANGS, THEMES),
      `/api/v1/ceasefires/${ceasefire}`,
      ...variants(`/embed/ceasefire-gauge/${ceasefire}`, LANGS, THEMES),
    ];
    await plant(paths);
    await purgeAffectedReads({ req: { url: BASE } }, { incidents: [incident], ceasefires: [ceasefire] });
    for (const path of paths) expect(await cached(path), path).toBeUndefined();
  });

  it('reaches a language added to the list, with no other change', async () => {
    const slug = freshSlug();
    const french = [`/embed/casualty-claims/${slug}?lang=fr`, `/embed/casualty-claims/${slug}?lang=fr&theme=dark`];
    await plant(french);
    // Not a language readers can choose today: the purge leaves it alone.
    await purgeAffectedReads({ req: { url: BASE } }, { incidents: [slug] });
    for (const path of french) expect(await cached(path), path).toBeDefined();
    // Added to the list, its variants are purged.
    await purgeAffectedReads(
      { req: { url: BASE } },
      { incidents: [slug] },
      { langs: [...LANGS, 'fr'], themes: THEMES },
    );
    for (const path of french) expect(await cached(path), path).toBeUndefined();
  });

  it('reaches a theme added to the list, in every language', async () => {
    const slug = freshSlug();
    const sepia = variants(`/embed/ceasefire-gauge/${slug}`, LANGS, ['sepia']).filter((p) => p.includes('sepia'));
    await plant(sepia);
    await purgeAffectedReads(
      { req: { url: BASE } },
      { ceasefires: [slug] },
      { langs: LANGS, themes: [...THEMES, 'sepia'] },
    );
    for (const path of sepia) expect(await cached(path), path).toBeUndefined();
  });
});
