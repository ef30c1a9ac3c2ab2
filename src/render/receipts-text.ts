/**
 * The receipts as plain lines, for `validate` (SPEC §4.6): one line per file (its unit and how
 * that was decided, the date it states), one indented line per table, then the receipts line
 * and the expected units that sent nothing.
 */
import type { Summary } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import { formatDate, formatInteger } from './format.js';
import { fileUnit, notSentLine, problemLabel, receiptsLine } from './receipts.js';

export function receiptLines(summary: Summary, lang: Lang): string[] {
  const R = labels[lang].receipts;
  const out: string[] = [];
  for (const input of summary.inputs ?? []) {
    const { unit, how } = fileUnit(input, lang);
    const named = unit === null ? null : how === null ? unit : `${unit} (${how})`;
    const stated = input.statedAsOf ? `, ${R.columns.statedAsOf.toLowerCase()} ${formatDate(input.statedAsOf, lang)}` : '';
    // A file that could not be opened (or was a copy) says only that: nothing in it named a unit.
    if (input.problem) out.push(`${input.file}: ${named ? `${named} — ` : ''}${problemLabel(input.problem, lang)}: ${input.problem.message}`);
    else out.push(`${input.file}: ${named ?? R.unitUnknown}${stated}`);
    for (const t of input.tables) {
      const where = t.sheet !== null ? `  ${t.sheet}: ` : '  ';
      if (t.kind) {
        const recognised = (Object.entries(t.recognised) as [keyof typeof R.recognised, number][]).filter(([, n]) => n > 0).map(([k, n]) => `${formatInteger(n, lang)} ${R.recognised[k]}`).join(', ');
        const n = (x: number) => formatInteger(x, lang);
        out.push(`${where}${R.tableRead({ kind: R.kinds[t.kind], counted: n(t.rowsCounted), rejected: t.rowsRejected ? n(t.rowsRejected) : null, recognised: recognised || null, asOf: t.asOf ? formatDate(t.asOf, lang) : null })}`);
      } else out.push(`${where}${t.dataNotRead ? R.notRead : R.skipped}: ${t.reason ?? ''}`);
    }
  }
  const line = receiptsLine(summary, lang);
  if (line) out.push(line);
  const missing = notSentLine(summary, lang);
  if (missing) out.push(missing);
  return out;
}
