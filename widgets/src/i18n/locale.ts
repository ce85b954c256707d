/**
 * The one place that knows which language a widget speaks and loads its
 * strings. Each widget brings its own English; Spanish and Arabic are
 * separate chunks, fetched only by pages that use them.
 */
import { type Lang, localeOf, supportedLang } from '../format/intl';
import type { CommonStrings, Strings } from './strings';

const loaded = new Map<Lang, Promise<Strings | null>>();

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Strings }>> = {
  es: () => import('./es'),
  ar: () => import('./ar'),
};

/**
 * The widget's locale: its `lang` attribute, else the nearest `lang` around
 * it, else the page's, as a full tag (`ar-u-nu-latn`, `es-MX`) when the UI
 * speaks its language, else `en`.
 */
export function localeFor(el: HTMLElement, attribute: string | null | undefined): string {
  const around = el.parentElement?.closest('[lang]')?.getAttribute('lang');
  return localeOf(attribute || around || document.documentElement.lang);
}

/**
 * A widget's strings in a locale's language, given its English (also what it
 * shows if the language's chunk cannot be loaded). Every language file holds
 * all of both widgets' strings, so it holds the widget's.
 */
export async function stringsFor<S extends CommonStrings>(locale: string, english: S): Promise<S> {
  const lang = supportedLang(locale);
  if (lang === 'en') return english;
  let pending = loaded.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (m) => m.default,
      () => null,
    );
    loaded.set(lang, pending);
  }
  return ((await pending) as S | null) ?? english;
}
