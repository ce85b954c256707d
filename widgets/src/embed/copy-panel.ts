/**
 * /widgets/v1/embed-panel.js: drives the demo page's copy-embed panel
 * (src/routes/demo/embed-panel.ts renders it). Options rewrite every code
 * and preview through shared/embed/catalog.ts, the one place that spells them;
 * copy buttons use the clipboard, or select the code for the reader to copy
 * when the clipboard is refused; a live region says which happened.
 */
import {
  type EmbedSpace,
  type EmbedTarget,
  embedCodes,
  embedPath,
  imagePath,
  imageSnippet,
  type PlacedTarget,
  scriptSnippet,
} from '../../../shared/embed/catalog';
import { THEMES, WIDGET_KINDS } from '../../../shared/embed/options';
import { LANGS } from '../../../shared/format/intl';

const panel = document.querySelector<HTMLElement>('[data-embed-panel]');
const form = panel?.querySelector('form');
const status = panel?.querySelector<HTMLElement>('[data-embed-status]');

const pick = <T extends string>(values: readonly T[], value: FormDataEntryValue | null): T | undefined =>
  values.find((v) => v === value);

/**
 * Now, on the server's clock: when the page was served, plus the time since its response began. Pinned codes
 * carry it as the moment of recording they show (`seenAt`), so nothing recorded later changes them; the
 * reader's own clock may run ahead, and a moment in the future is refused.
 */
function serverNow(): string {
  const served = Number(panel?.dataset.servedAt);
  if (!served) return new Date().toISOString();
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return new Date(served + performance.now() - (navigation?.responseStart ?? 0)).toISOString();
}

function update(): void {
  if (!panel || !form) return;
  const options = new FormData(form);
  const pinned = options.get('data') === 'pinned';
  const seenAt = pinned ? serverNow() : undefined;
  panel.toggleAttribute('data-pinned', pinned);
  const origin = panel.dataset.origin ?? location.origin;
  const targets: PlacedTarget[] = [];
  for (const block of panel.querySelectorAll<HTMLElement>('[data-widget]')) {
    const { widget, slug = '', titles = '{}', spaces = '{}', pin } = block.dataset;
    const kind = pick(WIDGET_KINDS, widget ?? null);
    if (!kind) continue;
    const target: EmbedTarget = {
      widget: kind,
      slug,
      lang: pick(LANGS, options.get('lang')),
      theme: pick(THEMES, options.get('theme')),
      asOf: pinned ? pin : undefined,
      seenAt,
    };
    // The space an embed holds depends on its language only (not on the theme, nor on pinning to the data shown now).
    const space: EmbedSpace = JSON.parse(spaces)[target.lang ?? 'en'];
    // Its title in each language (src/embed/title.ts), as the server wrote it.
    const title: string = JSON.parse(titles)[target.lang ?? 'en'] ?? '';
    targets.push({ ...target, reserve: space.reserve, title });
    const codes = embedCodes(origin, target, { title, ...space });
    for (const field of block.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[data-code]')) {
      field.value = codes[field.dataset.code as keyof typeof codes] ?? field.value;
    }
    void updateImage(block, origin, target);
    // The preview shows the same pin without the moment of copying, so copying does not reload it.
    const preview = block.querySelector<HTMLIFrameElement>('iframe[data-preview]');
    const previewUrl = origin + embedPath({ ...target, seenAt: undefined });
    if (preview && preview.src !== previewUrl) preview.src = previewUrl;
  }
  const together = panel.querySelector<HTMLTextAreaElement>('[data-code="together"]');
  if (together) together.value = scriptSnippet(origin, ...targets);
}

/**
 * Image heights by URL: the image route says it in X-Image-Height (the card
 * grows with its language's wording). Asked of the SVG, which the route lays
 * out without rasterising, so the panel costs no PNG render.
 */
const heights: Record<string, Promise<number | undefined>> = {};

/** The Image choice: the download links, and the <img> code with its size and the alt text in the chosen language. */
async function updateImage(block: HTMLElement, origin: string, target: EmbedTarget): Promise<void> {
  const url = (format: 'png' | 'svg') => origin + imagePath(target, { format, scale: format === 'png' ? 2 : 1 });
  for (const link of block.querySelectorAll<HTMLAnchorElement>('[data-download]'))
    link.href = url(link.dataset.download === 'svg' ? 'svg' : 'png');
  const field = block.querySelector<HTMLTextAreaElement>('[data-code="image"]');
  if (!field) return;
  const svg = url('svg');
  block.dataset.image = svg;
  heights[svg] ??= fetch(svg, { method: 'HEAD' }).then(
    (res) => Number(res.headers.get('X-Image-Height')) || undefined,
    () => undefined,
  );
  const height = await heights[svg];
  // Options may have changed while the size was on its way: only the latest choice writes the code.
  if (block.dataset.image === svg)
    field.value = imageSnippet(origin, target, {
      width: 600,
      height,
      alt: block.getAttribute(`data-alt-${target.lang ?? 'en'}`) ?? '',
    });
}

/** Emptied first, so saying the same thing twice is still heard. */
function announce(message: string): void {
  if (!status) return;
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

async function copy(field: HTMLTextAreaElement | HTMLInputElement): Promise<void> {
  // A pinned code carries the moment it is copied.
  update();
  try {
    await navigator.clipboard.writeText(field.value);
    announce('Copied');
  } catch {
    field.focus();
    field.select();
    announce('Selected: press Ctrl+C (⌘C on a Mac) to copy');
  }
}

if (panel && form) {
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    const field = button && document.getElementById(button.dataset.copy ?? '');
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) void copy(field);
  });
  // A reload may restore the form's previous choices: show the codes for them.
  update();
  panel.toggleAttribute('data-ready', true);
}
