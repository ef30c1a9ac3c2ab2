/**
 * Records of one export, streamed into DossierStats per unit and level: the only state that
 * grows is one set of counters per unit, so memory does not depend on the number of rows. Every
 * row is counted, or reported: rows with an error are listed (the first 50 of each problem, then
 * how many more), rows outside the reporting window are summed up in one note.
 */
import type { Issue, Severity } from '../../model/issue.js';
import { issue, repeatedIssue, type IssueOptions } from '../../i18n/issues.js';
import { catalogue, type Code, type ParamsOf } from '../../i18n/messages.js';
import { levels, type DossierCounts, type DossierMeasure, type DossierStats, type Level } from '../../model/records.js';
import { countRecord, isoOfDay, zeroCounts, type DayNumber, type DossierWindow, type StreamedRecords } from '../../model/record-counts.js';
import type { UnitDirectory } from '../units.js';
import type { UnitConfig } from '../../model/config.js';

/** How record exports are read: the window of SPEC §3 and what names units. */
export interface RecordReading {
  window: DossierWindow;
  units: UnitDirectory;
  /** The config's units, from which a reading thread builds its own directory. */
  unitConfig: readonly UnitConfig[];
  /** Files at least this large are read by two threads (parallel.ts); 0 = never. */
  parallelMinBytes: number;
  /** `--unit`: the unit of an export that has no unit column (or a blank cell). */
  unit?: string;
  /** Rows read and bytes read so far, after each buffer (progress on a terminal). */
  progress?: (file: string, rows: number, bytes: number) => void;
}


/** Issues listed per problem and file; the rest are counted in one line. */
export const issuesPerCode = 50;

/** What a reading thread counted over its part of a file, for the aggregator of the whole file. */
export interface AggregatePart {
  units: { name: string; level: number; counts: DossierCounts }[];
  issued: [code: string, severity: Severity, count: number][];
  issues: Issue[];
  rowsRead: number;
  rowsCounted: number;
  rowsRejected: number;
  after: number;
  before: number;
}

export class DossierAggregator {
  private readonly names: string[] = [];
  private readonly unitLevels: (Level | null)[] = [];
  private readonly slotByName = new Map<string, number>();
  private readonly counts: (DossierCounts | undefined)[] = [];
  private readonly issued = new Map<string, { severity: Severity; count: number }>();
  readonly issues: Issue[] = [];
  /** The header's row: where the stats of this export point. */
  headerRow = 1;
  /** The measures the export has no column for: its stats say so, rather than count them 0. */
  unreported: readonly DossierMeasure[] = [];
  rowsRead = 0;
  rowsCounted = 0;
  rowsRejected = 0;
  private after = 0;
  private before = 0;

  constructor(
    readonly file: string,
    readonly sheet: string | undefined,
    readonly reading: RecordReading,
  ) {}

  /** The slot of a unit as written (canonical names merge spellings); -1 for a blank name. */
  unitSlot(written: string): number {
    const name = this.reading.units.canonical(written);
    if (!name) return -1;
    let slot = this.slotByName.get(name);
    if (slot === undefined) {
      slot = this.names.length;
      this.names.push(name);
      this.unitLevels.push(this.reading.units.level(name));
      this.slotByName.set(name, slot);
    }
    return slot;
  }

  /** The level the unit's name (or the config) gives, or null. */
  levelOf(slot: number): Level | null {
    return this.unitLevels[slot] ?? null;
  }

  /** The config places the unit at a level it adds: its rows are counted there whatever their `Cấp` cell says. */
  placed(slot: number): boolean {
    return this.reading.units.addedLevel(this.names[slot]!) !== null;
  }

  unitName(slot: number): string {
    return this.names[slot]!;
  }

  /** Rows of records received outside the window: not counted, summed up in a note. */
  get rowsOutside(): number {
    return this.after + this.before;
  }

  /** One record of a known unit and level. */
  add(slot: number, level: number, received: DayNumber, due: DayNumber, resolved: DayNumber, online: boolean, paid: boolean, returned: boolean): void {
    const key = slot * 3 + level;
    let c = this.counts[key];
    if (c === undefined) {
      c = zeroCounts();
      this.counts[key] = c;
    }
    const outside = countRecord(c, this.reading.window, received, due, resolved, online, paid, returned);
    if (outside === null) this.rowsCounted++;
    else if (outside === 'after') this.after++;
    else this.before++;
  }

