/**
 * The Markdown brief (SPEC §4.3): a Handlebars template from templates/ (or --template) fed
 * with the summary and ready-made pieces: formatted figures and GFM tables. Handlebars' HTML
 * escaping is off; text is escaped for Markdown instead (escapeMarkdown), so `|`, `<`, backticks
 * and newlines in a title cannot break a table or inject markup.
 */
import Handlebars from 'handlebars';
import type { Summary } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import { buildView, type TableView, type ViewName } from './views.js';
import { displayCell, totalRow } from './cells.js';
import { formatDate, formatFraction, formatInteger, formatPercent, type Lang } from './format.js';

/** Backslash-escapes what CommonMark/GFM would read as markup; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~&#!]/g, (ch) => `\\${ch}`);
}

export function markdownTable(view: TableView, lang: Lang, totalLabel?: string): string {
  const header = `| ${view.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
  const align = `| ${view.columns.map((c) => (c.kind === 'text' ? '---' : '---:')).join(' | ')} |`;
  const body = view.rows.map((r) => `| ${view.columns.map((c) => escapeMarkdown(displayCell(r.values[c.key] ?? null, c.kind, lang))).join(' | ')} |`);
  if (view.withTotal && totalLabel && view.rows.length > 1) {
    const totals = totalRow(view);
    body.push(`| ${view.columns.map((c, i) => (i === 0 ? `**${escapeMarkdown(totalLabel)}**` : c.key in totals ? `**${escapeMarkdown(displayCell(totals[c.key] ?? null, c.kind, lang))}**` : '')).join(' | ')} |`);
  }
  return [header, align, ...body].join('\n');
}

export interface MarkdownOptions {
  lang: Lang;
  /** Template text; the shipped one for the language when absent. */
  template: string;
}

export function renderMarkdown(summary: Summary, opts: MarkdownOptions): string {
  const hb = Handlebars.create();
  const lang = opts.lang;
  hb.registerHelper('int', (n: unknown) => (typeof n === 'number' ? formatInteger(n, lang) : ''));
  hb.registerHelper('pct', (n: unknown) => formatPercent(typeof n === 'number' ? n : null, lang));
  hb.registerHelper('date', (d: unknown) => (typeof d === 'string' ? formatDate(d, lang) : ''));
  hb.registerHelper('frac', (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? formatFraction(a, b, lang) : ''));
  hb.registerHelper('text', (s: unknown) => (s === null || s === undefined ? '' : escapeMarkdown(String(s))));
  hb.registerHelper('gt', (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a > b);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const template = hb.compile(opts.template, { noEscape: true, strict: false });
  const text = template(briefData(summary, lang));
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Everything a template can use; README "Markdown template variables" documents each key. */
export function briefData(summary: Summary, lang: Lang) {
  const L = labels[lang];
  const table = (name: ViewName) => {
    const view = buildView(summary, name, lang);
    return view && view.rows.length > 0 ? markdownTable(view, lang, lang === 'vi' ? 'Tổng cộng' : 'Total') : '';
  };
  const t = summary.tasks;
  const ind = summary.indicators;
  return {
    summary,
    lang,
    title: escapeMarkdown(summary.title),
    organization: summary.organization ? escapeMarkdown(summary.organization) : '',
    asOf: formatDate(summary.asOf, lang),
    tasks: t && {
      ...t,
      asOf: formatDate(t.asOf, lang),
      fraction: formatFraction(t.done, t.total, lang),
      dueFraction: formatFraction(t.doneOfDue, t.due, lang),
      completionRate: formatPercent(t.completionRate, lang),
      dueCompletionRate: formatPercent(t.dueCompletionRate, lang),
      overdueTasks: t.open.filter((o) => o.daysOverdue > 0).map((o) => ({ ...o, title: escapeMarkdown(o.title), lead: escapeMarkdown(o.lead), deadline: formatDate(o.deadline, lang) })),
      openTasks: t.open.map((o) => ({ ...o, title: escapeMarkdown(o.title), lead: escapeMarkdown(o.lead), deadline: formatDate(o.deadline, lang), statusLabel: L.taskStatus[o.status] })),
      cancelledTasks: t.cancelledTasks.map((c) => ({ ...c, title: escapeMarkdown(c.title), lead: escapeMarkdown(c.lead), note: c.note ? escapeMarkdown(c.note) : '' })),
      unitsTable: table('units'),
      areasTable: table('areas'),
      openTable: table('open'),
    },
    indicators: ind && {
      ...ind,
      asOf: formatDate(ind.asOf, lang),
      fraction: formatFraction(ind.met, ind.total, lang),
      metRate: formatPercent(ind.metRate, lang),
      unmet: ind.items.filter((i) => i.status === 'not_met').map((i) => ({ ...i, title: escapeMarkdown(i.title), targetText: escapeMarkdown(i.targetText), actualText: escapeMarkdown(i.actualText) })),
      notReportedItems: ind.items.filter((i) => i.status === 'not_reported').map((i) => ({ ...i, title: escapeMarkdown(i.title) })),
      table: table('indicators'),
    },
    unitsNotReported: summary.unitsNotReported.map(escapeMarkdown),
    issues: { ...summary.issues, table: table('issues') },
  };
}
