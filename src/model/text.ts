/**
 * Text helpers every stage shares: matching (fold), display (tidy, shorten), the order of names,
 * unit identity, and Excel's column letters. Pure functions of strings, so they sit in model/,
 * below read, interpret and render alike.
 */

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

const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A unit's identity: case, spacing, punctuation and where a tone mark sits (`Hoà`/`Hòa`,
 * `Thuỷ`/`Thủy`) do not matter; the marks themselves do. `Tân Thành` and `Tân Thạnh` are two
 * communes of one province, and fold() would make them one.
 */
export function unitKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD');
      const tone = decomposed.match(tones)?.[0] ?? '';
      return `${decomposed.replace(tones, '').normalize('NFC')}${tone ? `\u0000${tone.codePointAt(0)!.toString(16)}` : ''}`;
    })
    .join(' ');
}

/** Written without any Vietnamese mark (`So Noi vu`, `SNV`): then only fold() can find the unit meant. */
export function unmarked(text: string): boolean {
  return fold(text) === text.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, ' ').trim();
}

// Created on first sort, not at import: ICU's Vietnamese collator costs a pipe that sorts nothing ~10 ms.
let collator: Intl.Collator | undefined;
/** Vietnamese alphabetical order, stable across runs. */
export function byName(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** `0 → A`, `25 → Z`, `26 → AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `A → 1`, `Z → 26`, `AA → 27` (either case). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
