/**
 * The custom elements manifest served next to the widget module describes
 * the elements as they really are: the elements the module defines, each
 * one's `observedAttributes` read from its class in Chromium, every event
 * an element was seen dispatching (loaded, not found, refused data) and
 * every event the shipped bundle can construct, and the parts and
 * `--explainer-*` properties its shadow DOM uses. None of these lists is
 * written here, so a new attribute, event or part without its JSDoc fails.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalyzePhaseParams, ts } from '@custom-elements-manifest/analyzer';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_MODULES } from '../../widgets/vite.config';
import {
  baseUrl,
  hostPage,
  openPage,
  pageServer,
  problemsBesides,
  SEED_CEASEFIRE,
  SEED_INCIDENT,
  settled,
  useBrowser,
  useOrigin,
} from './browser';

const MANIFEST_URL = `${baseUrl}/widgets/v1/custom-elements.json`;
const browser = useBrowser();
const { pages, handler } = pageServer();
const publisher = useOrigin(handler);

pages.set(
  '/every-state',
  hostPage(`<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims>
<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge>
<casualty-claims incident="no-such-incident"></casualty-claims>
<ceasefire-gauge ceasefire="no-such-ceasefire"></ceasefire-gauge>
<casualty-claims id="refused-claims"></casualty-claims>
<ceasefire-gauge id="refused-gauge"></ceasefire-gauge>
<script type="module">
  // Data in the wrong shape through the \`data\` property: refused, shown as an error.
  for (const id of ['refused-claims', 'refused-gauge']) document.getElementById(id).data = { not: 'a resource' };
</script>`),
);

/** Runs before any script of the page: records each element defined and every event an element dispatches. */
const recordDefinitionsAndEvents = () => {
  const seen = { defined: [] as string[], dispatched: [] as [string, string][] };
  (window as unknown as { __seen: typeof seen }).__seen = seen;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, elementClass, options) => {
    seen.defined.push(name);
    define(name, elementClass, options);
  };
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (this instanceof Element && seen.defined.includes(this.localName))
      seen.dispatched.push([this.localName, event.type]);
    return dispatch.call(this, event);
  };
};

type Seen = { defined: string[]; dispatched: [string, string][] };

let manifest: Package;
let page: Page;
let problems: string[];
let seen: Seen;

beforeAll(async () => {
  manifest = (await (await fetch(MANIFEST_URL)).json()) as Package;
  ({ page, problems } = await openPage(browser()));
  await page.addInitScript(recordDefinitionsAndEvents);
  await page.goto(`${publisher()}/every-state`);
  await settled(page);
  // Events follow the render; wait until every widget on the page has announced itself.
  await page.waitForFunction(
    () => {
      const s = (window as unknown as { __seen: Seen }).__seen;
      return s.dispatched.length >= document.querySelectorAll(s.defined.join(',')).length;
    },
    undefined,
    { timeout: 10_000 },
  );
  seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
});

/** The manifest's declaration for a tag name. */
function declarationOf(tag: string): ClassDeclaration & CustomElement {
  const found = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => (d as CustomElement).tagName === tag) as (ClassDeclaration & CustomElement) | undefined;
  if (!found) throw new Error(`the manifest has no element <${tag}>`);
  return found;
}

