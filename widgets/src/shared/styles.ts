/**
 * Styles both widgets share: the theme tokens (each a documented CSS custom
 * property with a default per scheme), the card, the type scale, the
 * skeleton and the message states. Everything inherited from the host page
 * that could break the layout is reset on the root; the font family is
 * deliberately inherited, and so is `visibility`: a page that hides what
 * holds the widget (a closed tab or dialog, its text hidden while its web
 * fonts load) hides the widget with it. Text is set in two weights, regular
 * and bold (400, 700), the two a page in its own web face loads for its own
 * text: a third would be a font file only the widget asks for, which it then
 * waits for before it is fitted (shared/fit.ts). Measured on such a page at
 * slow 4G: a semibold card showed its data 200 ms after the page's text.
 */

import { WIDGET_BOX_WIDTH, WIDGET_FONT_SIZE } from '../../../shared/embed/reserve';
import { css } from './rendered-element';

export const base = css`
  :host {
    /* A block of its own formatting context, which holds the card (a float: .root) whatever a page sets. */
    display: flow-root !important;
    /* The page's reserved height (--explainer-min-height) follows the element's width: 100cqi.
       The box of the pasted code (WIDGET_BOX): a width, too, in boxes that shrink to their content. */
    container-type: inline-size;
    contain-intrinsic-inline-size: ${WIDGET_BOX_WIDTH};
    width: stretch;
    /* Horizontal on a page set vertically (writing-mode is inherited): as wide as its box where that has a width, else the window. */
    writing-mode: horizontal-tb;
    /* Whole in a page set in columns, and on one printed page where it fits one. */
    break-inside: avoid;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    --_bg: var(--explainer-surface, #fff);
    --_fg: var(--explainer-text, #1b1b1b);
    --_muted: var(--explainer-muted, #585858);
    --_line: var(--explainer-border, #d4d4d4);
    --_accent: var(--explainer-accent, #a3122a);
    --_link: var(--explainer-link, #0a4d8c);
    --_track: var(--explainer-track, #ebebeb);
    --_s1: var(--explainer-series-1, #1d4f91);
    --_s2: var(--explainer-series-2, #b4441c);
    --_s3: var(--explainer-series-3, #2d7a4a);
    --_s4: var(--explainer-series-4, #7a3d9a);
    --_space: var(--explainer-space, 1rem);
    /* Vertical spacing, which a card fitting its reserved height tightens or loosens (shared/fit.ts). */
    --_v: calc(var(--_space) * var(--_fit, 1));
    position: relative;
    box-sizing: border-box;
    container-type: inline-size;
    /* Out of the page's flow, so no underline or strike the page draws through its text (an <ins>, an <a> or
       text-decoration around the element) reaches the card's; the host, a flow root, holds it. */
    float: left;
    width: 100%;
    padding: calc(var(--_v) * 1.25) calc(var(--_space) * 1.25);
    border: 1px solid var(--_line);
    border-top: 3px solid var(--_accent);
    border-radius: var(--explainer-radius, 4px);
    background: var(--_bg);
    color: var(--_fg);
    color-scheme: light;
    font-size: ${WIDGET_FONT_SIZE};
    font-style: normal;
    font-weight: 400;
    line-height: 1.45;
    /* Of the font, only the family is the page's (inherited, so not written here): not its small caps,
       old-style figures, features, variation axes, width or size adjustment, which the height held for the
       card does not know. (Longhands: a shorthand would reset the family too.) */
    font-variant: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-stretch: normal;
    font-size-adjust: none;
    font-kerning: auto;
    /* A quotation's marks are its language's (the card's lang), not the ones a page chose for its own. */
    quotes: auto;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    text-wrap: wrap;
    hyphens: manual;
    overflow-wrap: break-word;
    word-break: normal;
    line-break: auto;
    text-shadow: none;
    text-emphasis: none;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
  }
  /* Without a height its page holds, the widget's own guess: taller by --_more where its content width (its
     host's less the padding) is at most --_stacks ems, and it stacks (shared/embed/reserve.ts, RESERVED_EM).
     Each widget's stylesheet sets the three from RESERVED_EM and STACKS_AT_EM, folded to numbers by the build;
     a helper here that wrote them would run in the reader's browser instead (measured: 70 bytes gzip a module). */
  .root[data-state='loading'] {
    height: var(
      --explainer-min-height,
      calc(
        var(--_reserve) * 1em +
          clamp(0em, (var(--_stacks) * 1em + var(--_space) * 2.5 - 100cqi) * 1000, var(--_more) * 1em)
      )
    );
    overflow: clip;
  }
  .root[data-fit] {
    overflow: clip;
  }
  /* Waiting for the page's faces before it is fitted (shared/fit.ts): the card, empty, as the browser hides text in a face still loading. */
  .root[data-fit='wait'] > * {
    visibility: hidden;
  }
  .more {
    display: none;
    position: absolute;
    inset: auto 0 0;
    padding: 2.5em 0 0.8em;
    border: 0;
    background: linear-gradient(transparent, var(--_bg) 55%);
    color: var(--_link);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  [data-fit='clipped'] .more {
    display: block;
  }
  /* On screen only: a card is printed in print's own palette, below, its range and keys in their light colours. */
  @media screen {
    .root[data-scheme='dark'] {
      --_bg: var(--explainer-surface, #18191b);
      --_fg: var(--explainer-text, #ececec);
      --_muted: var(--explainer-muted, #b0b0b0);
      --_line: var(--explainer-border, #3d3f43);
      --_accent: var(--explainer-accent, #ff8a8a);
      --_link: var(--explainer-link, #8cc4ff);
      --_track: var(--explainer-track, #2c2e31);
      --_s1: var(--explainer-series-1, #7fb0f0);
      --_s2: var(--explainer-series-2, #f39a6b);
      --_s3: var(--explainer-series-3, #74c795);
      --_s4: var(--explainer-series-4, #c9a0e6);
      color-scheme: dark;
    }
  }
  @media print {
    .root {
      height: auto !important;
      overflow: visible !important;
      /* The range, its ends and the keys are backgrounds, which a browser leaves out of print by default. */
      print-color-adjust: exact;
      --_bg: #fff;
      --_fg: #000;
      --_muted: #333;
      --_line: #999;
      --_accent: #000;
      --_link: #000;
      color-scheme: light;
    }
    .more {
      display: none !important;
    }
  }
  /* Forced colours (Windows' contrast themes) paint every background in the
     reader's Canvas, the card's range and keys with it. The parts that draw
     data opt out (forced-color-adjust in each widget's styles) and draw in
     the reader's own system colours, which these stand for there. */
  @media (forced-colors: active) {
    .root,
    .root[data-scheme='dark'] {
      --_bg: Canvas;
      --_accent: CanvasText;
      --_track: Canvas;
      --_s1: CanvasText;
      --_s2: CanvasText;
      --_s3: CanvasText;
      --_s4: CanvasText;
    }
    .more {
      background: Canvas;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p,
  ul,
  li {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  summary:focus-visible,
  .more:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /* Inside its edges: the card clips what runs past them, the ring round the button along the card's foot with it. */
  .more:focus-visible {
    outline-offset: -5px;
  }
  .eyebrow {
    color: var(--_accent);
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .title {
    margin-top: 0.2em;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .meta,
  .small {
    color: var(--_muted);
    font-size: 0.86em;
  }
  .meta {
    margin-top: 0.3em;
  }
  .label {
    color: var(--_muted);
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .note {
    margin-top: var(--_v);
    padding-top: calc(var(--_v) * 0.6);
    border-top: 1px solid var(--_line);
    color: var(--_muted);
    font-size: 0.82em;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .message {
    display: grid;
    gap: 0.6em;
  }
  /* A message held in the height the page kept for the card (shared/fit.ts) sits in the middle of it, not at its
     top over an empty box; one taller than that height starts at its top (safe), cut at its foot. */
  .root:has(> .message) {
    display: flex;
    flex-direction: column;
    justify-content: safe center;
  }
  .message-text {
    font-size: 1.1em;
  }
  /* While loading, the name changes language in place (shared/element.ts, _load): one line, so nothing under it moves. */
  [aria-busy='true'] .eyebrow {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .bone {
    display: block;
    height: 0.9em;
    margin-top: 0.7em;
    border-radius: 3px;
    background: var(--_track);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
