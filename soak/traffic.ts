/**
 * The soak's clients: editors who create claims, tallies, incidents and
 * ceasefires with `Idempotency-Key`s and retry whatever got no answer; and
 * readers who read live and pinned URLs, one of them hostile (a new instant
 * every time, as fast as it can).
 */
import { SEED } from '../src/db/seed/story';
import type { Ledger } from './ledger';

export type Editor = { name: string; token: string; ip: string };

/** A create an editor was told landed (201, or the replay of an earlier try). */
export type Acknowledged = {
  marker: string;
  kind: 'claim' | 'tally' | 'incident' | 'ceasefire';
  id: string;
  attempts: number;
};

export type Writes = {
  acknowledged: Acknowledged[];
  /** Creates given up after every retry went unanswered: they may or may not have landed, but never twice. */
  givenUp: string[];
  /** Creates that needed more than one try. */
  retried: number;
};

const MAX_ATTEMPTS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;

/**
 * One create, sent until it is answered: the same body and key every time,
 * after the `Retry-After` it was given (at most 5 s), or half a second after
 * no answer at all.
 */
export async function createOnce(
  ledger: Ledger,
  base: string,
  editor: Editor,
  write: { kind: Acknowledged['kind']; marker: string; path: string; body: unknown; key: string },
  writes: Writes,
): Promise<void> {
  const headers = {
    Authorization: `Bearer ${editor.token}`,
    'Content-Type': 'application/json',
    'Idempotency-Key': write.key,
    'CF-Connecting-IP': editor.ip,
  };
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const sent = await ledger.send(
      `editor ${editor.name}`,
      `${base}${write.path}`,
      {
        method: 'POST',
        headers,
        body: JSON.stringify(write.body),
      },
      [201],
    );
    if (sent.ok) {
      const created = JSON.parse(sent.text) as { id?: string; slug?: string };
      const id = write.kind === 'incident' || write.kind === 'ceasefire' ? created.slug : created.id;
      writes.acknowledged.push({ marker: write.marker, kind: write.kind, id: String(id), attempts: attempt });
      if (attempt > 1) writes.retried += 1;
      return;
    }
    if (sent.res && !sent.refused) return; // an unexpected answer: the ledger has it; retrying would not help
    await sleep(sent.refused ? Math.min(sent.retryAfter, 5) * 1000 : 500);
  }
  writes.givenUp.push(write.marker);
}

export type Pool = { incidents: string[]; ceasefires: string[] };

/** Days the soak's claims and tallies are dated on: each new one may add a change to its resource's timeline. */
const CLAIM_DAYS = ['2016-09-17', '2016-09-18', '2016-09-19', '2016-09-20', '2016-09-21', '2016-09-22'];
const TALLY_DAYS = ['2016-09-13', '2016-09-14', '2016-09-15', '2016-09-16', '2016-09-17', '2016-09-18'];

/** An editor adding claims and tallies to the pool until `running()` is false. */
export async function editorLoop(
  ledger: Ledger,
  base: string,
  editor: Editor,
  runId: string,
  pool: Pool,
  writes: Writes,
  running: () => boolean,
): Promise<void> {
  for (let n = 1; running(); n++) {
    const marker = `soak ${runId} ${editor.name} #${n}`;
    const key = `${runId}-${editor.name}-${n}`;
    if (Math.random() < 0.6) {
      const body = {
        claimant: { name: `Soak claimant ${editor.name}`, kind: 'ngo' },
        metric: 'killed',
        subject: 'people',
        qualifier: 'exact',
        low: n,
        asWritten: String(n),
        claimedOn: pick(CLAIM_DAYS),
        quote: marker,
      };
      await createOnce(
        ledger,
        base,
        editor,
        { kind: 'claim', marker, key, body, path: `/api/v1/admin/incidents/${pick(pool.incidents)}/claims` },
        writes,
      );
    } else {
      const body = { claimant: null, count: n, qualifier: 'exact', asWritten: marker, reportedOn: pick(TALLY_DAYS) };
      await createOnce(
        ledger,
        base,
        editor,
        { kind: 'tally', marker, key, body, path: `/api/v1/admin/ceasefires/${pick(pool.ceasefires)}/tallies` },
        writes,
      );
    }
    await sleep(200 + Math.random() * 400);
  }
}

