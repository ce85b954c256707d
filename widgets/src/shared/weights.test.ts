import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STACKS_AT_EM } from '../../../shared/embed/reserve';

// On a page in its own web face each weight is a font file, and such a page loads 400 and 700 for its own text
// (shared/styles.ts).
describe('the weights a widget sets text in', () => {
  it.each(['shared/styles', 'shared/live-widget', ...Object.keys(STACKS_AT_EM).map((w) => `${w}/${w}.styles`)])(
    '%s: regular and bold only',
    (file) => {
      const css = readFileSync(new URL(`../${file}.ts`, import.meta.url), 'utf8');
      const weights = new Set([...css.matchAll(/font-weight:\s*(\w+)/g)].map((m) => m[1]));
      expect([...weights].filter((w) => !['400', '700', 'inherit', 'normal', 'bold'].includes(w ?? ''))).toEqual([]);
    },
  );
});
