/**
 * Characters no spreadsheet cell should carry and no output can take: C0 control characters
 * other than tab and line break (an ESC reaching a terminal can rewrite it; a NUL or U+001F makes
 * XML ill-formed), U+FFFE/U+FFFF (non-characters: LibreOffice blanked every later shared string)
 * and lone surrogates. They are replaced by U+FFFD at read time, with one warning per table
 * naming the cells, so every later stage and every output sees clean text.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { cellList } from '../i18n/messages.js';
import type { RawTable } from './raw-table.js';
import { columnLetter } from '../model/text.js';

// `\r\n` is a line break as Windows writes it, not a control character to report.
const forbidden = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with each forbidden character replaced by U+FFFD (a CR not before LF included). */
export function withoutControls(text: string): string {
  return text.replace(forbidden, '\uFFFD');
}

export function replaceControls(table: RawTable): Issue[] {
  const cells: string[] = [];
  let first: { row: number; column: string; text: string } | null = null;
  for (const row of table.rows) {
    row.cells.forEach((cell, index) => {
      if (!cell || cell.value.kind !== 'text') return;
      forbidden.lastIndex = 0;
      if (!forbidden.test(cell.value.text)) return;
      const clean = withoutControls(cell.value.text);
      first ??= { row: row.row, column: columnLetter(index), text: clean };
      cells.push(`${columnLetter(index)}${row.row}`);
      cell.value = { kind: 'text', text: clean };
    });
  }
  if (!first) return [];
  const f = first as { row: number; column: string; text: string };
  return [issue('control-characters', { file: table.file, sheet: table.sheet, row: f.row, column: f.column }, cellList(cells), { value: f.text })];
}
