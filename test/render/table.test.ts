/**
 * The terminal table fits the terminal (issue 18, point 6): no line wider than the terminal,
 * titles cut with `…`, columns that find no room named below; without a width, the plain table.
 */
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { renderTextTable } from '../../src/render/table.js';
import { renderTerminal } from '../../src/render/terminal.js';
import type { TableView } from '../../src/render/views.js';
import { sampleSummary } from './sample.js';

const plain = new Chalk({ level: 0 });
const chars = (line: string) => [...line].length;
const title = 'Rà soát, sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh theo Nghị định 107/2020/NĐ-CP';

const view: TableView = {
  name: 'tasks',
  withTotal: false,
  columns: [
    { key: 'id', label: 'Mã', kind: 'text' },
    { key: 'title', label: 'Nhiệm vụ', kind: 'text' },
    { key: 'lead', label: 'Đơn vị chủ trì', kind: 'text' },
    { key: 'deadline', label: 'Thời hạn', kind: 'date' },
    { key: 'daysOverdue', label: 'Số ngày quá hạn', kind: 'integer' },
    { key: 'note', label: 'Ghi chú', kind: 'text' },
  ],
  rows: [1, 2, 3].map((n) => ({
    tone: null,
    values: { id: `III.${n}`, title: `${title} (${n})`, lead: 'Sở Tài nguyên và Môi trường', deadline: '2024-03-31', daysOverdue: 120 * n, note: 'Đã trình Bộ Nội vụ thẩm định, chờ ý kiến' },
  })),
};

describe('the terminal table', () => {
  it('without a width (a pipe, a file): every column, texts up to 60 characters', () => {
    const lines = renderTextTable(view, 'vi', plain).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Mã\s+Nhiệm vụ\s+Đơn vị chủ trì\s+Thời hạn\s+Số ngày quá hạn\s+Ghi chú$/);
    expect(lines[1]).toContain(`${[...title].slice(0, 59).join('')}…`);
    expect(Math.max(...lines.map(chars))).toBeGreaterThan(120);
  });

  it.each([120, 100, 80, 60])('at %i columns no line is wider than the terminal, and the numbers stay whole', (width) => {
    const text = renderTextTable(view, 'vi', plain, width);
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(chars(line), line).toBeLessThanOrEqual(width);
    // The title is cut, never the date or the count of days, when their column is shown.
    expect(lines[1]).toMatch(/^III\.1\s+Rà soát.*…/);
    if (lines[0]!.includes('Thời hạn')) expect(lines[3]).toContain('31/03/2024');
    if (/Số ngày/.test(lines[0]!)) expect(lines[3]).toMatch(/\b360\b/);
  });

  it('a column that finds no room is named below the table, from the right', () => {
    const lines = renderTextTable(view, 'vi', plain, 80).trimEnd().split('\n');
    expect(lines[0]).not.toContain('Ghi chú');
    expect(lines.at(-1)).toMatch(/^\(không đủ chỗ cho: .*Ghi chú; xem --columns\)$/);
    expect(renderTextTable(view, 'en', plain, 200)).not.toMatch(/no room/);
  });

  it('the terminal summary cuts unit names and titles to the width too', () => {
    const wide = renderTerminal(sampleSummary({ comparison: true }), 'vi', plain);
    const narrow = renderTerminal(sampleSummary({ comparison: true }), 'vi', plain, 72);
    expect(Math.max(...wide.split('\n').map(chars))).toBeGreaterThan(72);
    for (const line of narrow.split('\n').filter((l) => /[█░]|\(\+\d+ ngày\)|Chưa đạt/.test(l))) expect(chars(line), line).toBeLessThanOrEqual(72);
  });
});
