/** Excel's date serials: days since 1899-12-30 (the 1900 system, its leap-day bug included) or since 1904-01-01. */

const dayMs = 86_400_000;
/** 1970-01-01 as a serial of the 1900 system. */
const epoch1900 = 25_569;
/** The 1904 system counts from 1.462 days later. */
const shift1904 = 1_462;

/** The moment a serial stands for, in UTC (as exceljs computes it: rounded to the millisecond). */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - epoch1900 + (date1904 ? shift1904 : 0)) * dayMs));
}

/** The serial of an ISO 8601 date or date-time (`t="d"` cells), read as UTC; null when it is none. */
export function serialOfIsoText(text: string, date1904: boolean): number | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z)?\s*$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.round(Number(`0.${m[7] ?? 0}`) * 1000));
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(m[3])) return null;
  return ms / dayMs + epoch1900 - (date1904 ? shift1904 : 0);
}
