import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/read/encoding.js';

const text = 'STT,Nội dung,Tình trạng\n1,Đưa Trung tâm IOC vào vận hành,Đang thực hiện\n';

/** What Windows-1258 holds: letters with their circumflex, breve or horn, tone marks apart (ộ = ô + ◌̣). */
function windows1258(t: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/;
  const split = [...t.normalize('NFC')].map((ch) => {
    const d = ch.normalize('NFD');
    const tone = [...d].find((c) => tones.test(c));
    return tone ? d.replace(tone, '').normalize('NFC') + tone : ch;
  });
  return iconv.encode(split.join(''), 'windows1258');
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(Buffer.from(`\ufeff${text}`))).toEqual({ text, encoding: 'utf-8', hadBom: true });
    expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: 'utf-8', hadBom: false });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text") and guesses it without one', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toMatchObject({ text, encoding: 'utf-16le', hadBom: true });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]))).toMatchObject({ text, encoding: 'utf-16be', hadBom: true });
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toMatchObject({ text, encoding: 'utf-16le', hadBom: false });
  });

  it('normalises decomposed (NFD) text to NFC', () => {
    const decoded = decodeBytes(Buffer.from(text.normalize('NFD')));
    expect(decoded.text).toBe(text);
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
  });

  it('reads Windows-1258 (base letters + combining tone marks) as NFC text', () => {
    const bytes = windows1258(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1258', hadBom: false });
  });

  it('reads the Windows-1258 CSV of the Tây Ninh example', () => {
    const decoded = decodeBytes(readFileSync('fixtures/tay-ninh-2024/so-thong-tin-truyen-thong.csv'));
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toContain('Cơ quan chủ trì,Thời hạn,Tình trạng');
  });

  it('reads a plain "CSV" save of an English Windows as Windows-1252, keeping the letters it has', () => {
    const decoded = decodeBytes(readFileSync('fixtures/messy/csv-ansi-mat-dau.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Hoàn thành');
    expect(decoded.text).toContain('?ang th?c hi?n');
  });

  it('recognises TCVN3 bytes and keeps the legacy glyphs, one per byte, for the cell-by-cell conversion', () => {
    const decoded = decodeBytes(readFileSync('fixtures/messy/tcvn3-csv-ansi.csv'));
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text).toContain('T×nh tr¹ng');
  });
});
