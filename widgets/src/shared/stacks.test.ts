import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STACKS_AT_EM } from '../../../shared/embed/reserve';

// The height model (src/embed/height.ts) switches layouts where STACKS_AT_EM says; each widget's styles spell the
// width out (a CSS minifier cannot parse a query with a hole in it), so this holds them to it.
describe('where a widget stacks its columns', () => {
  it.each(Object.keys(STACKS_AT_EM) as (keyof typeof STACKS_AT_EM)[])(
    '%s: its container query is at the width the height model switches at',
    (widget) => {
      const css = readFileSync(new URL(`../${widget}/${widget}.styles.ts`, import.meta.url), 'utf8');
      const queries = [...css.matchAll(/@container\s*\(max-width:\s*([\d.]+)em\)/g)].map((m) => Number(m[1]));
      expect(queries).toEqual([STACKS_AT_EM[widget]]);
    },
  );
});