/** The incidents and ceasefires the editors write to, created the same way (and counted as writes). */
export async function createPool(
  ledger: Ledger,
  base: string,
  editor: Editor,
  runId: string,
  writes: Writes,
  size: { incidents: number; ceasefires: number },
): Promise<Pool> {
  const pool: Pool = { incidents: [], ceasefires: [] };
  for (let i = 0; i < size.incidents; i++) {
    const slug = `soak-${runId}-incident-${i}`;
    const body = {
      slug,
      title: `Soak incident ${i}`,
      occurredOn: '2016-09-17',
      placeName: 'Deir ez-Zor',
      summary: 'Soak.',
      articleSlugs: [SEED.articleSlug],
    };
    await createOnce(
      ledger,
      base,
      editor,
      { kind: 'incident', marker: slug, key: `${runId}-${slug}`, body, path: '/api/v1/admin/incidents' },
      writes,
    );
    pool.incidents.push(slug);
  }
  for (let i = 0; i < size.ceasefires; i++) {
    const slug = `soak-${runId}-ceasefire-${i}`;
    const body = {
      slug,
      name: `Soak ceasefire ${i}`,
      brokers: ['United States'],
      parties: ['Syrian government'],
      startedAt: '2016-09-12T19:00:00+03:00',
      status: 'holding',
      statusNote: 'In force.',
      asOf: '2016-09-19T12:00:00+03:00',
    };
    await createOnce(
      ledger,
      base,
      editor,
      { kind: 'ceasefire', marker: slug, key: `${runId}-${slug}`, body, path: '/api/v1/admin/ceasefires' },
      writes,
    );
    pool.ceasefires.push(slug);
  }
  return pool;
}

/** What readers read: live resources, the listing, embed pages and oEmbed, and pinned reads of a few moments. */
function readerUrls(base: string, pool: Pool): string[] {
  const moments = ['2016-09-16', '2016-09-18', '2016-09-18T12:00:00+03:00', '2016-09-21'];
  return [
    `/api/v1/incidents/${SEED.incidentSlug}`,
    `/api/v1/ceasefires/${SEED.ceasefireSlug}`,
    `/api/v1/articles/${SEED.articleSlug}`,
    '/api/v1/articles',
    '/api/v1/articles?limit=2',
    `/embed/casualty-claims/${SEED.incidentSlug}`,
    `/embed/ceasefire-gauge/${SEED.ceasefireSlug}?lang=es`,
    `/oembed?url=${encodeURIComponent(`${base}/embed/casualty-claims/${SEED.incidentSlug}`)}`,
    ...pool.incidents.flatMap((slug) => [
      `/api/v1/incidents/${slug}`,
      ...moments.map((m) => `/api/v1/incidents/${slug}?asOf=${encodeURIComponent(m)}`),
    ]),
    ...pool.ceasefires.flatMap((slug) => [`/api/v1/ceasefires/${slug}`, `/api/v1/ceasefires/${slug}?asOf=2016-09-15`]),
  ];
}

/** A reader at an address of its own, reading at a reader's pace. */
export async function readerLoop(
  ledger: Ledger,
  base: string,
  ip: string,
  pool: Pool,
  running: () => boolean,
): Promise<void> {
  const urls = readerUrls(base, pool);
  while (running()) {
    const url = pick(urls);
    await ledger.send('reader', `${base}${url}`, { headers: { 'CF-Connecting-IP': ip } }, [200]);
    await sleep(50 + Math.random() * 150);
  }
}

/** Liveness and D1 reachability, as a monitor polls them. */
export async function healthLoop(ledger: Ledger, base: string, running: () => boolean): Promise<void> {
  while (running()) {
    await ledger.send('health', `${base}/health`, {}, [200]);
    await ledger.send('health', `${base}/health/live`, {}, [200]);
    await sleep(500);
  }
}

export type Hostile = { requests: number; roundTrips: number; served: number; refused: number };

/** One address asking a new instant of some incident or ceasefire every time, as fast as it can. */
export async function hostileLoop(ledger: Ledger, base: string, pool: Pool, running: () => boolean): Promise<Hostile> {
  const seen: Hostile = { requests: 0, roundTrips: 0, served: 0, refused: 0 };
  const targets = [
    `/api/v1/incidents/${SEED.incidentSlug}`,
    `/api/v1/ceasefires/${SEED.ceasefireSlug}`,
    ...pool.incidents.map((slug) => `/api/v1/incidents/${slug}`),
  ];
  const from = Date.UTC(2016, 8, 13);
  const span = Date.now() - from;
  while (running()) {
    const instant = new Date(from + Math.floor(Math.random() * span)).toISOString();
    const sent = await ledger.send(
      'hostile',
      `${base}${pick(targets)}?asOf=${encodeURIComponent(instant)}`,
      {
        headers: { 'CF-Connecting-IP': '10.66.6.6' },
      },
      [200],
    );
    seen.requests += 1;
    if (sent.ok) seen.served += 1;
    if (sent.refused) seen.refused += 1;
    const trips = /desc="(\d+) round trips?"/.exec(sent.res?.headers.get('Server-Timing') ?? '')?.[1];
    seen.roundTrips += Number(trips ?? 0);
  }
  return seen;
}
