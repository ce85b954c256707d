/**
 * The readers' page of a widget's changes (`/embed/{widget}/{slug}/changes`):
 * the public change log as plain HTML, no script, in the page's language
 * (the changes written in it too: shared/i18n/change-words.ts; the data in
 * them as written). What a widget's "Changed N times" links to; feed
 * readers find the feeds through its `<link>`s.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { ChangeEntry } from '../../../shared/domain/changes';
import { type EmbedTarget, embedPath, feedDiscovery, feedPaths } from '../../../shared/embed/catalog';
import { changeAnchor } from '../../../shared/embed/resource-url';
import {
  formatCalendarDate,
  formatClockTime,
  formatNumber,
  type Lang,
  sentenceAround,
} from '../../../shared/format/intl';
import { CHANGE_WORDS } from '../../../shared/i18n/change-words';
import { STRINGS } from '../../../shared/i18n/every-language';
import { PAGE_SCHEME_CSS } from '../../embed/page-style';

export function changesPage(
  origin: string,
  target: Pick<EmbedTarget, 'widget' | 'slug' | 'seenAt'> & { lang?: Lang },
  story: { title: string; language: string | null },
  changes: ChangeEntry[],
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const lang = target.lang ?? 'en';
  const s = STRINGS[lang];
  const heading = s.changesOf(story.title);
  const [before, after] = sentenceAround(s.changesOf);
  // What editors wrote is marked with the story's language, so a screen reader speaks it in its own voice.
  const data = (text: string) =>
    story.language ? html`<bdi lang="${story.language}">${text}</bdi>` : html`<bdi>${text}</bdi>`;
  const feeds = feedPaths(target);
  const when = (instant: string) =>
    `${formatCalendarDate(instant.slice(0, 10), lang)} ${formatClockTime(instant, lang)} UTC`;
  return html`<!doctype html>
<html lang="${lang}" dir="${s.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${heading}</title>
${raw(feedDiscovery(origin, heading, target))}
<style>${raw(CHANGES_STYLE)}</style>
</head>
<body>
<main>
<h1>${before}${data(story.title)}${after}</h1>
<p class="meta">${changes.length ? s.changed(changes.length, formatNumber(changes.length, lang)) : s.noChanges} · <a href="${origin + embedPath({ widget: target.widget, slug: target.slug, lang: target.lang })}">${s.latestVersion}</a></p>
<ol class="changes">${changes.map(
    (entry) => html`<li id="${changeAnchor(entry)}">
<p><time datetime="${entry.recordedAt}">${when(entry.recordedAt)}</time></p>
<p class="summary">${entry.summary}</p>
${entry.fields.length ? html`<dl>${entry.fields.map((f) => html`<dt>${f.field}</dt><dd><bdi class="${f.old === null ? '' : 'old'}">${f.old ?? '—'}</bdi> ${CHANGE_WORDS[lang].arrow} <bdi class="new">${f.new ?? '—'}</bdi></dd>`)}</dl>` : ''}
${entry.note ? html`<p class="note">${s.correction} ${data(entry.note)}</p>` : ''}
</li>`,
  )}</ol>
<p class="meta">${s.feeds} <a href="${origin + feeds.atom}">Atom</a> · <a href="${origin + feeds.json}">JSON Feed</a></p>
</main>
</body>
</html>`;
}

const CHANGES_STYLE = `${PAGE_SCHEME_CSS}
body{margin:0;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:42rem;margin:0 auto}
h1{font-size:1.4rem;line-height:1.25}
.meta,time{color:var(--muted);font-size:.9rem}
.changes{list-style:none;padding:0}
.changes li{border-top:1px solid var(--rule);padding:.5rem 0}
.changes p{margin:.2rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.3rem 0}
dt{color:var(--muted)}
dd{margin:0}
.old{text-decoration:line-through}
.note{font-style:italic}
`;
