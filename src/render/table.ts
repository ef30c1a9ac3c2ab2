/**
 * A table view as aligned text for a terminal: header in bold, numbers right-aligned, long
 * texts cut with `…`, rows coloured by their tone (overdue red, not reported yellow). Colour
 * comes in as a chalk instance decided by the CLI; level 0 gives plain text.
 *
 * Given the terminal's width, the table fits it (see `fit`): texts are cut with `…` and the
 * columns that find no room are named below the table; a row is never wrapped by the terminal,
 * since a wrapped row of a 120-column task list cannot be read. Without a width (a pipe, a
 * file) every text keeps up to 60 characters.
 */
import type { ChalkInstance } from 'chalk';
import type { TableView, Tone } from './views.js';
import { displayCell } from './cells.js';
import type { Lang } from '../model/lang.js';
import { labels } from '../i18n/index.js';

const maxWidth = 60;
/** What a column keeps on a narrow terminal: the title 30 characters, other texts 14 ("Sở Tài nguyên…"). */
const titleFloor = 30;
const textFloor = 14;
const gap = 2;

export function renderTextTable(view: TableView, lang: Lang, chalk: ChalkInstance, terminalWidth?: number): string {
  const body = view.rows.map((r) => view.columns.map((c) => cut(displayCell(r.values[c.key] ?? null, c.kind, lang, c.absent).replace(/\s+/g, ' '), maxWidth)));
  const layout = terminalWidth ? fit(view, body, terminalWidth) : { shown: view.columns.map((_, i) => i), widths: natural(view, body) };
  const { shown, widths } = layout;
  const line = (cells: string[]) => {
    const text = shown
      .map((col, k) => pad(cut(cells[col]!, widths[k]!), widths[k]!, view.columns[col]!.kind === 'text' ? 'end' : 'start'))
      .join(' '.repeat(gap))
      .trimEnd();
    // A row wider than the terminal even so is cut, never wrapped.
    return terminalWidth ? cut(text, terminalWidth) : text;
  };
  const paint: Record<Exclude<Tone, null>, (s: string) => string> = { good: (s) => s, warn: chalk.yellow, bad: chalk.red, muted: chalk.dim };
  const lines = [chalk.bold(line(view.columns.map((c) => c.label))), ...body.map((cells, i) => {
    const tone = view.rows[i]!.tone;
    return tone ? paint[tone](line(cells)) : line(cells);
  })];
  const left = view.columns.filter((_, i) => !shown.includes(i)).map((c) => c.label);
  if (left.length > 0) lines.push(chalk.dim(cut(labels[lang].words.columnsLeftOut(left.join(', ')), terminalWidth!)));
  return `${lines.join('\n')}\n`;
}

function natural(view: TableView, body: readonly string[][]): number[] {
  return view.columns.map((c, i) => Math.max(length(c.label), ...body.map((cells) => length(cells[i]!))));
}

/**
 * The columns and widths that fit `total` characters. Each column has a floor: the title (the
 * widest text) 30, other texts 14, numbers and dates their widest value (the label is cut).
 * Columns are left out from the right while the floors do not fit; then the other texts are
 * narrowed, widest first, before the title, which keeps what room is left.
 */
function fit(view: TableView, body: readonly string[][], total: number): { shown: number[]; widths: number[] } {
  const full = natural(view, body);
  const isText = view.columns.map((c) => c.kind === 'text');
  const values = view.columns.map((_, i) => Math.max(1, ...body.map((cells) => length(cells[i]!))));
  const title = full.reduce((best, w, i) => (isText[i] && (best < 0 || w > full[best]!) ? i : best), -1);
  const floor = full.map((w, i) => Math.min(w, i === title ? titleFloor : isText[i] ? textFloor : Math.max(values[i]!, 4)));
  const shown = view.columns.map((_, i) => i);
  const needed = (cols: number[], widths: (i: number) => number) => cols.reduce((sum, i) => sum + widths(i), 0) + gap * (cols.length - 1);
  while (shown.length > 2 && needed(shown, (i) => floor[i]!) > total) shown.splice(shown.findLastIndex((i) => i !== title), 1);
  const widths = new Map(shown.map((i) => [i, full[i]!]));
  let over = needed(shown, (i) => widths.get(i)!) - total;
  const narrowable = (i: number) => widths.get(i)! > floor[i]!;
  while (over > 0) {
    const others = shown.filter((i) => i !== title && narrowable(i));
    const pick = others.length > 0 ? others.reduce((a, b) => (widths.get(b)! > widths.get(a)! ? b : a)) : narrowable(title) ? title : -1;
    if (pick < 0) break;
    widths.set(pick, widths.get(pick)! - 1);
    over--;
  }
  return { shown, widths: shown.map((i) => widths.get(i)!) };
}

/** Width in characters as a terminal shows NFC Vietnamese text (one column per code point). */
function length(text: string): number {
  return [...text].length;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function pad(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(width - length(text));
  return side === 'start' ? fill + text : text + fill;
}
