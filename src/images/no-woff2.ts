/**
 * Stands in for the `brotli` decoder in the images Worker's bundle
 * (workers/images/wrangler.toml, `[alias]`). fontkit imports it for WOFF2
 * fonts only, and its module builds the decoder's dictionary as it loads:
 * about 75 ms of every new isolate's start-up, for fonts this Worker never
 * opens (./fonts.ts bundles WOFF).
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported here: bundle WOFF or TrueType (src/images/fonts.ts).');
}
