/**
 * The Markdown brief (SPEC §4.3): a Handlebars template from templates/ (or --template) fed
 * with the summary and ready-made pieces: the document head, figures formatted for reading
 * aloud, and GFM tables. Handlebars' HTML escaping is off; every text that comes from the
 * inputs is escaped for Markdown instead (escapeMarkdown), so `|`, `<`, backticks and newlines
 * in a title cannot break a table or inject markup. docs/template-variables.md documents every
 * variable briefData gives a template.
 */
import { baseName, notSentLine, receiptsLine, receiptUnitsView } from './receipts.js';
import { runIdComment } from './run-id.js';
import Handlebars from 'handlebars';
import type { OpenTask, Standing, Summary, TasksSection, Trend } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import { buildView, type TableView, type ViewName } from './views.js';
import { leagueFor, unitsAt } from '../compute/league.js';
import { defaultTasksPerUnit, openGroupsFor } from '../compute/tasks.js';
import { standingsFor, unitsStanding } from '../compute/standings.js';
import { resolvedRate, topSectorsOf } from '../compute/feedback.js';
import { displayCell, totalRow } from './cells.js';
import { coverageNote, formatCount, unitLabel, formatDate, formatFraction, formatInteger, formatMeasure, formatPercent, formatSigned, withCoverage } from './format.js';
import { type Lang } from '../model/lang.js';
import { unitKey } from '../model/text.js';
import { documentHead, periodOpening } from './document.js';
import { byLevelPhrase } from './level-labels.js';

/**
 * Backslash-escapes what CommonMark/GFM would read as markup; line breaks become spaces. A text
 * that begins like a list item (`- `, `+ `, `1. `, `2) `) would become a list wherever it starts a
 * line; a bare address (`https://…`, `www.…`) would become a link the department never wrote:
 * the marker, the `:` of `://` and the `.` of `www.` are escaped (they still read as written).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~&#!]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/(\w):(?=\/\/)/g, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

export function markdownTable(view: TableView, lang: Lang, totalLabel?: string): string {
  const header = `| ${view.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
  const align = `| ${view.columns.map((c) => (c.kind === 'text' ? '---' : '---:')).join(' | ')} |`;
  const body = view.rows.map((r) => `| ${view.columns.map((c) => escapeMarkdown(displayCell(r.values[c.key] ?? null, c.kind, lang, c.absent))).join(' | ')} |`);
  if (view.withTotal && totalLabel && view.rows.length > 1) {
    const totals = totalRow(view);
    const labelAt = view.columns.findIndex((c) => c.kind === 'text');
    body.push(`| ${view.columns.map((c, i) => (i === labelAt ? `**${escapeMarkdown(totalLabel)}**` : c.key in totals ? `**${escapeMarkdown(displayCell(totals[c.key] ?? null, c.kind, lang, c.absent))}**` : '')).join(' | ')} |`);
  }
  return [header, align, ...body].join('\n');
}

export interface MarkdownOptions {
  lang: Lang;
  /** Template text; the shipped one for the language when absent. */
  template: string;
  /** File name of the SVG chart written beside the brief, relative to it; none when absent. */
  chart?: string | null;
}

