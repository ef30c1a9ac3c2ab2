/**
 * Unit names → one canonical name per unit. The config's `units` (name, code, aliases) merge
 * `SNV`, `Sở NV` and `Sở Nội vụ`; beyond that, names that fold the same (case, diacritics,
 * spacing) are one unit, shown the way it was first written.
 */
import type { UnitConfig } from '../model/config.js';
import { isTier, type IsoDate, type Level, type LevelId } from '../model/records.js';
import { fold, tidy, unitKey, unmarked } from '../model/text.js';
import { closest } from './suggest.js';
import { leadRoleWords, levelByUnitPrefix, subOfficeWords, titleLineWords, unitNamePrefixesForFiles } from './vocabulary/index.js';

export class UnitDirectory {
  private readonly byKey = new Map<string, string>();
  /** Canonical names by fold(), for names written without marks; null where two units fold alike. */
  private readonly byFold = new Map<string, string | null>();
  private readonly levels = new Map<string, Level>();
  /** Units the config places at a level it adds (the public-service centre): no form names such a level. */
  private readonly added = new Map<string, LevelId>();
  private readonly configured = new Set<string>();
  private readonly configuredLevels = new Set<Level | null>();
  /** Every name, code and alias of the config, as written, with its unit: for "did you mean" and file names. */
  private readonly spellings: { written: string; unit: string }[] = [];

  /** `formerNames`: names units had before a merger (the config's and the built-in ones), known but not merged here. */
  constructor(units: readonly UnitConfig[] = [], formerNames: readonly string[] = []) {
    if (units.length > 0) for (const n of formerNames) this.configured.add(fold(n));
    for (const u of units) {
      const name = tidy(u.name);
      for (const alias of [u.name, u.code, ...(u.aliases ?? [])]) {
        if (!alias) continue;
        this.remember(alias, name);
        this.configured.add(fold(alias));
        this.spellings.push({ written: alias, unit: name });
      }
      if (u.level && !isTier(u.level)) this.added.set(name, u.level);
      const tier = u.level && isTier(u.level) ? u.level : null;
      if (tier) this.levels.set(name, tier);
      this.configuredLevels.add(tier ?? levelFromName(name));
    }
  }

  /**
   * Whether the config speaks for names at this one's level: a config listing only departments
   * does not question the communes of a commune task list.
   */
  coversLevelOf(written: string): boolean {
    const level = levelFromName(written);
    return level === null || this.configuredLevels.has(level);
  }

  /** A unit by its name: the config names it, or its name says its level (`Sở …`, `UBND huyện …`). */
  isUnitName(written: string): boolean {
    return this.configured.has(fold(written)) || levelFromName(written) !== null;
  }

  /** The config lists units: names outside it are questioned (SPEC §4.6). */
  get hasConfig(): boolean {
    return this.configured.size > 0;
  }

  /** The config names this unit (by its name, code or an alias). */
  isConfigured(written: string): boolean {
    return this.configured.has(fold(written));
  }

  /**
   * The configured unit a mistyped or abbreviated name most likely means: within a small folded
   * edit distance (`Sở Tài chánh`), or written as initials (`SNV`, `VP UBND`); null when none.
   */
  suggest(written: string): string | null {
    const near = closest(written, this.spellings.map((s) => s.written));
    if (near !== null) return this.spellings.find((s) => s.written === near)!.unit;
    const words = fold(written).split(' ');
    const hit = this.spellings.find((s) => abbreviates(words, fold(s.written).split(' ')));
    return hit ? hit.unit : null;
  }

  /**
   * The configured unit a file name names (`so-noi-vu.xlsx`, `bao-cao-SNV-T11.csv`,
   * `go-dau.xlsx` for `UBND huyện Gò Dầu`): the longest name, code or alias found in it as whole
   * words; null when none, or when two units are found equally long.
   */
  fromFileName(file: string): string | null {
    const base = ` ${fold(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''))} `;
    let best: { unit: string; length: number } | null = null;
    let tie = false;
    for (const s of this.spellings) {
      for (const form of fileNameForms(s.written)) {
        if (form.length < 3 || !base.includes(` ${form} `)) continue;
        if (!best || form.length > best.length) {
          best = { unit: s.unit, length: form.length };
          tie = false;
        } else if (form.length === best.length && best.unit !== s.unit) tie = true;
      }
    }
    return best && !tie ? best.unit : null;
  }

