/**
 * Unit names → one canonical name per unit. The config's `units` (name, code, aliases) merge
 * `SNV`, `Sở NV` and `Sở Nội vụ`; beyond that, names that fold the same (case, diacritics,
 * spacing) are one unit, shown the way it was first written.
 */
import type { IsoDate, Level } from '../model/records.js';
import { fold, tidy, unitKey, unmarked } from './fold.js';
import { leadRoleWords, levelByUnitPrefix } from './vocabulary/index.js';

export interface UnitConfig {
  name: string;
  code?: string;
  aliases?: string[];
  level?: Level;
  /** Names the unit had before a merger or renaming (SPEC §5.1); applied in compute, by the report's date. */
  formerNames?: FormerNameConfig[];
}

/** A `formerNames` entry of a unit in the config. */
export interface FormerNameConfig {
  name: string;
  /** The first day under the new name. */
  date: IsoDate;
  aliases?: string[];
  /** The legal basis (a decision's number and date), shown in docs and the JSON. */
  basis?: string;
}

export class UnitDirectory {
  private readonly byKey = new Map<string, string>();
  /** Canonical names by fold(), for names written without marks; null where two units fold alike. */
  private readonly byFold = new Map<string, string | null>();
  private readonly levels = new Map<string, Level>();
  private readonly configured = new Set<string>();

  constructor(units: readonly UnitConfig[] = []) {
    for (const u of units) {
      const name = tidy(u.name);
      for (const alias of [u.name, u.code, ...(u.aliases ?? [])]) {
        if (!alias) continue;
        this.remember(alias, name);
        this.configured.add(fold(alias));
      }
      if (u.level) this.levels.set(name, u.level);
    }
  }

  /** A unit by its name: the config names it, or its name says its level (`Sở …`, `UBND huyện …`). */
  isUnitName(written: string): boolean {
    return this.configured.has(fold(written)) || levelFromName(written) !== null;
  }

  /** The canonical name of a unit as written; '' for a blank cell. */
  canonical(written: string): string {
    const name = tidy(written);
    if (!name) return '';
    const known = this.byKey.get(unitKey(name)) ?? (unmarked(name) ? this.byFold.get(fold(name)) : undefined);
    if (known) return known;
    this.remember(name, name);
    return name;
  }

  private remember(written: string, canonical: string): void {
    this.byKey.set(unitKey(written), canonical);
    const f = fold(written);
    const other = this.byFold.get(f);
    this.byFold.set(f, other === undefined || other === canonical ? canonical : null);
  }

  /** The level from the config, else from the name (`UBND huyện …` → district), else null. */
  level(canonicalName: string): Level | null {
    return this.levels.get(canonicalName) ?? levelFromName(canonicalName);
  }
}

const roleSuffix = new RegExp(`[\\s\\-–:,]+(?:${[...leadRoleWords].sort((a, b) => b.length - a.length).join('|')})$`, 'iu');

/**
 * The lead unit of a lead cell, which often names more: the lead first, then its partners
 * (`Sở Nội vụ; các sở, ngành`, `Sở Nội vụ, Sở Tư pháp`), a sub-office on the next line or in
 * parentheses (`Sở Nội vụ (Phòng CCHC)`), or its role (`Sở Nội vụ chủ trì`). A comma splits only
 * before another unit's capitalised name: `Sở Văn hóa, Thể thao và Du lịch` and `UBND xã Tân Lập,
 * huyện Tân Biên` are one unit each.
 */
export function leadUnitOf(cell: string): string {
  let lead = tidy(cell.split(/[\n;]/)[0] ?? '');
  const parts = lead.split(',');
  const next = parts.findIndex((p, i) => i > 0 && /^\s*\p{Lu}/u.test(p) && levelFromName(tidy(p)) !== null);
  if (next > 0) lead = parts.slice(0, next).join(',');
  return tidy(lead.replace(/\s*\([^)]*\)\s*$/, '').normalize('NFC').replace(roleSuffix, ''));
}

const foldedPrefixes = levelByUnitPrefix.map(([p, level]) => [fold(p), level] as const);

export function levelFromName(name: string): Level | null {
  const f = fold(name);
  for (const [prefix, level] of foldedPrefixes) if (f === prefix || f.startsWith(`${prefix} `)) return level;
  return null;
}
