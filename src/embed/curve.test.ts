import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveAt, curveCss, curveThrough } from './curve';

const f = (x: number) => (x <= 30 ? 200 / x + 10 : 120 / x + 4);

describe('a height curve', () => {
  const knots = curveThrough(f, [16, 22, 30, 40, 72], [30]);

  it('passes through the function at its knots, and takes a jump on the far side of it', () => {
    for (const x of [16, 22, 40, 72]) expect(curveAt(knots, x)).toBeCloseTo(f(x), 9);
    // The gauge's container query includes its bound: at 30 the narrow layout, just past it the wide one.
    expect(curveAt(knots, 30)).toBeCloseTo(f(30), 9);
    expect(curveAt(knots, 30.0001)).toBeCloseTo(f(30 + 1e-6), 3);
  });

  it('stays level left of its first knot and right of its last, and runs straight between', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (x) => {
        if (x <= 16) expect(curveAt(knots, x)).toBeCloseTo(f(16), 9);
        if (x >= 72) expect(curveAt(knots, x)).toBeCloseTo(f(72), 9);
        if (x >= 40 && x <= 72) expect(curveAt(knots, x)).toBeCloseTo(f(40) + ((f(72) - f(40)) * (x - 40)) / 32, 9);
      }),
    );
  });

  it('is written as one CSS length of clamped straight pieces and steps', () => {
    const css = curveCss(knots, '2rem + 4px', '100cqi - 2.5rem', 'em');
    expect(css.startsWith('calc(2rem + 4px + 22.5em ')).toBe(true);
    expect(css).toContain('clamp(0px,100cqi - 2.5rem - 16em,6em)');
    // The drop at 30em, as a step a thousandth of an em wide.
    expect(css).toMatch(/- 1\*clamp\(0px,\(100cqi - 2\.5rem - 30em\)\*1000,[\d.]+em\)/);
    expect(css).not.toMatch(/[+-] [+-]/);
    expect(css.split('(').length).toBe(css.split(')').length);
  });

  it('can read its pieces and its jumps at different widths (text in a face, layout by the box)', () => {
    // A face narrower than the model's: text wraps as if the box were wider, the layout switches where it is.
    expect(curveAt(knots, 32, 29)).toBeCloseTo(curveAt(knots, 32) - (f(30 + 1e-6) - f(30)), 9);
    expect(curveAt(knots, 25, 31)).toBeCloseTo(curveAt(knots, 25) + (f(30 + 1e-6) - f(30)), 9);
    const css = curveCss(knots, '0px', 'var(--text)', 'em', 'var(--box)');
    expect(css).toContain('clamp(0px,var(--text) - 16em,6em)');
    expect(css).toMatch(/- 1\*clamp\(0px,\(var\(--box\) - 30em\)\*1000,[\d.]+em\)/);
    expect(css).not.toContain('(var(--text) - 30em)*1000');
  });
});
