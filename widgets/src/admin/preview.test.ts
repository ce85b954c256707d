/**
 * What an editor is shown before a change lands: a held change in words and applied to the story as it is (the
 * review list), and the ceasefire editor's unsaved status, by the same summaries as the API.
 */
import { describe, expect, it } from 'vitest';
import type { CeasefireShape, TallyShape } from '../../../shared/contract/ceasefire';
import type { ClaimShape, IncidentShape } from '../../../shared/contract/incident';
import { summariseClaims } from '../../../shared/domain/claims';
import { describeChange } from './changes';
import { withHeldChange, withStatus } from './preview';

const claim: ClaimShape = {
  id: 'clm_a',
  claimant: { name: 'SOHR', kind: 'ngo' },
  metric: 'killed',
  subject: 'soldiers',
  qualifier: 'exact',
  low: 80,
  high: null,
  asWritten: '80',
  claimedOn: '2016-09-17',
  status: 'current',
  supersedes: null,
  sourceUrl: null,
  sourceArticle: null,
  quote: null,
};
const incident = {
  claims: [claim],
  summary: summariseClaims([claim]),
  slug: 'strike',
  title: 'Strike',
  articles: [
    { slug: 'strike-report', headline: 'Strike kills soldiers', language: 'en' },
    { slug: 'analysis', headline: 'What the strike means', language: 'en' },
  ],
} as unknown as IncidentShape;
const ceasefire = {
  status: 'holding',
  statusNote: null,
  asOf: '2016-09-13T12:00:00+03:00',
  startedAt: '2016-09-12T19:00:00+03:00',
  endedAt: null,
  history: [],
  tallies: [],
  milestones: [{ id: 'mst_a', label: 'Joint cell', dueOn: null, state: 'pending', note: null }],
} as unknown as CeasefireShape;
const asIncident = { kind: 'incident' as const, data: incident };
const asCeasefire = { kind: 'ceasefire' as const, data: ceasefire };

