/**
 * Sector rows of a dossier form (issue 18, point 3): a district's or a department's Biểu 06
 * lists, under each unit, the sectors (lĩnh vực) of the procedures it handled. Such a row is
 * told by its label — a sector of the national list (vocabulary/sectors.ts), never a unit name —
 * and by its place, under a unit row; it counts for that unit and is kept as its breakdown.
 */
import type { DossierCounts, DossierSector, DossierStats } from '../model/records.js';
import { fold } from './fold.js';
import type { UnitDirectory } from './units.js';
import { procedureSectors } from './vocabulary/index.js';

const sectors = new Set(procedureSectors.map(fold));
const countKeys = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline', 'carriedOver', 'pendingOverdue', 'returned'] as const satisfies readonly (keyof DossierCounts)[];

/** `Hộ tịch`, `Đất đai (cấp huyện)`, `- Chứng thực`, `a) Hộ tịch`: a sector of the national list, not a unit. */
export function isSectorLabel(label: string, units: UnitDirectory): boolean {
  if (units.isUnitName(label)) return false;
  const f = fold(label).replace(/^(?:[-+•*]|[a-zđ]\)|\d+[.)])\s*/, '');
  if (sectors.has(f)) return true;
  for (const s of sectors) if (f.startsWith(s) && /^[\s(:,;–-]/.test(f.slice(s.length))) return true;
  return false;
}

/** A row's counts as one sector of its unit. */
export function asSector(label: string, stats: DossierCounts): DossierSector {
  return { sector: label, ...Object.fromEntries(countKeys.map((k) => [k, stats[k]])) } as DossierSector;
}

/** The rows of a unit with the sectors under it, while they are being read. */
export interface UnitBlock {
  stats: DossierStats;
  /** The unit row carries its own counts: the sector rows are only its breakdown, checked against it. */
  hasCounts: boolean;
  /** The unit has been counted: its own row, or (a row without counts) through its sectors. */
  counted: boolean;
}
