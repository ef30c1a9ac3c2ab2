/**
 * Aggregated dossier forms → DossierStats, one per unit row (SPEC §2.4): Biểu 06/VPCP/KSTT and
 * its local variants. Group rows set the level of the rows below them; a group row with counts is
 * a subtotal, checked like the total row (§4.4) and not counted. The form's identities are
 * checked on every row; a broken one is a warning naming the cells and both numbers (the row is
 * still counted: the figures are the department's, the warning tells it where to look).
 */
import type { DossierMeasure, DossierStats, Level, LevelId } from '../model/records.js';
import type { RawRow } from '../read/raw-table.js';
import { cellText, ownCell } from '../read/raw-table.js';
import { issue } from '../i18n/issues.js';
import { because } from '../i18n/reasons.js';
import type { TableContext } from './context.js';
import { resolveCountColumns, type CountColumn, type DossierCount } from './dossier-columns.js';
import { levelFromCell, levelNames, levelOfGroup } from './dossier-levels.js';
import { fold, tidy } from '../model/text.js';
import type { ClassifiedRow } from './rows.js';
import { checkTableTotals, checkTotalRow } from './totals.js';
import { cellNumber } from './values.js';
import { isSectorLabel, type UnitBlock } from './dossier-sectors.js';
import { placeholderText } from './placeholders.js';

export const dossierContentFields = ['received', 'carriedOver', 'newReceived', 'online', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'paidOnline'] as const;


/** One count of one row: its value and the cells it came from. */
interface Term {
  value: number;
  cells: string[];
}

/** A row labelled `Sở, ban, ngành`, `Cấp huyện`, `Xã, phường, thị trấn`…: a group, counts or not. */
export function isDossierGroup(label: string): boolean {
  return levelOfGroup(label, true) !== null;
}

export function interpretDossiers(ctx: TableContext): DossierStats[] {
  const skip = new Set(['stt', 'unit', 'level'].map((f) => ctx.column(f)?.index).filter((i): i is number => i !== undefined));
  const where = { file: ctx.raw.file, sheet: ctx.raw.sheet };
  const columns = chooseReading(ctx, resolveCountColumns(ctx.table.columns, skip), where);
  const out: DossierStats[] = [];
  const counted = new Set<RawRow>();
  let groupLevel: Level | null = null;
  let subtotal: { row: RawRow; label: string; rows: RawRow[] } | null = null;
  let parentUnit: { label: string; subNumber: string } | null = null;
  const closeSubtotal = () => {
    if (subtotal) ctx.issues.push(...checkTotalRow(where, subtotal.row, subtotal.rows, columns.map((c) => c.column), { row: 'subtotal', label: subtotal.label }));
    subtotal = null;
  };
  // The unit row above the sector rows being read (dossier-sectors.ts).
  let block: (UnitBlock & { row: RawRow; sectorRows: RawRow[] }) | null = null;
  const count = (stats: DossierStats, raw: RawRow) => {
    if (period) stats.period = period;
    out.push(stats);
    counted.add(raw);
    subtotal?.rows.push(raw);
  };
  const closeBlock = () => {
    if (!block) return;
    // A unit row with its own counts is the sum of its sectors: checked as a subtotal is.
    if (block.hasCounts && block.sectorRows.length > 0) ctx.issues.push(...checkTotalRow(where, block.row, block.sectorRows, columns.map((c) => c.column), { row: 'subtotal', label: block.stats.unit }));
    block = null;
  };
  let ownerRows = 0;
  const period = ctx.table.period;
  const owner = sectorOwner(ctx);
  const asked = ctx.options.period;
  if (period && asked && (period.from !== asked.from || period.to !== asked.to)) {
    ctx.issues.push(issue('period-mismatch', where, { from: period.from, to: period.to, askedFrom: asked.from, askedTo: asked.to }));
  }

  for (const row of ctx.rows) {
    const label = tidy(cellText(ctx.cell(row, 'unit')));
    if (row.kind === 'section' || row.kind === 'subheading' || row.kind === 'total') {
      closeBlock();
      closeSubtotal();
    }
    if (row.kind === 'section') {
      groupLevel = levelOfGroup(label, false) ?? levelOfGroup(row.area ?? '', false);
      parentUnit = null;
      // A group row with counts (Biểu 06 often sums each group on its own row) is checked against its units.
      if (columns.some((c) => numberCell(row, c) !== null)) subtotal = { row: row.raw, label: label || (row.area ?? ''), rows: [] };
      continue;
    }
    if (row.kind === 'subheading') {
      // `1 | Sở Tư pháp` over `1.1 | Hộ tịch`, `1.2 | Chứng thực`: the sector rows are the unit's.
      const level = levelOfGroup(label, false);
      if (level) groupLevel = level;
      parentUnit = !level && label && row.subNumber ? { label, subNumber: row.subNumber } : null;
      continue;
    }
    if (row.kind !== 'record') continue;
    const read = readTerms(ctx, row, columns);
    if (!read) continue;
    if (block && !owner && label && isSectorLabel(label, ctx.options.units)) {
      for (const b of read.breaks) identityIssue(ctx, row, b);
      const stats: DossierStats = { unit: block.stats.unit, level: block.stats.level, ...derive(read), sector: label, source: ctx.source(row) };
      if (block.hasCounts) {
        // The unit's row counts; its sector rows are its breakdown (a record each, not summed again).
        if (period) stats.period = period;
        out.push({ ...stats, breakdown: true });
        block.sectorRows.push(row.raw);
      } else count(stats, row.raw);
      continue;
    }
    closeBlock();
    const underParent = parentUnit !== null && row.subNumber === parentUnit.subNumber;
    const unitLabel = underParent ? parentUnit!.label : owner?.unit ?? (label || (ctx.column('unit') ? '' : ctx.fileUnit?.name ?? ''));
    const unit = ctx.unitOf(unitLabel);
    if (!unit) {
      ctx.report(row, 'unit', 'missing-unit', { of: 'row' });
      continue;
    }
    const level = rowLevel(ctx, row, unit, groupLevel);
    if (!level) continue;
    for (const b of read.breaks) identityIssue(ctx, row, b);
    const stats: DossierStats = { unit, level, ...derive(read), source: ctx.source(row) };
    // A row of the owner's or of the unit heading it is one of its sectors.
    if ((underParent || owner) && label) stats.sector = label;
    if (owner && !underParent) ownerRows++;
    if (!underParent && !owner && label) {
      // Perhaps the unit row over sector rows (a row without counts counts zeros: its sectors make it up).
      block = { stats, row: row.raw, sectorRows: [], hasCounts: columns.some((c) => numberCell(row, c) !== null) };
    }
    count(stats, row.raw);
  }
  closeBlock();
  closeSubtotal();
  if (owner && ownerRows > 0) ctx.issues.push(issue('sector-rows', where, { sectors: owner.sectors.slice(0, 3), more: owner.sectors.length > 3, unit: owner.unit }));
  ctx.issues.push(...checkTableTotals(where, ctx.rows, counted, columns.map((c) => c.column)));
  return out;
}

