/**
 * Checks every text cell of a freshly read table for control characters (control-chars.ts) and
 * for the two ways Vietnamese text arrives damaged (SPEC §6), and says which cells, in one
 * warning per table:
 * - typed in the legacy TCVN3 fonts (`B¶o Th¾ng`): converted to Unicode (`Bảo Thắng`);
 * - saved by Excel as plain "CSV" on a non-Vietnamese Windows, which replaced letters by `?`
 *   (`Nguy?n V?n`): nothing can bring them back, so the user is told how to save instead.
 * Runs before merged ranges are copied, so a master cell is converted once.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { cellList } from '../i18n/messages.js';
import type { RawTable } from './raw-table.js';
import { columnLetter } from '../model/text.js';
import { decodeTcvn3, fromTcvn3 } from './tcvn3.js';
import { replaceControls } from './control-chars.js';

/** `?` at the start or inside a word; a `?` ending a sentence or a web address is left alone. */
const lostLetter = /(?:^|[^\p{L}\p{N}?])\?\p{L}|\p{L}\?[\p{L}?]/u;

/**
 * `allTcvn3`: the table's bytes were TCVN3 (a legacy CSV), so every non-ASCII cell is converted;
 * otherwise (xlsx, UTF-8 CSV) each cell is converted only when it reads as TCVN3.
 */
export function repairText(table: RawTable, allTcvn3 = false): Issue[] {
  const issues = replaceControls(table);
  const converted: { address: string; from: string; to: string }[] = [];
  const lost: { address: string; text: string }[] = [];
  // Sheets repeat their statuses and unit names on every row: each distinct text is judged once.
  const judged = new Map<string, string | null>();
  const convert = (text: string) => {
    const unicode = allTcvn3 ? decodeTcvn3(text) : fromTcvn3(text);
    return unicode === text ? null : unicode;
  };
  for (const row of table.rows) {
    row.cells.forEach((cell, index) => {
      if (!cell || cell.value.kind !== 'text') return;
      const text = cell.value.text;
      let tcvn = judged.get(text);
      if (tcvn === undefined) judged.set(text, (tcvn = convert(text)));
      if (tcvn !== null) {
        converted.push({ address: `${columnLetter(index)}${row.row}`, from: text, to: tcvn });
        cell.value = { kind: 'text', text: tcvn };
      } else if (text.includes('?') && lostLetter.test(text) && !/:\/\/|www\./i.test(text)) {
        lost.push({ address: `${columnLetter(index)}${row.row}`, text });
      }
    });
  }
  const where = (address: string) => ({ file: table.file, sheet: table.sheet, row: Number(/\d+$/.exec(address)![0]), column: /^[A-Z]+/.exec(address)![0] });
  if (converted.length > 0) {
    const first = converted[0]!;
    issues.push(issue('tcvn3-converted', where(first.address), { ...cellList(converted.map((c) => c.address)), from: first.from, to: first.to }, { value: first.from }));
  }
  if (lost.length > 0) {
    const first = lost[0]!;
    issues.push(issue('lost-letters', where(first.address), { ...cellList(lost.map((c) => c.address)), example: first.text }, { value: first.text }));
  }
  return issues;
}