describe('withHeldChange', () => {
  it('adds a held claim, and a held revision supersedes the claim it revises', () => {
    const body = { ...claim, claimant: { name: 'SOHR', kind: 'ngo' }, low: 90, asWritten: '90', supersedes: 'clm_a' };
    const shown = withHeldChange(
      { operation: 'claim.create', params: { slug: 's' }, body },
      asIncident,
    ) as IncidentShape;
    expect(shown.claims.map((c) => [c.asWritten, c.status])).toEqual([
      ['80', 'superseded'],
      ['90', 'current'],
    ]);
    expect(shown.summary.killed?.low).toBe(90);
  });

  it('shows a held headline on the card of the article it edits, and nothing else of an article', () => {
    const headed = withHeldChange(
      { operation: 'article.update', params: { slug: 'strike-report' }, body: { headline: 'Strike kills 62' } },
      asIncident,
    ) as IncidentShape;
    expect(headed.articles.map((a) => a.headline)).toEqual(['Strike kills 62', 'What the strike means']);
    const bodyOnly = withHeldChange(
      { operation: 'article.update', params: { slug: 'strike-report' }, body: { dek: 'New dek' } },
      asIncident,
    );
    expect(bodyOnly).toEqual(incident);
  });

  it('shows a draft going live on the card of a story it reports, and an article taken down leaving it', () => {
    const late = { headline: 'Late report', language: 'en', status: 'draft' as const, incidents: [{ slug: 'strike' }] };
    const publishing = {
      operation: 'article.update' as const,
      params: { slug: 'late' },
      body: { status: 'published' },
    };
    const live = withHeldChange(publishing, asIncident, late) as IncidentShape;
    expect(live.articles.map((a) => a.headline)).toEqual([
      'Strike kills soldiers',
      'What the strike means',
      'Late report',
    ]);
    // Published with a new headline at once: that one; an article reporting another story: not on this card.
    const retitled = withHeldChange(
      { ...publishing, body: { status: 'published', headline: 'Later report' } },
      asIncident,
      late,
    ) as IncidentShape;
    expect(retitled.articles.at(-1)?.headline).toBe('Later report');
    const elsewhere = withHeldChange(publishing, asIncident, { ...late, incidents: [{ slug: 'other' }] });
    expect(elsewhere).toEqual(incident);
    const takenDown = withHeldChange(
      { operation: 'article.update', params: { slug: 'strike-report' }, body: { status: 'draft' } },
      asIncident,
    ) as IncidentShape;
    expect(takenDown.articles.map((a) => a.slug)).toEqual(['analysis']);
  });

  it('shows a held headline under the claims that cite the article as their source', () => {
    const cited = { ...claim, sourceArticle: { slug: 'analysis', headline: 'What the strike means', language: 'en' } };
    const citing = { kind: 'incident' as const, data: { ...incident, claims: [cited] } };
    const shown = withHeldChange(
      { operation: 'article.update', params: { slug: 'analysis' }, body: { headline: 'What the strike meant' } },
      citing,
    ) as IncidentShape;
    expect(shown.claims.map((c) => c.sourceArticle?.headline)).toEqual(['What the strike meant']);
  });

  it('retracts, corrects a claim and edits details', () => {
    const retracted = withHeldChange({ operation: 'claim.retract', params: { id: 'clm_a' }, body: null }, asIncident);
    expect((retracted as IncidentShape).claims[0]?.status).toBe('retracted');
    const fixed = withHeldChange({ operation: 'claim.update', params: { id: 'clm_a' }, body: { low: 85 } }, asIncident);
    expect((fixed as IncidentShape).summary.killed?.low).toBe(85);
    const titled = withHeldChange({ operation: 'incident.update', params: {}, body: { title: 'New' } }, asIncident);
    expect((titled as IncidentShape).title).toBe('New');
  });

  it('moves a ceasefire’s status, adds a tally or milestone, and moves a milestone', () => {
    const moved = withHeldChange(
      { operation: 'ceasefire.update', params: {}, body: { status: 'collapsed', asOf: '2016-09-19T21:00:00+03:00' } },
      asCeasefire,
    ) as CeasefireShape;
    expect(moved.gauge.status).toBe('collapsed');
    expect(moved.history.at(-1)?.status).toBe('collapsed');
    const heldTally = (count: number, reportedOn: string) =>
      withHeldChange(
        {
          operation: 'tally.create',
          params: {},
          body: { claimant: null, count, qualifier: 'exact', asWritten: String(count), reportedOn },
        },
        asCeasefire,
      ) as CeasefireShape;
    const tallied = heldTally(55, '2016-09-12');
    expect(tallied.tallies.map((t) => t.count)).toEqual([55]);
    // One reported after the day the data describes is not shown to readers yet: nor in the preview.
    expect(heldTally(70, '2016-09-15').tallies).toEqual(asCeasefire.data.tallies);
    const met = withHeldChange(
      { operation: 'milestone.update', params: { id: 'mst_a' }, body: { state: 'met' } },
      asCeasefire,
    ) as CeasefireShape;
    expect(met.milestones[0]?.state).toBe('met');
  });

  it('shows a ceasefire’s end as readers would: once the data reaches it', () => {
    const update = (body: Record<string, unknown>, data: CeasefireShape & { storedEndedAt?: string | null }) =>
      withHeldChange(
        { operation: 'ceasefire.update', params: {}, body },
        { kind: 'ceasefire', data },
      ) as CeasefireShape;
    // An end set for after the data's moment (the 13th) is kept, not shown; one set within it ends the count there.
    const announced = update({ endedAt: '2016-09-19T19:00:00+03:00' }, ceasefire);
    expect([announced.endedAt, announced.gauge.daysInForce]).toEqual([null, 0]);
    const ended = update({ endedAt: '2016-09-13T09:00:00+03:00', asOf: '2016-09-20T12:00:00+03:00' }, ceasefire);
    expect([ended.endedAt, ended.gauge.daysInForce]).toEqual(['2016-09-13T09:00:00+03:00', 0]);
    // The data moved past an end stored earlier, which the editors' read gives: it shows now.
    const reached = update(
      { asOf: '2016-09-20T12:00:00+03:00' },
      { ...ceasefire, storedEndedAt: '2016-09-19T19:00:00+03:00' },
    );
    expect([reached.endedAt, reached.gauge.daysInForce]).toEqual(['2016-09-19T19:00:00+03:00', 7]);
  });

  it('shows a held change to a ceasefire’s details: who brokered it, who is party to it, what it leaves out', () => {
    const data = {
      ...ceasefire,
      name: 'Truce',
      language: 'en',
      brokers: ['US'],
      parties: ['Army'],
      excludes: ['ISIS'],
    };
    const update = (body: Record<string, unknown>) =>
      withHeldChange(
        { operation: 'ceasefire.update', params: {}, body },
        { kind: 'ceasefire', data },
      ) as CeasefireShape;
    const rebrokered = update({ brokers: ['UN'], excludes: [] });
    expect([rebrokered.brokers, rebrokered.parties, rebrokered.excludes]).toEqual([['UN'], ['Army'], []]);
    const renamed = update({ name: 'Aleppo truce', parties: ['Army', 'Rebels'], language: 'ar' });
    expect([renamed.name, renamed.parties, renamed.language, renamed.brokers]).toEqual([
      'Aleppo truce',
      ['Army', 'Rebels'],
      'ar',
      ['US'],
    ]);
  });

  it('has nothing to show for a revert, or a change that does not fit the story', () => {
    expect(withHeldChange({ operation: 'audit.revert', params: { id: '1' }, body: null }, asIncident)).toBeNull();
    expect(withHeldChange({ operation: 'tally.create', params: {}, body: {} }, asIncident)).toBeNull();
  });
});

