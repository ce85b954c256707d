/**
 * One D1 read per cache key at a time, per isolate. When an editor's write
 * purges a hot read, every reader who asks it in the next moment misses at
 * once; without this each would read D1 (and spend its miss budget, and
 * fill the cap on reads in flight, src/http/load-shedding.ts). Instead the
 * first reader's miss leads, and the others wait for the copy it reads.
 *
 * A leader hands its followers plain data (status, headers, body), never
 * its Response: a body belongs to the request that made it. A follower
 * waits at most a deadline and then reads for itself; a leader whose request
 * was dropped before it settled is forgotten after a while.
 */

/** A copy as plain data, handed from one request to another. */
export type SharedCopy = { status: number; headers: [string, string][]; body: ArrayBuffer };

type Lead = { began: number; copy: Promise<SharedCopy | undefined> };

const underWay = new Map<string, Lead>();
const FORGOTTEN_AFTER_MS = 30_000;

/**
 * Joins the miss of `key` under way in this isolate, or leads it. Decided at
 * once (no await between looking and leading), so of readers arriving
 * together exactly one leads. A follower's `copy` is what the leader read
 * (undefined if it read nothing storable, or took longer than `waitMs`: then
 * the follower reads for itself); a leader calls `settle` with what it read.
 */
export function shareMiss(
  key: string,
  waitMs: number,
): { follows: boolean; copy: Promise<Response | undefined>; settle: (copy: Response | undefined) => Promise<void> } {
  const current = underWay.get(key);
  if (current && Date.now() - current.began <= FORGOTTEN_AFTER_MS) {
    return { follows: true, copy: follow(current, waitMs), settle: async () => {} };
  }
  let resolve: (copy: SharedCopy | undefined) => void = () => {};
  const lead: Lead = {
    began: Date.now(),
    copy: new Promise((r) => {
      resolve = r;
    }),
  };
  underWay.set(key, lead);
  const settle = async (copy: Response | undefined) => {
    if (underWay.get(key) === lead) underWay.delete(key);
    try {
      resolve(copy && { status: copy.status, headers: [...copy.headers], body: await copy.clone().arrayBuffer() });
    } catch {
      resolve(undefined);
    }
  };
  return { follows: false, copy: Promise.resolve(undefined), settle };
}

/**
 * A write purged these keys: a read of one under way began before the write, and a reader who comes now must not
 * wait for its copy (served as a hit, kept in memory after the purge) but read for itself. Readers already waiting
 * keep theirs: they asked before the write.
 */
export function forgetMisses(keys: readonly string[]): void {
  for (const key of keys) underWay.delete(key);
}

async function follow(lead: Lead, waitMs: number): Promise<Response | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  const copy = await Promise.race([lead.copy, gaveUp]);
  if (timer !== undefined) clearTimeout(timer);
  return copy && new Response(copy.body.slice(0), { status: copy.status, headers: copy.headers });
}
