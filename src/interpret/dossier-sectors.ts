/**
 * Sector rows of a dossier form (issue 18, point 3): a district's or a department's Biểu 06
 * lists, under each unit, the sectors (lĩnh vực) of the procedures it handled. Such a row is
 * told by its label — a sector of the national list (vocabulary/sectors.ts), never a unit name —
 * and by its place, under a unit row; it counts for that unit and is kept as its breakdown
 * (DossierStats.sector): under a unit row with counts of its own, only as the breakdown.
 */
import type { DossierStats } from '../model/records.js';
import { fold } from '../model/text.js';
import type { UnitDirectory } from './units.js';
import { procedureSectors } from './vocabulary/index.js';

const sectors = new Set(procedureSectors.map(fold));

/** `Hộ tịch`, `Đất đai (cấp huyện)`, `- Chứng thực`, `a) Hộ tịch`: a sector of the national list, not a unit. */
export function isSectorLabel(label: string, units: UnitDirectory): boolean {
  if (units.isUnitName(label)) return false;
  // A list marker before the name, a note after it in brackets or after a colon.
  const bare = label.replace(/^\s*(?:[-+•*–]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s*/iu, '');
  return sectors.has(fold(bare)) || sectors.has(fold(bare.split(/[(:]/)[0]!));
}

/** The rows of a unit with the sectors under it, while they are being read. */
export interface UnitBlock {
  stats: DossierStats;
  /** The unit row carries its own counts: the sector rows are only its breakdown, checked against it. */
  hasCounts: boolean;
}
