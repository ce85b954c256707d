import { describe, expect, it } from 'vitest';
import type { ClaimShape, IncidentShape } from '../../shared/contract/incident';
import { summariseClaims } from '../../shared/domain/claims';
import type { Lang } from '../../shared/format/intl';
import { STRINGS } from '../../shared/i18n/every-language';
import { ourEnglishIn } from '../../tests/our-english';
import { claimsFallback } from './fallback';

const un: ClaimShape = {
  id: 'clm_un',
  claimant: { name: 'United Nations', kind: 'un' },
  metric: 'killed',
  subject: 'civilians',
  qualifier: 'more_than',
  low: 20,
  high: null,
  asWritten: 'more than 20',
  claimedOn: '2024-03-02',
  status: 'current',
  supersedes: null,
  sourceUrl: null,
  sourceArticle: null,
  quote: null,
};

/** A new incident with a single UN figure. */
const oneFigure: IncidentShape = {
  slug: 'one-figure',
  title: 'Shelling of a market',
  occurredOn: '2024-03-01',
  updatedAt: '2024-03-02T10:00:00Z',
  startsAt: null,
  endsAt: null,
  placeName: 'A town',
  latitude: null,
  longitude: null,
  description: '',
  corrections: [],
  externalIds: {},
  language: 'en',
  articles: [],
  claims: [un],
  summary: summariseClaims([un]),
};

/** The fallback's text, tags taken out. */
async function text(lang: Lang): Promise<string> {
  return (await claimsFallback(oneFigure, lang)).toString().replace(/<[^>]+>/g, '');
}

describe('the no-JavaScript fallback of a one-figure card', () => {
  it('speaks of one source in the singular, in every language', async () => {
    expect(await text('en')).toContain('One source gives the number killed: United Nations says more than 20.');
    expect(await text('es')).toContain('Una fuente da el número de muertos: United Nations dice más de 20.');
    expect(await text('ar')).toContain('مصدر واحد يذكر عدد القتلى: \u2068United Nations\u2069: أكثر من 20.');
    expect(await text('es')).toContain('Solo una fuente ha dado una cifra: más de 20 muertos, según United Nations.');
  });

  it('says nothing of ours in English on a Spanish or Arabic page', async () => {
    for (const lang of ['es', 'ar'] as const) {
      expect(ourEnglishIn(await text(lang), oneFigure, STRINGS[lang])).toEqual([]);
    }
  });

  it('marks the data inside its sentences with its own language, on a page of another', async () => {
    const cited = {
      ...un,
      asWritten: 'más de veinte',
      // An article in English reporting a Spanish story: its headline is in its own language.
      sourceArticle: { slug: 'a-report', headline: 'Shelling in the market', language: 'en' },
    };
    const spanish = { ...oneFigure, language: 'es', claims: [cited], summary: summariseClaims([cited]) };
    const page = (await claimsFallback(spanish, 'en')).toString();
    expect(page).toContain('Reported in “<bdi lang="en">Shelling in the market</bdi>”');
    expect(page).toContain('As written: “<bdi lang="es">más de veinte</bdi>”');
  });

  it('shows each source’s own words, and heads a metric whose figures are all retracted with their subject', async () => {
    const quoted = { ...un, quote: 'at least twenty people died' };
    const withdrawn = { ...un, status: 'retracted' as const, quote: null };
    const page = async (claims: ClaimShape[]) =>
      (await claimsFallback({ ...oneFigure, claims, summary: summariseClaims(claims) }, 'en')).toString();
    expect(await page([quoted])).toContain('<q lang="en">at least twenty people died</q>');
    expect(await page([withdrawn])).toMatch(/<h3>killed · <bdi lang="en">civilians<\/bdi><\/h3>/);
  });

  it('says beside a figure who it counts, where that is not who its metric is headed with', async () => {
    const soldiers = {
      ...un,
      id: 'clm_army',
      low: 80,
      subject: 'soldiers',
      claimant: { name: 'An army', kind: 'military' as const },
    };
    const claims = [un, soldiers];
    const page = (await claimsFallback({ ...oneFigure, claims, summary: summariseClaims(claims) }, 'en')).toString();
    expect(page).toMatch(/<h3>killed · <bdi lang="en">civilians<\/bdi><\/h3>/);
    const items = page.match(/<li[^>]*>.*?<\/li>/gs) ?? [];
    expect(items.find((li) => li.includes('An army'))).toContain('· <bdi lang="en">soldiers</bdi>)');
    expect(items.find((li) => li.includes('United Nations'))).not.toContain('civilians');
  });

  it('is caught when a figure as written stands inside a sentence of ours', () => {
    const leaked = 'Solo una fuente ha dado una cifra: more than 20 muertos, según United Nations.';
    expect(ourEnglishIn(leaked, oneFigure, STRINGS.es)).toEqual(['more than']);
  });
});
