/**
 * The space each widget reserves before its data arrives, so a page never
 * moves when the figures load. The widgets use it for their own skeleton;
 * pages that embed them use `reserveCss()` so the space is held even before
 * the script has run (a custom element is zero-height until defined).
 * Pure: the Worker's pages import it too.
 */

/** The widgets' text size: the host's, within readable bounds. */
export const WIDGET_FONT_SIZE = 'clamp(14px, 0.9em, 18px)';

/** Reserved height, in ems of the widget's text: the seed cards' height at an article column's width. */
export const RESERVED_EM = { 'casualty-claims': 39, 'ceasefire-gauge': 33.5 } as const;

/** CSS for the embedding page: holds each widget's space until it is defined. */
export function reserveCss(): string {
  return Object.entries(RESERVED_EM)
    .map(([tag, em]) => `${tag}:not(:defined){display:block;min-height:calc(${em} * ${WIDGET_FONT_SIZE})}`)
    .join('');
}
