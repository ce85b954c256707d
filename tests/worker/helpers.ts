/** Shared by the workerd tests: the seed, and calls to the Worker as a client makes them. */
import { env, exports } from 'cloudflare:workers';
import { database } from '../../src/db/client';
import { seedStatements } from '../../src/db/seed/story';

export const BASE = 'http://explainer.test';
const RAW = Symbol('raw statement');

export async function seedStory(): Promise<void> {
  const db = database(env.DB);
  await db.batch(seedStatements(db));
}

export function get(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

export async function getJson<T = Record<string, unknown>>(
  path: string,
): Promise<{ status: number; body: T; res: Response }> {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as T, res };
}

/**
 * The real D1 binding, wrapped to count the round trips a request makes:
 * every `batch` and every statement run on its own is one. The statements
 * still run against the real database.
 */
export function countingD1(d1: D1Database): { binding: D1Database; roundTrips: () => number } {
  let trips = 0;
  const wrapStatement = (stmt: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        if (prop === RAW) return target;
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (prop === 'bind') return (...args: unknown[]) => wrapStatement(value.apply(target, args));
        if (['first', 'all', 'run', 'raw'].includes(String(prop))) {
          return (...args: unknown[]) => {
            trips += 1;
            return value.apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
  const binding = new Proxy(d1, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'prepare') return (query: string) => wrapStatement(target.prepare(query));
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          trips += 1;
          return target.batch(statements.map(unwrap));
        };
      }
      if (prop === 'exec') {
        return (query: string) => {
          trips += 1;
          return target.exec(query);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { binding, roundTrips: () => trips };
}

function unwrap(stmt: D1PreparedStatement): D1PreparedStatement {
  return (stmt as unknown as { [RAW]?: D1PreparedStatement })[RAW] ?? stmt;
}
