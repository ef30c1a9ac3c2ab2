/**
 * The one-file HTML dashboard for the online meeting (SPEC §4.2a): headline figures, inline SVG
 * charts, tables sortable and filterable by unit, area and status. Everything is inside the
 * file, and its Content-Security-Policy forbids any request, so a page opened from a USB stick
 * in a meeting room behaves exactly as on the secretariat's desk. Deterministic: the same
 * summary gives the same bytes (no clock, no random ids).
 */
import type { Summary } from '../../model/summary.js';
import { levelLabeller } from '../level-labels.js';
import { labels } from '../../i18n/index.js';
import { buildView, type TableView } from '../views.js';
import { leagueFor, unitsAt } from '../../compute/league.js';
import { receiptUnitsView } from '../receipts.js';
import { displayCell, totalRow } from '../cells.js';
import { documentHead } from '../document.js';
import { formatCount, formatDate, formatFraction, formatInteger, formatPercent } from '../format.js';
import { type Lang } from '../../model/lang.js';
import { xmlEscape as esc } from '../xml.js';
import { barChartSvg, type Bar } from './charts.js';
import { stylesheet } from './style.js';
import { script } from './script.js';

export interface HtmlOptions {
  lang: Lang;
  /** The online-rate target (0..1) drawn on its chart; null draws none. */
  onlineRateTarget?: number | null;
}

/** Columns whose values the filters choose among: the filter's name for each view column key. */
const filterOf: Record<string, 'unit' | 'area' | 'status'> = { unit: 'unit', lead: 'unit', area: 'area', status: 'status' };


