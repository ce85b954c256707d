/**
 * Every language's UI strings at once, for what answers in any language
 * on the server: the embed pages' fallbacks and the model of the cards'
 * heights (src/embed/). The widgets load one language at a time, as a chunk
 * of its own (widgets/src/i18n/locale.ts), and never import this.
 */
import type { Lang } from '../format/intl';
import ar from './ar';
import es from './es';
import { en, type Strings } from './strings';

export const STRINGS: Record<Lang, Strings> = { en, es, ar };
