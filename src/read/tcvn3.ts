/**
 * TCVN3 (ABC, the `.VnTime` fonts): Vietnamese typed as 8-bit codes that only the legacy font
 * draws as Vietnamese letters. Excel stores each code as the Windows-1252 character with that
 * byte, so `Bảo Thắng` typed in .VnTime reaches us as `B¶o Th¾ng`, in an .xlsx cell or a UTF-8
 * CSV alike. Converting means mapping each character back to its byte, then decoding the bytes
 * as TCVN (iconv-lite's `tcvn` table, whose lower half is TCVN3).
 *
 * Capitals with tone marks have no code of their own in TCVN3: they were typed in the
 * `.VnTimeH` font, which draws the lower-case codes as capitals. A text, or a word, whose plain
 * letters are all capitals (`§¶NG Bé`, `TØNH`) is therefore turned to capitals after decoding
 * (`ĐẢNG BỘ`, `TỈNH`).
 */
import { iconvLite } from './on-demand.js';
import { readsAsVietnamese, vietnameseScore } from './vietnamese.js';

/** Windows-1252 characters of bytes 0x80–0x9F; the five bytes it leaves undefined map to themselves. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const byteOfHigh = new Map([...cp1252High].map((c, i) => [c, 0x80 + i]));

/** Bytes as Excel shows them on a Windows-1252 system: every byte becomes one character, reversibly. */
export function glyphsFromBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** The letter of each TCVN3 code, from iconv-lite's table, looked up on first need. */
let tcvnLetters: string[] | undefined;

/** Each character back to its byte and on to its TCVN3 letter; null when no 8-bit font could have produced it. */
function lettersFromGlyphs(text: string): string | null {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const b = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : byteOfHigh.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  // Unicode Vietnamese (ệ, ư, đ…) has returned above, so the table is built only for likely TCVN3.
  tcvnLetters ??= [...iconvLite().decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), 'tcvn')];
  const letters = tcvnLetters;
  return bytes.map((b) => letters[b]).join('');
}

/** The text decoded as TCVN3, or null when it holds characters no 8-bit font could have produced. */
export function decodeTcvn3(glyphs: string): string | null {
  const letters = lettersFromGlyphs(glyphs);
  if (letters === null) return null;
  const decoded = letters.normalize('NFC');
  if (typedInCapitals(glyphs)) return decoded.toLocaleUpperCase('vi');
  const glyphWords = glyphs.split(/(\s+)/);
  // Whitespace decodes to itself, so the words of both texts line up.
  return decoded
    .split(/(\s+)/)
    .map((w, i) => (typedInCapitals(glyphWords[i] ?? '') ? w.toLocaleUpperCase('vi') : w))
    .join('');
}

/** Two or more plain letters, all capitals: the text (or word) was typed in capitals. */
function typedInCapitals(text: string): boolean {
  const ascii = text.replace(/[^A-Za-z]/g, '');
  return ascii.length >= 2 && ascii === ascii.toUpperCase();
}

/**
 * The Unicode text of a cell typed in TCVN3, or null when the cell is not TCVN3 text: it must
 * consist of characters an 8-bit font can produce, and read more like Vietnamese once converted.
 */
export function fromTcvn3(text: string): string | null {
  if (!/[^\x00-\x7f]/.test(text) || readsAsVietnamese(text)) return null;
  const converted = decodeTcvn3(text);
  if (converted === null || converted === text) return null;
  return vietnameseScore(converted) > vietnameseScore(text) ? converted : null;
}
