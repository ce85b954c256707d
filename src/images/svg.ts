/** Escaping for text and attribute values in SVG (XML): data from editors is only ever text here. */
export function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 forbids (C0 controls but tab/newline): a hostile string must not break the document.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is what it is for
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

export const px = (n: number) => String(Math.round(n * 10) / 10);
