/** Text made safe for SpreadsheetML. */

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates, U+FFFE and U+FFFF. One
// stray control character (a pasted form feed, a NUL from a legacy system) makes Excel reject the file.
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A cell holds at most 32,767 characters; Excel declares a longer one corrupt and "repairs" the file. */
export const MAX_CELL_TEXT = 32_767;

export function stripIllegal(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** For element content and attribute values alike. */
export function escapeXml(text: string): string {
  return stripIllegal(text).replace(SPECIAL, (c) => ENTITIES[c]!);
}

/**
 * Cell text as `<t>` content. Besides escaping: Excel reads `_x0041_` in cell text as an escaped
 * character (ST_Xstring), so a literal one has its underscore escaped as `_x005F_` to come back unchanged.
 */
export function cellText(text: string): string {
  let clean = stripIllegal(text);
  if (clean.length > MAX_CELL_TEXT) {
    const end = /[\uD800-\uDBFF]/.test(clean[MAX_CELL_TEXT - 1]!) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
    clean = clean.slice(0, end);
  }
  return clean.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(SPECIAL, (c) => ENTITIES[c]!);
}
