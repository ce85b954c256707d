/**
 * The fonts the images are set in, bundled into the images Worker from npm
 * (never fetched): Noto Sans (Latin, with Latin Extended for names such as
 * "Łukasz" or "Đorđe") and Noto Sans Arabic, regular and bold, all under
 * the SIL Open Font License 1.1. fontkit reads the WOFF files as shipped.
 */

import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff';
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff';
import { create, type Font } from 'fontkit';
import type { FontChain } from './text';

export type Fonts = { regular: FontChain; bold: FontChain };

let fonts: Fonts | undefined;

const open = (data: ArrayBuffer) => create(new Uint8Array(data) as unknown as Buffer) as Font;

/** Parsed once per isolate, on the first render. */
export function loadFonts(): Fonts {
  fonts ??= {
    regular: [open(latin), open(latinExt), open(arabic)],
    bold: [open(latinBold), open(latinExtBold), open(arabicBold)],
  };
  return fonts;
}
