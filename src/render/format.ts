/**
 * Display formatting per report language (SPEC §1): Vietnamese `270.497`, `95,7%`,
 * `25/10/2024`; English `270,497`, `95.7%`, `2024-10-25`. Only renderers call this.
 */
import type { IsoDate } from '../model/records.js';
import { isoToDmy } from '../model/calendar.js';
import type { DossierCountsRow, FormerUnit } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';


import { formatInteger, formatNumber } from '../i18n/words.js';

export { formatInteger, formatNumber };

/** A fraction as a percent with one decimal (`95,7%`), whole numbers without (`100%`); null → N/A. */
export function formatPercent(rate: number | null, lang: Lang): string {
  if (rate === null) return 'N/A';
  const pct = Math.round(rate * 1000) / 10;
  const text = Number.isInteger(pct) ? String(pct) : pct.toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

export function formatDate(iso: IsoDate | null, lang: Lang): string {
  if (iso === null) return '';
  return lang === 'vi' ? isoToDmy(iso) : iso;
}

/** `44/46`. */
export function formatFraction(a: number, b: number, lang: Lang): string {
  return `${formatInteger(a, lang)}/${formatInteger(b, lang)}`;
}

/** A change: `+3`, `-1`, `0`; `+12.345` with grouping. */
export function formatSigned(n: number, lang: Lang): string {
  return n > 0 ? `+${formatInteger(n, lang)}` : n < 0 ? `-${formatInteger(-n, lang)}` : '0';
}

/** An indicator value the way a report prints it: `21,5%` for a percent, `1.485`, or the text as written. */
export function formatMeasure(value: number | boolean | null, percent: boolean, asWritten: string, lang: Lang): string {
  if (typeof value !== 'number') return asWritten;
  if (!percent) return formatNumber(value, lang);
  const pct = Math.round(value * 10000) / 100;
  return `${lang === 'vi' ? String(pct).replace('.', ',') : String(pct)}%`;
}

/** A merged unit says so: `Sở Khoa học và Công nghệ (gồm Sở Thông tin và Truyền thông trước 01/03/2025)`. */
export function unitLabel(unit: string, includes: readonly FormerUnit[] | undefined, lang: Lang): string {
  if (!includes || includes.length === 0) return unit;
  return `${unit} (${includes.map((f) => labels[lang].words.merged(f.name, formatDate(f.date, lang))).join('; ')})`;
}

/** What a table cell shows for a measure no table reports (SPEC §4.1): never 0. */
export const absentMark = '—';

/** A count, or `—` when it is not reported. */
export function formatCount(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined ? absentMark : formatInteger(n, lang);
}

/**
 * A figure for a sentence: the text, "chưa có số liệu" when no unit reports the measure, and the
 * coverage after a dash when only some do (`38,0% — 7/9 đơn vị`).
 */
export function withCoverage(text: string, reported: boolean, coverage: { units: number; of: number } | undefined, lang: Lang): string {
  const L = labels[lang].words;
  if (!reported) return L.noData;
  if (!coverage || coverage.units >= coverage.of) return text;
  return `${text} ${absentMark} ${L.coverage(formatInteger(coverage.units, lang), formatInteger(coverage.of, lang))}`;
}

/**
 * A dossier count of a row for a sentence: the number ("—" when no unit reports it), and the
 * units it covers after a dash when only some do (`1.200 — 1/3 đơn vị`).
 */
export function dossierCountText(row: DossierCountsRow, count: 'received' | 'resolved' | 'pending', lang: Lang): string {
  const n = row[count];
  return withCoverage(formatCount(n, lang), n !== null, row.coverage?.[count], lang);
}

/** What follows a count's noun when only some units report it (` (số liệu của 2/3 đơn vị)`), else nothing. */
export function coverageNote(coverage: { units: number; of: number } | undefined, lang: Lang): string {
  if (!coverage || coverage.units >= coverage.of) return '';
  return ` (${labels[lang].words.coverageNote(formatInteger(coverage.units, lang), formatInteger(coverage.of, lang))})`;
}
