/**
 * Tables of the Word report: a caption `Bảng N. …` kept with the table, a bold header row that
 * Word and LibreOffice repeat on every page the table runs onto, rows that never split across
 * pages, numbers right-aligned. Drawn from the same TableViews as the brief and the workbook.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, convertMillimetersToTwip } from 'docx';
import type { ColumnKind, TableView } from '../views.js';
import { displayCell, totalRow } from '../cells.js';
import type { Lang } from '../../model/lang.js';
import { centred, runs, size, textWidth } from './layout.js';

export interface GridColumn {
  label: string;
  kind: ColumnKind;
}

/** A row of cells, or a group row: one bold line across the whole table (a lead unit over its tasks). */
export type GridRow = { cells: string[]; bold?: boolean } | { group: string };

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Numbers get what their widest value needs; text columns share the rest. */
function columnWidths(columns: GridColumn[], rows: GridRow[]): number[] {
  const mm = convertMillimetersToTwip;
  const fixed = columns.map((c, i) => {
    if (c.kind === 'text') return 0;
    const longest = Math.max(c.label.length / 2, ...rows.map((r) => ('cells' in r ? (r.cells[i] ?? '').length : 0)));
    return mm(Math.max(13, Math.min(24, 3 + longest * 2.2)));
  });
  // Text columns share the rest by how much they hold, a long title more than a status.
  const weight = columns.map((c, i) => (c.kind !== 'text' ? 0 : 10 + Math.min(60, Math.max(c.label.length, ...rows.map((r) => ('cells' in r ? (r.cells[i] ?? '').length : 0))))));
  const totalWeight = weight.reduce((a, b) => a + b, 0);
  const rest = textWidth - fixed.reduce((a, b) => a + b, 0);
  const widths = columns.map((c, i) => (c.kind === 'text' ? Math.max(mm(22), Math.floor((rest * weight[i]!) / totalWeight)) : fixed[i]!));
  const sum = widths.reduce((a, b) => a + b, 0);
  // Too many columns for the page: shrink them all alike rather than run past the margin.
  return sum <= textWidth ? widths : widths.map((w) => Math.floor((w * textWidth) / sum));
}

function tableCell(text: string, width: number, opts: { bold?: boolean; align: (typeof AlignmentType)[keyof typeof AlignmentType]; span?: number }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(opts.span ? { columnSpan: opts.span } : {}),
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: text.split('\n').map((l) => new Paragraph({ children: runs(l, { bold: opts.bold === true, size: size.table }), alignment: opts.align })),
  });
}

export function gridTable(columns: GridColumn[], rows: GridRow[]): Table {
  const widths = columnWidths(columns, rows);
  const align = (kind: ColumnKind) => (kind === 'text' ? AlignmentType.LEFT : kind === 'date' ? AlignmentType.CENTER : AlignmentType.RIGHT);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => tableCell(c.label, widths[i]!, { bold: true, align: AlignmentType.CENTER })),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children:
          'group' in r
            ? [tableCell(r.group, textWidth, { bold: true, align: AlignmentType.LEFT, span: columns.length })]
            : columns.map((c, i) => tableCell(r.cells[i] ?? '', widths[i]!, { bold: r.bold === true, align: align(c.kind) })),
      }),
  );
  return new Table({ rows: [header, ...body], width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders });
}

/** A TableView as a grid, with its total row when it has one and more than one row. */
export function viewTable(view: TableView, lang: Lang, totalLabel: string): Table {
  const columns = view.columns.map((c) => ({ label: c.label, kind: c.kind }));
  const rows: GridRow[] = view.rows.map((r) => ({ cells: view.columns.map((c) => displayCell(r.values[c.key] ?? null, c.kind, lang)) }));
  if (view.withTotal && view.rows.length > 1) {
    const totals = totalRow(view);
    const labelAt = view.columns.findIndex((c) => c.kind === 'text');
    rows.push({ bold: true, cells: view.columns.map((c, i) => (i === labelAt ? totalLabel : c.key in totals ? displayCell(totals[c.key] ?? null, c.kind, lang) : '')) });
  }
  return gridTable(columns, rows);
}

/** `Bảng 2. …`, bold, centred, kept with the table under it. */
export function caption(text: string): Paragraph {
  return centred(text, { bold: true, size: size.table, before: 120, after: 60, keepNext: true });
}
