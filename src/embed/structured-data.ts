/**
 * schema.org JSON-LD for the embed pages and the demo page: the incident as
 * an Event, each claim as a Claim by its claimant with its source, the
 * ceasefire as an Event, and an article as a NewsArticle about them. Built
 * from the same response the API serves, so the two cannot disagree.
 */

import type { CeasefireShape } from '../../shared/contract/ceasefire';
import type { ClaimantKind } from '../../shared/contract/enums';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { API_V1 } from '../../shared/contract/paths';
import { webHref } from '../../shared/format/links';

type Node = Record<string, unknown>;

const ORGANIZATION_TYPES: Partial<Record<ClaimantKind, string>> = {
  government: 'GovernmentOrganization',
  military: 'GovernmentOrganization',
  ngo: 'NGO',
  un: 'NGO',
  media: 'NewsMediaOrganization',
};

function claimNode(incidentId: string, claim: ClaimShape): Node {
  // A search engine follows these as links: only http(s), as on the page.
  const authorUrl = webHref(claim.claimant.url);
  const sourceUrl = webHref(claim.sourceUrl);
  // Where it appeared: its source's page, or else the article that reported it, by headline (an article's own URL is
  // its publisher's, which the record may not hold).
  const appearance = sourceUrl
    ? { '@type': 'CreativeWork', url: sourceUrl }
    : claim.sourceArticle
      ? { '@type': 'NewsArticle', headline: claim.sourceArticle.headline, inLanguage: claim.sourceArticle.language }
      : null;
  return {
    '@type': 'Claim',
    '@id': `${incidentId}#claim-${claim.id}`,
    identifier: claim.id,
    about: { '@id': incidentId },
    text: `${claim.asWritten} ${claim.metric}: ${claim.subject}`,
    author: {
      '@type': ORGANIZATION_TYPES[claim.claimant.kind] ?? 'Organization',
      name: claim.claimant.name,
      ...(authorUrl ? { url: authorUrl } : {}),
    },
    datePublished: claim.claimedOn,
    ...(appearance ? { appearance } : {}),
    ...(claim.quote ? { abstract: claim.quote } : {}),
    creativeWorkStatus: claim.status,
    ...(claim.supersedes ? { isBasedOn: { '@id': `${incidentId}#claim-${claim.supersedes}` } } : {}),
  };
}

export function incidentGraph(origin: string, incident: IncidentShape): Node[] {
  const id = `${origin}${API_V1}/incidents/${incident.slug}`;
  const event: Node = {
    '@type': 'Event',
    '@id': id,
    name: incident.title,
    startDate: incident.startsAt ?? incident.occurredOn,
    ...(incident.endsAt ? { endDate: incident.endsAt } : {}),
    description: incident.description,
    location: {
      '@type': 'Place',
      name: incident.placeName,
      ...(incident.latitude !== null && incident.longitude !== null
        ? { geo: { '@type': 'GeoCoordinates', latitude: incident.latitude, longitude: incident.longitude } }
        : {}),
    },
  };
  return [event, ...incident.claims.map((claim) => claimNode(id, claim))];
}

export function ceasefireGraph(origin: string, ceasefire: CeasefireShape): Node[] {
  return [
    {
      '@type': 'Event',
      '@id': `${origin}${API_V1}/ceasefires/${ceasefire.slug}`,
      name: ceasefire.name,
      startDate: ceasefire.startedAt,
      ...(ceasefire.endedAt ? { endDate: ceasefire.endedAt } : {}),
      description: [ceasefire.gauge.label, ceasefire.statusNote].filter(Boolean).join(': '),
      organizer: ceasefire.brokers.map((name) => ({ '@type': 'Organization', name })),
      attendee: ceasefire.parties.map((name) => ({ '@type': 'Organization', name })),
    },
  ];
}

/** What a page's article node needs: the fields ArticleShape and the demo page's record share. */
export type ArticleFields = {
  headline: string;
  dek: string | null;
  byline: string | null;
  language: string;
  publishedAt: string | null;
  /** The day is not known (a page that gives none): the date is given to its month. */
  publishedAtApproximate?: boolean;
  canonicalUrl: string | null;
};

/**
 * A page that reports incidents and ceasefires: the article as a
 * NewsArticle `about` their Events (by `@id`), followed by their graphs.
 */
export function articleGraph(
  origin: string,
  pageUrl: string,
  article: ArticleFields,
  incidents: IncidentShape[],
  ceasefires: CeasefireShape[],
): Node[] {
  const incidentNodes = incidents.flatMap((incident) => incidentGraph(origin, incident));
  const ceasefireNodes = ceasefires.flatMap((ceasefire) => ceasefireGraph(origin, ceasefire));
  const events = [...incidentNodes, ...ceasefireNodes].filter((n) => n['@type'] === 'Event');
  const node: Node = {
    '@type': 'NewsArticle',
    '@id': pageUrl,
    headline: article.headline,
    ...(article.dek ? { description: article.dek } : {}),
    inLanguage: article.language,
    ...(article.publishedAt
      ? { datePublished: article.publishedAtApproximate ? article.publishedAt.slice(0, 7) : article.publishedAt }
      : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    ...(webHref(article.canonicalUrl) ? { url: webHref(article.canonicalUrl) } : {}),
    about: events.map((e) => ({ '@id': e['@id'] })),
  };
  return [node, ...incidentNodes, ...ceasefireNodes];
}

/**
 * The graph as a <script type="application/ld+json"> body. `<` is escaped so
 * no text in the data can close the script element.
 */
export function jsonLd(graph: Node[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

/** Any JSON for a <script type="application/json"> data island, escaped the same way. */
export function jsonIsland(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