  /** A problem in a row; `rejected` when the row is not counted because of it. */
  report<C extends Code>(row: number, column: string | undefined, code: C, params: ParamsOf<C>, opts: IssueOptions = {}): void {
    const severity = opts.severity ?? catalogue[code].severity;
    if (severity === 'error') this.rowsRejected++;
    const seen = this.issued.get(code) ?? { severity, count: 0 };
    seen.count++;
    this.issued.set(code, seen);
    if (seen.count <= issuesPerCode) this.issues.push(issue(code, { file: this.file, sheet: this.sheet, row, column }, params, opts));
  }

  /** A problem of the whole file (no such column…). */
  fileIssue<C extends Code>(code: C, params: ParamsOf<C>): void {
    this.issues.push(issue(code, { file: this.file, sheet: this.sheet }, params));
  }

  part(): AggregatePart {
    const units: AggregatePart['units'] = [];
    this.counts.forEach((counts, key) => {
      if (counts) units.push({ name: this.names[Math.floor(key / 3)]!, level: key % 3, counts });
    });
    const { rowsRead, rowsCounted, rowsRejected, after, before, issues } = this;
    return { units, issued: [...this.issued].map(([code, i]) => [code, i.severity, i.count]), issues, rowsRead, rowsCounted, rowsRejected, after, before };
  }

  /** The part of a file that follows this one's: its records are numbered from `recordOffset` on. */
  absorb(part: AggregatePart, recordOffset: number): void {
    for (const u of part.units) {
      const key = this.unitSlot(u.name) * 3 + u.level;
      const c = (this.counts[key] ??= zeroCounts());
      for (const k of Object.keys(c) as (keyof DossierCounts)[]) c[k] += u.counts[k];
    }
    for (const [code, severity, count] of part.issued) {
      const seen = this.issued.get(code) ?? { severity, count: 0 };
      const room = Math.max(0, issuesPerCode - seen.count);
      const listed = part.issues.filter((i) => i.code === code).slice(0, room);
      this.issues.push(...listed.map((i) => (i.row === undefined ? i : { ...i, row: i.row + recordOffset })));
      seen.count += count;
      this.issued.set(code, seen);
    }
    this.issues.push(...part.issues.filter((i) => !part.issued.some(([code]) => code === i.code)));
    this.rowsRead += part.rowsRead;
    this.rowsCounted += part.rowsCounted;
    this.rowsRejected += part.rowsRejected;
    this.after += part.after;
    this.before += part.before;
  }

  /** The table counted: its stats per unit and level, its issues and its rows. */
  finish(): StreamedRecords {
    for (const [code, { severity, count }] of this.issued) {
      if (count <= issuesPerCode) continue;
      this.issues.push(repeatedIssue(code, severity, { file: this.file, sheet: this.sheet }, count - issuesPerCode, issuesPerCode));
    }
    const { window } = this.reading;
    const where = { file: this.file, sheet: this.sheet };
    if (this.after > 0) this.issues.push(issue('outside-period', where, { records: 'after', count: this.after, date: isoOfDay(window.to) }));
    if (this.before > 0) this.issues.push(issue('outside-period', where, { records: 'before', count: this.before, date: isoOfDay(window.from) }));
    const stats: DossierStats[] = [];
    const period = { from: window.from === 0 ? null : isoOfDay(window.from), to: isoOfDay(window.to) };
    this.counts.forEach((c, key) => {
      if (!c) return;
      const source = this.sheet === undefined ? { file: this.file, row: this.headerRow } : { file: this.file, sheet: this.sheet, row: this.headerRow };
      const unit = this.names[Math.floor(key / 3)]!;
      stats.push({ unit, level: this.reading.units.addedLevel(unit) ?? levels[key % 3]!, ...c, period, source, ...(this.unreported.length > 0 ? { unreported: this.unreported } : {}) });
    });
    const out: StreamedRecords = { file: this.file, stats, issues: this.issues, rowsRead: this.rowsRead, rowsCounted: this.rowsCounted, rowsRejected: this.rowsRejected, rowsOutside: this.rowsOutside };
    if (this.sheet !== undefined) out.sheet = this.sheet;
    return out;
  }
}
