/**
 * The API Worker's side of the `IMAGES` service binding: the one place that
 * knows how to ask the images Worker for a drawing. Light on purpose (a
 * fetch and the contract's types), so nothing of the renderer is bundled
 * into the API Worker.
 */
import type { Fetcher } from '@cloudflare/workers-types';
import type { RenderRequest } from './contract';

export function renderImage(images: Fetcher, request: RenderRequest): Promise<Response> {
  return images.fetch('https://images.internal/render', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  }) as unknown as Promise<Response>;
}
