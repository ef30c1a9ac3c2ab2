/**
 * Successor units (SPEC §5.1 `units[].formerNames`): a department merged into another counts
 * under its successor in a report dated on or after the change — its tasks, indicators and
 * dossiers, and its rows in an earlier snapshot — so league tables and comparisons are like for
 * like. Receipts keep the name as written: this mapping happens here, after interpretation.
 */
import { fold, byName } from '../model/text.js';
import { departmentSuccessions } from '../interpret/vocabulary/index.js';
import type { FormerNameConfig } from '../model/config.js';
import type { IsoDate, Records } from '../model/records.js';
import type { FormerUnit, Succession } from '../model/summary.js';

/**
 * The built-in table of the 2025 department mergers with the config's `formerNames` over it: a
 * config line replaces the built-in line for the same former name (a province that dated its
 * merger otherwise, or sent a split department's work elsewhere).
 */
export function successionTable(units: readonly { name: string; formerNames?: readonly FormerNameConfig[] }[]): Succession[] {
  const configured: Succession[] = units.flatMap((u) =>
    (u.formerNames ?? []).map((f) => ({ former: f.name, aliases: [...(f.aliases ?? [])], successor: u.name, date: f.date, basis: f.basis ?? null })),
  );
  const taken = new Set(configured.flatMap((s) => [s.former, ...s.aliases].map(fold)));
  const builtIn = departmentSuccessions
    .filter((s) => ![s.former, ...s.aliases].some((n) => taken.has(fold(n))))
    .map((s) => ({ former: s.former, aliases: [...s.aliases], successor: s.successor, date: s.date, basis: s.basis }));
  return [...configured, ...builtIn];
}

/** The successions a report dated `asOf` applies: those whose change came on or before it. */
export function successionsAsOf(table: readonly Succession[], asOf: IsoDate): Succession[] {
  return table.filter((s) => s.date <= asOf);
}

export interface Resolved {
  /** The name the unit counts under. */
  unit: string;
  /** The former names passed through to reach it; empty when the name is current. */
  formers: FormerUnit[];
}

/** Finds the unit a name counts under, following chains (A merged into B, B later into C). */
export class Successors {
  private readonly next = new Map<string, Succession>();

  constructor(successions: readonly Succession[]) {
    for (const s of successions) for (const n of [s.former, ...s.aliases]) this.next.set(fold(n), s);
  }

  get empty(): boolean {
    return this.next.size === 0;
  }

  resolve(name: string): Resolved {
    const formers: FormerUnit[] = [];
    const seen = new Set<Succession>();
    let unit = name;
    // A config that merges A into B and B back into A would loop: each line is followed once.
    for (let s = this.next.get(fold(unit)); s && !seen.has(s) && fold(s.successor) !== fold(unit); s = this.next.get(fold(unit))) {
      seen.add(s);
      formers.push({ name: s.former, date: s.date });
      unit = s.successor;
    }
    return { unit, formers };
  }
}

/** Collects, per successor, the former units whose records were counted under it. */
export class FormerUnits {
  private readonly bySuccessor = new Map<string, Map<string, FormerUnit>>();

  note(r: Resolved): string {
    if (r.formers.length > 0) {
      const list = this.bySuccessor.get(fold(r.unit)) ?? new Map<string, FormerUnit>();
      for (const f of r.formers) list.set(fold(f.name), f);
      this.bySuccessor.set(fold(r.unit), list);
    }
    return r.unit;
  }

  of(unit: string): FormerUnit[] | undefined {
    const list = this.bySuccessor.get(fold(unit));
    return list ? [...list.values()].sort((a, b) => byName(a.name, b.name)) : undefined;
  }
}

/** The records with every unit name under its successor, and which former units each successor absorbed. */
export function applySuccessions(records: Records, successions: readonly Succession[]): { records: Records; formers: FormerUnits } {
  const formers = new FormerUnits();
  if (successions.length === 0) return { records, formers };
  const map = new Successors(successions);
  const to = (name: string) => formers.note(map.resolve(name));
  return {
    records: {
      ...records,
      tasks: records.tasks.map((t) => ({ ...t, lead: to(t.lead) })),
      indicators: records.indicators.map((i) => (i.lead === undefined ? i : { ...i, lead: to(i.lead) })),
      dossiers: records.dossiers.map((d) => ({ ...d, unit: to(d.unit) })),
    },
    formers,
  };
}
