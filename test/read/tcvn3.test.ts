import { describe, expect, it } from 'vitest';
import { fromTcvn3 } from '../../src/read/tcvn3.js';
import { isSyllable, vietnameseScore } from '../../src/read/vietnamese.js';

describe('fromTcvn3', () => {
  it.each([
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['T×nh tr¹ng', 'Tình trạng'],
    ['Ch­a thùc hiÖn', 'Chưa thực hiện'],
    ['§ang thùc hiÖn', 'Đang thực hiện'],
    ['cÊp tØnh', 'cấp tỉnh'],
    ['Sè liÖu tÝnh ®Õn ngµy 25/10/2024', 'Số liệu tính đến ngày 25/10/2024'],
  ])('converts %s → %s', (glyphs, unicode) => {
    expect(fromTcvn3(glyphs)).toBe(unicode);
  });

  it('writes capitals typed with .VnTimeH as capitals, in a whole text or in one word', () => {
    expect(fromTcvn3('UBND TØNH T¢Y NINH')).toBe('UBND TỈNH TÂY NINH');
    expect(fromTcvn3('§¶NG Bé')).toBe('ĐẢNG BỘ');
    expect(fromTcvn3('V¨n phßng UBND TØNH')).toBe('Văn phòng UBND TỈNH');
  });

  it.each([
    'Tình trạng', // Unicode with letters no 8-bit font has
    'Hoàn thành', // Unicode made only of Latin-1 letters: still Vietnamese as it is
    'Có',
    'Tháng 10/2024',
    '“Hoàn thành”',
    '2024 – 2025',
    '©2024',
    'Ghi chú: …',
    'UBND',
  ])('leaves %s alone', (t) => {
    expect(fromTcvn3(t)).toBeNull();
  });
});

describe('vietnameseScore', () => {
  it('tells syllables from the letters a wrong decoding produces', () => {
    for (const w of ['Nguyễn', 'trưởng', 'người', 'khuyến', 'quốc', 'được', 'gì', 'Đắk', 'NGHIÊNG']) expect(isSyllable(w), w).toBe(true);
    for (const w of ['Nụũi', 'HoỔn', 'T\u0301nh', 'Thừèi']) expect(isSyllable(w), w).toBe(false);
    expect(vietnameseScore('Bảo Thắng')).toBeGreaterThan(vietnameseScore('B¶o Th¾ng'));
    expect(vietnameseScore('Hoàn thành')).toBeGreaterThan(vietnameseScore('HoỔn thỔnh'));
  });
});
