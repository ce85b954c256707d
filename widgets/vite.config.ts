/**
 * The readers' widget modules, each built on its own into public/widgets/v1/:
 * - `casualty-claims.js`, `ceasefire-gauge.js`: one widget each, complete
 *   (Lit, the shared base, the widget and its English strings);
 * - `all-widgets.js`: both, for pages that show both;
 * - `explainers.js`: the one-tag embed, a loader that imports whichever of
 *   the three the page needs (src/explainers.ts).
 * The Spanish and Arabic strings are content-hashed chunks under `chunks/`,
 * loaded only by pages in those languages, and cached for ever.
 *
 * Why whole bundles rather than shared chunks: a page downloads one file
 * after the loader, with no second round trip for a shared chunk, and gzip
 * packs one file tighter than three. Split into Lit, shared code and
 * widget, a card-only page cost 1.2 KB gzip more, which the budget
 * (tests/node/widget-size.test.ts) has no room for. The price: a page that
 * first shows one widget and later gains the other (a single-page app)
 * loads the second widget's own bundle, Lit included, a second time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { InlineConfig, Plugin } from 'vite';
import type { WidgetKind } from '../shared/embed/options';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Each module of public/widgets/v1/ (its stable URL, without `.js`) and its entry. */
export const WIDGET_MODULES = {
  'casualty-claims': 'src/casualty-claims/casualty-claims.ts',
  'ceasefire-gauge': 'src/ceasefire-gauge/ceasefire-gauge.ts',
  'all-widgets': 'src/all-widgets.ts',
  explainers: 'src/explainers.ts',
} as const satisfies Record<WidgetKind | 'all-widgets' | 'explainers', string>;
export type WidgetModule = keyof typeof WIDGET_MODULES;

/**
 * Vite keeps `/* @__PURE__ *\/` hints in library builds, for bundlers that
 * would tree-shake the module again; these modules are what browsers run, so
 * the hints are bytes for nothing.
 */
const withoutPureAnnotations: Plugin = {
  name: 'without-pure-annotations',
  enforce: 'post',
  renderChunk: (code) => ({ code: code.replaceAll(/\/\* [#@]__PURE__ \*\//g, ''), map: null }),
};

/**
 * lit-html creates its Trusted Types policy, named `lit-html`, as its module
 * is evaluated. On a page that enforces Trusted Types and whose CSP
 * `trusted-types` list leaves that name out, the creation throws, the
 * module never runs and each widget is a hole in the page. Created inside a
 * `try`, the policy is only missing: lit-html then hands its templates'
 * markup to the page's default policy, if it has one, and where that fails
 * too the widget says what it shows in plain text (shared/element.ts,
 * `update`). The build fails if lit-html stops creating its policy this way.
 */
const litPolicyOptional: Plugin = {
  name: 'lit-policy-optional',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const creation = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\):void 0/;
    if (!creation.test(code)) this.error(`${id}: lit-html's Trusted Types policy is no longer created as ${creation}`);
    return code.replace(creation, '(()=>{try{return $1?.createPolicy("lit-html",$2)}catch{}})()');
  },
};

/**
 * The widgets' internal members are spelled with a leading underscore: what
 * the base element, the components and the live chunk share (`_shown`,
 * `_renderData`) and what each keeps private (`_ticket`), never anything a
 * page sets or reads. The build gives each a one-letter name, fixed here
 * from the sources, so that every chunk of every module agrees (the live
 * chunk reads the element's members) whatever order terser meets them in;
 * terser renames only these (`only_cache`), so Lit's `_$…` members, the
 * public properties and attributes, event details and CSS names are left
 * alone. (`#private` names would be renamed too, but each class then lists
 * its fields.) Measured: about 160 bytes gzip off every module.
 */
function internalNames(): Map<string, string> {
  const dir = here('src');
  const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.startsWith('admin') && !f.endsWith('.test.ts'),
  );
  const found = new Set<string>();
  for (const file of sources) {
    for (const [name] of readFileSync(join(dir, file), 'utf8').matchAll(/(?<=(?:\.|^\s+|[{,]\s*))_[a-z]\w*/gm)) {
      found.add(name);
    }
  }
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i: number): string => (i < 52 ? '' : short(Math.floor(i / 52) - 1)) + letters.charAt(i % 52);
  return new Map([...found].sort().map((name, i) => [name, short(i)]));
}

export function widgetModuleConfig(name: WidgetModule): InlineConfig {
  return {
    configFile: false,
    root: here('.'),
    publicDir: false,
    logLevel: 'warn',
    // JS minifiers leave template literals alone; the markup and CSS inside html`` and css`` are most of the bytes.
    plugins: [
      minifyLiterals({
        failOnError: true,
        // Collapse runs of whitespace to one space rather than none: " · " between inline parts must survive.
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
      withoutPureAnnotations,
      litPolicyOptional,
    ],
    build: {
      outDir: here('../public/widgets/v1'),
      emptyOutDir: false,
      target: 'es2022',
      // terser with three passes packs these modules about 1% tighter than the default minifier. No comment
      // ships: bundlers' hints are spent once built, and Lit's BSD-3-Clause notice is credited in the README.
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        module: true,
        compress: { passes: 3 },
        mangle: {
          // `cache` and `only_cache` are terser's (lib/propmangle.js), missing from its types.
          properties: { regex: /^_[a-z]/, ...{ cache: { props: internalNames() }, only_cache: true } },
        },
        format: { comments: false },
      },
      lib: {
        entry: here(WIDGET_MODULES[name]),
        formats: ['es'],
        fileName: () => `${name}.js`,
      },
      rollupOptions: {
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/shared/') },
      },
    },
  };
}