/**
 * A department's own form lists its sectors (`Hộ tịch`, `Chứng thực`…), not units: when no row
 * names a unit, and the column says `Lĩnh vực` or no group row sorts the rows by level, every row
 * is the form's own unit's (reporting-unit.ts) — if the form says whose it is.
 */
function sectorOwner(ctx: TableContext): { unit: string; sectors: string[] } | null {
  const sectors = ctx.rows.filter((r) => r.kind === 'record').map((r) => tidy(cellText(ctx.cell(r, 'unit')))).filter((l) => l !== '');
  if (sectors.length === 0 || sectors.some((l) => ctx.options.units.isUnitName(l))) return null;
  const header = ctx.column('unit');
  const saysSector = (header !== undefined && /\blinh vuc\b/.test(fold(header.text))) || sectors.every((l) => isSectorLabel(l, ctx.options.units));
  if (!saysSector && ctx.rows.some((r) => r.kind === 'section')) return null;
  const unit = ctx.fileUnit?.name;
  return unit ? { unit, sectors } : null;
}

function numberCell(row: ClassifiedRow, c: CountColumn): number | null {
  const parsed = cellNumber(ownCell(row.raw.cells[c.column.index], row.raw.row));
  return parsed?.ok ? parsed.value.value : null;
}

/** An identity of the form that a row breaks: the total's cells and number, the parts' cells and sum. */
interface IdentityBreak {
  /** The count that is a sum, and the counts it is the sum of (`channels`: its own split by channel). */
  of: DossierCount;
  parts: DossierCount[] | 'channels';
  total: Term;
  sum: Term;
}

/**
 * The row's counts by kind, and the identities they break; null when a cell is not a count (an
 * error, the row is not counted). `quiet`: only looking (choosing a reading), nothing reported.
 */
