import { RESERVED_EM, STACKS_AT_EM } from '../../../shared/embed/reserve';
import { css } from '../shared/rendered-element';

export const styles = css`
  .root {
    /* What it holds while loading when its page holds nothing (../shared/styles.ts). */
    --_reserve: ${RESERVED_EM['ceasefire-gauge'].wide};
    --_more: ${RESERVED_EM['ceasefire-gauge'].stacked - RESERVED_EM['ceasefire-gauge'].wide};
    --_stacks: ${STACKS_AT_EM['ceasefire-gauge']};
    --_b0: var(--explainer-holding, #2e7d32);
    --_b1: var(--explainer-strained, #a86b00);
    --_b2: var(--explainer-precarious, #d4470b);
    --_b3: var(--explainer-collapsed, #b3141c);
  }
  /* Printed in the light colours, as the card is (../shared/styles.ts). */
  @media screen {
    .root[data-scheme='dark'] {
      --_b0: var(--explainer-holding, #66bb6a);
      --_b1: var(--explainer-strained, #e3b341);
      --_b2: var(--explainer-precarious, #ff8a4c);
      --_b3: var(--explainer-collapsed, #ff6b6b);
    }
  }
  .main {
    display: grid;
    grid-template-columns: minmax(9em, 14em) 1fr;
    gap: var(--_v) calc(var(--_space) * 1.5);
    align-items: center;
    margin-top: var(--_v);
  }
  /* The widget's own width, not the window's: a narrow column on a wide screen stacks too. The width is
     STACKS_AT_EM's (shared/embed/reserve.ts), written out: the CSS minifier cannot parse a query with a hole in it. */
  @container (max-width: 30em) {
    .main {
      /* Not wider than the card in the narrowest column: the status word breaks rather than widen the dial. */
      grid-template-columns: minmax(0, 1fr);
    }
  }
  svg {
    display: block !important;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .root[dir='rtl'] svg {
    transform: scaleX(-1);
  }
  .band {
    fill: none;
    stroke-width: 22;
    opacity: 0.28;
  }
  .band.on {
    opacity: 1;
  }
  .b0 {
    stroke: var(--_b0);
    --c: var(--_b0);
  }
  .b1 {
    stroke: var(--_b1);
    --c: var(--_b1);
  }
  .b2 {
    stroke: var(--_b2);
    --c: var(--_b2);
  }
  .b3 {
    stroke: var(--_b3);
    --c: var(--_b3);
  }
  .needle,
  .hub {
    fill: var(--_fg);
  }
  /* The dial's two ends, apart however narrow the dial (at 7 em of text they touched: "HoldingCollapsed"). */
  .scale {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: 0.3em;
    color: var(--_muted);
    font-size: 0.78em;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.4em;
    /* Smaller where the card is too narrow for its longest word at 1.6 em ("Precarious" with the dot: 7 em of
       it), rather than broken (its word is a flex item at least as wide as the word, which ran past the card's
       edge in a sidebar at a reader's largest text); broken at any letter only where even that does not fit. */
    font-size: min(1.6em, 100cqi / 8);
    font-weight: 700;
    line-height: 1.1;
    overflow-wrap: anywhere;
  }
  .status::before {
    content: '';
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: var(--c, var(--_muted));
  }
  /* Forced colours force no SVG fill or stroke: the dial's own colours, chosen for a light or dark card, can be
     near the reader's Canvas (a page declaring one scheme in a contrast theme of the other). So the dial takes the
     reader's system colours, its lit band (and the dot that repeats it) Highlight. */
  @media (forced-colors: active) {
    .band {
      stroke: GrayText;
      opacity: 1;
    }
    .band.on {
      stroke: Highlight;
    }
    .needle,
    .hub {
      fill: CanvasText;
    }
    .status::before {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  .days {
    margin-top: 0.35em;
    font-size: 1.1em;
    font-weight: 700;
  }
  .status-note {
    margin-top: 0.5em;
    font-size: 0.9em;
  }
  .facts {
    display: grid;
    /* Side by side where two fit; one column, never wider than the card, where they do not. */
    grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
    gap: var(--_v) calc(var(--_space) * 1.5);
    margin-top: calc(var(--_v) * 1.1);
    padding-top: calc(var(--_v) * 0.8);
    border-top: 1px solid var(--_line);
  }
  .facts .label {
    margin-bottom: 0.3em;
  }
  .tally + .tally {
    margin-top: 0.4em;
  }
  .count {
    font-size: 1.1em;
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.45em;
    border: 1px solid currentColor;
    border-radius: 3px;
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    vertical-align: 0.1em;
  }
`;
