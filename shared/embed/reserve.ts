/**
 * The space a widget holds before its data arrives, when its page does not
 * say (an element pasted without the reserve the copy-embed panel's code
 * carries, or made by script): a fixed height in ems of its text. Pages
 * that embed through the panel's code reserve a height computed from the
 * data instead (src/embed/height.ts) and pass it as
 * `--explainer-min-height`. Pure: the Worker's pages import it too.
 */
import type { Lang } from '../format/intl';
import type { WidgetKind } from './options';

/**
 * The widgets' text size: the host's, within readable bounds. The upper
 * bound grows with the root size (`rem`), which a reader who sets a larger
 * default text size in the browser raises: their 24 px gives the widgets'
 * text up to 27 px, where a fixed 18 px would ignore them. A page whose
 * root is the usual 16 px keeps 18 px.
 */
export const WIDGET_FONT_SIZE = 'clamp(14px, 0.9em, max(18px, 1.125rem))';

/**
 * How wide the page's text face sets text, as a fraction of the face the
 * height model's character widths are fitted to (DejaVu, src/embed/height.ts),
 * estimated from the face's digit width, `1ch` over `1em` (in CSS a ratio of
 * two lengths, which `tan(atan2())` turns into a number). Text wraps in
 * proportion to its width, so the reserve reads its width in these units:
 * on a page set in Times, whose text runs 20 % narrower than DejaVu's, a
 * card wraps fewer lines and is held shorter. A digit is only a proxy for a
 * face's letters, so the estimate is pulled halfway to the middle of the
 * faces measured (the slope), and set wide (the base), since a card held too
 * tall loosens its spacing (to three and a half times) where one held too
 * short can tighten only to half and is then cut: over 31 text faces
 * (bench/README.md, "Text faces") it gives 0.80–1.03 of their text's width,
 * the model's own face (DejaVu Sans) 0.985, where one fixed width gives
 * 0.72–1.02 (DejaVu's) or 0.79–1.12 (the faces' middle). The base was 0.373,
 * the least-squares line, which read DejaVu 2.7 % narrow: a card in DejaVu
 * was held on average 18 px short of its content (bench/height-model.ts; now
 * 0.3 px), and a sweep of the panel's code in columns 280–700 px wide at 16
 * and 18 px text (bench/column-sweep.ts) found 23 of 264 cards cut in DejaVu
 * Sans and Serif, in English, Spanish and Arabic (0 now), and 12 of 616 in
 * English and Spanish in seven web faces that stand in for readers' system
 * faces (Arimo, Tinos, Roboto, Source Serif 4, Noto Serif, Lato,
 * Merriweather; 0 of 704 now, with Cabin, spaced at most ×3.37). A base of
 * 0.43 cut none either, but spaced a Spanish card in Cabin at the
 * loosening's limit.
 */
const FACE_FIT = { perChEm: 0.943, base: 0.415 } as const;

/**
 * A face with no digit of its own (an Arabic or Hebrew face whose file holds
 * only its script, declared with no `unicode-range`) has a `1ch` of exactly
 * 0.5em whatever its letters, and its page's Latin text is set in the next
 * face: read as a narrow face, a card there was held a tenth short and cut.
 * So a `1ch` of exactly half an em says nothing by itself. Times's digits
 * (and Tinos's, Liberation Serif's) are exactly half an em too, and Times is
 * what a page naming `serif` or "Times New Roman" gets on most readers'
 * machines: taken for DejaVu, its cards were held a fifth tall, and in a
 * narrow column in view no spacing could fill that (the drawn pages found
 * 80–139 px empty under one). What tells the two apart is the x-height
 * (`1ex`): a Latin face's is 0.4–0.6 em (Times's 0.459), while a face made
 * for another script reports its own letters' (Noto Naskh Arabic's 1.069),
 * and a face that gives none, exactly half an em. So a digit of half an em
 * is read as a digit (Times's width, 0.84 of DejaVu's: its text is 0.80)
 * when the face's x-height is a Latin one, and as saying nothing otherwise,
 * the estimate then the model's own face's (1). A face for another script
 * whose x-height looks Latin would be held short: none of the faces
 * measured does.
 */
const NO_DIGIT = 0.5;

/** How near half an em a `1ch` or `1ex` is taken for the fallback: layout rounds lengths to a 64th of a pixel. */
const NO_DIGIT_WITHIN = 0.002;

/** The tallest x-height read as a Latin face's, in em (Latin faces' run 0.4–0.6; Noto Naskh Arabic reports 1.069). */
const LATIN_EX_UNDER = 0.7;

/** 0 within NO_DIGIT_WITHIN of half an em, 1 a ten-thousandth further. */
const offHalf = (perEm: number) => Math.min(1, Math.max(0, (Math.abs(perEm - NO_DIGIT) - NO_DIGIT_WITHIN) * 10_000));

/** How much a `1ch` of `chPerEm` em says, in a face whose `1ex` is `exPerEm` em: 1 or 0 (and a sliver between). */
const credit = (chPerEm: number, exPerEm: number) =>
  Math.max(offHalf(chPerEm), offHalf(exPerEm) * Math.min(1, Math.max(0, (LATIN_EX_UNDER - exPerEm) * 10_000)));

/** `FACE_WIDTH` for a face whose digit is `chPerEm` em wide (DejaVu's: 0.636) and whose x-height is `exPerEm` em. */
export const faceWidth = (chPerEm: number, exPerEm: number) =>
  1 - credit(chPerEm, exPerEm) * (1 - FACE_FIT.base - FACE_FIT.perChEm * chPerEm);

