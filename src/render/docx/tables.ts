/**
 * Tables of the Word report: a caption `Bảng N. …` kept with the table, a bold header row that
 * Word and LibreOffice repeat on every page the table runs onto, rows that never split across
 * pages, numbers right-aligned. Drawn from the same TableViews as the brief and the workbook.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, convertMillimetersToTwip } from 'docx';
import type { ColumnKind, TableView } from '../views.js';
import { displayCell, totalRow } from '../cells.js';
import type { Lang } from '../../model/lang.js';
import { centred, runs, size, textWidth, textWidthMm } from './layout.js';
import { columnWidthsMm } from './column-widths.js';

export interface GridColumn {
  label: string;
  kind: ColumnKind;
}

/** A row of cells, or a group row: one bold line across the whole table (a lead unit over its tasks). */
export type GridRow = { cells: string[]; bold?: boolean } | { group: string };

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Widths in twips, from column-widths.ts; the cells of group rows span the table and take no part. */
function columnWidths(columns: GridColumn[], rows: GridRow[]): number[] {
  const cellsOf = (i: number) => rows.flatMap((r) => ('cells' in r ? [{ text: r.cells[i] ?? '', bold: r.bold === true }] : []));
  return columnWidthsMm(columns, cellsOf, textWidthMm).map((w) => convertMillimetersToTwip(w));
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
