/**
 * One intake workbook: the data sheet (headers, dropdowns, date validation, frozen header), the
 * instructions in a text box on their own sheet, and the dropdowns' lists on a very hidden sheet.
 *
 * The lists are a range on a sheet, not list literals: Excel rejects a literal list longer than
 * 255 characters (exceljs#667, #174). The sheet is very hidden so that no clerk edits it. The
 * instructions are a text box, not cells, so that a reader of the workbook sees an empty sheet,
 * not an unknown table to warn about.
 */
import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';
import { finishPackage } from '../render/xlsx/package.js';
import { font, styleHeaderCell, thin } from '../render/xlsx/styles.js';
import { columnLetter } from '../model/text.js';
import { closingInstructions, commonInstructions, levelChoices, taskStatusChoices, type IntakeColumn, type IntakeForm } from './forms.js';

/** Rows given validation: more than any department's list, few enough to read back fast (exceljs#1842). */
export const intakeRows = 300;
const listSheet = 'DanhMuc';
const instructionsSheet = 'Hướng dẫn';

/**
 * Rows written in before the form is sent (`init --plan`: a unit's tasks of the plan). The
 * columns in `locked` cannot be edited in those rows (sheet protection, no password: it guards
 * against slips, not people); every other cell, and every cell of the rows below, stays open.
 */
export interface Prefill {
  rows: (string | number | Date | null)[][];
  locked: readonly string[];
}

export async function intakeWorkbook(form: IntakeForm, date: Date, prefill?: Prefill): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.created = date;
  wb.modified = date;
  wb.creator = 'reform-report';
  const ws = wb.addWorksheet(form.sheet, { views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  wb.addWorksheet(instructionsSheet, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1 }, views: [{ showGridLines: false }] });
  const lists = wb.addWorksheet(listSheet, { state: 'veryHidden' });
  const listRanges = {
    status: writeList(lists, 1, taskStatusChoices),
    level: writeList(lists, 2, levelChoices),
  };
  form.columns.forEach((c, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = c.header;
    styleHeaderCell(cell);
    ws.getColumn(i + 1).width = c.width;
    for (let row = 2; row <= intakeRows + 1; row++) {
      const target = ws.getCell(row, i + 1);
      target.font = font();
      target.border = thin;
      target.alignment = { vertical: 'top', wrapText: c.width >= 26 };
      const validation = validationFor(c, listRanges);
      if (validation) target.dataValidation = validation;
      if (c.kind === 'date' || c.kind === 'deadline') target.numFmt = 'dd/mm/yyyy';
      if (c.kind === 'count') target.numFmt = '#,##0';
      const given = prefill?.rows[row - 2];
      if (prefill) target.protection = { locked: given !== undefined && prefill.locked.includes(c.header) };
      if (given?.[i] !== undefined && given[i] !== null) target.value = given[i]!;
    }
  });
  // Filtering and widening columns stay allowed: a clerk sorting the list must not meet a refusal.
  if (prefill) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });
  ws.getRow(1).height = 36;
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const paragraphs = [
    { text: `HƯỚNG DẪN NHẬP LIỆU: ${form.title}`, bold: true, size: 14 },
    { text: '' },
    ...[...commonInstructions(form), ...form.instructions, ...closingInstructions].map((text, i) => ({ text: `${i + 1}. ${text}` })),
  ];
  return finishPackage(written, { date, textBoxes: [{ sheet: instructionsSheet, paragraphs, anchor: { from: { col: 1, row: 1 }, to: { col: 10, row: 32 } } }] });
}

/** Writes a list down a column of the list sheet and returns its absolute range. */
function writeList(ws: ExcelJS.Worksheet, column: number, values: string[]): string {
  values.forEach((v, i) => (ws.getCell(i + 1, column).value = v));
  const letter = columnLetter(column - 1);
  return `${listSheet}!$${letter}$1:$${letter}$${values.length}`;
}

function validationFor(c: IntakeColumn, lists: { status: string; level: string }): ExcelJS.DataValidation | null {
  switch (c.kind) {
    case 'status':
    case 'level':
      return checked(c, { type: 'list', formulae: [lists[c.kind]] }, 'stop', 'Chọn một giá trị trong danh sách.');
    case 'date':
      return checked(c, anyDate, 'stop', 'Nhập ngày dạng ngày/tháng/năm, ví dụ 25/10/2024.');
    case 'deadline':
      // A deadline may be a period (Quý IV/2024): a date is expected, anything else only warned about.
      return checked(c, anyDate, 'warning', 'Không phải ngày. Nếu là kỳ (Quý IV/2024, Năm 2024, Thường xuyên), chọn Yes để giữ.');
    case 'count':
      return checked(c, { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] }, 'stop', 'Nhập số nguyên không âm.');
    case 'text':
      return c.prompt ? { type: 'custom', allowBlank: true, formulae: ['TRUE'], ...prompt(c) } : null;
  }
}

const anyDate: Rule = { type: 'date', operator: 'between', formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))] };

type Rule = Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'>;

/** A blank cell always passes; anything else breaking `rule` is refused ('stop') or questioned ('warning'). */
function checked(c: IntakeColumn, rule: Rule, errorStyle: 'stop' | 'warning', error: string): ExcelJS.DataValidation {
  return { ...rule, allowBlank: true, showErrorMessage: true, errorStyle, errorTitle: c.header, error, ...prompt(c) };
}

function prompt(c: IntakeColumn): Partial<ExcelJS.DataValidation> {
  return c.prompt ? { showInputMessage: true, promptTitle: c.header, prompt: c.prompt } : {};
}
