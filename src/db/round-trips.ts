/**
 * The one place that knows what a D1 round trip is: every `batch`, `exec`
 * and every statement run on its own (`first`, `all`, `run`, `raw`). A
 * wrapper built here sees each round trip go by and may time it, bound it
 * or fail it; the statements still run against the real database.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';

const RAW = Symbol('raw statement');

/** What a round trip is: a batch (one transaction), one statement, or `exec`. */
export type RoundTripKind = 'batch' | 'statement' | 'exec';

/** Runs one round trip; `run` starts it. */
export type AroundRoundTrip = <T>(run: () => Promise<T>, kind: RoundTripKind) => Promise<T>;

export function interceptRoundTrips(d1: D1Database, around: AroundRoundTrip): D1Database {
  const wrapStatement = (stmt: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        if (prop === RAW) return target;
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (prop === 'bind') return (...args: unknown[]) => wrapStatement(value.apply(target, args));
        if (prop === 'first' || prop === 'all' || prop === 'run' || prop === 'raw') {
          return (...args: unknown[]) => around(() => value.apply(target, args), 'statement');
        }
        return value.bind(target);
      },
    });
  return new Proxy(d1, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'prepare') return (query: string) => wrapStatement(target.prepare(query));
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => around(() => target.batch(statements.map(unwrap)), 'batch');
      }
      if (prop === 'exec') return (query: string) => around(() => target.exec(query), 'exec');
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A wrapped statement handed to a batch goes in as the binding's own (D1 refuses foreign objects). */
function unwrap(stmt: D1PreparedStatement): D1PreparedStatement {
  return (stmt as unknown as { [RAW]?: D1PreparedStatement })[RAW] ?? stmt;
}
