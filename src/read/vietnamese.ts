/**
 * How much a text looks like Vietnamese, to choose between decodings of the same bytes
 * (Windows-1258, Windows-1252, TCVN3) and to recognise legacy-font text in a cell. Only the
 * difference between two candidates matters. A wrong decoding still produces accented letters,
 * but not Vietnamese syllables: `Nụũi` has two tone marks, `HoỔn` a capital inside a word,
 * `B¶o` a symbol between letters. So each word with a non-ASCII letter counts +1 when it can
 * be a Vietnamese syllable and −1 when it cannot, and each symbol touching a letter −1.
 */

/** Onset, vowel nucleus, final consonant; tone marks removed first, lower case. */
const syllable = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnptk])?$/;
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Non-ASCII characters that ordinary Vietnamese office text contains besides letters. */
const harmless = new Set([...'\u00a0–—‘’“”…•·°№²³«»≥≤±×÷€£₫']);

export function vietnameseScore(text: string): number {
  return assess(text).score;
}

/** True when nothing in the text counts against it: no other decoding can read better. */
export function readsAsVietnamese(text: string): boolean {
  return assess(text).flawless;
}

function assess(text: string): { score: number; flawless: boolean } {
  let score = 0;
  let flawless = true;
  const chars = [...text];
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  chars.forEach((c, i) => {
    if (c.charCodeAt(0) < 0x80 || /[\p{L}\p{M}]/u.test(c) || harmless.has(c)) return;
    if (isLetter(chars[i - 1]) || isLetter(chars[i + 1])) {
      score -= 1;
      flawless = false;
    }
  });
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    if (!/[^\x00-\x7f]/.test(word) || word.normalize('NFC').length < 2) continue;
    if (isSyllable(word)) score += 1;
    else {
      score -= 1;
      flawless = false;
    }
  }
  return { score, flawless };
}

export function isSyllable(word: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  const decomposed = word.toLowerCase().normalize('NFD');
  if ((decomposed.match(toneMarks) ?? []).length > 1) return false;
  return syllable.test(decomposed.replace(toneMarks, '').normalize('NFC'));
}
