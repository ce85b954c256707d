/**
 * Text set as glyph outlines: the Unicode bidi algorithm (bidi-js) orders
 * mixed-direction text, fontkit shapes each run (Arabic joining forms,
 * ligatures, marks, kerning) and supplies the glyphs' outlines, and this
 * module breaks lines and places the glyphs. The image then needs no font
 * at raster time, so resvg only fills paths and every script looks the
 * same wherever it is drawn.
 *
 * Not harfbuzzjs: its JavaScript glue registers callbacks by compiling
 * WebAssembly at run time, which workerd forbids ("Wasm code generation
 * disallowed by embedder").
 */
import bidiFactory from 'bidi-js';
import type { Font, Glyph } from 'fontkit';

export type Dir = 'ltr' | 'rtl';

/** Fonts tried in order for each character: the first that has a glyph for it sets it. */
export type FontChain = readonly Font[];

export type TextStyle = { fonts: FontChain; size: number };

/** One shaped piece of a line: a single font and direction, positions in px from the line's start, left to right. */
type Piece = { font: Font; glyphs: Glyph[]; x: number[]; y: number[]; width: number };

/** A line set in visual order, left to right, `width` px wide. */
export type Line = { pieces: Piece[]; width: number };

let bidi: ReturnType<typeof bidiFactory> | undefined;
const getBidi = () => (bidi ??= bidiFactory());

/**
 * Never drawn: explicit directional marks and isolates (they steer the bidi
 * algorithm, then are dropped) and control characters (no glyph; a box would say nothing).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is what it is for
const BIDI_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A span of the text with one embedding level and one font, in logical order. */
type Run = { start: number; end: number; level: number; font: Font };

function pickFont(chain: FontChain, cp: number, previous: Font | undefined): Font {
  if (previous?.hasGlyphForCodePoint(cp)) return previous;
  for (const font of chain) if (font.hasGlyphForCodePoint(cp)) return font;
  // Nothing has it: the first font's .notdef box shows something is missing rather than dropping it.
  return previous ?? (chain[0] as Font);
}

/** Splits `text[from, to)` into runs of one level and one font, skipping bidi controls. */
function itemize(text: string, levels: Uint8Array, from: number, to: number, chain: FontChain): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len);
    if (BIDI_CONTROL.test(ch)) {
      current = undefined;
      i += len;
      continue;
    }
    const level = levels[i] ?? 0;
    // Spaces and punctuation stay in the font of the run they sit in, so a run is not split at each space.
    const font = pickFont(chain, cp, current?.level === level ? current.font : undefined);
    if (current && current.level === level && current.font === font && current.end === i) {
      current.end = i + len;
    } else {
      current = { start: i, end: i + len, level, font };
      runs.push(current);
    }
    i += len;
  }
  return runs;
}

const shapeCache = new Map<string, { glyphs: Glyph[]; x: number[]; y: number[]; advance: number }>();
const fontIds = new WeakMap<Font, number>();
let nextFontId = 0;
const fontId = (font: Font) => {
  let id = fontIds.get(font);
  if (id === undefined) {
    id = ++nextFontId;
    fontIds.set(font, id);
  }
  return id;
};

