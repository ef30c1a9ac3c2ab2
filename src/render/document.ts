/**
 * The head of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I): the
 * organisation top left, the national name and motto top right, the place-and-date line under
 * the motto, then the title. Shared by the workbook's summary sheet and the Markdown brief.
 */
import type { IsoDate } from '../model/records.js';
import type { Summary } from '../model/summary.js';
import { endOfMonthIso } from '../model/calendar.js';
import { labels } from '../i18n/index.js';
import { formatDate } from './format.js';
import { type Lang } from '../model/lang.js';

export interface DocumentHead {
  /** The organisation, one line per line of the config's `organization` (empty when none). */
  organization: string[];
  nation: string;
  motto: string;
  /** `Tây Ninh, ngày 31 tháng 10 năm 2024`. */
  dateLine: string;
  title: string;
  /** `Số liệu tính đến ngày 25/10/2024`, or each section's own date when they differ. */
  asOfLine: string;
}

/**
 * The document is dated by the report's date (`asOf`: --as-of, the config's, else the tasks'),
 * the date in its file names, never by the clock, so two builds of the same inputs give the same
 * document. Not by the latest section: a section with no stated date is as of today (SPEC §3),
 * which would date every rebuild anew. Sections dated otherwise say so in the as-of line.
 */
export function documentDate(summary: Summary): IsoDate {
  return summary.asOf;
}

/** Words before the place name in an organisation's name: `UBND TỈNH TÂY NINH` → `Tây Ninh`. */
const placeKeywords = /(?:^|\s)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$/iu;

/** The config's `place`, else the province or district named in the organisation, else null. */
export function placeOf(summary: Summary): string | null {
  if (summary.place) return summary.place;
  for (const line of (summary.organization ?? '').split('\n')) {
    const m = placeKeywords.exec(line.trim());
    if (m) return titleCase(m[1]!);
  }
  return null;
}

function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(/(\s+|-)/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join('');
}

export function documentHead(summary: Summary, lang: Lang): DocumentHead {
  const L = labels[lang];
  const sections = (['tasks', 'indicators', 'dossiers', 'feedback'] as const)
    .map((k) => [k, summary[k]?.asOf] as const)
    .filter((e): e is readonly [(typeof e)[0], string] => typeof e[1] === 'string');
  const distinct = new Set(sections.map(([, d]) => d));
  const asOfLine =
    distinct.size <= 1
      ? L.document.asOf(formatDate(sections[0]?.[1] ?? summary.asOf, lang))
      : sections.map(([k, d], i) => {
          const text = L.document.sectionAsOf(L.sections[k], formatDate(d, lang));
          return i === 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
        }).join('; ');
  return {
    organization: (summary.organization ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
    nation: L.document.nation,
    motto: L.document.motto,
    dateLine: L.document.dateLine(placeOf(summary), documentDate(summary)),
    title: summary.title,
    asOfLine,
  };
}

/**
 * How a sentence opens on the reporting period: `Trong 9 tháng đầu năm 2024`, `Trong quý III năm
 * 2024`, `Từ ngày 01/01/2024 đến ngày 30/09/2024`; without a period, `Tính đến ngày 30/09/2024`.
 * Periods cut on the 15th (Decree 09/2019) read like the calendar ones they stand for.
 */
export function periodOpening(period: Summary['period'], asOf: IsoDate, lang: Lang): string {
  const P = labels[lang].periods;
  if (!period) return P.asOf(formatDate(asOf, lang));
  const named = namePeriod(period.from, period.to);
  if (!named) return P.range(formatDate(period.from, lang), formatDate(period.to, lang));
  const { year, months, quarter, month } = named;
  if (month !== undefined) return P.month(month, year);
  if (quarter !== undefined) return P.quarter(quarter, year);
  return months === 12 ? P.year(year) : P.firstMonths(months!, year);
}

interface NamedPeriod {
  year: number;
  /** From the start of the year, for year-to-date periods. */
  months?: number;
  quarter?: number;
  month?: number;
}

/** A calendar period (1st to month end) or a Decree-09 one (15th to 14th) by what it covers. */
function namePeriod(from: IsoDate, to: IsoDate): NamedPeriod | null {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const calendar = fd === 1 && to === endOfMonthIso(ty, tm);
  const cut15 = fd === 15 && td === 14;
  if (!calendar && !cut15) return null;
  // A Decree-09 period starts on the 15th of the month before its first month.
  const startMonth = calendar ? fm : fm === 12 ? 1 : fm + 1;
  const startYear = calendar ? fy : fm === 12 ? fy + 1 : fy;
  if (startYear !== ty) return null;
  const span = tm - startMonth + 1;
  if (span < 1) return null;
  if (span === 1) return { year: ty, month: tm };
  if (span === 3 && (startMonth - 1) % 3 === 0 && startMonth > 1) return { year: ty, quarter: (startMonth + 2) / 3 };
  if (startMonth === 1) return span === 3 ? { year: ty, quarter: 1 } : { year: ty, months: span };
  return null;
}
