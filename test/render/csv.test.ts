import { describe, expect, it } from 'vitest';
import { renderDelimited, neutralise, snakeCase } from '../../src/render/csv.js';
import type { DataTable } from '../../src/render/data-tables.js';

const table: DataTable = {
  columns: [
    { key: 'title', kind: 'text' },
    { key: 'completionRate', kind: 'percent' },
    { key: 'received', kind: 'integer' },
    { key: 'overdue', kind: 'boolean' },
    { key: 'deadline', kind: 'date' },
  ],
  rows: [
    { title: 'Rà soát, "đơn giản hóa"\nthủ tục', completionRate: 0.9565217391304348, received: 270497, overdue: true, deadline: '2024-09-30' },
    { title: '=1+2', completionRate: null, received: -3, overdue: false, deadline: null },
  ],
};

describe('renderDelimited', () => {
  it('CSV: snake_case header, RFC 4180 quoting, plain numbers, fractions, ISO dates, LF', () => {
    expect(renderDelimited(table, 'csv')).toBe(
      'title,completion_rate,received,overdue,deadline\n"Rà soát, ""đơn giản hóa""\nthủ tục",0.9565217391304348,270497,true,2024-09-30\n\'=1+2,,-3,false,\n',
    );
  });

  it('TSV: one line per record, line breaks and tabs inside text become spaces', () => {
    expect(renderDelimited({ ...table, rows: [{ ...table.rows[0]!, title: 'a\tb\r\nc' }] }, 'tsv')).toBe('title\tcompletion_rate\treceived\toverdue\tdeadline\na b c\t0.9565217391304348\t270497\ttrue\t2024-09-30\n');
  });

  it('--bom starts the text with a UTF-8 byte-order mark', () => {
    expect(renderDelimited(table, 'csv', { bom: true }).startsWith('\uFEFFtitle,')).toBe(true);
  });
});

describe('neutralise', () => {
  it('prefixes a quote to text that a spreadsheet would run as a formula', () => {
    for (const t of ['=SUM(A1)', '+1', '-1', '@cmd', '\tx', '\rx', '＝SUM(A1)', '＋1', '－1', '＠cmd']) expect(neutralise(t)).toBe(`'${t}`);
    for (const t of ['Sở Nội vụ', '1.200', "'quoted", ' =x', '']) expect(neutralise(t)).toBe(t);
  });
});

describe('snakeCase', () => {
  it('writes JSON keys in snake_case', () => {
    expect(['completionRate', 'resolvedOnTime', 'asOf', 'id'].map(snakeCase)).toEqual(['completion_rate', 'resolved_on_time', 'as_of', 'id']);
  });
});
