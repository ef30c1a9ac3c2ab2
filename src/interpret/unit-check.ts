/**
 * Units known or questioned (SPEC §4.6): when the config lists units, a lead or a form's unit
 * that matches none of them is most often a typo (`Sở Tài chánh`) or an abbreviation (`SNV`) the
 * config does not carry, and would otherwise become a unit of its own in the league table while
 * the real one is "chưa báo cáo". Each such name is questioned once, where it first appears,
 * with the unit it most likely means; it is counted as written. `--strict-units` makes it an error.
 */
import type { Issue, SourceRef } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { TableReport } from '../model/receipts.js';
import type { Records } from '../model/records.js';
import type { InterpretOptions } from './context.js';
import { unassignedUnit } from './vocabulary/index.js';

export function unknownUnitIssues(records: Records, reports: readonly TableReport[], options: InterpretOptions): Issue[] {
  const units = options.units;
  if (!units.hasConfig) return [];
  const first = new Map<string, { where: SourceRef | { file: string; sheet?: string }; count: number }>();
  const meet = (name: string | undefined, where: SourceRef | { file: string; sheet?: string }) => {
    if (!name || name === unassignedUnit || units.isConfigured(name) || !units.coversLevelOf(name)) return;
    const seen = first.get(name);
    if (seen) seen.count++;
    else first.set(name, { where, count: 1 });
  };
  for (const t of records.tasks) meet(t.lead, t.source);
  for (const i of records.indicators) meet(i.lead, i.source);
  // A consolidated dossier form lists every unit of the province; only a form's own unit is questioned.
  for (const r of reports) if (r.kind === 'dossiers' && r.columnUnits === undefined && r.unit) meet(units.canonical(r.unit), { file: r.file, ...(r.sheet !== undefined ? { sheet: r.sheet } : {}) });
  const severity = options.strictUnits ? 'error' : 'warning';
  return [...first].map(([name, { where, count }]) => {
    const guess = units.suggest(name);
    const params = { name, strict: options.strictUnits === true, rows: count };
    return issue('unit-unknown', where, guess ? { ...params, guess } : params, { severity, value: name });
  });
}