function readTerms(ctx: TableContext, row: ClassifiedRow, columns: readonly CountColumn[], quiet = false): { whole: Map<DossierCount, Term>; absent: ReadonlySet<DossierCount>; breaks: IdentityBreak[] } | null {
  const whole = new Map<DossierCount, Term>();
  const parts = new Map<DossierCount, Term>();
  let bad = false;
  /** Counts with a placeholder (`Chưa báo cáo`, `-`) in one of their cells: not reported on this row, never 0. */
  const absent = new Set<DossierCount>();
  for (const c of columns) {
    const cell = ownCell(row.raw.cells[c.column.index], row.raw.row);
    const placeholder = placeholderText(cell, true);
    if (placeholder !== null) {
      if (!quiet) ctx.issues.push(issue('placeholder-value', { ...ctx.at(row.raw.row), column: c.column.letter }, { value: placeholder, header: c.column.text, what: 'count' }, { value: placeholder }));
      absent.add(c.count);
      continue;
    }
    const parsed = cellNumber(cell);
    let value = 0;
    if (parsed) {
      const v = parsed.ok ? parsed.value.value : NaN;
      if (!parsed.ok || parsed.value.percent || !Number.isInteger(v) || v < 0) {
        const text = tidy(cellText(cell));
        if (!quiet) {
          const reason = parsed.ok ? because('not-a-count', { text }) : parsed.reason;
          const { lenient } = ctx.options;
          ctx.issues.push(issue('bad-count', { ...ctx.at(row.raw.row), column: c.column.letter }, { reason, header: c.column.text, lenient, of: 'dossiers' }, { value: text, severity: lenient ? 'warning' : 'error' }));
        }
        bad = true;
      } else value = v;
    }
    const into = c.channel ? parts : whole;
    const key = c.count;
    const term = into.get(key) ?? { value: 0, cells: [] };
    term.value += value;
    term.cells.push(`${c.column.letter}${row.raw.row}`);
    into.set(key, term);
  }
  if (bad && (quiet || !ctx.options.lenient)) return null;
  for (const count of absent) {
    whole.delete(count);
    parts.delete(count);
  }
  const breaks: IdentityBreak[] = [];
  for (const [count, split] of parts) {
    const total = whole.get(count);
    if (total) {
      if (total.value !== split.value) breaks.push({ of: count, parts: 'channels', total, sum: split });
    } else whole.set(count, split);
  }
  breaks.push(...identityBreaks(whole));
  return { whole, absent, breaks };
}

function identityIssue(ctx: TableContext, row: ClassifiedRow, { of, parts, total, sum }: IdentityBreak): void {
  const column = /^[A-Z]+/.exec(total.cells[0] ?? '')?.[0];
  const params = { total: of, parts, totalCells: total.cells, totalValue: total.value, partCells: sum.cells, partValue: sum.value };
  ctx.issues.push(issue('dossier-identity', { ...ctx.at(row.raw.row), column }, params, { value: String(total.value) }));
}

function sumOf(terms: Map<DossierCount, Term>, counts: readonly DossierCount[]): Term {
  const out: Term = { value: 0, cells: [] };
  for (const c of counts) {
    const t = terms.get(c);
    if (!t) continue;
    out.value += t.value;
    out.cells.push(...t.cells);
  }
  return out;
}

/**
 * The form's identities (SPEC §2.4), each checked when the row has all its terms. Returned and
 * withdrawn dossiers are outside received = resolved + pending unless the row says otherwise
 * (its received equals resolved + pending + returned, and not resolved + pending).
 */
function identityBreaks(t: Map<DossierCount, Term>): IdentityBreak[] {
  const out: IdentityBreak[] = [];
  const has = (...counts: DossierCount[]) => counts.every((c) => t.has(c));
  const check = (total: DossierCount, parts: DossierCount[]) => {
    const sum = sumOf(t, parts);
    if (t.get(total)!.value !== sum.value) out.push({ of: total, parts: parts.filter((c) => t.has(c)), total: t.get(total)!, sum });
  };
  const channels = (['online', 'direct', 'postal'] as const).filter((c) => t.has(c));
  if (has('received', 'carriedOver', 'newReceived')) check('received', ['carriedOver', 'newReceived']);
  if (channels.length >= 2) {
    if (has('newReceived')) check('newReceived', channels);
    else if (has('received')) check('received', [...channels, 'carriedOver']);
  }
  const resolvedParts = (['early', 'onTime', 'late'] as const).filter((c) => t.has(c));
  if (has('resolved') && resolvedParts.length >= 2) check('resolved', resolvedParts);
  if (has('pending', 'within', 'overdue')) check('pending', ['within', 'overdue']);
  if (has('received', 'resolved', 'pending')) {
    const inside = t.has('returned') && t.get('received')!.value === sumOf(t, ['resolved', 'pending', 'returned']).value;
    const parts: DossierCount[] = inside ? ['resolved', 'pending', 'returned'] : ['resolved', 'pending'];
    check('received', parts);
  }
  return out;
}

/**
 * Where only a column's position says what it counts (a flat header's `Trực tuyến` after
 * `Đang giải quyết`), the reading under which the rows keep the form's identities wins; when
 * both or neither do, the default (received's channel) is kept and a warning asks.
 */
