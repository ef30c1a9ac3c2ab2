/**
 * Placeholder cells (vocabulary/placeholders.ts): a value cell that says there is no figure yet
 * (`Đang cập nhật`, `N/A`, `-`). The measure is then not reported — absent, never 0 — and the
 * reader writes an information line instead of an error about a value it could not read.
 */
import type { RawCell } from '../read/raw-table.js';
import { fold, tidy } from '../model/text.js';
import { placeholderMarks, placeholderWords } from './vocabulary/index.js';

const words = new Set(placeholderWords.map(fold));
const marks = new Set(placeholderMarks);
const ticks = new Set(['x', 'X']);

/**
 * The cell's text when it is a placeholder, else null. `numeric`: a number is expected there, so
 * an `x` is a placeholder too; elsewhere (a yes/no result, a status) an `x` is a tick.
 */
export function placeholderText(cell: RawCell | undefined, numeric: boolean): string | null {
  if (!cell || cell.value.kind !== 'text') return null;
  const text = tidy(cell.value.text);
  if (marks.has(text)) return numeric || !ticks.has(text) ? text : null;
  const folded = fold(text);
  return folded !== '' && words.has(folded) ? text : null;
}
