/**
 * The demo page's "embed these explainers" panel: for each widget, the three
 * ways to embed it (script tag, iframe, bare URL for oEmbed), each with a
 * copy button, and a live preview. The server renders the default codes
 * through shared/embed/catalog.ts, so they are there to select without
 * JavaScript; /widgets/v1/embed-panel.js (widgets/src/embed/copy-panel.ts)
 * rewrites them through the same catalog when an option changes. The
 * Image choice's height depends on how the language wraps: the script asks
 * the image route for it (X-Image-Height) and writes it into the code.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  type EmbedData,
  type EmbedSpace,
  type EmbedTarget,
  embedCodes,
  imagePath,
  imageSnippet,
  scriptSnippet,
  WIDGETS,
} from '../../../shared/embed/catalog';
import { LANGS, type Lang } from '../../../shared/format/intl';
import { screenReaderSentence } from '../../embed/alt-text';
import { embedTitle } from '../../embed/title';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** One widget the panel offers: its data, the moment "pin" pins it to, and the space it holds in each language. */
export type PanelEmbed = { embed: EmbedData; pin: string; spaces: Record<Lang, EmbedSpace> };

const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', ar: 'العربية' };

const CODES = [
  { kind: 'script', label: 'Script tag', hint: 'Recommended: the widget in your page, following its font and theme.' },
  {
    kind: 'iframe',
    label: 'Iframe',
    hint: 'Isolated from your page; resize.js keeps it fitted and in your page’s colours.',
  },
  { kind: 'url', label: 'URL', hint: 'For CMSs that embed oEmbed links (WordPress, Ghost…).' },
  {
    kind: 'image',
    label: 'Image',
    hint: 'For newsletters, apps and print, where scripts and iframes do not run: a picture of the widget, described for screen readers.',
  },
] as const;

const targetOf = (item: PanelEmbed, lang: string): EmbedTarget => ({
  widget: item.embed.widget,
  slug: item.embed.data.slug,
  lang: LANGS.find((l) => l === lang) ?? 'en',
});

function widgetBlock(origin: string, item: PanelEmbed, lang: string): Html {
  const { embed } = item;
  const widget = embed.widget;
  const name = WIDGETS[widget].name;
  const target = targetOf(item, lang);
  const space = item.spaces[target.lang ?? 'en'];
  const titles = Object.fromEntries(LANGS.map((l) => [l, embedTitle(embed, l)]));
  const codes = embedCodes(origin, target, { title: titles[target.lang ?? 'en'] ?? '', ...space });
  const alts = Object.fromEntries(LANGS.map((l) => [l, screenReaderSentence(embed, l)]));
  const image = {
    code: imageSnippet(origin, target, { width: 600, alt: alts[target.lang ?? 'en'] ?? '' }),
    png: origin + imagePath(target, { format: 'png', scale: 2 }),
    svg: origin + imagePath(target, { format: 'svg' }),
  };
  const pinDay = item.pin.slice(0, 10);
  return html`<div class="embed-widget" data-widget="${widget}" data-slug="${embed.data.slug}" data-titles="${JSON.stringify(titles)}" data-spaces="${JSON.stringify(item.spaces)}" data-pin="${item.pin}" data-alt-en="${alts.en}" data-alt-es="${alts.es}" data-alt-ar="${alts.ar}">
<h3>${name}: ${embed.title}</h3>
<p class="embed-pin" data-pin-note>Pinned to what is published at the moment you copy it (the data as of <time datetime="${item.pin}">${pinDay}</time>): nothing editors record later, back-dated or not, changes it.</p>
${CODES.map(({ kind, label, hint }) => {
  const id = `${widget}-${kind}`;
  const field =
    kind === 'url'
      ? html`<input id="${id}" type="text" readonly value="${codes.url}" data-code="url" aria-describedby="${id}-hint" dir="ltr">`
      : html`<textarea id="${id}" readonly rows="${kind === 'script' ? 5 : 4}" data-code="${kind}" aria-describedby="${id}-hint" dir="ltr" spellcheck="false">${kind === 'image' ? image.code : codes[kind]}</textarea>`;
  return html`<div class="embed-code">
<label for="${id}">${label}</label> <span class="embed-hint" id="${id}-hint">${hint}</span>
${field}
<button type="button" class="needs-js" data-copy="${id}">Copy<span class="sr"> the ${label.toLowerCase()} for the ${name.toLowerCase()}</span></button>
${kind === 'image' ? html`<p class="embed-downloads"><a href="${image.png}" download data-download="png">Download PNG<span class="sr"> of the ${name.toLowerCase()}</span></a> · <a href="${image.svg}" download data-download="svg">SVG<span class="sr"> of the ${name.toLowerCase()}</span></a></p>` : ''}
</div>`;
})}
<div class="embed-preview" style="height:${raw(String(space.height))}px">
<iframe src="${codes.url}" title="Preview: ${name}" loading="lazy" data-preview></iframe>
</div>
</div>`;
}