/** Event names given to `new CustomEvent(…)` or `new Event(…)` anywhere in the shipped modules and their chunks. */
async function eventsConstructedInBundle(): Promise<string[]> {
  const dir = fileURLToPath(new URL('../../public/widgets/v1/', import.meta.url));
  const modules = Object.keys(WIDGET_MODULES).map((name) => `${name}.js`);
  const files = [...modules, ...(await readdir(join(dir, 'chunks'))).map((f) => `chunks/${f}`)];
  const names = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, await readFile(join(dir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: AnalyzePhaseParams['node']): void => {
      if (ts.isNewExpression(node) && /^(Custom)?Event$/.test(node.expression.getText()) && node.arguments?.[0]) {
        const collect = (n: AnalyzePhaseParams['node']): void => {
          if (ts.isStringLiteralLike(n)) names.add(n.text);
          ts.forEachChild(n, collect);
        };
        collect(node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...names].sort();
}

describe('custom-elements.json', () => {
  it('is served next to the module, to any origin, as JSON', async () => {
    const res = await fetch(MANIFEST_URL);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toContain('max-age=300');
    // A tool on another origin can read it.
    const fromPage = await page.evaluate(async (url) => (await (await fetch(url)).json()).schemaVersion, MANIFEST_URL);
    expect(fromPage).toBe('1.0.0');
  });

  it('defines exactly the elements the module defines', () => {
    const definitions = manifest.modules
      .flatMap((m) => m.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => e.name);
    expect(seen.defined.length).toBeGreaterThanOrEqual(2);
    expect([...new Set(definitions)].sort()).toEqual([...new Set(seen.defined)].sort());
  });

  it('lists every observed attribute of each element, and no other', async () => {
    for (const tag of new Set(seen.defined)) {
      const observed = await page.evaluate(
        (t) => [...((customElements.get(t) as unknown as { observedAttributes: string[] }).observedAttributes ?? [])],
        tag,
      );
      expect(observed.length, tag).toBeGreaterThan(1);
      const listed = (declarationOf(tag).attributes ?? []).map((a) => a.name);
      expect(listed.sort(), tag).toEqual(observed.sort());
    }
  });

  it('lists every event each element dispatched, loaded or failed', () => {
    for (const tag of new Set(seen.defined)) {
      const dispatched = [...new Set(seen.dispatched.filter(([t]) => t === tag).map(([, type]) => type))].sort();
      // Both outcomes were exercised for each element.
      expect(dispatched.length, tag).toBeGreaterThanOrEqual(2);
      const listed = (declarationOf(tag).events ?? []).map((e) => e.name);
      expect(listed, tag).toEqual(expect.arrayContaining(dispatched));
    }
  });

  it('lists every event the shipped bundle can construct', async () => {
    const constructed = await eventsConstructedInBundle();
    expect(constructed.length).toBeGreaterThanOrEqual(2);
    const listed = new Set(
      [...new Set(seen.defined)].flatMap((tag) => (declarationOf(tag).events ?? []).map((e) => e.name)),
    );
    expect(constructed.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('documents the data property, and the parts and --explainer-* properties the shadow DOM uses', async () => {
    const referencedByAny = new Set<string>();
    const documentedByAny = new Set<string>();
    for (const tag of new Set(seen.defined)) {
      const declaration = declarationOf(tag);
      const members = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static);
      expect(members.find((m) => m.name === 'data')?.description, tag).toBeTruthy();
      const used = await page.$$eval(tag, (elements) => {
        const parts = new Set<string>();
        const properties = new Set<string>();
        for (const el of elements) {
          const root = el.shadowRoot;
          for (const node of root?.querySelectorAll('[part]') ?? []) {
            for (const part of node.getAttribute('part')?.split(/\s+/) ?? []) parts.add(part);
          }
          for (const sheet of root?.adoptedStyleSheets ?? []) {
            for (const rule of sheet.cssRules) {
              for (const m of rule.cssText.matchAll(/var\((--explainer-[\w-]+)/g)) properties.add(m[1] as string);
            }
          }
        }
        return { parts: [...parts], properties: [...properties] };
      });
      expect(used.parts.length, tag).toBeGreaterThan(3);
      const parts = new Set((declaration.cssParts ?? []).map((p) => p.name));
      expect(
        used.parts.filter((p) => !parts.has(p)),
        `${tag}: parts`,
      ).toEqual([]);
      // The shared base sheet reads every element's tokens, so each documented property must be read by the
      // element's sheets, and every property read must be documented on some element.
      const documented = (declaration.cssProperties ?? []).map((p) => p.name);
      expect(
        documented.filter((p) => !used.properties.includes(p)),
        `${tag}: custom properties documented but never read`,
      ).toEqual([]);
      for (const p of used.properties) referencedByAny.add(p);
      for (const p of documented) documentedByAny.add(p);
    }
    expect(referencedByAny.size).toBeGreaterThan(10);
    expect([...referencedByAny].filter((p) => !documentedByAny.has(p))).toEqual([]);
  });

  it('left the host page without errors besides the refused requests for missing resources', () => {
    expect(problemsBesides(problems, /404/)).toEqual([]);
  });
});
