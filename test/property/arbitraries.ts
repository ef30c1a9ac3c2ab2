/** Shared generators for the property tests: any text a cell can hold, and any raw cell. */
import fc from 'fast-check';
import type { RawCell } from '../../src/read/raw-table.js';
import { explain, type Reason } from '../../src/i18n/reasons.js';

/** Text as cells hold it: Vietnamese letters, digits and separators often, any code point sometimes. */
export const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,% /-:()≥≤<>=+QuýIVXthángnăm \u00a0ệđĐ'.split('')), maxLength: 40 }),
  fc.constantFrom('', ' ', '%', '.', ',', '-', '1.', '.5', '1..2', '1,2,3', '1.2.3,4,5', '∞', 'NaN', '1e309', '0x1F', '__proto__', 'constructor', '\u0000', '\ud800'),
);

const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 53 + 1, 45_590, 18_264, 91_311));

export const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  cellText.map((text): RawCell => ({ value: { kind: 'text', text } })),
  fc.tuple(number, fc.option(fc.constantFrom('0%', '0.0%', 'dd/mm/yyyy', '#,##0', '"%"0', 'General'), { nil: undefined })).map(([value, format]): RawCell => ({ value: format === undefined ? { kind: 'number', value } : { kind: 'number', value, format } })),
  fc.boolean().map((value): RawCell => ({ value: { kind: 'bool', value } })),
  fc.constantFrom('#N/A', '#DIV/0!', '#REF!').map((text): RawCell => ({ value: { kind: 'error', text } })),
  fc.constantFrom('2024-10-25', '1900-01-01', '2200-12-31').map((date): RawCell => ({ value: { kind: 'date', date } })),
);

/** A calendar date between 1900 and 2200 as yyyy-mm-dd, with its parts. */
export const calendarDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return { y, m, d: day, iso: `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
});

/** "Never throws; always a value or a reason": the contract of every parser (values.ts). */
/** A value, or a reason the catalogue can say in both languages. */
export function isValueOrReason(p: { ok: true; value: unknown } | { ok: false; reason: Reason } | null): boolean {
  if (p === null) return true;
  return p.ok ? p.value !== undefined : explain(p.reason, 'vi').length > 0 && explain(p.reason, 'en').length > 0;
}
