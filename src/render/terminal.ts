/**
 * The compact terminal summary (SPEC §4.5): headline fractions, a bar per unit (league order),
 * overdue tasks in red, and the change since the previous snapshot. Colour comes in as a chalk
 * instance decided by the CLI (level 0 = plain text); health is the core's, colour is chosen here.
 * Given the terminal's width, unit names and titles are cut with `…` so that no line wraps.
 */
import type { ChalkInstance } from 'chalk';
import type { Summary, Health } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import { leagueFor, unitsAt } from '../compute/league.js';
import { dossierCountText, formatCount, formatDate, formatFraction, formatInteger, formatMeasure, formatPercent, formatSigned, withCoverage } from './format.js';
import { type Lang } from '../model/lang.js';
import { levelLabeller } from './level-labels.js';

const barWidth = 20;

export function renderTerminal(summary: Summary, lang: Lang, chalk: ChalkInstance, width?: number): string {
  const L = labels[lang];
  /** Room for a title in a line whose other parts take `rest` characters: 70 at most, all that is left on a terminal. */
  const room = (rest: string) => Math.max(12, Math.min(70, width ? width - [...rest].length : 70));
  /** A line with a title in it: `parts(title)` gives the whole line. */
  const titled = (title: string, parts: (t: string) => string) => parts(truncate(title, room(parts(''))));
  const T = L.terminal;
  const more = (n: number) => chalk.dim(`  ${L.words.andMore(formatInteger(n, lang))}`);
  const paint = (h: Health, text: string) => (h === 'good' ? chalk.green(text) : h === 'warn' ? chalk.yellow(text) : chalk.red(text));
  const lines: string[] = [chalk.bold(width ? truncate(summary.title, width) : summary.title), L.document.asOf(formatDate(summary.asOf, lang)), ''];
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
    // The bar, fraction and rate take 36 characters after the name, the overdue count up to 14.
    const nameWidth = Math.min(width ? Math.max(8, width - 50) : 40, 40, Math.max(4, ...units.map((u) => u.unit.length)));
    for (const u of units) {
      const filled = Math.round((u.completionRate ?? 0) * barWidth);
      const bar = paint(u.health, '█'.repeat(filled)) + chalk.dim('░'.repeat(barWidth - filled));
      const fraction = formatFraction(u.done, u.total, lang).padStart(7);
      lines.push(`  ${truncate(u.unit, nameWidth).padEnd(nameWidth)} ${bar} ${fraction} ${formatPercent(u.completionRate, lang).padStart(6)}${u.overdue > 0 ? chalk.red(`  ${T.overdue} ${u.overdue}`) : ''}`);
    }
    if (!league.complete) lines.push(chalk.dim(`  ${L.words.otherUnits(formatInteger(t.byUnit.length - units.length, lang))}`));
    const overdue = t.open.filter((o) => o.daysOverdue > 0);
    if (overdue.length > 0) {
      lines.push('', chalk.red.bold(T.overdueTasks));
      pushCapped(lines, overdue, 2 * league.size, (o) => chalk.red(titled(o.title, (t) => `  ${o.id}  ${t} — ${o.lead}, ${formatDate(o.deadline, lang)} (+${o.daysOverdue} ${L.words.days})`)), more);
    }
    lines.push('');
  }
  const ind = summary.indicators;
  if (ind) {
    lines.push(`${T.indicatorsMet}: ${paint(ind.health, `${formatFraction(ind.met, ind.total, lang)} (${formatPercent(ind.metRate, lang)})`)}`);
    for (const i of ind.items.filter((x) => x.status !== 'met')) {
      lines.push(chalk.yellow(titled(i.title, (t) => `  ${L.indicatorStatus[i.status]}: ${t} (${formatMeasure(i.actual, i.percent, i.actualText, lang) || '—'} / ${i.targetText})`)));
    }
    lines.push('');
  }
  const d = summary.dossiers;
  if (d) {
    lines.push(
      ...broken(
      `${T.dossiers}: ${T.received} ${dossierCountText(d, 'received', lang)}, ${T.resolved} ${dossierCountText(d, 'resolved', lang)}` +
        ` (${T.onTime} ${withCoverage(formatPercent(d.onTimeRate, lang), d.resolvedOnTime !== null, d.coverage?.resolvedOnTime, lang)}),` +
        ` ${T.online} ${withCoverage(formatPercent(d.onlineRate, lang), d.online !== null, d.coverage?.online, lang)}`,
      width,
      ),
    );
    const levelLabel = levelLabeller(d.levels, lang);
    // A label the config adds (the public-service centre) may be longer than the tiers' own.
    const labelWidth = Math.max(10, ...d.byLevel.map((l) => levelLabel(l.level).length + 1));
    for (const level of d.byLevel) lines.push(`  ${levelLabel(level.level).padEnd(labelWidth)} ${formatCount(level.received, lang).padStart(9)}`);
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
    lines.push(...broken(`${T.since(formatDate(change.previousAsOf, lang))}: ${parts.join(', ')}`, width));
    if (change.unitsAppeared.length > 0) lines.push(...broken(`  ${L.comparison.unitsAppeared}: ${change.unitsAppeared.join(', ')}`, width));
    if (change.unitsVanished.length > 0) lines.push(...broken(`  ${L.comparison.unitsVanished}: ${change.unitsVanished.join(', ')}`, width).map((l) => chalk.yellow(l)));
    if (!change.sameUnits) lines.push(chalk.yellow(`  ${L.comparison.differentUnits(formatInteger(change.unitsCompared.both, lang), formatInteger(change.unitsCompared.now, lang))}.`));
    const size = t ? leagueFor(t).size : 10;
    pushCapped(lines, change.newlyDone, size, (x) => chalk.green(titled(x.title, (t) => `  ${T.newlyDone}: ${x.id}  ${t}`)), more);
    pushCapped(lines, change.newlyOverdue, size, (x) => chalk.red(titled(x.title, (t) => `  ${T.newlyOverdue}: ${x.id}  ${t}`)), more);
    lines.push('');
  }
  if (summary.unitsNotReported.length > 0) lines.push(...broken(`${T.notReported}: ${summary.unitsNotReported.join(', ')}`, width).map((l) => chalk.yellow(l)), '');
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

/**
 * A sentence or a list of names that is wider than the terminal, broken after a comma into
 * lines indented under it, so that the terminal never wraps it mid-word. Whole without a width.
 */
function broken(text: string, width: number | undefined): string[] {
  if (!width || [...text].length <= width) return [text];
  const indent = `${/^\s*/.exec(text)![0]}    `;
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(/(?<=, )/)) {
    if (line !== '' && [...line].length + [...part].length > width) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += part;
  }
  lines.push(line);
  // A single part wider than the terminal is cut rather than wrapped.
  return lines.map((l) => ([...l].length > width ? truncate(l, width) : l));
}

/** One line: a title's line breaks become spaces, and a long one is cut with `…`. */
function truncate(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
