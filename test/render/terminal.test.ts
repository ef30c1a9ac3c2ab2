import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { renderTerminal } from '../../src/render/terminal.js';
import { sampleSummary } from './sample.js';

describe('the terminal summary (SPEC §4.5)', () => {
  it('gives the headline fractions, a bar per unit in league order, and the change', () => {
    const text = renderTerminal(sampleSummary({ comparison: true }), 'vi', new Chalk({ level: 0 }));
    expect(text).toContain('Nhiệm vụ hoàn thành: 3/4 (75%)  đến hạn: 3/4 (75%)  quá hạn: 1');
    const bars = text.split('\n').filter((l) => l.includes('█') || l.includes('░'));
    expect(bars.map((l) => l.trim().split(/\s+[█░]/)[0])).toEqual(['Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Sở Nội vụ']);
    expect(bars[2]).toContain('██████████░░░░░░░░░░     1/2    50%  quá hạn 1');
    expect(text).toContain('Hồ sơ TTHC: tiếp nhận 270.497, đã giải quyết 260.103 (đúng hạn 98,6%), trực tuyến 38%');
    expect(text).toContain('Phản ánh, kiến nghị: 306, đã xử lý 298');
    expect(text).toContain('So với 18/10/2024: +2 nhiệm vụ hoàn thành, -1 nhiệm vụ quá hạn, +1 chỉ tiêu đạt');
    expect(text).toContain('Chưa đạt: Tỷ lệ hồ sơ trực tuyến (38,9% / ≥ 50%)');
    expect(text).not.toContain('\u001b[');
  });

  it('names the units that vanished and says over how many units the change compares (issue 12)', () => {
    const s = sampleSummary({ comparison: true });
    Object.assign(s.comparison!, { unitsVanished: ['Sở Kế hoạch và Đầu tư'], unitsCompared: { both: 8, now: 9, before: 9 }, sameUnits: false });
    const text = renderTerminal(s, 'vi', new Chalk({ level: 0 }));
    expect(text).toContain('Đơn vị không còn số liệu: Sở Kế hoạch và Đầu tư');
    expect(text).toContain('(8/9 đơn vị có số liệu ở cả hai kỳ)');
    expect(renderTerminal(sampleSummary({ comparison: true }), 'vi', new Chalk({ level: 0 }))).not.toContain('đơn vị có số liệu ở cả hai kỳ');
  });

  it('prints overdue tasks in red when colour is on', () => {
    const text = renderTerminal(sampleSummary(), 'vi', new Chalk({ level: 1 }));
    const line = text.split('\n').find((l) => l.includes('T2 '))!;
    expect(line.startsWith('\u001b[31m')).toBe(true);
    expect(line).toContain('(+25 ngày)');
  });
});
