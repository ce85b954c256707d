import { describe, expect, it } from 'vitest';
import { type CardContext, type Frame, frame, type Rows } from './card';
import { PALETTES } from './theme';

/** A 1200 px social image's frame; `frame` lays out sections and never sets text, so it needs no faces. */
const ctx: CardContext = {
  width: 1200,
  pad: 48,
  unit: 2,
  dir: 'ltr',
  palette: PALETTES.light,
  fonts: undefined as unknown as CardContext['fonts'],
};
const block = (label: string, height: number) => ({ svg: `<g aria-label="${label}"/>`, height });
/** The first `k` rows as one block, `each` px a row; none, nothing. */
const rowsOf = (each: number) => (k: number) => (k ? block(`rows ${k}`, k * each) : { svg: '', height: 0 });
const labels = (svg: string) => [...svg.matchAll(/aria-label="([^"]*)"/g)].map(([, label]) => label as string);

/** A social image of a 270 px header, then `list`: room for one row of 60 px and the line under it, or a section of 10. */
function social(list: Partial<Rows> & Pick<Rows, 'more'>, after: Frame['body'] = []): string[] {
  const rows: Rows = { count: 3, first: rowsOf(60), gap: 16, ...list };
  const f: Frame = {
    title: 't',
    description: 'd',
    body: [{ section: block('header', 270) }, rows, ...after],
    footer: block('footer', 40),
  };
  return labels(frame(ctx, f, 630).svg);
}

describe('a social image’s lists', () => {
  it('keep the rows that fit, saying how many more there are; nothing after a list cut short', () => {
    const drawn = social({ more: (hidden, shown) => block(`more ${hidden} after ${shown}`, 30) }, [
      { section: block('after', 10), optional: true },
    ]);
    expect(drawn).toEqual(['header', 'rows 1', 'more 2 after 1', 'footer']);
  });

  it('say how many rows they leave out where not one fits', () => {
    const drawn = social({
      first: rowsOf(400),
      more: (h, s) => block(`more ${h} after ${s}`, 30),
    });
    expect(drawn).toEqual(['header', 'more 3 after 0', 'footer']);
  });

  it('are left out where a cut would leave nothing to say', () => {
    const drawn = social({ first: rowsOf(400), more: () => null });
    expect(drawn).toEqual(['header', 'footer']);
  });

  it('find the most rows that fit in a few layouts of a long list, not one per row', () => {
    const laidOut: number[] = [];
    const drawn = social({
      count: 40,
      first: (k) => {
        laidOut.push(k);
        return rowsOf(5)(k);
      },
      more: (h, s) => block(`more ${h} after ${s}`, 30),
    });
    // 155 px of room under the header: 21 rows of 5 px, 16 px and the 30 px line.
    expect(drawn).toEqual(['header', 'rows 21', 'more 19 after 21', 'footer']);
    expect(laidOut.length).toBeLessThanOrEqual(Math.ceil(Math.log2(40)) + 1);
  });

  it('show every row where all fit, and go on after them', () => {
    const drawn = social({ first: rowsOf(20), more: () => null }, [{ section: block('after', 10) }]);
    expect(drawn).toEqual(['header', 'rows 3', 'after', 'footer']);
  });
});
