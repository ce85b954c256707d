/**
 * How tall an embed page will be, so an iframe snippet starts at about its
 * final height and a page using it barely moves when resize.js fits it.
 * Measured on the embed pages at `EMBED_WIDTH` (the oEmbed default width and
 * the copy-embed snippets' max-width) with 16 px page text, in English,
 * Spanish and Arabic (which wrap alike at that width): a card is its
 * reserved height, or its content when that is taller. A narrower column
 * wraps more, and resize.js takes it from there.
 */
import { latestTallies, nextMilestone } from '../../widgets/src/format/ceasefire';
import { claimsByMetric } from '../../widgets/src/format/claims';
import { RESERVED_EM } from '../../widgets/src/shared/reserve';
import type { EmbedData } from './catalog';

/** The widgets' text on an embed page: 0.9 × its 16 px. */
const TEXT_PX = 14.4;
/** The embed page's body padding, top and bottom. */
const PAGE_PADDING = 16;

/** Pixels of content per part of a card, fitted to measured cards with 1–3 metrics and 0–5 tallies. */
const CLAIMS = { base: 263, metric: 83, claim: 125, history: 30 };
const GAUGE = { base: 375, tally: 49, milestone: 45 };

export function estimatedHeight(embed: EmbedData): number {
  const reserved = RESERVED_EM[embed.widget] * TEXT_PX + PAGE_PADDING;
  let content: number;
  if (embed.widget === 'casualty-claims') {
    const views = claimsByMetric(embed.data);
    const claims = views.reduce((n, v) => n + v.current.length, 0);
    const histories = views.filter((v) => v.earlier.length > 0).length;
    content = CLAIMS.base + CLAIMS.metric * views.length + CLAIMS.claim * claims + CLAIMS.history * histories;
  } else {
    const tallies = latestTallies(embed.data.tallies).length;
    content = GAUGE.base + GAUGE.tally * tallies + (nextMilestone(embed.data.milestones) ? GAUGE.milestone : 0);
  }
  return Math.ceil(Math.max(reserved, content));
}