describe('withStatus', () => {
  const tally = (id: string, reportedOn: string): TallyShape => ({
    id,
    reportedOn,
    count: 1,
    claimant: null,
    qualifier: 'exact',
    asWritten: '1',
    excludes: null,
    sourceUrl: null,
  });
  const read = {
    ...ceasefire,
    asOf: '2016-09-15T12:00:00+03:00',
    endedAt: null,
    storedEndedAt: '2016-09-19T19:00:00+03:00',
    tallies: [tally('tly_a', '2016-09-13'), tally('tly_b', '2016-09-15')],
  } as unknown as CeasefireShape & { storedEndedAt: string | null };
  const move = (asOf: string) => withStatus(read, { status: 'holding', statusNote: null, asOf });

  it('counts to the stored end once a later “data as of” reaches it, as readers will get it', () => {
    const moved = move('2016-09-25T12:00:00+03:00');
    expect([moved?.endedAt, moved?.gauge.daysInForce]).toEqual(['2016-09-19T19:00:00+03:00', 7]);
  });

  it('leaves out the tallies an earlier “data as of” does not reach', () => {
    expect(move('2016-09-14T12:00:00+03:00')?.tallies.map((t) => t.id)).toEqual(['tly_a']);
  });

  it('shows the stored tallies a later “data as of” reaches, which the read itself leaves out', () => {
    const stored = { ...read, storedTallies: [...read.tallies, tally('tly_c', '2016-09-18')] };
    const later = withStatus(stored, { status: 'holding', statusNote: null, asOf: '2016-09-18T12:00:00+03:00' });
    expect(later?.tallies.map((t) => t.id)).toEqual(['tly_a', 'tly_b', 'tly_c']);
    expect(move('2016-09-18T12:00:00+03:00')?.tallies.map((t) => t.id)).toEqual(['tly_a', 'tly_b']);
  });
});

describe('describeChange', () => {
  const held = (body: Record<string, unknown>) =>
    describeChange({ operation: 'ceasefire.update', subject: { type: 'ceasefire', key: 'truce' }, body });

  it('tells a held ceasefire status change from a change to its details, and names what the details become', () => {
    expect(held({ name: 'Truce', brokers: ['UN'], parties: ['Army', 'Rebels'], excludes: [], language: 'en' })).toBe(
      'Edit the details of truce: name “Truce”; language: en; brokers: “UN”; parties: “Army”, “Rebels”; not covered: none',
    );
    expect(held({ status: 'collapsed', statusNote: null, asOf: '2016-09-19T21:00:00+03:00' })).toBe(
      'Update the status of truce: status collapsed as of 2016-09-19T21:00:00+03:00',
    );
    expect(held({ status: 'ended', asOf: '2016-09-19T21:00:00+03:00', endedAt: '2016-09-19T19:00:00+03:00' })).toBe(
      'Update the status and details of truce: status ended as of 2016-09-19T21:00:00+03:00; end: 2016-09-19T19:00:00+03:00',
    );
  });
});
