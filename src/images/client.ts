/**
 * The API Worker's side of the `IMAGES` service binding: the one place that
 * knows how to ask the images Worker for a drawing. Light on purpose (a
 * fetch and the contract's types), so nothing of the renderer is bundled
 * into the API Worker.
 */
import type { Fetcher } from '@cloudflare/workers-types';
import type { ImageSize, RenderRequest } from './contract';

export function renderImage(images: Fetcher, request: RenderRequest): Promise<Response> {
  return images.fetch('https://images.internal/render', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  }) as unknown as Promise<Response>;
}

/** A card's size in CSS px, without drawing it; null when the images Worker does not answer. */
export async function measureImage(
  images: Fetcher | undefined,
  request: Omit<RenderRequest, 'format'>,
): Promise<ImageSize | null> {
  if (!images) return null;
  try {
    const res = await renderImage(images, { ...request, format: 'size' });
    return res.ok ? ((await res.json()) as ImageSize) : null;
  } catch {
    return null;
  }
}
