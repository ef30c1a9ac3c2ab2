/**
 * How a message writes the numbers, dates, lists and names it carries, per report language:
 * Vietnamese `1.560`, `25/10/2024`, `A5, B7 và C9`; English `1,560`, `2024-10-25`, `A5, B7 and C9`.
 * The message catalogue (messages.ts, reasons.ts) writes every parameter through these.
 */
import type { Lang } from '../model/lang.js';
import type { DataKind, LevelId } from '../model/records.js';
import { isoToDmy } from '../model/calendar.js';

const integers: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};
const decimals: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/** `270.497` / `270,497`: what every report and message writes for a count. */
export function formatInteger(n: number, lang: Lang): string {
  return integers[lang].format(n);
}

/** Up to two decimals, in the language's marks. */
export function formatNumber(n: number, lang: Lang): string {
  return decimals[lang].format(n);
}

export interface Words {
  lang: Lang;
  /** A count or a figure: `1.560` / `1,560`; fractions keep two decimals. */
  n(value: number): string;
  /** An ISO date as the language writes it. */
  d(iso: string): string;
  /** `a, b và c` / `a, b and c`. */
  list(items: readonly string[]): string;
  /** The first cell addresses of `total`: `A5, B7, … và 14 ô khác` / `… and 14 more`. */
  cells(addresses: readonly string[], total: number): string;
  /** `1 ô` / `2 ô`; `1 cell` / `2 cells`. */
  cellCount(n: number): string;
  kind(kind: DataKind): string;
  /** A tier's word; a level the config adds is named by its id (its labels are the report's, not the catalogue's). */
  level(level: LevelId): string;
}

const kinds: Record<Lang, Record<DataKind, string>> = {
  vi: { tasks: 'nhiệm vụ', indicators: 'chỉ tiêu', dossiers: 'hồ sơ TTHC', feedback: 'phản ánh, kiến nghị' },
  en: { tasks: 'tasks', indicators: 'indicators', dossiers: 'dossiers', feedback: 'feedback' },
};
const levels: Record<Lang, Readonly<Record<string, string>>> = {
  vi: { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' },
  en: { province: 'province', district: 'district', commune: 'commune' },
};

function wordsFor(lang: Lang): Words {
  const and = lang === 'vi' ? 'và' : 'and';
  const list = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`);
  return {
    lang,
    n: (value) => (Number.isInteger(value) ? formatInteger(value, lang) : formatNumber(value, lang)),
    d: (iso) => (lang === 'vi' ? isoToDmy(iso) : iso),
    list,
    cells: (addresses, total) => {
      const more = total - addresses.length;
      return more <= 0 ? addresses.join(', ') : `${addresses.join(', ')} ${lang === 'vi' ? `và ${more} ô khác` : `and ${more} more`}`;
    },
    cellCount: (n) => (lang === 'vi' ? `${n} ô` : n === 1 ? '1 cell' : `${n} cells`),
    kind: (kind) => kinds[lang][kind],
    level: (level) => levels[lang][level] ?? level,
  };
}

export const words: Record<Lang, Words> = { vi: wordsFor('vi'), en: wordsFor('en') };
