import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/read/delimiter.js';

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectDelimiter('STT,Nhiệm vụ,Tình trạng\n1,A,Hoàn thành\n2,B,Đang thực hiện\n').delimiter).toBe(',');
    expect(detectDelimiter('STT;Chỉ tiêu;Kế hoạch;Thực hiện\n1;Tỷ lệ;80,5%;70,2%\n2;Số;1.200;1.350\n').delimiter).toBe(';');
    expect(detectDelimiter('STT\tNhiệm vụ\tTình trạng\n1\tA, B và C\tHoàn thành\n').delimiter).toBe('\t');
  });

  it('is not misled by title lines, quoted commas or decimal commas', () => {
    const text = 'BÁO CÁO, KẾT QUẢ\n(Số liệu đến ngày 31/10/2024)\nSTT;Chỉ tiêu;Kế hoạch;Thực hiện\n1;"Tỷ lệ hồ sơ; trực tuyến";80,5%;70,2%\n2;Tỷ lệ;1,5%;2,5%\n3;Số;1.200;1.350\n';
    expect(detectDelimiter(text).delimiter).toBe(';');
  });

  it('never splits on dots or spaces, which fill Vietnamese numbers and titles', () => {
    expect(detectDelimiter('Số hồ sơ\n270.497\n165.106\n26.060\n').delimiter).toBe(',');
  });

  it('obeys a first line sep=;', () => {
    expect(detectDelimiter('sep=;\r\nA,B;C\r\n')).toEqual({ delimiter: ';', sepLine: true });
  });
});
