/**
 * The React JSX types of the two elements (examples/react/explainer-elements.d.ts) name every attribute and event
 * the elements have, as their Custom Elements Manifest lists them: a React app writing a documented attribute
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

/** The props React's JSX takes for each tag, by name, as the checker resolves them. */
function jsxProps(tags: string[]): Map<string, Set<string>> {
  const probe = `import type {} from 'react';\n${tags
    .map((tag, i) => `export type P${i} = React.JSX.IntrinsicElements[${JSON.stringify(tag)}];`)
    .join('\n')}\n`;
  const options = {
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
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile;
  host.readFile = (name) => (name === PROBE ? probe : readFile(name));
  const fileExists = host.fileExists;
  host.fileExists = (name) => name === PROBE || fileExists(name);
  const program = ts.createProgram([TYPES, PROBE], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(PROBE);
  if (!source) throw new Error('the probe was not read');
  const found = new Map<string, Set<string>>();
  source.statements.forEach((statement, i) => {
    if (!ts.isTypeAliasDeclaration(statement)) return;
    const type = checker.getTypeAtLocation(statement.name);
    found.set(tags[i - 1] ?? '', new Set(checker.getPropertiesOfType(type).map((p) => p.getName())));
  });
  return found;
}

const elements = elementManifest()
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((d): d is ClassDeclaration & CustomElement => d.kind === 'class' && 'tagName' in d && Boolean(d.tagName));

describe('the React JSX types of the elements', () => {
  const props = jsxProps(elements.map((e) => e.tagName ?? ''));

  it('cover both elements', () => {
    expect([...props.keys()].sort()).toEqual(['casualty-claims', 'ceasefire-gauge']);
  });

  for (const element of elements) {
    it(`name every attribute and event of <${element.tagName}>`, () => {
      const named = props.get(element.tagName ?? '') ?? new Set();
      const attributes = (element.attributes ?? []).map((a) => a.name);
      const events = (element.events ?? []).map((e) => `on${e.name}`);
      expect(attributes.length).toBeGreaterThan(4);
      expect([...events].sort()).toEqual(['onexplainer-error', 'onexplainer-load', 'onexplainer-update']);
      expect([...attributes, ...events, 'data'].filter((name) => !named.has(name))).toEqual([]);
    });
  }
});
