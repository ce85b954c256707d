/** A local origin for the bench's hand-made pages: it serves whatever page was set last, and `extra` what it answers. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function pageServer(
  extra?: (req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<{ origin: string; show: (html: string) => void; close: () => void }> {
  let html = '';
  const server = createServer((req, res) => {
    if (extra?.(req, res)) return;
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(html);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    show: (page) => {
      html = page;
    },
    close: () => server.close(),
  };
}
