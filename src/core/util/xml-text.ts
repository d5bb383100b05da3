/**
 * Characters XML 1.0 forbids anywhere in a document (§2.2 Char): C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. A title holding one (U+0001 from a PDF copy, a broken
 * encoding) would make a GEXF or SVG export not well-formed, so Gephi or a browser refuses the whole file.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids (they carry no meaning in a title or name). */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Text for XML character data or an attribute value: forbidden characters dropped, markup characters escaped. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
