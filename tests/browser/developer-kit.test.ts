/**
 * /api/docs links the developer kit: the typed client (every file its
 * package ships, and its example), the custom elements manifest, and every
 * file of the framework examples, found by listing the folders rather than
 * by name. Each link answers from the running Worker, and each copy is the
 * repository's file as it is, as plain text.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { KIT_PREFIX, kitHref } from '../../src/routes/docs/kit';
import { baseUrl } from './browser';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** What examples/ holds besides the examples: the test's bundler and the type-check settings. */
const NOT_EXAMPLES = ['bundle.ts', 'tsconfig.json'];

let links: string[] = [];

beforeAll(async () => {
  const page = await (await fetch(`${baseUrl}/api/docs`)).text();
  const kit = page.slice(page.indexOf('<nav class="kit"'), page.indexOf('</nav>'));
  links = [...kit.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string);
});

/** Repository files the page must link to, each by its path in the repository. */
async function expectedCopies(): Promise<string[]> {
  const client = JSON.parse(await readFile(join(repo, 'clients/typescript/package.json'), 'utf8')) as {
    files: string[];
  };
  const examples = (await readdir(join(repo, 'examples'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !NOT_EXAMPLES.includes(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(repo.length));
  return [...client.files, 'example.ts'].map((f) => `clients/typescript/${f}`).concat(examples);
}

describe('/api/docs: the developer kit', () => {
  it('links every file of the typed client and the examples, and the custom elements manifest', async () => {
    const copies = await expectedCopies();
    expect(copies.some((f) => f.startsWith('examples/react/'))).toBe(true);
    expect(copies.some((f) => f.startsWith('examples/vue/'))).toBe(true);
    expect(copies).toContain('examples/html/index.html');
    expect(links).toEqual(expect.arrayContaining(copies.map(kitHref)));
    expect(links).toContain('/widgets/v1/custom-elements.json');
  });

  it('serves each linked copy as the repository’s file, as plain text', async () => {
    const copies = await expectedCopies();
    for (const href of links.filter((l) => l.startsWith(KIT_PREFIX))) {
      const source = copies.find((f) => kitHref(f) === href);
      expect(source, href).toBeDefined();
      const res = await fetch(`${baseUrl}${href}`, { redirect: 'manual' });
      expect(res.status, href).toBe(200);
      expect(res.headers.get('Content-Type'), href).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('X-Content-Type-Options'), href).toBe('nosniff');
      expect(await res.text(), href).toBe(await readFile(join(repo, source as string), 'utf8'));
    }
  });

  it('links a manifest that answers', async () => {
    const res = await fetch(`${baseUrl}/widgets/v1/custom-elements.json`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { modules: unknown[] }).modules.length).toBeGreaterThan(1);
  });
});
