/**
 * Text every format we publish can carry as sent. D1 keeps text as UTF-8,
 * which has no encoding for a lone UTF-16 surrogate (JSON allows one as
 * `\ud800`): it would be stored as U+FFFD, so a write would not read back as
 * written. And XML 1.0 (the Atom feeds, the SVG images) has no place for the
 * C0 control characters other than tab, line feed and carriage return, nor
 * for U+FFFE and U+FFFF: one in a title (a word processor's soft line break
 * pastes as U+000B) would leave every feed that lists the change unreadable
 * for as long as the change is listed. Such text is refused instead.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is what it is for
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Why `text` cannot be stored as sent, or null. */
function unstorable(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'not well-formed Unicode (a lone surrogate cannot be stored)';
  const control = text.match(XML_FORBIDDEN)?.[0];
  if (control === undefined) return null;
  const code = `U+${control.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  return `holds the control character ${code}, which the feeds cannot carry (a soft line break pasted from a word processor is U+000B: use a plain line break)`;
}

/** The first string (value or key) in `value` that cannot be stored as sent: its path, and why. */
export function unstorableText(value: unknown, path: string[] = []): { path: string[]; message: string } | null {
  if (typeof value === 'string') {
    const message = unstorable(value);
    return message ? { path, message } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const message = unstorable(key);
    if (message) return { path: [...path, key], message };
    const found = unstorableText(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Format characters that draw nothing and mean nothing in a name: the soft hyphen, the zero-width space, direction
 * marks, embeddings and isolates (a right-to-left mark comes along with text copied from Arabic), the word joiner
 * and invisible operators, the byte order mark. A name that differs from another only by them is the same name.
 */
const FORMAT_MARKS = '\\u00ad\\u061c\\u180e\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff';
/**
 * Characters that draw nothing by themselves but change how their neighbours are drawn (joiners, which Persian,
 * Indic scripts and emoji need; variation selectors), and fillers that draw a blank: kept in text, but text of
 * these, format marks and white space alone is blank.
 */
const SHAPING = '\\u034f\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180d\\u180f\\u200c\\u200d\\u3164\\ufe00-\\ufe0f\\uffa0';

export const FORMAT_MARK = new RegExp(`[${FORMAT_MARKS}]`, 'g');
const INVISIBLE = new RegExp(`[${FORMAT_MARKS}${SHAPING}\\s]`, 'g');

/** Whether `text` has something a reader can see: not only spaces and characters that draw nothing. */
export const hasVisibleText = (text: string): boolean => text.replace(INVISIBLE, '').length > 0;
