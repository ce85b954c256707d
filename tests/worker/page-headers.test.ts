/**
 * Every HTML page, found by walking the app's own route table (so a new
 * page is checked without anyone listing it): a CSP that runs no inline
 * script, nosniff, a Referrer-Policy, and the framing rule of its kind
 * (embed pages frameable anywhere, every other page never).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { WIDGETS } from '../../shared/embed/catalog';
import { SEED } from '../../src/db/seed/story';
import { allRoutes } from '../../src/routes/openapi/openapi.index';
import { BASE, get, seedStory } from './helpers';

beforeAll(seedStory);

/** Real values for a route's parameters, so each page is asked for something that exists. */
function concrete(path: string): string[] {
  const slugFor = (p: string) =>
    p.includes('ceasefire') ? SEED.ceasefireSlug : p.includes('article') ? SEED.articleSlug : SEED.incidentSlug;
  const widgets = path.includes(':widget') ? Object.keys(WIDGETS) : [''];
  return widgets.map((widget) => {
    const filled = path.replace(':widget', widget);
    return filled.replace(/:slug\b/, slugFor(filled)).replace(/:(\w+)/g, 'x');
  });
}

/** The HTML pages among the app's GET routes, as served. */
async function htmlPages(): Promise<{ path: string; res: Response }[]> {
  const paths = new Set(
    (await allRoutes()).routes
      .filter((r) => r.method === 'GET' && !r.path.includes('*'))
      .flatMap((r) => concrete(r.path)),
  );
  const pages: { path: string; res: Response }[] = [];
  for (const path of paths) {
    const res = await get(path);
    if (/^text\/html/.test(res.headers.get('Content-Type') ?? '')) pages.push({ path, res });
    await res.arrayBuffer();
  }
  return pages;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('HTML pages', () => {
  it('are found in the route table: at least the demo, embed, docs and admin pages', async () => {
    const found = (await htmlPages()).map((p) => p.path);
    expect(found).toEqual(
      expect.arrayContaining([
        '/',
        '/admin',
        '/api/docs',
        `/embed/casualty-claims/${SEED.incidentSlug}`,
        `/embed/ceasefire-gauge/${SEED.ceasefireSlug}`,
      ]),
    );
  });

  it('all carry a CSP with no inline or eval script, nosniff and a Referrer-Policy', async () => {
    for (const { path, res } of await htmlPages()) {
      const csp = directives(res.headers.get('Content-Security-Policy') ?? '');
      const scripts = csp.get('script-src') ?? csp.get('default-src');
      expect(scripts, path).toBeDefined();
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'unsafe-eval'");
      expect(scripts, path).not.toContain('*');
      expect(csp.get('base-uri'), path).toEqual(["'none'"]);
      expect(res.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      // One policy on every page (SECURITY.md): a page's own choice would be overwritten by secureHeaders anyway.
      expect(res.headers.get('Referrer-Policy'), path).toBe('no-referrer');
    }
  });

  it('may be framed anywhere only if they are embed pages; all others never', async () => {
    for (const { path, res } of await htmlPages()) {
      const csp = directives(res.headers.get('Content-Security-Policy') ?? '');
      if (path.startsWith('/embed/')) {
        expect(csp.has('frame-ancestors'), path).toBe(false);
        expect(res.headers.get('X-Frame-Options'), path).toBeNull();
      } else {
        expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
        expect(res.headers.get('X-Frame-Options'), path).toBe('DENY');
      }
    }
  });
});

/** What only a document reads (or Internet Explorer, or Flash): sent with documents, and only with them. */
const DOCUMENT_ONLY = {
  'Origin-Agent-Cluster': '?1',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};
/** What every answer carries, document or not. */
const EVERY_ANSWER = ['X-Content-Type-Options', 'Referrer-Policy', 'Strict-Transport-Security'];

describe('security headers by what is answered', () => {
  it('give every HTML page the document-only headers too', async () => {
    for (const { path, res } of await htmlPages()) {
      for (const name of EVERY_ANSWER) expect(res.headers.get(name), `${path} ${name}`).toBeTruthy();
      for (const [name, value] of Object.entries(DOCUMENT_ONLY))
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it('leave them off JSON, problems and PNGs, and keep them on an SVG, which a browser can open as a document', async () => {
    const answers = {
      '/health/live': 'application/json',
      [`/api/v1/incidents/${SEED.incidentSlug}`]: 'application/json',
      '/api/v1/incidents/no-such-incident': 'application/problem+json',
      [`/oembed?url=${encodeURIComponent(`${BASE}/embed/casualty-claims/${SEED.incidentSlug}`)}`]: 'application/json',
      [`/embed/casualty-claims/${SEED.incidentSlug}.png`]: 'image/png',
      [`/embed/casualty-claims/${SEED.incidentSlug}.svg`]: 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(answers)) {
      const res = await get(path);
      await res.arrayBuffer();
      expect(res.headers.get('Content-Type'), path).toMatch(new RegExp(`^${type.replace('+', '\\+')}`));
      for (const name of EVERY_ANSWER) expect(res.headers.get(name), `${path} ${name}`).toBeTruthy();
      expect(res.headers.get('Cross-Origin-Resource-Policy'), path).toBe('cross-origin');
      const documentOnly = Object.keys(DOCUMENT_ONLY).filter((name) => res.headers.has(name));
      expect(documentOnly, path).toEqual(type === 'image/svg+xml' ? Object.keys(DOCUMENT_ONLY) : []);
    }
  });
});
