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
