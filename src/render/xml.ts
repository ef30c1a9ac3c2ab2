/** What XML 1.0 cannot hold at all, not even escaped: most C0 controls, U+FFFE/U+FFFF, lone surrogates. */
export const xmlForbidden = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute value (SVG, DrawingML); what XML forbids is dropped. */
export function xmlEscape(text: string): string {
  return text.replace(xmlForbidden, '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}
