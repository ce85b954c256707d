/**
 * The widgets' Custom Elements Manifest (`custom-elements.json`), written by
 * @custom-elements-manifest/analyzer from the components' JSDoc (`@tagname`,
 * `@event`, `@cssproperty`, `@csspart`) and Lit's `static properties`
 * (attributes and properties). `npm run build` serves it next to the module,
 * at /widgets/v1/custom-elements.json, for editors, linters and docs tools.
 */

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Plugin, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type {
  Attribute,
  ClassDeclaration,
  ClassMember,
  CustomElement,
  Event,
  Package,
} from 'custom-elements-manifest/schema';
import { runAsMain } from './run-as-main';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The bundle's entry, the components, and the base class they inherit attributes and events from. */
const SOURCES = [
  'widgets/src/explainers.ts',
  'widgets/src/shared/element.ts',
  'widgets/src/casualty-claims/casualty-claims.component.ts',
  'widgets/src/ceasefire-gauge/ceasefire-gauge.component.ts',
];

export function elementManifest(): Package {
  const modules = SOURCES.map((path) =>
    ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  return create({ modules, plugins: [...litPlugin(), publicSurfaceOnly()] });
}

/**
 * What the analyzer gets wrong about these elements, put right:
 * - Lit's internal state (`{ state: true }` in `static properties`) is
 *   neither an attribute nor a property a host may set;
 * - the base class's one `dispatchEvent` names its event by a condition,
 *   which the analyzer records as an event with no name (the components'
 *   `@event` tags name both);
 * - `#private` members are no part of the surface;
 * - the entry defines the elements in a loop, so each definition is
 *   written from its class's `@tagname` instead.
 */
function publicSurfaceOnly(): Plugin {
  const states = new Set<string>();
  return {
    name: 'explainers: public surface only',
    analyzePhase({ node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) states.add(`${node.name.text}.${property.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const manifest = customElementsManifest as Package;
      const elements: { tag: string; name: string; module: string }[] = [];
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const element = declaration as ClassDeclaration & CustomElement;
          const owner = (item: { inheritedFrom?: { name: string } }) => item.inheritedFrom?.name ?? element.name;
          const isState = (item: { inheritedFrom?: { name: string } }, field: string | undefined) =>
            states.has(`${owner(item)}.${field}`);
          element.attributes = element.attributes?.filter((a: Attribute) => !isState(a, a.fieldName));
          element.members = element.members?.filter(
            (m: ClassMember) => m.privacy !== 'private' && !m.name.startsWith('#') && !isState(m, m.name),
          );
          element.events = element.events?.filter((e: Event) => e.name);
          if (element.tagName) elements.push({ tag: element.tagName, name: element.name, module: module.path });
        }
      }
      const entry = manifest.modules.find((m) => m.path === SOURCES[0]);
      if (entry) {
        entry.exports = [
          ...(entry.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
          ...elements.map(({ tag, name, module }) => ({
            kind: 'custom-element-definition' as const,
            name: tag,
            declaration: { name, module },
          })),
        ];
      }
    },
  };
}

/** Where the manifest is served, relative to the widget module. */
export const MANIFEST_FILE = 'custom-elements.json';

export function manifestText(): string {
  return `${JSON.stringify(elementManifest(), null, 2)}\n`;
}

if (runAsMain(import.meta.url)) {
  process.stdout.write(manifestText());
  console.error(`(${relative(process.cwd(), root) || '.'}: ${SOURCES.length} modules analysed)`);
}

declare module '@custom-elements-manifest/analyzer' {
  /** The analyzer's own TypeScript (5.x; the repository's compiler is 7, which has no JS API). */
  export const ts: AnalyzePhaseParams['ts'];
  export function create(options: { modules: unknown[]; plugins?: Plugin[]; context?: Context }): Package;
}
