/**
 * The messages an embed page sends its parent whenever its height changes.
 * Ours names itself; AMP's `embed-size` lets `<amp-iframe resizable>` fit
 * the frame with no script of ours on the page.
 */
export const RESIZE_MESSAGE = 'explainer-edge:resize';

export type ResizeMessage = {
  type: typeof RESIZE_MESSAGE;
  /** The document's height in CSS pixels. */
  height: number;
  /** The embed page's own URL, so a parent can tell its frames apart. */
  src: string;
};

export type AmpEmbedSize = { sentinel: 'amp'; type: 'embed-size'; height: number };

export function isResizeMessage(data: unknown): data is ResizeMessage {
  const d = data as Partial<ResizeMessage> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.type === RESIZE_MESSAGE &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= 0 &&
    d.height < 100_000
  );
}
