/**
 * SVG to PNG with resvg (WebAssembly). The SVG holds only paths and shapes
 * (text is already outlines), so resvg needs no fonts and loads none.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import { encodePng } from './png';

let ready: Promise<void> | undefined;

/**
 * Instantiates resvg's module once per isolate, on the first call (the
 * runtime compiled it when the Worker loaded). The images Worker starts it
 * as a request arrives, so it proceeds while the fonts are opened and the
 * card laid out; a failure is retried by the next call.
 */
export function rasterReady(): Promise<void> {
  ready ??= initWasm(resvgWasm).catch((error) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

/** The SVG drawn `width` px wide, as a PNG (./png.ts encodes the pixels). */
export async function rasterise(svg: string, width: number): Promise<Uint8Array> {
  await rasterReady();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
  });
  try {
    const image = resvg.render();
    try {
      return await encodePng(image.pixels, image.width, image.height);
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
