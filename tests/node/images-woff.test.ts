/**
 * The images Worker unwraps its WOFF fonts natively (src/images/woff.ts)
 * before fontkit opens them: the plain font must be the same font, glyph
 * for glyph, as fontkit's own reading of the WOFF.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/images/woff';

const FILES = [
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
];
const root = new URL('../../node_modules/', import.meta.url);

describe('WOFF to a plain font', () => {
  for (const file of FILES) {
    it(`keeps ${file.split('/').pop()} glyph for glyph`, async () => {
      const woff = readFileSync(new URL(file, root));
      const sfnt = await woffToSfnt(new Uint8Array(woff));
      // The sfnt version of a TrueType font, as the WOFF's flavor says.
      expect(new DataView(sfnt.buffer).getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4));
      const fromWoff = create(woff) as Font;
      const fromSfnt = create(Buffer.from(sfnt)) as Font;
      expect(fromSfnt.type).toBe('TTF');
      expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
      expect(fromSfnt.unitsPerEm).toBe(fromWoff.unitsPerEm);
      const text = file.includes('arabic') ? 'أعداد الضحايا ٨٠' : 'Łukasz, Đorđe — 1,200 killed';
      const [a, b] = [fromWoff, fromSfnt].map((font) => font.layout(text));
      expect(b?.glyphs.map((g) => g.id)).toEqual(a?.glyphs.map((g) => g.id));
      expect(b?.positions).toEqual(a?.positions);
      expect(b?.glyphs.map((g) => g.path.toSVG())).toEqual(a?.glyphs.map((g) => g.path.toSVG()));
    });
  }

  it('refuses what is not WOFF', async () => {
    await expect(woffToSfnt(new Uint8Array(64))).rejects.toThrow('Not a WOFF font');
  });
});