const CH_PER_EM = 'tan(atan2(1ch, 1em))';
const EX_PER_EM = 'tan(atan2(1ex, 1em))';
// Written out, not made by a function: the widgets' modules import this file for other constants, and a bundler
// drops the strings they do not use only when it can see that building them calls nothing.
const CH_OFF_HALF = `clamp(0, (max(${CH_PER_EM} - ${NO_DIGIT}, ${NO_DIGIT} - ${CH_PER_EM}) - ${NO_DIGIT_WITHIN}) * 10000, 1)`;
const EX_OFF_HALF = `clamp(0, (max(${EX_PER_EM} - ${NO_DIGIT}, ${NO_DIGIT} - ${EX_PER_EM}) - ${NO_DIGIT_WITHIN}) * 10000, 1)`;
const CREDIT = `max(${CH_OFF_HALF}, ${EX_OFF_HALF} * clamp(0, (${LATIN_EX_UNDER} - ${EX_PER_EM}) * 10000, 1))`;

/** The same, as CSS (which has no `if`), of the face of the element whose length it is part of. */
export const FACE_WIDTH = `(1 - ${CREDIT} * (${1 - FACE_FIT.base} - ${FACE_FIT.perChEm} * ${CH_PER_EM}))`;

/** The card's content width on a page, as CSS: the element's (`100cqi`) less the card's padding, 1.25rem a side. */
export const CONTENT_WIDTH = '100cqi - 2.5rem';

/**
 * The pasted element's content width (its width less the card's padding) in
 * ems of the face the height model measures, as CSS: what the reserve's
 * curve bends along. Every bend reads it, so the pasted code spells it once,
 * as the custom property MEASURE_PROPERTY on the element, and the reserve
 * names that property (a third as long as with the width written out at
 * each of its dozen bends). Substituted where the reserve is used, like the
 * rest of it: `1ch` and `1em` are then the face and size of the box that is
 * that tall.
 */
export const MEASURE = `(${CONTENT_WIDTH}) / ${FACE_WIDTH}`;

/**
 * MEASURE for a card whose words are not in Latin letters (Arabic). They
 * are set in the page's face for their script, or the browser's where the
 * page names only Latin faces, while `1ch` reads the first face's digit: on
 * a page in a Latin face, a face of other letters. The model's Arabic
 * widths are DejaVu Sans's, the widest of the Arabic faces measured (Noto
 * Naskh Arabic's text is 0.84 of them, Noto Sans Arabic's 0.93), so the
 * estimate is taken no wider than the model's own face: a Latin face whose
 * digits are wide for its letters (Cabin's, 1.03) held an Arabic card tall
 * and left 51 px empty under it.
 */
export const MEASURE_NON_LATIN = `(${CONTENT_WIDTH}) / min(1, ${FACE_WIDTH})`;

/** Whether each language's words are set in Latin letters, in the page's face that `1ch` reads. */
const IN_LATIN_LETTERS = { en: true, es: true, ar: false } as const satisfies Record<Lang, boolean>;

/** The measure for a card in `lang` (a card given no language is the page's, taken for Latin). */
export const measureFor = (lang: Lang | undefined) => (lang && !IN_LATIN_LETTERS[lang] ? MEASURE_NON_LATIN : MEASURE);
export const MEASURE_PROPERTY = '--explainer-measure';
/** The height a page holds for a widget while it loads: the public custom property (README, Embedding). */
export const RESERVE_PROPERTY = '--explainer-min-height';

/**
 * The box a widget, or the iframe that holds one, is laid out in: an
 * inline-size container, since its reserved height and its layout follow
 * its width. Containing its width, it would give a box that shrinks to its
 * content (a centring flex or grid, a float, an inline block, a table cell)
 * nothing to shrink to, and render zero wide: so it stretches across
 * centring boxes and brings 20em to the others. The pasted code's inline
 * style and the widget's `:host` say the same, so nothing moves when the
 * module defines the element (the browser suite checks they agree).
 */
export const WIDGET_BOX_WIDTH = '20em';
export const WIDGET_BOX = `container-type:inline-size;contain-intrinsic-inline-size:${WIDGET_BOX_WIDTH};width:stretch`;

/**
 * The content width, in ems of the widget's text, at and under which a
 * widget's container query stacks what sits side by side in a wider card:
 * the card puts each claimant's figure under their name (beside it, a
 * figure such as "more than 60" left the name, quote and source a column a
 * third of a phone's width), the gauge puts the dial over its reading. The
 * widgets' styles and the height model (src/embed/height.ts) both read it
 * here.
 */
export const STACKS_AT_EM = { 'casualty-claims': 26, 'ceasefire-gauge': 30 } as const satisfies Record<
  WidgetKind,
  number
>;

/**
 * The height a widget holds while it loads when its page holds none (the
 * one-tag snippet, an element pasted bare), in ems of its text: the seed
 * card's at an article column's width (`wide`), and in a column where it
 * stacks (`stacked`: at STACKS_AT_EM and under, a phone's), where the seed
 * cards are two fifths (the card) to three quarters (the gauge) taller.
 * Held at `wide` on a phone, the gauge came out cut short behind "Show all".
 */
export const RESERVED_EM = {
  'casualty-claims': { wide: 39, stacked: 55 },
  'ceasefire-gauge': { wide: 33.5, stacked: 58 },
} as const satisfies Record<WidgetKind, { wide: number; stacked: number }>;
