/**
 * The units' dossiers by sector (issue 18, point 3): the breakdown a district's or a
 * department's form lists under each unit, as compute kept it. One row per unit and sector; the
 * unit's own figures are on the table by unit, so this table has no total row.
 */
import type { Summary } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import type { TableView } from './views.js';

const fields = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online'] as const;

export function dossierSectorsView(summary: Summary, lang: Lang): TableView | null {
  const units = (summary.dossiers?.byUnit ?? []).filter((u) => (u.sectors?.length ?? 0) > 0);
  if (units.length === 0) return null;
  const L = labels[lang];
  const c = L.columns as Record<string, string>;
  return {
    name: 'dossierSectors',
    withTotal: false,
    columns: [
      { key: 'unit', label: c.unit!, kind: 'text', wrap: true },
      { key: 'sector', label: c.sector!, kind: 'text', wrap: true },
      ...fields.map((f) => ({ key: f, label: c[f]!, kind: 'integer' as const, ...(f === 'resolvedOnTime' || f === 'resolvedLate' || f === 'online' ? { absent: true } : {}) })),
    ],
    rows: units.flatMap((u) => u.sectors!.map((s) => ({ tone: null, values: { unit: u.unit, sector: s.sector, ...Object.fromEntries(fields.map((f) => [f, s[f] ?? null])) } }))),
  };
}
