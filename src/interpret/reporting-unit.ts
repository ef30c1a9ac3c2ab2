/**
 * The unit a form is from, when its rows do not say: `--unit`, else its title block. A form's
 * head (Decree 30) names the superior body, then the issuing one, top left —
 * `UBND TỈNH TÂY NINH` over `SỞ TƯ PHÁP` — or the form says `Đơn vị báo cáo: Sở Tư pháp`. The
 * issuing body is the last unit name there.
 */
import { cellText } from '../read/raw-table.js';
import type { InterpretOptions } from './context.js';
import { fold, tidy } from './fold.js';
import type { LocatedTable } from './table.js';
import { levelFromName } from './units.js';
import { reportingUnitLabels, unitNameLowerWords } from './vocabulary/index.js';

const labels = reportingUnitLabels.map(fold).sort((a, b) => b.length - a.length);
const lowerWords = new Set(unitNameLowerWords);

export function reportingUnit(table: LocatedTable, options: Pick<InterpretOptions, 'unit'>): string | null {
  if (options.unit) return options.unit;
  let found: string | null = null;
  for (const row of table.raw.rows.slice(0, table.headerStart)) {
    const first = row.cells.find((c) => tidy(cellText(c)) !== '');
    for (const line of cellText(first).split(/\r?\n/).map(tidy)) {
      const labelled = afterLabel(line);
      // `Thành phố Tây Ninh, ngày 05 tháng 10 năm 2024` is where and when, not who.
      if (labelled || (levelFromName(line) && !/\bngay \d/.test(fold(line)))) found = labelled || line;
    }
  }
  return found && readable(found);
}

/** `Đơn vị báo cáo: Sở Tư pháp` → `Sở Tư pháp`; null when the line has no such label. */
function afterLabel(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const label = fold(line.slice(0, colon));
  return labels.includes(label) ? tidy(line.slice(colon + 1)) : null;
}

/** A name written in capitals, as a report shows names: `UBND HUYỆN GÒ DẦU` → `UBND huyện Gò Dầu`. */
function readable(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name;
  return name
    .split(' ')
    .map((word, i) => {
      if (word === 'UBND' || word === 'HĐND') return word;
      const lower = word.toLocaleLowerCase('vi');
      return i > 0 && lowerWords.has(lower) ? lower : lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
    })
    .join(' ');
}
