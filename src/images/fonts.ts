/**
 * The fonts the images are set in, bundled into the images Worker from npm
 * (never fetched): Noto Sans (Latin, with Latin Extended for names such as
 * "Łukasz" or "Đorđe") and Noto Sans Arabic, regular and bold, all under
 * the SIL Open Font License 1.1, as @fontsource ships them (WOFF).
 *
 * Made once per isolate, on the first render: each WOFF is unwrapped to a
 * plain font by the runtime's zlib (./woff.ts), then opened by fontkit,
 * which reads a table only when a render first needs it (an English card
 * never reads the Arabic fonts' glyphs or shaping tables) and keeps what it
 * has read (glyph outlines, metrics) for the isolate's later renders.
 */

import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff';
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff';
import { create, type Font } from 'fontkit';
import type { FontChain } from './text';
import { woffToSfnt } from './woff';

export type Fonts = { regular: FontChain; bold: FontChain };

let fonts: Promise<Fonts> | undefined;

const open = async (woff: ArrayBuffer) => create((await woffToSfnt(woff)) as unknown as Buffer) as Font;

const chain = (files: ArrayBuffer[]) => Promise.all(files.map(open));

/** The fonts, opened on the first call in the isolate; a failure is retried by the next call. */
export function loadFonts(): Promise<Fonts> {
  fonts ??= Promise.all([chain([latin, latinExt, arabic]), chain([latinBold, latinExtBold, arabicBold])]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error) => {
      fonts = undefined;
      throw error;
    },
  );
  return fonts;
}
