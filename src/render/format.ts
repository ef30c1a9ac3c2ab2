/**
 * Display formatting per report language (SPEC §1): Vietnamese `270.497`, `95,7%`,
 * `25/10/2024`; English `270,497`, `95.7%`, `2024-10-25`. Only renderers call this.
 */
import type { IsoDate } from '../model/records.js';
import { isoToDmy } from '../model/calendar.js';

import type { Lang } from '../model/lang.js';

export type { Lang };

const integerFormat: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};
const decimalFormat: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

export function formatInteger(n: number, lang: Lang): string {
  return integerFormat[lang].format(n);
}

export function formatNumber(n: number, lang: Lang): string {
  return decimalFormat[lang].format(n);
}

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
