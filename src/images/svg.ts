import { XML_FORBIDDEN } from '../../shared/contract/unicode';

/** Escaping for text and attribute values in SVG (XML): data from editors is only ever text here. */
export function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 forbids: a hostile string must not break the document (the API refuses them now;
      // text stored before it did may hold one).
      .replace(XML_FORBIDDEN, '')
  );
}

export const px = (n: number) => String(Math.round(n * 10) / 10);
