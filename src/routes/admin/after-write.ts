/**
 * The one step after every admin request: whatever its writes changed for
 * readers is purged from the edge cache before the answer leaves. Routes
 * never purge by hand. A write needs an author (src/db/writes/update.ts),
 * the only author a route can make is `authorOf(c)`, and that author carries
 * the request's record of what was touched, which the write layer fills as
 * each batch commits. So a new write route cannot forget the purge: if it
 * writes, what it wrote is purged.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { TouchedReads } from '../../db/writes/touched';
import { type Author, author } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { purgeAffectedReads } from '../../http/cache';

/**
 * Around every admin API request: gives it an empty record of what it
 * touched, and purges what is in it once the route has answered (even with
 * an error: a write that committed before a later step failed still shows).
 */
export function purgeAfterWrites(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const touched = new TouchedReads();
    c.set('touched', touched);
    try {
      await next();
    } finally {
      if (touched.written) await purgeAffectedReads(c, touched.reads);
    }
  };
}

/** The signed-in editor as the author of this request's writes. */
export function authorOf(c: Context<AdminEnv>, extra: Parameters<typeof author>[2] = {}): Author {
  return author(c.get('editor'), c.get('touched'), extra);
}
