/**
 * A height that depends on the width it is laid out at, written as one CSS
 * length the browser computes before any script runs: a constant part, and
 * a piecewise-linear part over the width of the box's nearest container
 * (`100cqi`), level left of the first knot and right of the last.
 */

/** A point where the slope may change: (x, height just left of x, height from x on). */
export type Knot = [x: number, left: number, right: number];

/** The curve through `f` at `xs`. At a `jump` (a layout switched by a container query, which includes its bound) the curve takes `f` at x on its left and `f` just after x on its right. */
export function curveThrough(f: (x: number) => number, xs: number[], jumps: number[] = []): Knot[] {
  return xs.map((x) => [x, f(x), f(jumps.includes(x) ? x + 1e-6 : x)]);
}

/** The curve's value at `x` (its jumps taken at `jumpX`): what `curveCss` makes the browser compute. */
export function curveAt(knots: Knot[], x: number, jumpX = x): number {
  let y = knots[0]?.[2] ?? 0;
  for (let i = 0; i + 1 < knots.length; i += 1) {
    const [x0, , y0] = knots[i] as Knot;
    const [x1, y1, after] = knots[i + 1] as Knot;
    y += ((y1 - y0) / (x1 - x0)) * Math.min(Math.max(x - x0, 0), x1 - x0);
    if (jumpX > x1) y += after - y1;
  }
  return y;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The curve as a CSS length: `base` plus the knots' heights in `unit`, over
 * the width `x` (a CSS length expression), whose knots are in `unit` too.
 * Each straight piece is its slope times `clamp(0px, x - x0, x1 - x0)`, each
 * jump a step a thousandth of a unit wide, taken at `jumpX` (by default `x`):
 * the pieces follow text as it wraps, the jumps a layout a container query
 * switches, and the two can be read at different widths.
 */
export function curveCss(knots: Knot[], base: string, x: string, unit: string, jumpX = x): string {
  const terms = [base, `${num(knots[0]?.[2] ?? 0)}${unit}`];
  const add = (factor: number, length: string) => {
    if (Math.abs(factor) >= 0.0005) terms.push(`${factor < 0 ? '-' : '+'} ${num(Math.abs(factor))}*${length}`);
  };
  for (let i = 0; i + 1 < knots.length; i += 1) {
    const [x0, , y0] = knots[i] as Knot;
    const [x1, y1, after] = knots[i + 1] as Knot;
    add((y1 - y0) / (x1 - x0), `clamp(0px,${x} - ${num(x0)}${unit},${num(x1 - x0)}${unit})`);
    add(Math.sign(after - y1), `clamp(0px,(${jumpX} - ${num(x1)}${unit})*1000,${num(Math.abs(after - y1))}${unit})`);
  }
  return `calc(${terms.join(' + ').replace(/\+ ([-+]) /g, '$1 ')})`;
}
