/**
 * The change log as feeds: Atom (RFC 4287) and JSON Feed 1.1, written by
 * feedsmith from the same entries the change log lists. Each item links to
 * the readers' page of the resource's changes (`/embed/{widget}/{slug}/changes`),
 * at the change.
 */
import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import { XML_FORBIDDEN } from '../../../shared/contract/unicode';
import type { ChangeEntry } from '../../../shared/domain/changes';
import { feedPaths } from '../../../shared/embed/catalog';
import type { WidgetKind } from '../../../shared/embed/options';
import { changeAnchor, changesPageUrl } from '../../../shared/embed/resource-url';
import type { SiteChange } from '../../db/queries/changes';
import type { LoggedKind } from '../../db/rows/versions';

/** The publisher every entry is by: a change names no editor. */
const PUBLISHER = { name: 'Explainer Edge' };

export const WIDGET_OF: Record<LoggedKind, WidgetKind> = {
  incident: 'casualty-claims',
  ceasefire: 'ceasefire-gauge',
};

/** What a feed is of: one resource, or the whole site. */
export type FeedOf = { kind: LoggedKind; slug: string; title: string } | null;

/** The change in plain text: its summary, each field old → new, and the correction note. */
export function changeText(entry: ChangeEntry): string {
  const fields = entry.fields.map((f) => `${f.field}: ${f.old ?? '—'} → ${f.new ?? '—'}`);
  return [entry.summary, ...fields, ...(entry.note ? [`Correction: ${entry.note}`] : [])].join('\n');
}

function itemUrl(origin: string, item: SiteChange): string {
  return `${changesPageUrl(origin, WIDGET_OF[item.kind], item.slug)}#${changeAnchor(item.entry)}`;
}

/** Unique and stable, whoever reads the feed: the change's place in the API. */
function itemId(origin: string, item: SiteChange): string {
  return `${origin}/api/v1/${item.kind}s/${item.slug}/changes#${item.entry.id}`;
}

function describe(origin: string, of: FeedOf) {
  const target = of ? { widget: WIDGET_OF[of.kind], slug: of.slug } : undefined;
  const paths = feedPaths(target);
  return {
    title: of ? `Changes: ${of.title}` : 'Explainer Edge: every change',
    home: of ? changesPageUrl(origin, WIDGET_OF[of.kind], of.slug) : `${origin}/`,
    atom: origin + paths.atom,
    json: origin + paths.json,
  };
}

/** When the feed last changed: its newest change, or (with none) when its resource was first published. */
function updated(items: SiteChange[], since: number | null): Date {
  const newest = items[0]?.entry.recordedAt;
  return newest ? new Date(newest) : new Date(since ?? 0);
}

export function atomDocument(origin: string, of: FeedOf, items: SiteChange[], since: number | null): string {
  const d = describe(origin, of);
  // Without the characters XML forbids: the API refuses them in what editors send now, but a change recorded
  // before it did keeps its text, and one such character would leave the whole feed unreadable.
  return generateAtomFeed({
    id: d.atom,
    title: { value: d.title },
    updated: updated(items, since),
    authors: [PUBLISHER],
    links: [
      { href: d.atom, rel: 'self', type: 'application/atom+xml' },
      { href: d.home, rel: 'alternate', type: 'text/html' },
    ],
    entries: items.map((item) => ({
      id: itemId(origin, item),
      title: { value: of ? item.entry.summary : `${item.title}: ${item.entry.summary}` },
      updated: new Date(item.entry.recordedAt),
      published: new Date(item.entry.recordedAt),
      links: [{ href: itemUrl(origin, item), rel: 'alternate', type: 'text/html' }],
      content: { value: changeText(item.entry), type: 'text' },
      categories: [{ term: item.entry.what }],
    })),
  }).replace(XML_FORBIDDEN, '');
}

export function jsonFeedDocument(origin: string, of: FeedOf, items: SiteChange[]): unknown {
  const d = describe(origin, of);
  const feed = generateJsonFeed({
    title: d.title,
    home_page_url: d.home,
    feed_url: d.json,
    language: 'en',
    authors: [PUBLISHER],
    items: items.map((item) => ({
      id: itemId(origin, item),
      url: itemUrl(origin, item),
      title: of ? item.entry.summary : `${item.title}: ${item.entry.summary}`,
      content_text: changeText(item.entry),
      date_published: new Date(item.entry.recordedAt),
      tags: [item.entry.what],
    })),
  }) as Record<string, unknown>;
  // JSON Feed 1.1 requires `items`, empty or not; the generator leaves an empty list out.
  return { ...feed, items: feed.items ?? [] };
}
