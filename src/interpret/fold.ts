/**
 * Folding for matching: Unicode NFC, Vietnamese diacritics removed (đ→d), lower case,
 * punctuation and repeated spaces collapsed. `Tình  trạng:` and `TINH_TRANG` both fold to
 * `tinh trang`. Used for headers, status words and unit names; never for display.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** Display text: NFC, single spaces, no line breaks inside (a header merged over lines). */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Long cell text cut for a message: `Xây dựng, đưa vào khai thác Kho dữ liệu…`. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
