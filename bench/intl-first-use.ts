/**
 * Is the first `Intl` formatter's cost paid per isolate or per process?
 * The embed page's first request in a fresh `wrangler dev` spends 11–13 ms
 * making its first `Intl.DateTimeFormat` (bench/README.md). This starts one
 * `wrangler dev` holding two Workers (A, and B behind a service binding,
 * so each is its own isolate in the same workerd), warms both, then times
 * each one's first formatter: whichever comes first pays, the other does
 * not, even in another locale. Prints one line per start.
 *
 *   npx tsx bench/intl-first-use.ts [starts]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stop, wranglerDev } from './first-request';

const PORT = 8877;
const starts = Number(process.argv[2] ?? 3);

const worker = (locale: string, forward: boolean) => `export default {
  async fetch(request, env) {
    const path = new URL(request.url).pathname;
    ${forward ? "if (path.startsWith('/b/')) return env.B.fetch(new Request('http://b' + path.slice(2)));" : ''}
    if (path !== '/intl') return new Response('ok');
    const date = new Intl.DateTimeFormat('${locale}', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(0));
    return new Response(date + new Intl.NumberFormat('${locale}').format(1234));
  },
};`;

const dir = mkdtempSync(join(tmpdir(), 'intl-first-use-'));
writeFileSync(join(dir, 'a.js'), worker('en', true));
writeFileSync(join(dir, 'b.js'), worker('es', false));
writeFileSync(
  join(dir, 'a.toml'),
  'name = "intl-a"\nmain = "a.js"\ncompatibility_date = "2026-11-01"\n[[services]]\nbinding = "B"\nservice = "intl-b"\n',
);
writeFileSync(join(dir, 'b.toml'), 'name = "intl-b"\nmain = "b.js"\ncompatibility_date = "2026-11-01"\n');

async function once(order: string[]): Promise<string> {
  const dev = await wranglerDev(
    ['dev', '-c', 'a.toml', '-c', 'b.toml', '--ip', '127.0.0.1', '--port', String(PORT)],
    dir,
  );
  try {
    const timed: string[] = [];
    for (const path of order) {
      const started = performance.now();
      await (await fetch(`http://127.0.0.1:${PORT}${path}`)).text();
      timed.push(`${path} ${(performance.now() - started).toFixed(1)}`);
    }
    return timed.join(' | ');
  } finally {
    await stop(dev);
  }
}

try {
  // Each isolate answers twice without Intl (its start and first request out of the way), then formats.
  const warm = ['/warm', '/b/warm', '/warm', '/b/warm'];
  for (let i = 0; i < starts; i += 1) {
    console.log(`A first: ${await once([...warm, '/intl', '/b/intl', '/intl', '/b/intl'])}`);
    console.log(`B first: ${await once([...warm, '/b/intl', '/intl', '/b/intl', '/intl'])}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
