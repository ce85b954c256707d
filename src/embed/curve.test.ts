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

  /**
   * The curve as it must be, written out: level at f(16) up to 16, straight from (16, f(16)) to (22, f(22)) to
   * (30, f(30)); past 30, the wide layout's line, from (30, f just past 30) to (40, f(40)) to (72, f(72)); level at
   * f(72) from there.
   */
  const narrow: [number, number][] = [
    [16, f(16)],
    [22, f(22)],
    [30, f(30)],
  ];
  const wide: [number, number][] = [
    [30, f(30 + 1e-6)],
    [40, f(40)],
    [72, f(72)],
  ];
  const straightThrough = (points: [number, number][], x: number) => {
    const i = points.findIndex(([x1], j) => j > 0 && x <= x1);
    const [x0, y0] = points[i - 1] as [number, number];
    const [x1, y1] = points[i] as [number, number];
    return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  };
  const expected = (x: number) => {
    if (x <= 16) return f(16);
    if (x <= 30) return straightThrough(narrow, x);
    if (x <= 72) return straightThrough(wide, x);
    return f(72);
  };

  it('stays level left of its first knot and right of its last, and runs straight between, on either side of its jump', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (x) => {
        expect(curveAt(knots, x), `at ${x}`).toBeCloseTo(expected(x), 9);
      }),
      { examples: [[16], [19], [22], [26], [30], [30.000001], [35], [40], [56], [72]] },
    );
    // Between the knots of the narrow layout, and of the wide one up to 40: every hundredth of a unit.
    for (let n = 1600; n <= 4000; n += 1)
      expect(curveAt(knots, n / 100), `at ${n / 100}`).toBeCloseTo(expected(n / 100), 9);
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
