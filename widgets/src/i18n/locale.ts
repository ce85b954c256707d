/**
 * The one place that knows which language a widget speaks and loads its
 * strings. English ships in the entry; Spanish and Arabic are separate
 * chunks, fetched only by pages that use them.
 */
import { type Lang, localeOf, supportedLang } from '../format/intl';
import { en, type Strings } from './strings';

const loaded = new Map<Lang, Promise<Strings>>([['en', Promise.resolve(en)]]);

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

/** The strings of a locale's language; English if its chunk cannot be loaded. */
export function stringsFor(locale: string): Promise<Strings> {
  const lang = supportedLang(locale);
  let pending = loaded.get(lang);
  if (!pending) {
    pending = loaders[lang as Exclude<Lang, 'en'>]().then(
      (m) => m.default,
      () => en,
    );
    loaded.set(lang, pending);
  }
  return pending;
}
