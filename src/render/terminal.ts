/**
 * The compact terminal summary (SPEC §4.5): headline fractions, a bar per unit (league order),
 * overdue tasks in red, and the change since the previous snapshot. Colour comes in as a chalk
 * instance decided by the CLI (level 0 = plain text); health is the core's, colour is chosen here.
 */
import type { ChalkInstance } from 'chalk';
import type { Summary, Health } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import { leagueFor, unitsAt } from '../compute/league.js';
import { formatDate, formatFraction, formatInteger, formatMeasure, formatPercent, formatSigned, withCoverage } from './format.js';
import { type Lang } from '../model/lang.js';

const barWidth = 20;

export function renderTerminal(summary: Summary, lang: Lang, chalk: ChalkInstance): string {
  const L = labels[lang];
  const T = L.terminal;
  const more = (n: number) => chalk.dim(`  ${L.words.andMore(formatInteger(n, lang))}`);
  const paint = (h: Health, text: string) => (h === 'good' ? chalk.green(text) : h === 'warn' ? chalk.yellow(text) : chalk.red(text));
  const lines: string[] = [chalk.bold(summary.title), L.document.asOf(formatDate(summary.asOf, lang)), ''];
  const t = summary.tasks;
  if (t) {
    lines.push(
      `${T.tasksDone}: ${paint(t.health, `${formatFraction(t.done, t.total, lang)} (${formatPercent(t.completionRate, lang)})`)}` +
        `  ${T.ofDue}: ${formatFraction(t.doneOfDue, t.due, lang)} (${formatPercent(t.dueCompletionRate, lang)})` +
        (t.overdue > 0 ? `  ${chalk.red(`${T.overdue}: ${t.overdue}`)}` : ''),
    );
    const plan = summary.plan;
    if (plan) lines.push((plan.reported < plan.total ? chalk.yellow : (x: string) => x)(L.plan.line(formatInteger(plan.reported, lang), formatInteger(plan.total, lang))));
    const league = leagueFor(t);
    const units = unitsAt(t, league.shown);
    const width = Math.min(40, Math.max(4, ...units.map((u) => u.unit.length)));
    for (const u of units) {
      const filled = Math.round((u.completionRate ?? 0) * barWidth);
      const bar = paint(u.health, '█'.repeat(filled)) + chalk.dim('░'.repeat(barWidth - filled));
      const fraction = formatFraction(u.done, u.total, lang).padStart(7);
      lines.push(`  ${truncate(u.unit, width).padEnd(width)} ${bar} ${fraction} ${formatPercent(u.completionRate, lang).padStart(6)}${u.overdue > 0 ? chalk.red(`  ${T.overdue} ${u.overdue}`) : ''}`);
    }
    if (!league.complete) lines.push(chalk.dim(`  ${L.words.otherUnits(formatInteger(t.byUnit.length - units.length, lang))}`));
    const overdue = t.open.filter((o) => o.daysOverdue > 0);
    if (overdue.length > 0) {
      lines.push('', chalk.red.bold(T.overdueTasks));
      pushCapped(lines, overdue, 2 * league.size, (o) => chalk.red(`  ${o.id}  ${truncate(o.title, 70)} — ${o.lead}, ${formatDate(o.deadline, lang)} (+${o.daysOverdue} ${L.words.days})`), more);
    }
    lines.push('');
  }
  const ind = summary.indicators;
  if (ind) {
    lines.push(`${T.indicatorsMet}: ${paint(ind.health, `${formatFraction(ind.met, ind.total, lang)} (${formatPercent(ind.metRate, lang)})`)}`);
    for (const i of ind.items.filter((x) => x.status !== 'met')) {
      lines.push(chalk.yellow(`  ${L.indicatorStatus[i.status]}: ${truncate(i.title, 70)} (${formatMeasure(i.actual, i.percent, i.actualText, lang) || '—'} / ${i.targetText})`));
    }
    lines.push('');
  }
  const d = summary.dossiers;
  if (d) {
    lines.push(
      `${T.dossiers}: ${T.received} ${formatInteger(d.received, lang)}, ${T.resolved} ${formatInteger(d.resolved, lang)}` +
        ` (${T.onTime} ${withCoverage(formatPercent(d.onTimeRate, lang), d.resolvedOnTime !== null, d.coverage?.resolvedOnTime, lang)}),` +
        ` ${T.online} ${withCoverage(formatPercent(d.onlineRate, lang), d.online !== null, d.coverage?.online, lang)}`,
    );
    for (const level of d.byLevel) lines.push(`  ${L.level[level.level].padEnd(10)} ${formatInteger(level.received, lang).padStart(9)}`);
    lines.push('');
  }
  const f = summary.feedback;
  if (f) lines.push(`${T.feedback}: ${formatInteger(f.total, lang)}, ${T.feedbackResolved} ${f.resolved === null ? L.words.noData : formatInteger(f.resolved, lang)}`, '');
  const change = summary.comparison;
  if (change) {
    const parts = [
      change.tasksDone !== null ? `${formatSigned(change.tasksDone, lang)} ${T.tasksDoneChange}` : null,
      change.tasksOverdue !== null ? `${formatSigned(change.tasksOverdue, lang)} ${T.tasksOverdueChange}` : null,
      change.indicatorsMet !== null ? `${formatSigned(change.indicatorsMet, lang)} ${T.indicatorsMetChange}` : null,
    ].filter((p): p is string => p !== null);
    lines.push(`${T.since(formatDate(change.previousAsOf, lang))}: ${parts.join(', ')}`);
    if (change.unitsAppeared.length > 0) lines.push(`  ${L.comparison.unitsAppeared}: ${change.unitsAppeared.join(', ')}`);
    if (change.unitsVanished.length > 0) lines.push(chalk.yellow(`  ${L.comparison.unitsVanished}: ${change.unitsVanished.join(', ')}`));
    if (!change.sameUnits) lines.push(chalk.yellow(`  ${L.comparison.differentUnits(formatInteger(change.unitsCompared.both, lang), formatInteger(change.unitsCompared.now, lang))}.`));
    const size = t ? leagueFor(t).size : 10;
    pushCapped(lines, change.newlyDone, size, (x) => chalk.green(`  ${T.newlyDone}: ${x.id}  ${truncate(x.title, 70)}`), more);
    pushCapped(lines, change.newlyOverdue, size, (x) => chalk.red(`  ${T.newlyOverdue}: ${x.id}  ${truncate(x.title, 70)}`), more);
    lines.push('');
  }
  if (summary.unitsNotReported.length > 0) lines.push(chalk.yellow(`${T.notReported}: ${summary.unitsNotReported.join(', ')}`), '');
  const { errors, warnings } = summary.issues;
  const counts = L.words.errorsAndWarnings(formatInteger(errors, lang), formatInteger(warnings, lang));
  lines.push(errors > 0 ? chalk.red(counts) : counts);
  return `${lines.join('\n')}\n`;
}

/** The first `max` lines of a list, then one line counting the rest: a hundred units stay one screen. */
function pushCapped<T>(lines: string[], list: readonly T[], max: number, line: (x: T) => string, more: (n: number) => string): void {
  for (const x of list.slice(0, max)) lines.push(line(x));
  if (list.length > max) lines.push(more(list.length - max));
}

/** One line: a title's line breaks become spaces, and a long one is cut with `…`. */
function truncate(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
