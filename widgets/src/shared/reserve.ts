/**
 * The space a widget holds before its data arrives, when its page does not
 * say (an element pasted without the reserve the copy-embed panel's code
 * carries, or made by script): a fixed height in ems of its text. Pages
 * that embed through the panel's code reserve a height computed from the
 * data instead (src/embed/height.ts) and pass it as
 * `--explainer-min-height`. Pure: the Worker's pages import it too.
 */

/** The widgets' text size: the host's, within readable bounds. */
export const WIDGET_FONT_SIZE = 'clamp(14px, 0.9em, 18px)';

/** Reserved height, in ems of the widget's text: the seed cards' height at an article column's width. */
export const RESERVED_EM = { 'casualty-claims': 39, 'ceasefire-gauge': 33.5 } as const;
