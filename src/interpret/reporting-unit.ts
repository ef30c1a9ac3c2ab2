/**
 * The unit a file is from, for rows that do not say (SPEC §4.6), in this order: the config's
 * `files` mapping; an `Đơn vị báo cáo: Sở Tư pháp` line; the issuing body of the form's
 * Decree-30 head (top left: the superior body, then the issuing one — `UBND TỈNH TÂY NINH` over
 * `SỞ TƯ PHÁP`); the file name matched against the config's units; last, `--unit`, which is
 * for files that name no unit at all (issue 18: on a folder it must not take over the forms of
 * other departments). A title line (`BÁO CÁO…`, `SỐ LIỆU…`) is never a unit.
 */
import type { UnitSource } from '../model/receipts.js';
import { cellText, type RawTable } from '../read/raw-table.js';
import { fold, tidy } from '../model/text.js';
import { headerSearchRows, type LocatedTable } from './table.js';
import { isSubOffice, isTitleLine, levelFromName, type UnitDirectory } from './units.js';
import { bareOfficeLines, provinceOfficeName, reportingUnitLabels, unitNameLowerWords } from './vocabulary/index.js';

export interface FileUnit {
  name: string;
  source: UnitSource;
}

export interface FileUnitOptions {
  /** `--unit`. */
  unit?: string;
  units: UnitDirectory;
  /** The config's `files` mapping (glob → unit): the unit of a file, or null. */
  unitForFile?: (file: string) => string | null;
}

const labels = reportingUnitLabels.map(fold).sort((a, b) => b.length - a.length);
const lowerWords = new Set(unitNameLowerWords);
const placeWords = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'trấn', 'phố']);

export function fileUnit(raw: RawTable, located: LocatedTable | null, options: FileUnitOptions): FileUnit | null {
  const mapped = options.unitForFile?.(raw.file);
  if (mapped) return { name: mapped, source: 'config-files' };
  const head = fromHead(headRows(raw, located));
  if (head) return { ...head, name: withoutProvince(head.name, options.units) };
  const named = options.units.hasConfig ? options.units.fromFileName(raw.file) : null;
  if (named) return { name: named, source: 'file-name' };
  return options.unit ? { name: options.unit, source: 'option' } : null;
}

/**
 * The last line of a form's Decree-30 head as written, even when it names no unit the report
 * can count for (`PHÒNG QUẢN LÝ ĐÔ THỊ` with no body above it): files given `--unit` whose heads
 * differ plainly come from different bodies.
 */
export function headIssuingLine(raw: RawTable, located: LocatedTable | null): string | null {
  const head = headLines(firstCellLines(headRows(raw, located)));
  return head.length > 0 ? head[head.length - 1]! : null;
}

/** `Sở Nội vụ tỉnh Tây Ninh` is the config's `Sở Nội vụ`: a head may name the province after the office. */
function withoutProvince(name: string, units: UnitDirectory): string {
  if (!units.hasConfig || units.isConfigured(name)) return name;
  const m = /^(.+?)\s+tỉnh\s+\S.*$/iu.exec(name);
  return m && units.isConfigured(m[1]!) ? m[1]! : name;
}

/** The rows above the header, or the first rows of a sheet whose header was not found. */
function headRows(raw: RawTable, located: LocatedTable | null): string[][] {
  const rows = raw.rows.slice(0, located ? located.headerStart : headerSearchRows);
  return rows.map((row) => row.cells.filter((c) => c !== undefined && c.mergedFrom === undefined).map((c) => tidy(cellText(c))).filter((t) => t !== ''));
}

/** `Đơn vị báo cáo:` anywhere in the head wins; else the head's issuing body in the first cells. */
function fromHead(rows: readonly string[][]): FileUnit | null {
  for (const cells of rows) {
    for (const cell of cells) {
      for (const line of cell.split(/\r?\n/).map(tidy)) {
        const labelled = afterLabel(line);
        if (labelled && !isTitleLine(labelled)) return { name: readable(labelled), source: 'label' };
      }
    }
  }
  const issuing = issuingBody(firstCellLines(rows));
  return issuing ? { name: issuing, source: 'letterhead' } : null;
}

/**
 * The head's issuing body, from its unit lines (top first: the last one issues). An office
 * inside the body above it (`PHÒNG NỘI VỤ` under `UBND HUYỆN GÒ DẦU`) reports as that body,
 * except the province's own office: a bare `VĂN PHÒNG` under `UBND TỈNH …` is Văn phòng UBND tỉnh.
 */
function issuingBody(lines: readonly string[]): string | null {
  const head = headLines(lines);
  if (head.length === 0) return null;
  const issuing = head[head.length - 1]!;
  const superior = head.length > 1 ? head[head.length - 2]! : null;
  if (superior && isSubOffice(issuing)) {
    if (bareOfficeLines.includes(fold(issuing)) && levelFromName(superior) === 'province') return provinceOfficeName;
    return readable(superior);
  }
  return isSubOffice(issuing) ? null : readable(issuing);
}

/** The unit lines of a head, top first, up to the title or the place-and-date line. */
function headLines(lines: readonly string[]): string[] {
  const head: string[] = [];
  for (const line of lines) {
    // `Thành phố Tây Ninh, ngày 05 tháng 10 năm 2024` is where and when, not who.
    if (isTitleLine(line) || /\bngay \d/.test(fold(line))) {
      if (head.length > 0) break;
      continue;
    }
    if (levelFromName(line) !== null || isSubOffice(line)) head.push(line);
    else if (head.length > 0) break;
  }
  return head;
}

/** The lines of the first cell of each head row, without rules drawn with dashes. */
function firstCellLines(rows: readonly string[][]): string[] {
  return rows.flatMap((cells) => (cells[0] ?? '').split(/\r?\n/).map(tidy)).filter((l) => l !== '' && !/^[-_=.*\s]+$/.test(l));
}

/** `Đơn vị báo cáo: Sở Tư pháp` → `Sở Tư pháp`; null when the line has no such label. */
function afterLabel(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const label = fold(line.slice(0, colon));
  const name = tidy(line.slice(colon + 1));
  return labels.includes(label) && name !== '' ? name : null;
}

/**
 * A name written in capitals, as a report shows names. Place names capitalise every syllable
 * (`UBND HUYỆN GÒ DẦU` → `UBND huyện Gò Dầu`); an office's name its first syllable and each one
 * after a comma, a dash or `và` (`SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH` → `Sở Văn hóa, Thể thao và Du lịch`).
 */
function readable(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name;
  // After `tỉnh`, `huyện`, `xã`… comes a place name.
  let place = false;
  let startOfPart = true;
  return name
    .split(' ')
    .map((word, i) => {
      const lower = word.toLocaleLowerCase('vi');
      const capital = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
      let shown: string;
      if (word === 'UBND' || word === 'HĐND' || (/^[A-ZĐ]{2,5}$/.test(word) && !/[AEIOUY]/.test(word))) shown = word;
      else if (i === 0) shown = capital;
      else if (lowerWords.has(lower)) shown = lower;
      else shown = place || startOfPart ? capital : lower;
      startOfPart = i === 0 || lower === 'và' || lower === '-' || word.endsWith(',');
      if (placeWords.has(lower)) place = true;
      return shown;
    })
    .join(' ');
}
