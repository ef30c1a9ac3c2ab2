/**
 * A table view as aligned text for a terminal: header in bold, numbers right-aligned, long
 * texts cut with `…`, rows coloured by their tone (overdue red, not reported yellow). Colour
 * comes in as a chalk instance decided by the CLI; level 0 gives plain text.
 */
import type { ChalkInstance } from 'chalk';
import type { TableView, Tone } from './views.js';
import { displayCell } from './cells.js';
import type { Lang } from '../model/lang.js';

const maxWidth = 60;

export function renderTextTable(view: TableView, lang: Lang, chalk: ChalkInstance): string {
  const header = view.columns.map((c) => c.label);
  const body = view.rows.map((r) => view.columns.map((c) => cut(displayCell(r.values[c.key] ?? null, c.kind, lang, c.absent).replace(/\s+/g, ' '))));
  const widths = view.columns.map((_, i) => Math.max(length(header[i]!), ...body.map((cells) => length(cells[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((text, i) => (view.columns[i]!.kind === 'text' ? pad(text, widths[i]!, 'end') : pad(text, widths[i]!, 'start')))
      .join('  ')
      .trimEnd();
  const paint: Record<Exclude<Tone, null>, (s: string) => string> = { good: (s) => s, warn: chalk.yellow, bad: chalk.red, muted: chalk.dim };
  const lines = [chalk.bold(line(header)), ...body.map((cells, i) => {
    const tone = view.rows[i]!.tone;
    return tone ? paint[tone](line(cells)) : line(cells);
  })];
  return `${lines.join('\n')}\n`;
}

/** Width in characters as a terminal shows NFC Vietnamese text (one column per code point). */
function length(text: string): number {
  return [...text].length;
}

function cut(text: string): string {
  const chars = [...text];
  return chars.length > maxWidth ? `${chars.slice(0, maxWidth - 1).join('')}…` : text;
}

function pad(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(width - length(text));
  return side === 'start' ? fill + text : text + fill;
}
