/**
 * Every request the soak sends, as it went: how long it took, what came
 * back, and whether that was an answer the guarantees allow. Allowed are the
 * answers a route gives when it works, and the two refusals a client is told
 * to retry: 503 and 429, each with `Retry-After`. Anything else — another
 * status, a 5xx, a refusal without `Retry-After`, a dropped connection, no
 * answer within the deadline plus the margin — is an unexpected error.
 */

export type Sent = {
  /** The response, or undefined when none came (a dropped connection, or no answer in time). */
  res?: Response;
  text: string;
  ms: number;
  /** An answer a working route gives (one of the statuses expected). */
  ok: boolean;
  /** 503 or 429 with Retry-After: retry after it. */
  refused: boolean;
  /** Seconds to wait before retrying, when refused. */
  retryAfter: number;
};

export class Ledger {
  requests = 0;
  readonly statuses = new Map<string, number>();
  unexpected = 0;
  slow = 0;
  readonly examples: string[] = [];
  slowest = { ms: 0, what: '' };

  constructor(private readonly limitMs: number) {}

  /** Sends one request; never throws. */
  async send(label: string, url: string, init: RequestInit, expected: number[]): Promise<Sent> {
    const started = performance.now();
    let res: Response | undefined;
    let text = '';
    let failure = '';
    try {
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(this.limitMs) });
      text = await res.text();
    } catch (error) {
      failure =
        (error as Error).name === 'TimeoutError' ? 'no answer in time' : `no answer: ${(error as Error).message}`;
      res = undefined;
    }
    const ms = performance.now() - started;
    this.requests += 1;
    if (ms > this.slowest.ms) this.slowest = { ms, what: `${label} ${url}` };
    if (ms > this.limitMs || failure === 'no answer in time') this.slow += 1;
    const status = res ? String(res.status) : 'none';
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    // A refusal without the header is none: Number(null) and Number('') are 0, which read as "retry at once".
    const retryAfter = Number(res?.headers.get('Retry-After') || Number.NaN);
    const refused =
      !!res && (res.status === 503 || res.status === 429) && Number.isFinite(retryAfter) && retryAfter >= 0;
    const ok = !!res && expected.includes(res.status);
    if (!ok && !refused)
      this.note(`${label} ${init.method ?? 'GET'} ${url}: ${failure || `${status} ${text.slice(0, 200)}`}`);
    return { res, text, ms, ok, refused, retryAfter: refused ? retryAfter : 0 };
  }

  note(problem: string): void {
    this.unexpected += 1;
    if (this.examples.length < 20) this.examples.push(problem);
  }
}
