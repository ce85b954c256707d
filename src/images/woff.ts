/**
 * WOFF 1.0 to a plain sfnt (TrueType/OpenType) font, its tables inflated by
 * the runtime's own zlib (`DecompressionStream`). fontkit reads WOFF itself,
 * but inflates each table in JavaScript (tiny-inflate) the first time a
 * glyph, a metric or a shaping table is read: most of a cold render's time
 * went there, above all for Noto Sans Arabic's large glyph and GSUB/GPOS
 * tables (bench/README.md). Unwrapped once per isolate, natively, the font
 * costs fontkit no inflating at all.
 *
 * The format: https://www.w3.org/TR/WOFF/ (a 44-byte header, then a 20-byte
 * entry per table: tag, offset, compressed and original length, checksum;
 * a table is zlib-compressed when its compressed length is the smaller).
 */

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

type Table = { tag: number; checksum: number; data: Uint8Array<ArrayBuffer> };

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The sfnt font a WOFF file wraps. Throws on anything that is not WOFF 1.0. */
export async function woffToSfnt(file: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const woff = file instanceof Uint8Array ? file : new Uint8Array(file);
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.byteLength < WOFF_HEADER || view.getUint32(0) !== 0x774f4646 /* 'wOFF' */)
    throw new Error('Not a WOFF font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: Table[] = await Promise.all(
    Array.from({ length: numTables }, async (_, i) => {
      const entry = WOFF_HEADER + i * WOFF_ENTRY;
      const offset = view.getUint32(entry + 4);
      const compLength = view.getUint32(entry + 8);
      const origLength = view.getUint32(entry + 12);
      const stored = woff.subarray(offset, offset + compLength);
      const data = compLength < origLength ? await inflate(stored) : stored;
      if (data.byteLength !== origLength) throw new Error('WOFF table of the wrong length');
      return { tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), data };
    }),
  );

  const pad4 = (n: number) => (n + 3) & ~3;
  const size = tables.reduce((n, t) => n + pad4(t.data.byteLength), SFNT_HEADER + numTables * SFNT_ENTRY);
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  // The offset table's binary-search fields: the largest power of two not above numTables, times 16.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, searchRange);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, numTables * SFNT_ENTRY - searchRange);
  let at = SFNT_HEADER + numTables * SFNT_ENTRY;
  // Table records stay in the WOFF's order, which the format requires to be sorted by tag, as sfnt's is.
  tables.forEach((t, i) => {
    const record = SFNT_HEADER + i * SFNT_ENTRY;
    sfnt.setUint32(record, t.tag);
    sfnt.setUint32(record + 4, t.checksum);
    sfnt.setUint32(record + 8, at);
    sfnt.setUint32(record + 12, t.data.byteLength);
    out.set(t.data, at);
    at += pad4(t.data.byteLength);
  });
  return out;
}
