/**
 * A team's key set served on a loopback port exactly where Cloudflare Access
 * publishes it (`/cdn-cgi/access/certs`), from RSA keys made here for the
 * run. It counts the fetches (`GET /stats`), so tests can see the Worker's
 * caching, and `POST /rotate` publishes the next key beside the current one,
 * as Access does during a rotation; `POST /outage` makes it answer 503 (each
 * try still counted) until `POST /recover`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { AccessKeys, TestKey } from './keys';

async function makeKey(kid: string): Promise<{ key: TestKey; publicJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { key: { kid, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' } }, publicJwk };
}

export async function startJwksServer(): Promise<{ keys: AccessKeys; close: () => Promise<void> }> {
  const [current, next, stranger] = await Promise.all([
    makeKey(crypto.randomUUID()),
    makeKey(crypto.randomUUID()),
    makeKey(crypto.randomUUID()),
  ]);
  const published = [current.publicJwk];
  let fetches = 0;
  let down = false;
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/cdn-cgi/access/certs') {
      fetches += 1;
      if (down) return void res.writeHead(503).end();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ keys: published }));
    } else if (req.method === 'POST' && (req.url === '/outage' || req.url === '/recover')) {
      down = req.url === '/outage';
      res.writeHead(204).end();
    } else if (req.method === 'GET' && req.url === '/stats') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ fetches }));
    } else if (req.method === 'POST' && req.url === '/rotate') {
      if (!published.includes(next.publicJwk)) published.push(next.publicJwk);
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    keys: { teamDomain: `http://127.0.0.1:${port}`, current: current.key, next: next.key, stranger: stranger.key },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