function chooseReading(ctx: TableContext, columns: CountColumn[], where: { file: string; sheet?: string }): CountColumn[] {
  const doubtful = columns.filter((c) => c.otherwise);
  const plain = columns.map(({ otherwise: _, ...c }) => c);
  if (doubtful.length === 0) return plain;
  const other = columns.map(({ otherwise, ...c }) => (otherwise ? { column: c.column, count: otherwise.count, ...(otherwise.channel ? { channel: otherwise.channel } : {}) } : c));
  const broken = (reading: CountColumn[]) =>
    ctx.rows.filter((r) => r.kind === 'record').reduce((n, r) => n + (readTerms(ctx, r, reading, true)?.breaks.length ?? 0), 0);
  const [asReceived, asSplit] = [broken(plain), broken(other)];
  if (asSplit === 0 && asReceived > 0) return other;
  if (asReceived === 0 && asSplit > 0) return plain;
  const params = { columns: doubtful.map((c) => ({ column: c.column.letter, header: c.column.text })), block: doubtful[0]!.otherwise!.count, fitsBoth: asReceived === 0 };
  ctx.issues.push(issue('dossier-column-doubt', { ...where, row: ctx.raw.rows[ctx.table.headerEnd]?.row, column: doubtful[0]!.column.letter }, params));
  return plain;
}

/**
 * The counts of the summary from whatever the form gives. A count the form has no column for is
 * unreported, never 0 (SPEC §4.1); it is derived only through an identity of the form (on time
 * = resolved − late), never by assuming a split (resolved is not on time). A sum of parts is
 * over the parts the form has columns for, and unknown when the row leaves one of them as a
 * placeholder (`absent`): a part not written is not 0.
 */
function derive({ whole: t, absent }: { whole: Map<DossierCount, Term>; absent: ReadonlySet<DossierCount> }): Omit<DossierStats, 'unit' | 'level' | 'source' | 'period'> {
  const v = (c: DossierCount) => t.get(c)?.value;
  const sum = (...cs: DossierCount[]) => (cs.some((c) => absent.has(c)) || !cs.some((c) => t.has(c)) ? undefined : cs.reduce((s, c) => s + (v(c) ?? 0), 0));
  const carriedOver = v('carriedOver') ?? 0;
  const returned = v('returned') ?? 0;
  const resolved = v('resolved') ?? sum('early', 'onTime', 'late');
  const pending = v('pending') ?? sum('within', 'overdue');
  // Online alone is a part of received, not all of it: the channels add up to it only with the counter's.
  const newReceived = v('newReceived') ?? (t.has('direct') ? sum('online', 'direct', 'postal') : undefined);
  // Received from the identity only when both its parts are known: a missing part is not 0.
  const received =
    v('received') ??
    (newReceived !== undefined ? newReceived + carriedOver : undefined) ??
    (resolved !== undefined && pending !== undefined ? resolved + pending + returned : undefined);
  const onTimeParts = sum('early', 'onTime');
  const late = v('late') ?? (resolved !== undefined && onTimeParts !== undefined ? resolved - onTimeParts : undefined);
  const resolvedOnTime = onTimeParts ?? (resolved !== undefined && late !== undefined ? resolved - late : undefined);
  const online = v('online');
  const paidOnline = v('paidOnline');
  const pendingOverdue = v('overdue');
  const unreported: DossierMeasure[] = [];
  if (received === undefined) unreported.push('received');
  if (resolved === undefined) unreported.push('resolved');
  if (pending === undefined) unreported.push('pending');
  if (resolvedOnTime === undefined) unreported.push('resolvedOnTime');
  if (late === undefined) unreported.push('resolvedLate');
  if (online === undefined) unreported.push('online');
  if (paidOnline === undefined) unreported.push('paidOnline');
  if (pendingOverdue === undefined) unreported.push('pendingOverdue');
  return {
    received: received ?? 0,
    resolved: resolved ?? 0,
    resolvedOnTime: resolvedOnTime ?? 0,
    resolvedLate: late ?? 0,
    pending: pending ?? 0,
    online: online ?? 0,
    paidOnline: paidOnline ?? 0,
    carriedOver,
    pendingOverdue: pendingOverdue ?? 0,
    returned,
    ...(unreported.length > 0 ? { unreported } : {}),
  };
}

function rowLevel(ctx: TableContext, row: ClassifiedRow, unit: string, groupLevel: Level | null): LevelId | null {
  const added = ctx.options.units.addedLevel(unit);
  if (added) return added;
  const written = tidy(cellText(ctx.cell(row, 'level')));
  if (written) {
    const level = levelFromCell(written);
    if (level) return level;
    ctx.report(row, 'level', 'bad-level', { value: written, accepted: [...levelNames] }, { value: written });
    return null;
  }
  // The config's level of a unit outranks the form's group rows (issue 18).
  const level = ctx.options.units.configuredLevel(unit) ?? groupLevel ?? ctx.options.units.level(unit);
  if (level) return level;
  ctx.report(row, 'unit', 'no-level', { unit, of: 'row' });
  return null;
}
