import { describe, expect, it } from 'vitest';
import { leadUnitOf } from '../../src/interpret/units.js';
import { interpretRows } from './raw.js';

describe('the lead unit of a lead cell that names more', () => {
  it.each([
    ['Sở Nội vụ', 'Sở Nội vụ'],
    ['Sở Nội vụ, Sở Tư pháp', 'Sở Nội vụ'],
    ['Sở Nội vụ; các sở, ngành', 'Sở Nội vụ'],
    ['Sở Nội vụ\n(Phòng Cải cách hành chính)', 'Sở Nội vụ'],
    ['Sở Nội vụ (Phòng CCHC)', 'Sở Nội vụ'],
    ['Sở Nội vụ chủ trì', 'Sở Nội vụ'],
    ['Sở Nội vụ - chủ trì', 'Sở Nội vụ'],
    ['Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông', 'Văn phòng UBND tỉnh'],
    ['Sở Kế hoạch và Đầu tư, UBND các huyện', 'Sở Kế hoạch và Đầu tư'],
    // Commas inside one unit's name stay.
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['UBND xã Tân Lập, huyện Tân Biên', 'UBND xã Tân Lập, huyện Tân Biên'],
    ['Các sở, ban, ngành', 'Các sở, ban, ngành'],
    ['', ''],
  ])('%j → %j', (cell, lead) => {
    expect(leadUnitOf(cell)).toBe(lead);
  });

  it('counts the tasks of one lead under one name, however the cells add partners', () => {
    const r = interpretRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Tình trạng'],
      [1, 'Rà soát quy chế', 'Sở Nội vụ, Sở Tư pháp', 'Hoàn thành'],
      [2, 'Xây dựng cơ sở dữ liệu', 'Sở Nội vụ; các sở, ngành', 'Đang thực hiện'],
      [3, 'Kế hoạch', 'Sở Nội vụ\n(Phòng CCHC)', 'Hoàn thành'],
    ]);
    expect(r.records.tasks.map((t) => t.lead)).toEqual(['Sở Nội vụ', 'Sở Nội vụ', 'Sở Nội vụ']);
  });
});
