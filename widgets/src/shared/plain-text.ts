/**
 * A widget as plain text, for the pages where lit-html cannot render
 * (element.ts, `update`): the eyebrow, then the resource's title and what
 * the widget shows in one sentence, or the loading / not-found / not-loaded
 * message, in the card's frame and colours. Built with `createElement` and
 * `textContent` alone, which no Trusted Types policy governs. A lazy chunk:
 * no other page fetches it.
 */
import type { CommonStrings } from '../../../shared/i18n/strings';
import type { Scheme } from './theme';

/** The widget as this chunk sees it: its protected parts, which only the widget and its chunks use. */
type Plain = HTMLElement & {
  renderRoot: ShadowRoot;
  _phase: string;
  _shown: unknown;
  _shownLocale: string;
  _strings: CommonStrings;
  _summary(data: unknown, s: CommonStrings, locale: string): [title: string, sentence: string];
  _lang(): [lang: string, dir: 'rtl' | 'ltr'];
  _eyebrow(): string;
  _message(): string;
  _schemeNow(): Scheme;
};

export function renderPlain(widget: HTMLElement): void {
  const el = widget as Plain;
  let lines = [el._message()];
  try {
    if (el._phase === 'ready' && el._shown) lines = el._summary(el._shown, el._strings, el._shownLocale);
  } catch {
    // Data the widget cannot phrase keeps "could not be loaded".
  }
  const root = document.createElement('section');
  root.className = 'root';
  [root.lang, root.dir] = el._lang();
  root.dataset.state = 'plain';
  root.dataset.scheme = el._schemeNow();
  for (const [i, text] of [el._eyebrow(), ...lines].entries()) {
    const line = root.appendChild(document.createElement('p'));
    line.className = ['eyebrow', 'title'][i] ?? 'sentence';
    line.textContent = text;
  }
  // Only lit-html's leftovers go: a <style> the widget put there (no constructable stylesheets) stays.
  el.renderRoot.replaceChildren(...el.renderRoot.querySelectorAll('style'), root);
}