/** Shapes one run in font units, glyphs left to right (fontkit returns right-to-left runs already in visual order). */
function shapeRun(font: Font, text: string, rtl: boolean) {
  const key = `${fontId(font)}${rtl ? 'r' : 'l'}${text}`;
  const hit = shapeCache.get(key);
  if (hit) return hit;
  // Brackets and the like face the other way inside right-to-left text (UAX #9, rule L4).
  const mirrored = rtl ? [...text].map((ch) => getBidi().getMirroredCharacter(ch) ?? ch).join('') : text;
  const run = font.layout(mirrored, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
  const x: number[] = [];
  const y: number[] = [];
  let pen = 0;
  run.positions.forEach((p, i) => {
    x[i] = pen + p.xOffset;
    y[i] = p.yOffset;
    pen += p.xAdvance;
  });
  const shaped = { glyphs: run.glyphs, x, y, advance: pen };
  if (shapeCache.size > 5000) shapeCache.clear();
  shapeCache.set(key, shaped);
  return shaped;
}

/** A run slice shaped and scaled to px. */
function piece(text: string, run: Run, start: number, end: number, size: number): Piece {
  const shaped = shapeRun(run.font, text.slice(start, end), run.level % 2 === 1);
  const k = size / run.font.unitsPerEm;
  return {
    font: run.font,
    glyphs: shaped.glyphs,
    x: shaped.x.map((v) => v * k),
    y: shaped.y.map((v) => v * k),
    width: shaped.advance * k,
  };
}

/** A word: its ink width, and its width with its trailing space. */
type Word = { start: number; end: number; width: number; full: number };

/** Visual order of items with levels (UAX #9, rule L2): reverse every maximal sequence at level ≥ k, highest k first. */
function visualOrder<T extends { level: number }>(items: T[]): T[] {
  const out = [...items];
  const max = Math.max(0, ...items.map((r) => r.level));
  const minOdd = Math.max(1, Math.min(...items.map((r) => (r.level % 2 ? r.level : r.level + 1))));
  for (let k = max; k >= minOdd; k--) {
    for (let i = 0; i < out.length; ) {
      if ((out[i]?.level ?? 0) < k) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && (out[j]?.level ?? 0) >= k) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

/**
 * Sets `text` in lines no wider than `maxWidth` px, breaking at spaces (a
 * word longer than a line gets a line of its own). `dir` is the paragraph's
 * direction (`auto`: that of its first strong character, as for data in a
 * `<bdi>`); each line is returned in visual order.
 */
export function setText(text: string, style: TextStyle, maxWidth: number, dir: Dir | 'auto'): Line[] {
  const clean = text.replace(/[\r\n\t]+/g, ' ').trim();
  if (!clean) return [];
  const { levels } = getBidi().getEmbeddingLevels(clean, dir);
  const runs = itemize(clean, levels, 0, clean.length, style.fonts);
  const widthOf = (start: number, end: number) => {
    let w = 0;
    for (const run of runs) {
      const s = Math.max(start, run.start);
      const e = Math.min(end, run.end);
      if (s < e) w += piece(clean, run, s, e, style.size).width;
    }
    return w;
  };
  // Words end after their trailing spaces. Each is measured once (shaped on
  // its own, cached by its text); a line fits when its words' widths, less
  // the last one's trailing space, do. Kerning across a space is lost in the
  // measure only: the line itself is shaped whole below.
  const words: Word[] = [];
  for (const m of clean.matchAll(/\S+\s*/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const trimmed = start + m[0].trimEnd().length;
    const ink = widthOf(start, trimmed);
    words.push({ start, end, width: ink, full: ink + (end > trimmed ? widthOf(trimmed, end) : 0) });
  }
  const lines: { start: number; end: number }[] = [];
  let line: { start: number; end: number; width: number } | undefined;
  for (const word of words) {
    if (line && line.width + word.width <= maxWidth) {
      line.end = word.end;
      line.width += word.full;
    } else {
      line = { start: word.start, end: word.end, width: word.full };
      lines.push(line);
    }
  }
  return lines.map(({ start, end }) => {
    const trimmed = start + clean.slice(start, end).trimEnd().length;
    const slices = runs
      .filter((r) => r.start < trimmed && r.end > start)
      .map((r) => ({ run: r, level: r.level, s: Math.max(start, r.start), e: Math.min(trimmed, r.end) }));
    let x = 0;
    const pieces = visualOrder(slices).map(({ run, s, e }) => {
      const p = piece(clean, run, s, e, style.size);
      const placed = { ...p, x: p.x.map((v) => v + x) };
      x += p.width;
      return placed;
    });
    return { pieces, width: x };
  });
}

/** Ascent and descent of the chain's first font at `size`, in px (for line boxes). */
export function lineMetrics(style: TextStyle): { ascent: number; descent: number } {
  const font = style.fonts[0] as Font;
  const k = style.size / font.unitsPerEm;
  return { ascent: font.ascent * k, descent: -font.descent * k };
}

/** Tenths of a pixel: the grid every outline point is set on. */
const tenths = (n: number) => Math.round(n * 10);

/** SVG path numbers from tenths, without the separator a minus sign makes needless: "l12.5-3". */
function numbers(values: number[]): string {
  let out = '';
  values.forEach((v, i) => {
    const text = String(v / 10);
    out += i > 0 && v >= 0 ? ` ${text}` : text;
  });
  return out;
}

/**
 * A glyph's outline at one size, as SVG path data after its first point:
 * relative commands, so the same string serves wherever the glyph is placed
 * (the placement adds only `M x y`). Points are on a tenth-of-a-pixel grid
 * relative to the glyph's origin, so steps between them are exact and never
 * drift. Made once per font, glyph and size in an isolate: most of the
 * drawing's text work was writing these numbers again for every glyph of
 * every render.
 */
type Outline = { x: number; y: number; tail: string };
const outlines = new Map<string, Outline>();
const MAX_OUTLINES = 20_000;

function outline(font: Font, glyph: Glyph, k: number): Outline {
  const key = `${fontId(font)}:${glyph.id}:${k}`;
  const hit = outlines.get(key);
  if (hit) return hit;
  let first: { x: number; y: number } | undefined;
  // The current point and the current contour's start, in tenths; font units are y-up, SVG is y-down.
  let cx = 0;
  let cy = 0;
  let startX = 0;
  let startY = 0;
  let tail = '';
  for (const { command, args } of glyph.path.commands) {
    if (command === 'closePath') {
      tail += 'z';
      cx = startX;
      cy = startY;
      continue;
    }
    const points: number[] = [];
    for (let i = 0; i + 1 < args.length; i += 2)
      points.push(tenths((args[i] ?? 0) * k), tenths(-(args[i + 1] ?? 0) * k));
    const endX = points[points.length - 2] ?? cx;
    const endY = points[points.length - 1] ?? cy;
    if (command === 'moveTo') {
      if (first) tail += `m${numbers([endX - cx, endY - cy])}`;
      else first = { x: endX, y: endY };
      startX = endX;
      startY = endY;
    } else {
      const letter = command === 'lineTo' ? 'l' : command === 'quadraticCurveTo' ? 'q' : 'c';
      tail += letter + numbers(points.map((v, i) => v - (i % 2 ? cy : cx)));
    }
    cx = endX;
    cy = endY;
  }
  const made = { x: first?.x ?? 0, y: first?.y ?? 0, tail };
  if (outlines.size >= MAX_OUTLINES) outlines.clear();
  outlines.set(key, made);
  return made;
}

/**
 * The outline of a set line as SVG path data, its baseline's left end at
 * (`left`, `baseline`).
 */
export function linePath(line: Line, left: number, baseline: number, size: number): string {
  let out = '';
  for (const p of line.pieces) {
    const k = size / p.font.unitsPerEm;
    p.glyphs.forEach((glyph, i) => {
      const o = outline(p.font, glyph, k);
      if (!o.tail) return; // a space: nothing to draw
      const ox = tenths(left + (p.x[i] ?? 0));
      const oy = tenths(baseline - (p.y[i] ?? 0));
      out += `M${numbers([ox + o.x, oy + o.y])}${o.tail}`;
    });
  }
  return out;
}
