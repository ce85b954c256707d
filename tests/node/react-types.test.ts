/**
 * The elements' published types (the typed client's `@explainer-edge/client/elements` and `/react`, which
 * examples/react/explainer-elements.d.ts imports as an app would) name every attribute, property and event the
 * elements have, as their Custom Elements Manifest lists them: a React app writing a documented attribute
 * (`live="off"`) must not meet a type error, nor a misspelt one pass unchecked. Read with the analyzer's own
 * TypeScript (the repository's compiler has no JS API).
 */
import { fileURLToPath } from 'node:url';
import { ts } from '@custom-elements-manifest/analyzer';
import type { ClassDeclaration, CustomElement } from 'custom-elements-manifest/schema';
import { describe, expect, it } from 'vitest';
import { elementManifest } from '../../scripts/element-manifest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = `${root}examples/react/explainer-elements.d.ts`;
const PROBE = `${root}examples/react/__props-probe.ts`;

const OPTIONS = {
  strict: true,
  noEmit: true,
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  types: [],
  experimentalDecorators: true,
  skipLibCheck: true,
};

/** Each `export type` of `probe` (its source text), by name, as the checker resolves it, read with `roots` in the program. */
function resolvedTypes(probe: string, roots: string[]) {
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile;
  host.readFile = (name) => (name === PROBE ? probe : readFile(name));
  const fileExists = host.fileExists;
  host.fileExists = (name) => name === PROBE || fileExists(name);
  const program = ts.createProgram([...roots, PROBE], OPTIONS, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(PROBE);
  if (!source) throw new Error('the probe was not read');
  const found = new Map<string, ReturnType<typeof checker.getTypeAtLocation>>();
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) found.set(statement.name.text, checker.getTypeAtLocation(statement.name));
  }
  const names = (name: string) =>
    new Set(checker.getPropertiesOfType(found.get(name) as never).map((p) => p.getName()));
  /** A union of string literals, as its members. */
  const literals = (name: string) =>
    ((found.get(name) as { types?: { value?: unknown }[] } | undefined)?.types ?? []).map((t) => t.value).sort();
  return { names, literals };
}

const elements = elementManifest()
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((d): d is ClassDeclaration & CustomElement => d.kind === 'class' && 'tagName' in d && Boolean(d.tagName));

describe('the published types of the elements', () => {
  const tags = elements.map((e) => e.tagName ?? '');
  const published = resolvedTypes(
    `import type {} from 'react';
import type * as E from '@explainer-edge/client/elements';
${tags.map((tag, i) => `export type P${i} = React.JSX.IntrinsicElements[${JSON.stringify(tag)}];`).join('\n')}
${tags.map((tag, i) => `export type T${i} = HTMLElementTagNameMap[${JSON.stringify(tag)}];`).join('\n')}
export type Reason = E.ExplainerErrorDetail['reason'];
export type Events = E.ExplainerEventMap;
`,
    [TYPES],
  );

  elements.forEach((element, i) => {
    it(`name every attribute, property and event of <${element.tagName}>, in React's JSX and in the DOM's types`, () => {
      const props = published.names(`P${i}`);
      const properties = published.names(`T${i}`);
      const attributes = (element.attributes ?? []).map((a) => a.name);
      // Its public fields: the '_' ones are internal (renamed at build), and so not a host's to set.
      const fields = (element.members ?? [])
        .filter((m) => m.kind === 'field' && m.privacy !== 'protected' && !m.name.startsWith('_'))
        .map((m) => m.name);
      const events = (element.events ?? []).map((e) => e.name);
      expect(attributes.length).toBeGreaterThan(4);
      expect(fields).toContain('data');
      expect([...events].sort()).toEqual(['explainer-error', 'explainer-load', 'explainer-update']);
      expect([...attributes, ...events.map((e) => `on${e}`), 'data'].filter((name) => !props.has(name))).toEqual([]);
      expect(fields.filter((name) => !properties.has(name))).toEqual([]);
      expect(events.filter((name) => !published.names('Events').has(name))).toEqual([]);
    });
  });

  it('give the reasons a widget fails for, as the widgets give them', () => {
    const source = resolvedTypes(
      `import type { ExplainerErrorDetail } from '../../widgets/src/shared/element';
export type Reason = ExplainerErrorDetail['reason'];
`,
      [],
    );
    expect(source.literals('Reason').length).toBeGreaterThan(4);
    expect(published.literals('Reason')).toEqual(source.literals('Reason'));
  });
});
