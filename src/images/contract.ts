/**
 * What the API Worker asks the images Worker for, and the image variants a
 * reader can request. Types and constants only: the API Worker imports this
 * and nothing else of src/images/, so none of the renderer's weight reaches it.
 */

import type { EmbedData } from '../../shared/embed/catalog';
import type { Lang } from '../../shared/format/intl';

/** Card widths in CSS px: a newsletter column, and a wide one (social posts, apps). */
export const IMAGE_WIDTHS = [600, 1200] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];
/** Pixel density of a PNG (2 for high-density screens); an SVG has none. */
export const IMAGE_SCALES = [1, 2] as const;
/** `card`: the whole widget, as tall as it needs; `social`: 1200 × 630, the Open Graph size, cropped to what fits. */
export const IMAGE_LAYOUTS = ['card', 'social'] as const;
export const IMAGE_FORMATS = ['png', 'svg'] as const;
export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;
/**
 * The most pixels a card is drawn in (4 million: the social card at 2× is 3): a `card` as tall as its content grows
 * with its claims, and drawing holds several copies of its pixels, so a story with dozens of current claims at
 * 1200 px and 2× would near an isolate's memory. Past it the list ends with a line saying how many more there are,
 * as the social card's does.
 */
export const MAX_IMAGE_PIXELS = 4_000_000;
/**
 * Part of every cached image's key: bump it when the drawing changes, so no
 * edge serves a card in the old design (pinned images included).
 */
export const IMAGE_DESIGN = '4';

export type ImageOptions = {
  lang: Lang;
  theme: 'light' | 'dark';
  width: ImageWidth;
  scale: (typeof IMAGE_SCALES)[number];
  layout: (typeof IMAGE_LAYOUTS)[number];
};

/** POST body of the images Worker's /render: the data as the public read returned it, and how to draw it. */
export type RenderRequest = {
  embed: EmbedData;
  options: ImageOptions;
  format: (typeof IMAGE_FORMATS)[number];
  /** The host named in the card's credit line. */
  host: string;
};
