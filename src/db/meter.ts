/**
 * A D1 binding that counts its round trips and the time spent in them. Every
 * `batch`, `exec` and every statement run on its own (`first`, `all`, `run`,
 * `raw`) is one round trip. The statements still run against the real
 * database: the meter only watches.
 *
 * The app meters every API request and reports it in `Server-Timing`, which
 * is how the benchmark (and anyone with devtools) sees that a public read
 * costs one round trip and a cache hit none.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';

const RAW = Symbol('raw statement');

export type D1Meter = { binding: D1Database; roundTrips: () => number; milliseconds: () => number };

export function meterD1(d1: D1Database): D1Meter {
  let trips = 0;
  let spent = 0;
  const timed = <T>(run: () => Promise<T>): Promise<T> => {
    trips += 1;
    const start = Date.now();
    return run().finally(() => {
      spent += Date.now() - start;
    });
  };
  const wrapStatement = (stmt: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        if (prop === RAW) return target;
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (prop === 'bind') return (...args: unknown[]) => wrapStatement(value.apply(target, args));
        if (prop === 'first' || prop === 'all' || prop === 'run' || prop === 'raw') {
          return (...args: unknown[]) => timed(() => value.apply(target, args));
        }
        return value.bind(target);
      },
    });
  const binding = new Proxy(d1, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'prepare') return (query: string) => wrapStatement(target.prepare(query));
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => timed(() => target.batch(statements.map(unwrap)));
      }
      if (prop === 'exec') return (query: string) => timed(() => target.exec(query));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { binding, roundTrips: () => trips, milliseconds: () => spent };
}

function unwrap(stmt: D1PreparedStatement): D1PreparedStatement {
  return (stmt as unknown as { [RAW]?: D1PreparedStatement })[RAW] ?? stmt;
}

/** The meter's reading as a `Server-Timing` entry. */
export function serverTiming(meter: D1Meter): string {
  const trips = meter.roundTrips();
  return `d1;dur=${meter.milliseconds()};desc="${trips} round trip${trips === 1 ? '' : 's'}"`;
}
