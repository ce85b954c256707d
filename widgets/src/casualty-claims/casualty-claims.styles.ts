import { RESERVED_EM, STACKS_AT_EM } from '../../../shared/embed/reserve';
import { css } from '../shared/rendered-element';

export const styles = css`
  .root {
    /* What it holds while loading when its page holds nothing (../shared/styles.ts). */
    --_reserve: ${RESERVED_EM['casualty-claims'].wide};
    --_more: ${RESERVED_EM['casualty-claims'].stacked - RESERVED_EM['casualty-claims'].wide};
    --_stacks: ${STACKS_AT_EM['casualty-claims']};
  }
  .metric {
    margin-top: calc(var(--_v) * 1.1);
  }
  .subject {
    font-weight: 400;
    letter-spacing: normal;
    text-transform: none;
  }
  .range {
    margin-top: 0.7em;
  }
  .track {
    position: relative;
    height: 1.6em;
    border-radius: 3px;
    background: var(--_track);
  }
  .spread {
    position: absolute;
    top: 0;
    bottom: 0;
    background: repeating-linear-gradient(
      -45deg,
      color-mix(in srgb, var(--_accent) 28%, transparent) 0 4px,
      transparent 4px 8px
    );
    border-inline: 2px solid var(--_accent);
  }
  .mark {
    position: absolute;
    top: 50%;
    height: 0.5em;
    translate: 0 -50%;
    border-radius: 1em;
    background: var(--c);
  }
  .mark::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.55em;
    top: 50%;
    width: 1.1em;
    height: 1.1em;
    translate: 0 -50%;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--c);
  }
  /* "Up to 150" states its top, not zero: the claimant's dot sits there, at the end of its span. */
  .mark.upto::before {
    inset-inline: auto -0.55em;
  }
  .mark.open::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.4em;
    top: 50%;
    width: 1.6em;
    height: 3px;
    translate: 0 -50%;
    background: linear-gradient(to right, var(--c), transparent);
  }
  .root[dir='rtl'] .mark.open::after {
    background: linear-gradient(to left, var(--c), transparent);
  }
  .ticks {
    position: relative;
    height: 1.3em;
    margin-top: 0.2em;
    color: var(--_muted);
    font-size: 0.78em;
    font-variant-numeric: tabular-nums;
  }
  .ticks span {
    position: absolute;
    translate: -50% 0;
  }
  .root[dir='rtl'] .ticks span {
    translate: 50% 0;
  }
  /* Every other label gives way (set at no size) where the axis is narrower than all of them need (--_need). */
  .ticks span:nth-child(even) {
    font-size: clamp(0em, (100cqi - var(--_need)) * 999, 1em);
  }
  .ticks span:first-child {
    translate: 0 0;
  }
  .ticks span:last-child {
    translate: -100% 0;
  }
  .root[dir='rtl'] .ticks span:last-child {
    translate: 100% 0;
  }
  .sentence {
    margin-top: 0.5em;
    font-weight: 700;
  }
  .claims {
    margin-top: 0.6em;
    border-top: 1px solid var(--_line);
  }
  .claim:last-child {
    border-bottom: 0;
  }
  .claim {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.2em 0.7em;
    padding: 0.65em 0;
    border-bottom: 1px solid var(--_line);
  }
  .key {
    width: 0.8em;
    height: 0.8em;
    margin-top: 0.35em;
    border-radius: 50%;
    background: var(--c);
  }
  @media (forced-colors: active) {
    .track,
    .key {
      forced-color-adjust: none;
    }
    .track {
      outline: 1px solid CanvasText;
    }
    /* An earlier claim's key in the colour the reader's system gives what no longer counts. */
    .key {
      --_muted: GrayText;
    }
  }
  .name {
    font-weight: 700;
  }
  /* Quotes are data, in the language of the story (the lang of the bdi around them): its marks, not the UI's
     (Arabic marks around English faced the wrong way) nor any the page sets. */
  q {
    quotes: auto;
  }
  .quote {
    margin: 0.2em 0;
    font-size: 0.9em;
    font-style: italic;
  }
  .figure {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    text-align: end;
  }
  details {
    margin-top: 0.5em;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    font-size: 0.9em;
  }
  .earlier .figure {
    text-decoration: line-through;
    color: var(--_muted);
  }
  /* A narrow card (a phone's column, a sidebar) puts the figure under the claimant's name, and the name, quote
     and source take the card's width; last, so that it overrides the wide card's rules. The width is
     STACKS_AT_EM's (shared/embed/reserve.ts), written out: the CSS minifier cannot parse a query with a hole. */
  @container (max-width: 26em) {
    .claim {
      /* Never wider than the card: at 1fr the column is as wide as its longest word, which ran past the card's edge
         in a card a few words wide (a reader's large text in a phone's column); words longer than it break. */
      grid-template-columns: auto minmax(0, 1fr);
      row-gap: 0;
    }
    .who {
      display: contents;
    }
    .who > *,
    .figure {
      grid-column: 2;
    }
    .name {
      grid-row: 1;
    }
    .figure {
      grid-row: 2;
      margin: 0.1em 0 0.2em;
      text-align: start;
    }
  }
`;