  /** The canonical name of a unit as written, without making it the unit's shown name when it is new. */
  peek(written: string): string {
    const name = tidy(written);
    return this.byKey.get(unitKey(name)) ?? this.byFold.get(fold(name)) ?? name;
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

  /**
   * The level the config adds and places the unit at (`centre`), else null. It outranks the
   * form's `Cấp` cell and group rows, which can only name a tier.
   */
  addedLevel(canonicalName: string): LevelId | null {
    return this.added.get(canonicalName) ?? null;
  }

  /** The tier the config gives the unit, null when it gives none: it outranks a form's group rows. */
  configuredLevel(canonicalName: string): Level | null {
    return this.levels.get(canonicalName) ?? null;
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
  if (isTitleLine(name)) return null;
  const f = fold(name);
  for (const [prefix, level] of foldedPrefixes) if (f === prefix || f.startsWith(`${prefix} `)) return level;
  return null;
}

const titleStarts = titleLineWords.map((w) => w.normalize('NFC').toLocaleLowerCase('vi'));

/** A form's title or head line, never a unit (`BÁO CÁO…`, `SỐ LIỆU…`, `Số: 12/BC-SNV`). */
export function isTitleLine(line: string): boolean {
  const lower = tidy(line).toLocaleLowerCase('vi');
  return titleStarts.some((w) => lower === w || (lower.startsWith(w) && /[\s:.,/-]/.test(lower.charAt(w.length))));
}

const subOffices = subOfficeWords.map(fold);

/** An office inside a unit (`Phòng Nội vụ`, `Phòng CCHC`, `Văn phòng`), not a unit of the report. */
export function isSubOffice(name: string): boolean {
  const f = fold(name);
  if (levelFromName(name) !== null && !f.startsWith('phong ') && !f.startsWith('van phong')) return false;
  return subOffices.some((w) => f === w || f.startsWith(`${w} `));
}

/**
 * An office of the file's own unit: `Phòng Nội vụ` in a district's file, `Phòng CCHC` in Sở Nội
 * vụ's. Not one that names its place (`Phòng Nội vụ huyện`, `Phòng Nội vụ các huyện`: the
 * districts' offices in a province's list), and nothing in the province's own consolidated list.
 */
export function isOfficeOf(lead: string, fileUnit: string): boolean {
  if (!isSubOffice(lead) || /\b(?:huyen|thi xa|thanh pho|xa|phuong|thi tran|tinh|cac)\b/.test(fold(lead))) return false;
  return !/^(?:ubnd|uy ban nhan dan) tinh\b/.test(fold(fileUnit));
}

/** A name's forms as a file name may carry it: whole, and without `UBND` before it. */
function fileNameForms(written: string): string[] {
  const f = fold(written);
  const forms = [f];
  for (const prefix of unitNamePrefixesForFiles.map(fold)) if (f.startsWith(`${prefix} `)) forms.push(f.slice(prefix.length + 1));
  // `so-thong-tin-truyen-thong.csv`: file names drop the `và` of `Sở Thông tin và Truyền thông`.
  for (const form of [...forms]) if (/ va /.test(form)) forms.push(form.replace(/ va /g, ' '));
  return forms;
}

/**
 * `snv` abbreviates `so noi vu`; `vp ubnd` abbreviates `van phong ubnd tinh`: each written word
 * is a word of the name or the initials of the next few, and together they cover its start
 * (a trailing `tinh` may be left out).
 */
function abbreviates(written: readonly string[], name: readonly string[]): boolean {
  const go = (w: number, n: number): boolean => {
    if (w === written.length) return n === name.length || (n === name.length - 1 && n > 0 && name[n] === 'tinh');
    const word = written[w]!;
    if (name[n] === word && go(w + 1, n + 1)) return true;
    const k = word.length;
    return k >= 2 && n + k <= name.length && name.slice(n, n + k).map((x) => x.charAt(0)).join('') === word && go(w + 1, n + k);
  };
  return written.length > 0 && go(0, 0);
}