export function embedPanel(origin: string, items: PanelEmbed[], lang: string): Html {
  if (!items.length) return html``;
  const options = LANGS.map(
    (l) => html`<option value="${l}"${l === lang ? raw(' selected') : ''} lang="${l}">${LANG_NAMES[l]}</option>`,
  );
  // The server's clock when the page was made: pinned codes carry the moment of copying on that clock, not the
  // reader's (which may run ahead, and a moment in the future is refused).
  return html`<section class="embed-panel" id="embed" aria-labelledby="embed-title" data-embed-panel data-origin="${origin}" data-served-at="${String(Date.now())}">
<h2 id="embed-title">Embed these explainers</h2>
<p>Paste one of these into your page or CMS. Each shows the same figures, sourced and kept up to date by our editors.</p>
<form class="embed-options needs-js" aria-label="Embed options">
<label>Language <select name="lang">${options}</select></label>
<fieldset><legend>Theme</legend>
<label><input type="radio" name="theme" value="auto" checked> Follow the page</label>
<label><input type="radio" name="theme" value="light"> Light</label>
<label><input type="radio" name="theme" value="dark"> Dark</label>
</fieldset>
<fieldset><legend>Figures</legend>
<label><input type="radio" name="data" value="latest" checked> Always the latest</label>
<label><input type="radio" name="data" value="pinned"> Pinned to today&rsquo;s</label>
</fieldset>
</form>
<p class="sr" role="status" data-embed-status></p>
${items.map((item) => widgetBlock(origin, item, lang))}
${items.length > 1 ? togetherBlock(origin, items, lang) : ''}
</section>`;
}

/**
 * The script tag for every widget above on one page: one module holds them
 * all, where pasting each widget's own script tag would load Lit once per
 * widget.
 */
function togetherBlock(origin: string, items: PanelEmbed[], lang: string): Html {
  const id = 'together-script';
  const code = scriptSnippet(
    origin,
    ...items.map((item) => {
      const target = targetOf(item, lang);
      const shown = target.lang ?? 'en';
      return { ...target, reserve: item.spaces[shown].reserve, title: embedTitle(item.embed, shown) };
    }),
  );
  return html`<div class="embed-widget" data-together>
<h3>All of them on one page</h3>
<div class="embed-code">
<label for="${id}">Script tag</label> <span class="embed-hint" id="${id}-hint">One module for all: its first line before the widgets, each widget&rsquo;s line where it belongs.</span>
<textarea id="${id}" readonly rows="${items.length * 2 + 1}" data-code="together" aria-describedby="${id}-hint" dir="ltr" spellcheck="false">${code}</textarea>
<button type="button" class="needs-js" data-copy="${id}">Copy<span class="sr"> the script tag for all of them</span></button>
</div>
</div>`;
}

export const PANEL_CSS = `
.embed-panel{max-width:44rem;margin:0 auto;padding:1rem 1.25rem 2.5rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.embed-panel h2{margin:0 0 .4rem;font-size:1.3rem}
.embed-panel h3{margin:2rem 0 .6rem;font-size:1.05rem}
.embed-panel:not([data-ready]) .needs-js{visibility:hidden}
.embed-panel:not([data-pinned]) [data-pin-note]{visibility:hidden}
.embed-options{display:flex;flex-wrap:wrap;gap:.75rem 1.5rem;align-items:flex-start;margin:1rem 0}
.embed-options fieldset{margin:0;padding:0;border:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
.embed-options legend{float:left;margin-inline-end:.6rem;font-weight:600}
.embed-options select{font:inherit}
.embed-pin{margin:0 0 .5rem;color:var(--muted);font-size:.85rem}
.embed-code{display:grid;grid-template-columns:1fr auto;gap:.25rem .5rem;align-items:end;margin:0 0 .9rem}
.embed-code label{font-weight:600}
.embed-hint{grid-column:1/-1;grid-row:2;color:var(--muted);font-size:.85rem}
.embed-code textarea,.embed-code input{grid-column:1;grid-row:3;width:100%;min-width:0;padding:.4rem .5rem;border:1px solid var(--rule);border-radius:4px;background:var(--paper);color:var(--ink);font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;resize:vertical}
.embed-code button{grid-column:2;grid-row:3;padding:.4rem .9rem;border:1px solid var(--link);border-radius:4px;background:var(--paper);color:var(--link);font:inherit;font-weight:600;cursor:pointer}
.embed-downloads{grid-column:1/-1;grid-row:4;margin:0;font-size:.9rem}
.embed-downloads a{color:var(--link);font-weight:600}
.embed-panel :focus-visible{outline:3px solid var(--link);outline-offset:2px}
.embed-preview{overflow:hidden;border:1px dashed var(--rule);border-radius:4px}
.embed-preview iframe{display:block;width:100%;height:100%;border:0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media print{.embed-panel{display:none}}
`;
