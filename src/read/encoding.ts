/**
 * Bytes → text for CSV/TSV (SPEC §6): UTF-8 with or without BOM, UTF-16 with BOM (Excel's
 * "Unicode text") or without one, and — when the bytes are not valid UTF-8 — the 8-bit encoding
 * that reads most like Vietnamese: Windows-1258 (Excel's plain "CSV" on Vietnamese Windows),
 * Windows-1252 (the same save on an English Windows, which has already turned most Vietnamese
 * letters into `?`) or TCVN3 (a sheet typed in the .VnTime fonts). csv-parse only takes Node's
 * own encodings, so decoding happens here, with iconv-lite. Windows-1258 decodes to base letters
 * plus combining tone marks, hence NFC.
 */
import { iconvLite } from './on-demand.js';
import { decodeTcvn3, glyphsFromBytes } from './tcvn3.js';
import { vietnameseScore } from './vietnamese.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252' | 'tcvn3';

export interface DecodedText {
  /**
   * NFC text. For `tcvn3` it is still the legacy glyphs (`B¶o Th¾ng`), one character per byte,
   * so that the cells can be converted one by one and named in the warning.
   */
  text: string;
  encoding: TextEncoding;
  hadBom: boolean;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8').normalize('NFC'), encoding: 'utf-8', hadBom: true };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconvLite().decode(buf.subarray(2), 'utf-16le').normalize('NFC'), encoding: 'utf-16le', hadBom: true };
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconvLite().decode(buf.subarray(2), 'utf-16be').normalize('NFC'), encoding: 'utf-16be', hadBom: true };
  }
  const bomless16 = guessBomlessUtf16(buf);
  if (bomless16) return { text: iconvLite().decode(buf, bomless16).normalize('NFC'), encoding: bomless16, hadBom: false };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: text.normalize('NFC'), encoding: 'utf-8', hadBom: false };
  } catch {
    return { ...decodeLegacy(buf), hadBom: false };
  }
}

/** The 8-bit reading that looks most like Vietnamese; on a tie, Windows-1258 (SPEC §6). */
function decodeLegacy(buf: Buffer): { text: string; encoding: TextEncoding } {
  const glyphs = glyphsFromBytes(buf);
  const candidates: { text: string; encoding: TextEncoding; score: number }[] = [];
  const add = (encoding: TextEncoding, text: string, scored: string = text) => candidates.push({ text, encoding, score: vietnameseScore(scored) });
  add('windows-1258', iconvLite().decode(buf, 'windows1258').normalize('NFC'));
  add('windows-1252', glyphs.normalize('NFC'));
  add('tcvn3', glyphs, decodeTcvn3(glyphs) ?? glyphs);
  let best = candidates[0]!;
  for (const c of candidates) if (c.score > best.score) best = c;
  return { text: best.text, encoding: best.encoding };
}

/** Text files without a BOM whose every other byte in the first kilobyte is NUL are UTF-16. */
function guessBomlessUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.4 && evenNul < half * 0.05) return 'utf-16le';
  if (evenNul > half * 0.4 && oddNul < half * 0.05) return 'utf-16be';
  return null;
}
