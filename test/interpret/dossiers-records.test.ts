import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRecordLayout, channelOf, paidOf, isReturnedStatus } from '../../src/interpret/records/layout.js';
import { dayFromBytes, dayFromText, dayFromParts, dayOfSerial } from '../../src/interpret/records/dates.js';
import { parseDateText } from '../../src/interpret/values.js';

const exportHeader = ['Mã hồ sơ', 'Đơn vị', 'Cấp', 'Lĩnh vực', 'Thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Kênh nộp', 'Thanh toán trực tuyến', 'Trạng thái'];

describe('the header of a one-stop-shop record export', () => {
  it('is found below title rows, every column named', () => {
    const layout = findRecordLayout([['DANH SÁCH HỒ SƠ'], [], exportHeader, ['000.1', 'Sở Tư pháp']])!;
    expect(layout.header).toBe(2);
    expect([...layout.columns].sort((a, b) => a[1].index - b[1].index).map(([f, c]) => `${f}:${c.letter}`)).toEqual([
      'code:A', 'unit:B', 'level:C', 'sector:D', 'procedure:E', 'receivedOn:F', 'dueOn:G', 'resolvedOn:H', 'channel:I', 'paidOnline:J', 'status:K',
    ]);
  });

  it('is told apart from a feedback list and from a dossier form', () => {
    expect(findRecordLayout([['Mã PAKN', 'Ngày tiếp nhận', 'Lĩnh vực', 'Nội dung phản ánh', 'Hạn xử lý', 'Ngày trả kết quả', 'Hình thức tiếp nhận']])).toBeNull();
    expect(findRecordLayout([['STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết']])).toBeNull();
    expect(findRecordLayout([['Mã hồ sơ', 'Đơn vị', 'Thủ tục']])).toBeNull();
  });
});

describe('values of record exports', () => {
  it('channels: words and the portal codes (1 direct, 2 online, 3 postal); blank is direct', () => {
    expect(['Trực tuyến', 'TRỰC TUYẾN', '2', 'Mức 4', 'Trực tiếp', '1', '', 'Bưu chính', '3', 'BCCI'].map(channelOf)).toEqual([
      'online', 'online', 'online', 'online', 'direct', 'direct', 'direct', 'postal', 'postal', 'postal',
    ]);
    expect(channelOf('Zalo')).toBeNull();
    expect(channelOf('?')).toBeNull();
  });

  it('online payment: 1/0, Có/Không, x; blank is not paid; anything else is unknown', () => {
    expect(['1', 'Có', 'x', 'X', '0', 'Không', ''].map(paidOf)).toEqual([true, true, true, true, false, false, false]);
    expect(paidOf('?')).toBeNull();
  });

  it('returned and withdrawn statuses', () => {
    expect(['Trả lại hồ sơ', 'Đã rút', 'Công dân rút hồ sơ', 'Đã trả kết quả', 'Đang xử lý'].map(isReturnedStatus)).toEqual([true, true, true, false, false]);
  });
});

describe('dates as day numbers', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, with a time, ISO and Excel serials; 0 for blank, null for what is not a date', () => {
    expect(['05/03/2024', '5/3/2024', '05-03-2024', '05.03.2024', '05/03/2024 08:15', '05/03/2024 08:15:30', '08:15 05/03/2024', '2024-03-05', '2024-03-05T08:15:00', '45356', '5/3/24'].map((t) => dayFromText(t))).toEqual(
      Array(11).fill(20240305),
    );
    expect(dayFromText('  ')).toBe(0);
    for (const bad of ['31/02/2024', '29/02/2023', '15/13/2024', '00/01/2024', 'không rõ', '2024/13/01', '12345']) expect(dayFromText(bad), bad).toBeNull();
    expect(dayFromText('29/02/2024')).toBe(20240229);
    expect(dayOfSerial(45356, true)).toBe(20280306);
  });

  it('reads the same from bytes as from text, and as the date parser of the other tables does', () => {
    const part = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
    const dates = fc.oneof(
      fc.tuple(part(0, 32), part(0, 13), fc.integer({ min: 1899, max: 2201 })).map(([d, m, y]) => `${d}/${m}/${y}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dates, (text) => {
        const bytes = Buffer.from(`x,${text},y`, 'utf8');
        const fromBytes = dayFromBytes(bytes, 2, 2 + Buffer.byteLength(text));
        expect(fromBytes).toBe(dayFromText(text));
        const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
        if (m && Number(m[3]) >= 1900 && Number(m[3]) <= 2200) {
          const reference = parseDateText(text);
          expect(fromBytes === null ? null : String(fromBytes).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')).toBe(reference.ok ? reference.value : null);
        }
      }),
      { numRuns: 2000 },
    );
    expect(dayFromParts(2100, 2, 29)).toBeNull();
  });
});
