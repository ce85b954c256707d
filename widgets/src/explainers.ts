/**
 * `/widgets/v1/explainers.js`, the one-tag embed: a loader that imports a
 * widget only once the page holds one of its elements, so a page with only
 * the card never downloads the gauge, and the other way round. It looks when
 * it runs (a module runs once the page is parsed), then watches the document
 * for elements added later (a CMS or a single-page app inserting an embed);
 * elements inside other shadow roots are not looked for. With a module it
 * starts the data its widgets in view will ask for (preloadData), as the
 * copy-embed panel's code does.
 *
 * Each widget module is complete (widgets/vite.config.ts): a page showing
 * both gets `all-widgets.js`, one copy of Lit for the two. Each defines its
 * elements only if their names are still free, so a second copy of this
 * script, or a widget's own module next to it, is harmless.
 */
import { WIDGETS } from '../../shared/embed/catalog';
import { WIDGET_KINDS, type WidgetKind } from '../../shared/embed/options';
import { resourceUrl } from '../../shared/embed/resource-url';
import type { CasualtyClaims } from './casualty-claims/casualty-claims.component';
import type { CeasefireGauge } from './ceasefire-gauge/ceasefire-gauge.component';
import type { ExplainerEventMap } from './shared/element';
import { nearViewportNow } from './shared/near-viewport';
import { apiBase, DATA_ISLAND, preloaded } from './shared/reads';

// The elements' and their events' types, for TypeScript hosts (types only: none of their code ships in the loader).
export type { ExplainerErrorDetail, ExplainerEventMap, ExplainerLoadDetail } from './shared/element';
export type { CasualtyClaims, CeasefireGauge };

/** The widgets not seen on the page yet. */
const unseen = new Set<string>(WIDGET_KINDS);

function defineThoseShown(): void {
  const shown = [...unseen].filter((name) => document.querySelector(name));
  for (const name of shown) unseen.delete(name);
  const wanted = shown.filter((name) => !customElements.get(name));
  // Both at once: the module that holds the two, with one copy of Lit.
  const module = wanted[1] ? 'all-widgets' : wanted[0];
  for (const name of wanted) preloadData(name as WidgetKind);
  if (module) load(module, 1);
  if (!unseen.size) watcher.disconnect();
}

/**
 * Starts the read of each story the widgets about to load will show (`<link rel="preload" as="fetch">`, as the
 * panel's code does), so that their data comes alongside their module instead of after it: one round trip less
 * before a reader sees it (bench/README.md, "Existing snippets"). Only where the widget would ask at once: an
 * element naming its story, given no data, not preloaded already, and near the view (./shared/near-viewport.ts).
 * A preload the widget never takes would be a read for nothing and a warning in the page's console.
 */
function preloadData(name: WidgetKind): void {
  const { attribute, collection } = WIDGETS[name];
  for (const element of document.querySelectorAll<HTMLElement & { data?: unknown }>(name)) {
    const slug = element.getAttribute(attribute);
    if (!slug || element.data !== undefined || element.querySelector(DATA_ISLAND)) continue;
    const href = resourceUrl(
      apiBase(element.getAttribute('api')),
      collection,
      slug,
      element.getAttribute('as-of'),
      element.getAttribute('seen-at'),
    );
    if (preloaded(href) || !nearViewportNow(element)) continue;
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: '', href });
    document.head.append(link);
  }
}

/**
 * Imports a widget module, and again after a failure (a train's tunnel, a dropped connection): 2 s later, then 4 s,
 * within the 10 s after which pasted code shows its link instead (shared/embed/catalog.ts, UNHELD_AFTER). A browser
 * keeps a failed import's outcome for its URL, so each try asks for the module under a URL of its own (`?try=2`),
 * which the Worker serves as the same file. After the last try the elements are left to the page's code: nothing is
 * thrown. The modules sit next to this script: a relative specifier resolves against its URL, without its query.
 */
function load(module: string, attempt: number): void {
  import(/* @vite-ignore */ `./${module}.js${attempt > 1 ? `?try=${attempt}` : ''}`).catch(
    () => attempt < 3 && setTimeout(load, 2000 * attempt, module, attempt + 1),
  );
}

const watcher = new MutationObserver(defineThoseShown);
watcher.observe(document, { childList: true, subtree: true });
defineThoseShown();

declare global {
  interface HTMLElementTagNameMap {
    'casualty-claims': CasualtyClaims;
    'ceasefire-gauge': CeasefireGauge;
  }
  // Typed `detail` for the widgets' events on any element, and on the document they bubble up to.
  interface HTMLElementEventMap extends ExplainerEventMap {}
  interface DocumentEventMap extends ExplainerEventMap {}
}