export function renderHtml(summary: Summary, opts: HtmlOptions): string {
  const lang = opts.lang;
  const L = labels[lang];
  const D = L.report.dashboard;
  const head = documentHead(summary, lang);
  const tables: [string, TableView | null][] = [
    [L.titles.byUnit, buildView(summary, 'league', lang)],
    [L.titles.open, buildView(summary, 'open', lang)],
    [L.titles.tasks, buildView(summary, 'tasks', lang)],
    [L.titles.indicators, buildView(summary, 'indicators', lang)],
    [L.titles.dossierUnits, buildView(summary, 'dossierUnits', lang)],
    [L.titles.feedback, buildView(summary, 'feedback', lang)],
    [L.report.receiptsTable.toLocaleUpperCase(lang), receiptUnitsView(summary, lang)],
  ];
  const shown = tables.filter((e): e is [string, TableView] => e[1] !== null && e[1].rows.length > 0);
  const body = [
    '<header>',
    ...head.organization.map((o) => `<p class="org">${esc(o)}</p>`),
    `<h1>${esc(summary.title)}</h1>`,
    `<p class="asof">${esc(head.asOfLine)} · ${esc(head.dateLine)}</p>`,
    '</header>',
    '<main>',
    figures(summary, lang),
    charts(summary, lang, opts.onlineRateTarget ?? null),
    filters(shown.map(([, v]) => v), lang),
    ...shown.map(([title, view], i) => dataTable(title, view, lang, i)),
    '</main>',
    `<footer>${esc(L.report.dataIssues(formatInteger(summary.issues.errors, lang), formatInteger(summary.issues.warnings, lang)))}<br>${esc(D.generated(formatDate(summary.asOf, lang)))}</footer>`,
  ];
  return [
    '<!doctype html>',
    `<html lang="${D.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(summary.title)}</title>`,
    `<style>${stylesheet}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function figures(summary: Summary, lang: Lang): string {
  const L = labels[lang];
  const F = L.figures;
  const cards: { label: string; value: string; detail: string; tone: string }[] = [];
  const t = summary.tasks;
  if (t) {
    cards.push({ label: F.tasksCompletionRate, value: formatPercent(t.completionRate, lang), detail: `${formatFraction(t.done, t.total, lang)} ${L.sections.tasks}`, tone: t.health });
    cards.push({ label: F.tasksOverdue, value: formatInteger(t.overdue, lang), detail: `${formatFraction(t.doneOfDue, t.due, lang)} ${L.words.ofDue}`, tone: t.overdue > 0 ? 'bad' : 'good' });
  }
  const ind = summary.indicators;
  if (ind) cards.push({ label: F.indicatorsMetRate, value: formatPercent(ind.metRate, lang), detail: `${formatFraction(ind.met, ind.total, lang)} ${L.sections.indicators}`, tone: ind.health });
  const d = summary.dossiers;
  if (d) {
    // A measure no table reports is "—", never 0 (SPEC §4.1).
    const int = (n: number | null) => (n === null ? '—' : formatInteger(n, lang));
    cards.push({ label: F.dossiersOnTimeRate, value: formatPercent(d.onTimeRate, lang), detail: `${int(d.resolvedOnTime)}/${int(d.resolved)}`, tone: 'plain' });
    cards.push({ label: F.dossiersOnlineRate, value: formatPercent(d.onlineRate, lang), detail: `${int(d.online)} ${L.columns.online.toLocaleLowerCase(lang)}`, tone: 'plain' });
  }
  const f = summary.feedback;
  if (f) cards.push({ label: F.feedbackTotal, value: formatInteger(f.total, lang), detail: `${f.resolved === null ? L.words.noData : formatInteger(f.resolved, lang)} ${F.feedbackResolved.toLocaleLowerCase(lang)}`, tone: 'plain' });
  const items = cards.map((c) => `<li class="figure ${c.tone}"><span class="label">${esc(c.label)}</span><span class="value">${esc(c.value)}</span><span class="detail">${esc(c.detail)}</span></li>`);
  return `<ul class="figures">${items.join('')}</ul>`;
}

function charts(summary: Summary, lang: Lang, target: number | null): string {
  const L = labels[lang];
  const D = L.report.dashboard;
  const out: string[] = [];
  const t = summary.tasks;
  if (t && t.byUnit.length > 0) {
    const bars: Bar[] = unitsAt(t, leagueFor(t).order).map((u) => ({ label: u.unit, share: u.completionRate, text: `${formatPercent(u.completionRate, lang)} (${formatFraction(u.done, u.total, lang)})`, tone: u.health }));
    out.push(chartFigure(L.titles.chart, barChartSvg({ title: L.titles.chart, bars, percentAxis: true })));
  }
  const d = summary.dossiers;
  if (d && d.byLevel.length > 0) {
    const levels = d.byLevel;
    const levelLabel = levelLabeller(d.levels, lang);
    const most = Math.max(...levels.map((l) => l.received ?? 0));
    const counts: Bar[] = levels.map((l) => ({ label: levelLabel(l.level), share: most === 0 || l.received === null ? 0 : l.received / most, text: formatCount(l.received, lang), tone: 'plain' }));
    out.push(chartFigure(D.dossiersChart, barChartSvg({ title: D.dossiersChart, bars: counts, percentAxis: false })));
    const online: Bar[] = levels.map((l) => {
      const rate = l.onlineRate ?? null;
      return { label: levelLabel(l.level), share: rate, text: formatPercent(rate, lang), tone: target === null || rate === null ? 'plain' : rate >= target ? 'good' : 'bad' };
    });
    const title = target === null ? D.onlineRateChart : D.onlineRateAgainstTarget;
    out.push(chartFigure(title, barChartSvg({ title, bars: online, percentAxis: true, target: target === null ? null : { share: target, label: `${D.onlineTarget} ${formatPercent(target, lang)}` } })));
  }
  return out.length > 0 ? `<section class="charts">${out.join('')}</section>` : '';
}

function chartFigure(title: string, svg: string): string {
  return `<figure><figcaption>${esc(title)}</figcaption>${svg}</figure>`;
}

/** One select per filter, listing the values its columns hold across the tables, in Vietnamese order. */
function filters(views: TableView[], lang: Lang): string {
  const L = labels[lang];
  const D = L.report.dashboard;
  const names = { unit: L.columns.unit, area: L.columns.area, status: L.columns.status };
  const values = { unit: new Set<string>(), area: new Set<string>(), status: new Set<string>() };
  for (const view of views) {
    for (const col of view.columns) {
      const f = filterOf[col.key];
      if (!f) continue;
      for (const row of view.rows) {
        const v = row.values[col.key];
        if (typeof v === 'string' && v !== '') values[f].add(v);
      }
    }
  }
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const selects = (Object.keys(values) as (keyof typeof values)[])
    .filter((f) => values[f].size > 0)
    .map((f) => {
      const options = [...values[f]].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1)).map((v) => `<option value="${esc(v)}">${esc(v)}</option>`);
      return `<label>${esc(names[f])}<select data-filter="${f}"><option value="">${esc(D.all)}</option>${options.join('')}</select></label>`;
    });
  if (selects.length === 0) return '';
  return `<section class="filters" aria-label="${esc(D.filters)}">${selects.join('')}<span class="hint">${esc(D.sortHint)}</span></section>`;
}

function dataTable(title: string, view: TableView, lang: Lang, index: number): string {
  const L = labels[lang];
  const numeric = (kind: string) => kind !== 'text';
  const head = view.columns.map((c) => `<th scope="col" data-kind="${numeric(c.kind) ? 'n' : 't'}">${esc(c.label)}</th>`).join('');
  const rows = view.rows.map((r) => {
    const attrs = view.columns
      .filter((c) => filterOf[c.key] && typeof r.values[c.key] === 'string')
      .map((c) => ` data-${filterOf[c.key]}="${esc(String(r.values[c.key]))}"`)
      .join('');
    const cells = view.columns.map((c) => {
      const v = r.values[c.key] ?? null;
      const raw = v === null ? '' : String(v);
      return `<td${numeric(c.kind) ? ' class="n"' : ''} data-v="${esc(raw)}">${esc(displayCell(v, c.kind, lang))}</td>`;
    });
    return `<tr${r.tone ? ` class="${r.tone}"` : ''}${attrs}>${cells.join('')}</tr>`;
  });
  let foot = '';
  if (view.withTotal && view.rows.length > 1) {
    const totals = totalRow(view);
    const labelAt = view.columns.findIndex((c) => c.kind === 'text');
    foot = `<tfoot><tr>${view.columns.map((c, i) => `<td${numeric(c.kind) ? ' class="n"' : ''}>${esc(i === labelAt ? L.words.total : c.key in totals ? displayCell(totals[c.key] ?? null, c.kind, lang) : '')}</td>`).join('')}</tr></tfoot>`;
  }
  const template = L.report.dashboard.shown('{n}', '{total}');
  const count = `<p class="count" data-template="${esc(template)}">${esc(L.report.dashboard.shown(String(view.rows.length), String(view.rows.length)))}</p>`;
  return `<section id="table-${index + 1}-${view.name}"><h2>${esc(title)}</h2><div class="table-wrap"><table class="data"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody>${foot}</table></div>${count}</section>`;
}
