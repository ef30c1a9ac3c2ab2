/**
 * The workbook's look: Times New Roman (full Vietnamese coverage) everywhere, Excel's own
 * Good / Neutral / Bad colours for tones, thin borders, and an A4 landscape print setup that
 * fits every sheet to the page width, repeats the header row and numbers the pages.
 */
import type ExcelJS from 'exceljs';
import type { Thresholds } from '../../model/config.js';
import type { Tone } from '../views.js';

export const fontName = 'Times New Roman';
export const bodySize = 12;

export const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: fontName, size: bodySize, ...extra });

/** Excel's built-in Good / Neutral / Bad cell styles, which a clerk recognises. */
const toneColours: Record<Exclude<Tone, null>, { fill: string; font: string }> = {
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
  warn: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  muted: { fill: 'FFF2F2F2', font: 'FF7F7F7F' },
};
const headerFill = 'FFD9E1F2';
const sectionFill = 'FFEDEDED';

export const numFmt = {
  integer: '#,##0',
  percent: '0.0%',
  /** An indicator's result as reported: `86,2%`, `63,47%`. */
  reportedPercent: '0.0#%',
  reportedNumber: '#,##0.##',
  date: 'dd/mm/yyyy',
  /** A change: `+3`, `-1`, `0`. */
  signedInteger: '+#,##0;-#,##0;0',
  /** A change of a rate, in percentage points. */
  signedPercent: '+0.0%;-0.0%;0.0%',
} as const;

export const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** A fixed tone: a fill and a matching font colour on a cell whose value will not change. */
export function paintTone(cell: ExcelJS.Cell, tone: Exclude<Tone, null>, bold = false): void {
  cell.fill = solid(toneColours[tone].fill);
  cell.font = font({ color: { argb: toneColours[tone].font }, bold });
}

export function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true });
  cell.fill = solid(headerFill);
  cell.border = thin;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

export function styleSectionCell(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true });
  cell.fill = solid(sectionFill);
  cell.border = thin;
}

/**
 * Colours a rate by the thresholds of the config as conditional formatting, so that the colour
 * follows the value when someone edits the figures it is computed from. Rules are in priority
 * order; Excel applies the first matching one's fill, LibreOffice stops at the first match.
 * (No number format in these rules: exceljs writes a numFmt in a rule that Excel rejects, #1814.)
 */
export function rateColours(ws: ExcelJS.Worksheet, ref: string, thresholds: Thresholds): void {
  const topLeft = ref.split(':')[0]!.replace(/\$/g, '');
  const rule = (priority: number, formula: string, tone: Exclude<Tone, null>): ExcelJS.ConditionalFormattingRule => ({
    type: 'expression',
    priority,
    formulae: [formula],
    style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: toneColours[tone].fill } }, font: { color: { argb: toneColours[tone].font } } },
  });
  ws.addConditionalFormatting({
    ref,
    rules: [
      rule(1, `AND(ISNUMBER(${topLeft}),${topLeft}>=${thresholds.good})`, 'good'),
      rule(2, `AND(ISNUMBER(${topLeft}),${topLeft}>=${thresholds.warn})`, 'warn'),
      rule(3, `ISNUMBER(${topLeft})`, 'bad'),
    ],
  });
}

export interface PrintOptions {
  /** The row repeated at the top of every printed page. */
  titleRow?: number;
  footer: string;
  /** Fit the whole sheet on one page (the summary), not only its width. */
  onePage?: boolean;
}

export function printSetup(ws: ExcelJS.Worksheet, opts: PrintOptions): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: opts.onePage ? 1 : 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(opts.titleRow !== undefined ? { printTitlesRow: `${opts.titleRow}:${opts.titleRow}` } : {}),
  };
  ws.headerFooter = { oddFooter: `&C&"${fontName},Regular"&10${opts.footer}` };
}

/** `'Theo đơn vị'!$B$4` — a sheet name quoted the way Excel formulas need it. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * Lines a text takes when wrapped in a column `width` characters wide (greedy word wrap). Excel
 * and LibreOffice do not grow rows to fit wrapped text in files they open, so rows get explicit
 * heights from this. Times New Roman fits about 1.2 letters per width unit at 12 pt (bold less).
 */
export function wrappedLines(text: string, width: number, opts: { size?: number; bold?: boolean } = {}): number {
  const size = opts.size ?? bodySize;
  const capacity = Math.max(1, Math.floor(((width - 1) * 1.18 * bodySize * (opts.bold ? 0.92 : 1)) / size));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = letters(word);
      if (used > 0 && used + 1 + w > capacity) {
        lines += 1;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + w;
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

/** A word's width in letters; capitals are about a third wider than small letters. */
function letters(word: string): number {
  return Math.ceil([...word].reduce((n, ch) => n + (ch !== ch.toLocaleLowerCase('vi') ? 1.35 : 1), 0));
}

/** Row height in points for some lines of text. */
export function linesHeight(lines: number, size = bodySize): number {
  return Math.ceil(lines * size * 1.22 + 3);
}