export function renderMarkdown(summary: Summary, opts: MarkdownOptions): string {
  const hb = Handlebars.create();
  const lang = opts.lang;
  hb.registerHelper('int', (n: unknown) => (typeof n === 'number' ? formatInteger(n, lang) : ''));
  hb.registerHelper('pct', (n: unknown) => formatPercent(typeof n === 'number' ? n : null, lang));
  hb.registerHelper('date', (d: unknown) => (typeof d === 'string' ? formatDate(d, lang) : ''));
  hb.registerHelper('frac', (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? formatFraction(a, b, lang) : ''));
  hb.registerHelper('signed', (n: unknown) => (typeof n === 'number' ? formatSigned(n, lang) : ''));
  hb.registerHelper('text', (s: unknown) => (s === null || s === undefined ? '' : escapeMarkdown(String(s))));
  hb.registerHelper('gt', (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a > b);
  hb.registerHelper('lt', (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a < b);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('plural', (n: unknown, one: unknown, many: unknown) => (n === 1 ? one : many));
  const template = hb.compile(opts.template, { noEscape: true, strict: false });
  const text = template(briefData(summary, lang, opts.chart ?? null));
  // The build's run id, so a brief left from another run beside the workbook is found out (SPEC §5).
  const run = summary.runId ? `${runIdComment(summary.runId)}\n` : '';
  return `${run}${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}


/** Everything a template can use; docs/template-variables.md documents each key. */
export function briefData(summary: Summary, lang: Lang, chart: string | null = null) {
  const L = labels[lang];
  const total = L.words.total;
  const table = (name: ViewName) => {
    const view = buildView(summary, name, lang);
    return view && view.rows.length > 0 ? markdownTable(view, lang, total) : '';
  };
  const esc = (s: string | null) => (s ? escapeMarkdown(s) : '');
  const head = documentHead(summary, lang);
  const t = summary.tasks;
  const ind = summary.indicators;
  const d = summary.dossiers;
  const f = summary.feedback;
  const change = summary.comparison;
  const league = t ? leagueFor(t) : null;
  const taskRef = (x: { id: string; title: string; lead: string }) => ({ id: esc(x.id), title: esc(x.title), lead: esc(x.lead) });
  const standings = standingsFor(summary);
  const told = (standing: Standing) =>
    unitsStanding(standings, standing).map((u) => ({
      ...u,
      unit: esc(u.unit),
      completionRate: formatPercent(u.completionRate, lang),
      allTasksBlank: u.tasks > 0 && u.tasksBlank === u.tasks,
      tasksStated: u.tasks - u.tasksBlank,
    }));
  const toPush = told('needs_pushing');
  return {
    summary,
    lang,
    title: esc(summary.title),
    organization: esc(summary.organization),
    asOf: formatDate(summary.asOf, lang),
    head: {
      organization: head.organization.map(escapeMarkdown),
      nation: head.nation,
      motto: head.motto,
      dateLine: esc(head.dateLine),
      asOfLine: esc(head.asOfLine),
      table: headTable(head.organization, head.nation, head.motto, head.dateLine),
    },
    chart: chart ? { file: chart, alt: esc(L.titles.chart) } : null,
    tasks: t && {
      ...t,
      asOf: formatDate(t.asOf, lang),
      fraction: formatFraction(t.done, t.total, lang),
      dueFraction: formatFraction(t.doneOfDue, t.due, lang),
      completionRate: formatPercent(t.completionRate, lang),
      dueCompletionRate: formatPercent(t.dueCompletionRate, lang),
      overdueTasks: t.open.filter((o) => o.daysOverdue > 0).map((o) => ({ ...o, ...taskRef(o), deadline: formatDate(o.deadline, lang) })),
      openTasks: t.open.map((o) => ({ ...o, ...taskRef(o), deadline: formatDate(o.deadline, lang), statusLabel: L.taskStatus[o.status] })),
      cancelledTasks: t.cancelledTasks.map((c) => ({ ...c, ...taskRef(c), note: esc(c.note) })),
      leaders: unitsAt(t, league!.leaders ?? []).map((u) => esc(u.unit)),
      /** The units to push, worst first, as compute decided (standings): never one that did not report. */
      laggards: toPush.slice(0, laggardsNamed).map((u) => ({ unit: u.unit, completionRate: u.completionRate, overdue: u.overdue })),
      /** How many units to push the sentence leaves out ("và k đơn vị khác"). */
      moreLaggards: Math.max(0, toPush.length - laggardsNamed),
      /** Whether the league table of the brief shows every one of them: else the sentence points at the workbook's full table. */
      moreLaggardsInTable: inLeagueTable(t, league!, unitsStanding(standings, 'needs_pushing').slice(laggardsNamed)),
      openByLead: openGroups(t, lang),
      /** Unfinished tasks not yet due: the brief lists only the overdue ones, and says how many it leaves to the workbook. */
      openNotDue: t.open.filter((o) => o.daysOverdue <= 0).length,
      openByLeadTable: openByLeadTable(t, lang),
      perUnit: formatInteger(t.tasksPerUnit ?? defaultTasksPerUnit, lang),
      leagueTable: table('leagueShown'),
      leagueFullTable: table('league'),
      // With every unit shown (the overdue ones fill the middle), there is nothing to say about a part.
      leagueNote: league!.shown.length === t.byUnit.length ? '' : esc(L.words.leagueShown(formatInteger(league!.size, lang), formatInteger(t.byUnit.length, lang))),
      unitsTable: table('units'),
      areasTable: table('areas'),
      openTable: table('open'),
    },
    indicators: ind && {
      ...ind,
      asOf: formatDate(ind.asOf, lang),
      fraction: formatFraction(ind.met, ind.total, lang),
      metRate: formatPercent(ind.metRate, lang),
      unmet: ind.items.filter((i) => i.status === 'not_met').map((i) => ({ ...i, title: esc(i.title), targetText: esc(i.targetText), actualText: esc(formatMeasure(i.actual, i.percent, i.actualText, lang)) })),
      notReportedItems: ind.items.filter((i) => i.status === 'not_reported').map((i) => ({ ...i, title: esc(i.title) })),
      table: table('indicators'),
    },
    dossiers: d && {
      ...d,
      asOf: formatDate(d.asOf, lang),
      when: periodOpening(summary.period, d.asOf, lang),
      received: formatCount(d.received, lang),
      receivedNote: coverageNote(d.coverage?.received, lang),
      resolved: formatCount(d.resolved, lang),
      resolvedNote: coverageNote(d.coverage?.resolved, lang),
      resolvedOnTime: formatCount(d.resolvedOnTime, lang),
      resolvedLate: formatCount(d.resolvedLate, lang),
      pending: formatCount(d.pending, lang),
      pendingNote: coverageNote(d.coverage?.pending, lang),
      online: formatCount(d.online, lang),
      paidOnline: formatCount(d.paidOnline, lang),
      onTimeRate: withCoverage(formatPercent(d.onTimeRate, lang), d.resolvedOnTime !== null, d.coverage?.resolvedOnTime, lang),
      onlineRate: withCoverage(formatPercent(d.onlineRate, lang), d.online !== null, d.coverage?.online, lang),
      /** Which measures some table reports: a sentence about one no table reports says so instead of giving a 0. */
      reports: { onTime: d.resolvedOnTime !== null && d.resolvedLate !== null, online: d.online !== null, paidOnline: d.paidOnline !== null },
      byLevelText: byLevelPhrase(d, lang),
      // One level's row is the sentence above, figure for figure: the table is for comparing levels.
      levelsTable: d.byLevel.length > 1 ? table('dossierLevels') : '',
      unitsTable: table('dossierUnits'),
    },
    feedback: f && {
      ...f,
      asOf: formatDate(f.asOf, lang),
      when: periodOpening(summary.period, f.asOf, lang),
      total: formatInteger(f.total, lang),
      resolved: formatCount(f.resolved, lang),
      resolvedRate: withCoverage(formatPercent(f.resolvedRate ?? resolvedRate(f.resolved, f.total), lang), f.resolved !== null, undefined, lang),
      reports: { resolved: f.resolved !== null },
      topSectors: (f.topSectors ?? topSectorsOf(f.bySector))
        .map((i) => f.bySector[i]!)
        .map((s) => `${esc(s.sector)} (${formatInteger(s.total, lang)})`)
        .join(', '),
      table: table('feedback'),
    },
    comparison: change && {
      ...change,
      unchanged:
        [change.tasksDone, change.tasksOverdue, change.indicatorsMet, change.dossiersReceived, change.dossiersResolved, change.feedbackTotal].every((n) => !n) &&
        change.newlyDone.length + change.newlyOverdue.length + change.units.length === 0 &&
        change.sameUnits,
      since: formatDate(change.previousAsOf, lang),
      /** The words are the template's; which ones, compute decided (compare.ts `trend`). */
      completionRate: movement(change.trend.tasksCompletionRate),
      unitsAppeared: change.unitsAppeared.map(escapeMarkdown),
      unitsVanished: change.unitsVanished.map(escapeMarkdown),
      unitsComparedBoth: formatInteger(change.unitsCompared.both, lang),
      unitsComparedNow: formatInteger(change.unitsCompared.now, lang),
      completionRateBefore: formatPercent(change.previous.tasksCompletionRate, lang),
      completionRateNow: formatPercent(t?.completionRate ?? null, lang),
      newlyDone: change.newlyDone.map(taskRef),
      newlyOverdue: change.newlyOverdue.map(taskRef),
      improved: change.units.filter((u) => u.change === 'improved').map((u) => ({ unit: esc(unitLabel(u.unit, u.includes, lang)), before: formatPercent(u.completionRateBefore, lang), now: formatPercent(u.completionRateNow, lang) })),
      declined: change.units.filter((u) => u.change === 'declined').map((u) => ({ unit: esc(unitLabel(u.unit, u.includes, lang)), before: formatPercent(u.completionRateBefore, lang), now: formatPercent(u.completionRateNow, lang) })),
    },
    plan: summary.plan && {
      line: esc(L.plan.line(formatInteger(summary.plan.reported, lang), formatInteger(summary.plan.total, lang))),
      notReportedTable: table('planNotReported'),
      outsideTable: table('planOutside'),
    },
    unitsNotReported: summary.unitsNotReported.map(escapeMarkdown),
    /** Each unit's standing, decided once in compute: the brief tells each unit's story from here. */
    standings: {
      notReported: told('not_reported'),
      partlyReported: told('partly_reported'),
      needsPushing: toPush,
      onTrack: told('on_track'),
    },
    receipts: receiptsData(summary, lang),
    issues: { ...summary.issues, table: issuesTable(summary, lang), list: issuesList(summary, lang), invalidTable: table('invalid') },
  };
}

/** How many units to push the headline names, worst first; the league table and the chart show every one. */
const laggardsNamed = 5;

/** Whether every one of `units` is a row of the brief's league table (`league.shown`, a part of a hundred units). */
function inLeagueTable(t: TasksSection, league: { shown: readonly number[] }, units: readonly { unit: string }[]): boolean {
  const shown = new Set(league.shown.map((p) => unitKey(t.byUnit[p]!.unit)));
  return units.every((u) => shown.has(unitKey(u.unit)));
}

/** The brief's overdue tasks: by lead unit, worst unit first, the first `shown` of each (compute decided them). */
function openGroups(t: TasksSection, lang: Lang) {
  const L = labels[lang];
  return overdueGroups(t).map((g) => {
    const files = g.files.map(baseName);
    return {
      lead: escapeMarkdown(g.lead),
      files: escapeMarkdown(files.join(', ')),
      open: g.tasks.length,
      overdue: g.overdue,
      tasks: g.tasks.slice(0, g.shown).map((i) => {
        const o = t.open[i]!;
        return { ...o, id: escapeMarkdown(o.id), ref: escapeMarkdown(readableRef(o, files)), title: escapeMarkdown(o.title), lead: escapeMarkdown(o.lead), deadline: formatDate(o.deadline, lang), statusLabel: L.taskStatus[o.status] };
      }),
      more: g.overdue - g.shown,
      notDue: g.tasks.length - g.overdue,
    };
  });
}

/** The units with overdue tasks: the brief lists only those (compute's `shown` counts overdue tasks). */
function overdueGroups(t: TasksSection) {
  return openGroupsFor(t).filter((g) => g.overdue > 0);
}

/**
 * How the brief refers to a task: as its file does (the plan's id, else section and number,
 * `VI.5`), never the file-derived id; the file is named once for a group of one file, else
 * before each reference.
 */
function readableRef(o: OpenTask, files: readonly string[]): string {
  const ref = o.ref ?? o.id;
  return files.length > 1 && o.file ? `${baseName(o.file)} ${ref}` : ref;
}

/** The same groups as one table: the unit (and its file) on its first row, then one row per task, then "và k nhiệm vụ khác". */
function openByLeadTable(t: TasksSection, lang: Lang): string {
  const L = labels[lang];
  const c = L.columns;
  const rows: TableView['rows'] = [];
  for (const g of overdueGroups(t)) {
    const files = g.files.map(baseName);
    const unit = files.length === 1 ? `${g.lead} (${files[0]})` : g.lead;
    g.tasks.slice(0, g.shown).forEach((i, k) => {
      const o = t.open[i]!;
      // The reference leads its title, as in the file's own list: one column fewer leaves the unit's name room to stay on one line.
      rows.push({ values: { unit: k === 0 ? unit : null, title: `${readableRef(o, files).replace(/\.$/, '')}. ${o.title}`, deadline: o.deadline, daysOverdue: o.daysOverdue }, tone: null });
    });
    if (g.overdue > g.shown) rows.push({ values: { unit: null, title: L.words.moreTasks(formatInteger(g.overdue - g.shown, lang)), deadline: null, daysOverdue: null }, tone: null });
  }
  if (rows.length === 0) return '';
  const view: TableView = {
    name: 'openByLead',
    withTotal: false,
    columns: [
      { key: 'unit', label: c.lead, kind: 'text' },
      { key: 'title', label: c.title, kind: 'text' },
      { key: 'deadline', label: c.deadline, kind: 'date' },
      { key: 'daysOverdue', label: c.daysOverdue, kind: 'integer' },
    ],
    rows,
  };
  return markdownTable(view, lang);
}

function movement(trend: Trend | null): { rise: boolean; fall: boolean; unchanged: boolean } {
  return { rise: trend === 'rise', fall: trend === 'fall', unchanged: trend === 'unchanged' };
}

/**
 * The receipts line, the units that sent nothing (one sentence: a row of blank cells each says
 * nothing more), and the units that sent a table that could not be read; the workbook's sheet
 * lists every unit and every table.
 */
function receiptsData(summary: Summary, lang: Lang): { line: string; notSent: string; table: string } | null {
  const line = receiptsLine(summary, lang);
  const view = receiptUnitsView(summary, lang);
  if (line === null || !view || view.rows.length === 0) return null;
  const flagged = { ...view, rows: view.rows.filter((r) => r.tone === 'warn') };
  return { line: escapeMarkdown(line), notSent: escapeMarkdown(notSentLine(summary, lang) ?? ''), table: flagged.rows.length > 0 ? markdownTable(flagged, lang) : '' };
}

/** Errors and warnings: the brief leaves the informational notes to the workbook's data-check sheet. */
function issuesShown(summary: Summary, lang: Lang): TableView {
  const view = buildView(summary, 'issues', lang)!;
  return { ...view, rows: view.rows.filter((_, i) => summary.issues.items[i]!.severity !== 'info') };
}

function issuesTable(summary: Summary, lang: Lang): string {
  const shown = issuesShown(summary, lang);
  return shown.rows.length > 0 ? markdownTable(shown, lang) : '';
}

/**
 * The same as a list, one item per issue (what the shipped briefs print): a six-column table
 * squeezes each message into a narrow column several lines tall.
 */
function issuesList(summary: Summary, lang: Lang): string {
  const shown = issuesShown(summary, lang);
  const label = (key: string) => shown.columns.find((c) => c.key === key)!.label;
  return shown.rows
    .map(({ values: v }) => {
      const text = (key: string) => escapeMarkdown(String(v[key]));
      const value = v.value !== null ? ` ${label('value')}: "${text('value')}".` : '';
      const hint = v.hint !== null ? ` ${label('hint')}: ${text('hint')}.` : '';
      return `- **${text('severity')}** ${text('location')} (\`${v.code}\`): ${text('message')}.${value}${hint}`;
    })
    .join('\n');
}

/**
 * The document head as a two-column GFM table: the organisation over the left column, the
 * national name, motto and date line over the right, as Decree 30/2020 lays them out.
 */
function headTable(organization: string[], nation: string, motto: string, dateLine: string): string {
  const cell = (s: string | undefined) => (s ? `**${escapeMarkdown(s)}**` : ' ');
  const rows = [
    `| ${cell(organization[0])} | ${cell(nation)} |`,
    '| :---: | :---: |',
    `| ${cell(organization.slice(1).join(' '))} | ${cell(motto)} |`,
    `|   | *${escapeMarkdown(dateLine)}* |`,
  ];
  return rows.join('\n');
}
