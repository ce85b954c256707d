/**
 * Opaque RGBA pixels as a PNG, compressed by the runtime's own zlib
 * (`CompressionStream`). resvg can write the PNG itself, but in WebAssembly
 * that a new isolate runs unoptimised at first: on a cold render its encoder
 * cost as much as the drawing (bench/README.md); native zlib costs a few
 * milliseconds either way.
 *
 * 8 bits a channel, RGBA. resvg's pixels are premultiplied by alpha, which
 * PNG's are not: the cards are opaque (a filled background under
 * everything), where the two are the same.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = (table[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

/**
 * The scanlines, each after its filter byte: 0, no filter. On these images
 * (flat colours, text, a few shapes) zlib's own matching of repeated runs
 * does better unfiltered than with PNG's predictors (about two thirds of the
 * bytes of Sub, Up or Paeth, and of resvg's own encoder's output), and each
 * row is one copy. RGBA rather than RGB: dropping the alpha channel costs a
 * loop over every pixel and saves under 2% once compressed.
 */
function scanlines(rgba: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
  const row = width * 4;
  const out = new Uint8Array(height * (row + 1));
  for (let y = 0; y < height; y++) out.set(rgba.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  return out;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A PNG of `width` × `height` opaque RGBA pixels. */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const parts = [
    new Uint8Array(SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', await deflate(scanlines(rgba, width, height))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
