/**
 * A bounded load run of mixed public reads (incident, ceasefire, listing,
 * embed page) while an editor writes every couple of seconds, all against
 * the local server. What it must show: no 5xx, no dropped connection or
 * timeout, and every write visible in the public read made right after it
 * (the write purges what it affects).
 */
import autocannon from 'autocannon';
import { SEED } from '../src/db/seed/story';

export type MixedLoadResult = {
  seconds: number;
  connections: number;
  /** Public reads autocannon made (the writer's own requests are counted in `writes`). */
  reads: number;
  requestsPerSecond: number;
  p99Ms: number;
  fiveXx: number;
  non2xx: number;
  errors: number;
  writes: number;
  writesFailed: number;
  writesReflected: number;
};

const READS = [
  `/api/v1/incidents/${SEED.incidentSlug}`,
  `/api/v1/ceasefires/${SEED.ceasefireSlug}`,
  '/api/v1/articles',
  `/api/v1/articles/${SEED.articleSlug}`,
  `/embed/casualty-claims/${SEED.incidentSlug}`,
];

/** One editor write and the public read after it; whether the read shows the write. */
async function writeThenRead(base: string, token: string, n: number): Promise<{ ok: boolean; reflected: boolean }> {
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  if (n % 2 === 0) {
    const asWritten = `bench tally ${n}`;
    const res = await fetch(`${base}/api/v1/admin/ceasefires/${SEED.ceasefireSlug}/tallies`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ claimant: null, count: n, qualifier: 'exact', asWritten, reportedOn: '2016-09-18' }),
    });
    await res.arrayBuffer();
    if (res.status !== 201) return { ok: false, reflected: false };
    const read = (await (await fetch(`${base}/api/v1/ceasefires/${SEED.ceasefireSlug}`)).json()) as {
      tallies: { asWritten: string }[];
    };
    return { ok: true, reflected: read.tallies.some((t) => t.asWritten === asWritten) };
  }
  const path = `/api/v1/admin/incidents/${SEED.incidentSlug}`;
  const current = await fetch(`${base}${path}`, { headers: auth });
  await current.arrayBuffer();
  const summary = `Edited under load, write ${n}.`;
  const res = await fetch(`${base}${path}`, {
    method: 'PATCH',
    headers: { ...auth, 'If-Match': current.headers.get('ETag') ?? '' },
    body: JSON.stringify({ summary }),
  });
  await res.arrayBuffer();
  if (res.status !== 200) return { ok: false, reflected: false };
  const read = (await (await fetch(`${base}/api/v1/incidents/${SEED.incidentSlug}`)).json()) as { description: string };
  return { ok: true, reflected: read.description === summary };
}

export async function mixedLoad(
  base: string,
  token: string,
  options: { seconds: number; connections: number; writeEveryMs: number },
): Promise<MixedLoadResult> {
  let n = 0;
  const writes: Promise<{ ok: boolean; reflected: boolean }>[] = [];
  const writer = setInterval(() => {
    n += 1;
    writes.push(writeThenRead(base, token, n).catch(() => ({ ok: false, reflected: false })));
  }, options.writeEveryMs);
  let read = 0;
  let result: autocannon.Result;
  try {
    result = await autocannon({
      url: base,
      connections: options.connections,
      duration: options.seconds,
      requests: [{ setupRequest: (req) => ({ ...req, path: READS[read++ % READS.length] as string }) }],
    });
  } finally {
    clearInterval(writer);
  }
  const outcomes = await Promise.all(writes);
  return {
    seconds: options.seconds,
    connections: options.connections,
    reads: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    fiveXx: result['5xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts + result.resets,
    writes: outcomes.length,
    writesFailed: outcomes.filter((o) => !o.ok).length,
    writesReflected: outcomes.filter((o) => o.reflected).length,
  };
}
