/**
 * Row accounting (SPEC §3, issue 7): every row read from a table is counted as a record,
 * reported as an issue, or recognised as a title/header/numbering/section/total/blank/footer
 * row. `interpret()`'s TableReport gives the three numbers; this helper checks them against what
 * really happened: the counted rows are exactly the rows the records cite as their source (none
 * lost, none counted twice), and every record row that was left out has an error or warning at
 * its own row (or, when it reports nothing, a placeholder line).
 */
import { expect } from 'vitest';
import type { Interpretation, InterpretOptions } from '../../src/interpret/index.js';
import { detectKind } from '../../src/interpret/index.js';
import { kindSpecs } from '../../src/interpret/kinds.js';
import { classifyRows } from '../../src/interpret/rows.js';
import { locateTable } from '../../src/interpret/table.js';
import type { RawTable } from '../../src/read/raw-table.js';

export interface RowAccount {
  file: string;
  sheet?: string;
  read: number;
  counted: number;
  rejected: number;
  recognised: number;
}

/** Asserts the accounting of every table of `result` (read from `tables`, in order); returns the numbers. */
export function expectRowsAccounted(tables: readonly RawTable[], result: Interpretation, options: Pick<InterpretOptions, 'kind' | 'unit'> = {}): RowAccount[] {
  expect(result.tables).toHaveLength(tables.length);
  return tables.map((raw, i) => {
    const report = result.tables[i]!;
    const where = raw.sheet === undefined ? raw.file : `${raw.file}:${raw.sheet}`;
    expect(report.file, where).toBe(raw.file);
    expect(report.rowsRead, `${where}: rows read`).toBe(raw.rows.length);
    expect(report.rowsCounted + report.rowsRejected + report.rowsRecognised, `${where}: counted + rejected + recognised = read`).toBe(report.rowsRead);
    for (const n of [report.rowsCounted, report.rowsRejected, report.rowsRecognised]) expect(n, where).toBeGreaterThanOrEqual(0);

    const sourced = sourceRows(result, raw);
    const counted = new Set(sourced);
    expect(sourced.length, `${where}: one record per counted row`).toBe(counted.size);
    expect(counted.size, `${where}: the counted rows are the records' sources`).toBe(report.rowsCounted);

    if (report.kind === null) {
      expect(report.rowsCounted + report.rowsRejected, `${where}: a skipped table counts nothing`).toBe(0);
    } else {
      const located = locateTable(raw);
      expect(located, where).not.toBeNull();
      const detected = detectKind(located!, options);
      expect(detected.kind, where).toBe(report.kind);
      if (!detected.kind) throw new Error('unreachable');
      const spec = kindSpecs[detected.kind];
      const recordRows = classifyRows(located!, { fields: detected.match.fields, contentFields: spec.contentFields, labelField: spec.labelField, isGroup: spec.isGroup })
        .filter((r) => r.kind === 'record')
        .map((r) => r.raw.row);
      for (const row of counted) expect(recordRows, `${where}: row ${row} counted but not a record row`).toContain(row);
      const rejected = recordRows.filter((row) => !counted.has(row));
      expect(rejected.length, `${where}: rejected rows`).toBe(report.rowsRejected);
      for (const row of rejected) {
        // A row whose every count says `Chưa báo cáo` reports nothing (SPEC §2.3): its information line accounts for it.
        const reported = result.issues.some((issue) => issue.file === raw.file && issue.sheet === raw.sheet && issue.row === row && (issue.severity !== 'info' || issue.code === 'placeholder-value'));
        expect(reported, `${where}: row ${row} was left out without an error, a warning or a placeholder line at its row`).toBe(true);
      }
    }
    const account: RowAccount = { file: raw.file, read: report.rowsRead, counted: report.rowsCounted, rejected: report.rowsRejected, recognised: report.rowsRecognised };
    if (raw.sheet !== undefined) account.sheet = raw.sheet;
    return account;
  });
}

/** The rows of `raw` that records of any kind cite as their source. */
function sourceRows(result: Interpretation, raw: RawTable): number[] {
  const { tasks, indicators, dossiers, feedback } = result.records;
  // Against a plan, a reported task is on its plan task, outside the plan, or a repeat of a plan task.
  const all: { source?: { file: string; sheet?: string; row: number } }[] = [...tasks, ...indicators, ...dossiers, ...feedback, ...(result.records.plan?.outside ?? []), ...(result.records.plan?.repeated ?? [])];
  return all.filter((r) => r.source && r.source.file === raw.file && r.source.sheet === raw.sheet).map((r) => r.source!.row);
}
