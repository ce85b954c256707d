/**
 * The one place that knows which language a widget speaks and loads its
 * strings. English ships in the entry; Spanish and Arabic are separate
 * chunks, fetched only by pages that use them.
 */
import { type Lang, supportedLang } from '../format/intl';
import { en, type Strings } from './strings';

const loaded = new Map<Lang, Promise<Strings>>([['en', Promise.resolve(en)]]);

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Strings }>> = {
  es: () => import('./es'),
  ar: () => import('./ar'),
};

/** The widget's `lang` attribute, else the nearest `lang` around it, else the page's. */
export function langOf(el: HTMLElement, attribute: string | null | undefined): Lang {
  const around = el.parentElement?.closest('[lang]')?.getAttribute('lang');
  return supportedLang(attribute || around || document.documentElement.lang);
}

/** The strings of `lang`; English if its chunk cannot be loaded. */
export function stringsFor(lang: Lang): Promise<Strings> {
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
