import { describe, expect, it } from 'vitest';
import {
  apiUrl,
  EMBED_WIDTH,
  embedCodes,
  embedPath,
  imagePath,
  imageSnippet,
  parseEmbedUrl,
  scriptSnippet,
  scriptTags,
  widgetOpening,
} from './catalog';
import { MEASURE, MEASURE_PROPERTY } from './reserve';

const ORIGIN = 'https://explainers.example';

describe('the embed catalog', () => {
  it('writes the script tag as the widget’s own module, a preload of the widget’s data, and the element', () => {
    const tags = scriptTags(ORIGIN, { widget: 'ceasefire-gauge', slug: 'a-truce', lang: 'es' });
    expect(tags).toEqual([
      `<script type="module" src="${ORIGIN}/widgets/v1/ceasefire-gauge.js"></script>`,
      `<link rel="preload" href="${ORIGIN}/api/v1/ceasefires/a-truce" as="fetch" crossorigin>`,
      '<ceasefire-gauge ceasefire="a-truce" lang="es"></ceasefire-gauge>',
    ]);
    // On one line: an editor that makes paragraphs of what is pasted finds no line break to turn into a <br>.
    expect(scriptSnippet(ORIGIN, { widget: 'ceasefire-gauge', slug: 'a-truce', lang: 'es' })).toBe(tags.join(''));
  });

  it('gives a page with both widgets one module for the two', () => {
    const targets = [
      { widget: 'casualty-claims', slug: 'a-strike' },
      { widget: 'ceasefire-gauge', slug: 'a-truce', asOf: '2016-09-19T09:00:00+03:00' },
    ] as const;
    const tags = scriptTags(ORIGIN, ...targets);
    expect(tags).toEqual([
      `<script type="module" src="${ORIGIN}/widgets/v1/all-widgets.js"></script>`,
      `<link rel="preload" href="${ORIGIN}/api/v1/incidents/a-strike" as="fetch" crossorigin>`,
      `<link rel="preload" href="${ORIGIN}/api/v1/ceasefires/a-truce?asOf=2016-09-19T09%3A00%3A00%2B03%3A00" as="fetch" crossorigin>`,
      '<casualty-claims incident="a-strike"></casualty-claims>',
      '<ceasefire-gauge ceasefire="a-truce" as-of="2016-09-19T09:00:00+03:00"></ceasefire-gauge>',
    ]);
    // A kit to cut up and place: the module and the preloads on one line, each element on one of its own.
    expect(scriptSnippet(ORIGIN, ...targets).split('\n')).toEqual([tags.slice(0, 3).join(''), tags[3], tags[4]]);
    // With the fallback's stylesheet (elements holding a reserve), on a line of its own last.
    const held = scriptTags(ORIGIN, ...targets.map((t) => ({ ...t, reserve: '20em' })));
    expect(scriptSnippet(ORIGIN, ...targets.map((t) => ({ ...t, reserve: '20em' }))).split('\n')).toEqual([
      held.slice(0, 3).join(''),
      ...held.slice(3),
    ]);
    expect(held[5]).toMatch(/^<style>/);
  });

  it('preloads exactly the URL the widget will ask for (a browser hands a preload only to the same URL)', () => {
    // What the widget computes from its attributes (widgets/src/shared/element.ts), spelled here by hand.
    const asOf = '2016-09-19T09:00:00+03:00';
    const widgetAsks = new URL('/api/v1/ceasefires/a-truce', ORIGIN);
    widgetAsks.searchParams.set('asOf', asOf);
    expect(apiUrl(ORIGIN, { widget: 'ceasefire-gauge', slug: 'a-truce', asOf })).toBe(widgetAsks.href);
    expect(apiUrl(ORIGIN, { widget: 'casualty-claims', slug: 'a-strike' })).toBe(`${ORIGIN}/api/v1/incidents/a-strike`);
  });

  it('makes the element hold its reserved height before the module runs, and the iframe size itself by its width', () => {
    const target = { widget: 'casualty-claims', slug: 'a-strike', lang: 'en' } as const;
    const reserve = 'calc(7rem + 6px + 30em)';
    const codes = embedCodes(ORIGIN, target, {
      title: 'Casualty claims: A strike',
      height: 600,
      reserve,
      frameHeight: 'calc(612px)',
    });
    const tags = scriptTags(ORIGIN, { ...target, reserve, title: 'Casualty claims: A strike' });
    expect(codes.script).toBe(tags.join(''));
    const [module, , element, fallback] = tags;
    expect(element).toBe(
      '<casualty-claims incident="a-strike" lang="en" style="display:block;container-type:inline-size;contain-intrinsic-inline-size:20em;width:stretch;--explainer-min-height:calc(7rem + 6px + 30em)">' +
        '<span style="all:initial;display:block;height:var(--explainer-min-height)!important;font-size:clamp(14px, 0.9em, max(18px, 1.125rem))!important;font-family:inherit!important">' +
        `<a href="${ORIGIN}/embed/casualty-claims/a-strike?lang=en" style="visibility:hidden">Casualty claims: A strike</a></span></casualty-claims>`,
    );
    // Where the module does not run, the held box gives way to the link: on the script's error, without
    // JavaScript, or once the element has waited for its module long enough.
    expect(module).toBe(
      `<script type="module" src="${ORIGIN}/widgets/v1/casualty-claims.js" onerror="document.querySelectorAll('casualty-claims>span,casualty-claims>span>a').forEach(e=>e.style.cssText+=';display:inline;visibility:visible')"></script>`,
    );
    expect(fallback).toBe(
      '<style>casualty-claims>span,casualty-claims>span>a{animation:explainer-unheld 1ms 10s forwards!important}@keyframes explainer-unheld{to{display:inline;visibility:visible}}@media (scripting:none){casualty-claims>span,casualty-claims>span>a{display:inline!important;visibility:visible!important}}</style>',
    );
    expect(codes.iframe).toMatch(
      /^<div style="container-type:inline-size;contain-intrinsic-inline-size:20em;width:stretch"><iframe [^>]*height="600" style="[^"]*height:600px;height:calc\(612px\)"[^>]*><\/iframe><\/div><script /,
    );
  });

  it('spells the width a reserve bends along once, on the element, when the reserve names it', () => {
    const target = { widget: 'casualty-claims', slug: 'a-strike' } as const;
    const reserve = `calc(5rem + 40em - 2*clamp(0px,var(${MEASURE_PROPERTY}) - 10em,2em))`;
    const style = /style="([^"]*)"/.exec(widgetOpening(target, reserve))?.[1] ?? '';
    const declared = new Map(style.split(';').map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)]));
    expect(declared.get(MEASURE_PROPERTY)).toBe(MEASURE);
    expect(declared.get('--explainer-min-height')).toBe(reserve);
    // A fixed reserve bends along nothing: no width to spell.
    expect(widgetOpening(target, '30em')).not.toContain(MEASURE_PROPERTY);
  });

  it('gives the same target in all three codes: element attributes, iframe src and bare URL', () => {
    const target = {
      widget: 'casualty-claims',
      slug: 'a-strike',
      lang: 'ar',
      theme: 'dark',
      asOf: '2016-09-18',
    } as const;
    const codes = embedCodes(ORIGIN, target, { title: 'Casualty claims: A strike', height: 600 });
    expect(codes.script).toContain('<casualty-claims incident="a-strike" lang="ar" theme="dark" as-of="2016-09-18">');
    expect(codes.url).toBe(`${ORIGIN}/embed/casualty-claims/a-strike?lang=ar&theme=dark&asOf=2016-09-18`);
    expect(codes.iframe).toContain(`src="${codes.url.replace(/&/g, '&amp;')}"`);
    expect(codes.iframe).toContain(`max-width:${EMBED_WIDTH}px`);
    expect(codes.iframe).toContain(`<script src="${ORIGIN}/widgets/v1/resize.js" async></script>`);
    expect(parseEmbedUrl(codes.url, ORIGIN)).toEqual(target);
  });

  it('reads the demo page’s widget links as the demo page reads them: an unknown language as English', () => {
    expect(parseEmbedUrl(`${ORIGIN}/?lang=fr#ceasefire-gauge/a-truce`, ORIGIN)).toEqual({
      widget: 'ceasefire-gauge',
      slug: 'a-truce',
      lang: undefined,
      theme: undefined,
    });
  });

  it('reads back what it writes, and refuses what it does not know', () => {
    const pinned = { widget: 'ceasefire-gauge', slug: 'a-truce', asOf: '2016-09-19T09:00:00Z' } as const;
    expect(parseEmbedUrl(ORIGIN + embedPath(pinned), ORIGIN)).toMatchObject(pinned);
    for (const url of [
      `${ORIGIN}/embed/ceasefire-gauge/a-truce?asOf=yesterday`,
      `${ORIGIN}/embed/ceasefire-gauge/a-truce?asOf=2016-13-45`,
      `${ORIGIN}/embed/pie-chart/a-truce`,
      // The embed page refuses a language or theme it does not have (400), so there is no such page.
      `${ORIGIN}/embed/ceasefire-gauge/a-truce?lang=fr`,
      `${ORIGIN}/embed/ceasefire-gauge/a-truce?theme=sepia`,
      `${ORIGIN}/embed/ceasefire-gauge/a-truce?lang=`,
      // Nor one given twice.
      `${ORIGIN}/embed/ceasefire-gauge/a-truce?lang=es&lang=ar`,
      `${ORIGIN}/embed/ceasefire-gauge/a-truce?asOf=2016-09-19&asOf=2016-09-20`,
      `https://elsewhere.example/embed/ceasefire-gauge/a-truce`,
      // The demo page's widget links, with a fragment that is not valid percent-encoding.
      `${ORIGIN}/#%`,
      `${ORIGIN}/#%E0%A4%A`,
    ]) {
      expect(parseEmbedUrl(url, ORIGIN), url).toBeNull();
    }
  });

  it('spells an image of the embed with its language, theme and pin, and the image’s own size', () => {
    const target = {
      widget: 'casualty-claims',
      slug: 'a-strike',
      lang: 'ar',
      theme: 'dark',
      asOf: '2016-09-18',
    } as const;
    expect(imagePath(target, { format: 'png', scale: 2 })).toBe(
      '/embed/casualty-claims/a-strike.png?lang=ar&theme=dark&asOf=2016-09-18&scale=2',
    );
    expect(imagePath({ ...target, theme: 'auto', asOf: undefined }, { format: 'svg', width: 1200 })).toBe(
      '/embed/casualty-claims/a-strike.svg?lang=ar&width=1200',
    );
    expect(imagePath({ widget: 'ceasefire-gauge', slug: 'a-truce' }, { format: 'png', layout: 'social' })).toBe(
      '/embed/ceasefire-gauge/a-truce.png?layout=social',
    );
    expect(imageSnippet(ORIGIN, target, { width: 600, height: 451, alt: 'Two "sources" <disagree>' })).toBe(
      `<img src="${ORIGIN}/embed/casualty-claims/a-strike.png?lang=ar&amp;theme=dark&amp;asOf=2016-09-18&amp;scale=2" width="600" height="451" alt="Two &quot;sources&quot; &lt;disagree&gt;" style="max-width:100%;height:auto;vertical-align:top">`,
    );
  });
});
