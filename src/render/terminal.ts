/**
 * The compact terminal summary (SPEC §4.5): headline fractions, a bar per unit, overdue tasks
 * in red. Colour comes in as a chalk instance decided by the CLI (level 0 = plain text).
 */
import type { ChalkInstance } from 'chalk';
import type { Summary, Health } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import { formatDate, formatFraction, formatPercent, type Lang } from './format.js';

const barWidth = 20;

export function renderTerminal(summary: Summary, lang: Lang, chalk: ChalkInstance): string {
  const L = labels[lang];
  const vi = lang === 'vi';
  const paint = (h: Health, text: string) => (h === 'good' ? chalk.green(text) : h === 'warn' ? chalk.yellow(text) : chalk.red(text));
  const lines: string[] = [chalk.bold(summary.title), `${vi ? 'Số liệu tính đến ngày' : 'As of'} ${formatDate(summary.asOf, lang)}`, ''];
  const t = summary.tasks;
  if (t) {
    lines.push(
      `${vi ? 'Nhiệm vụ hoàn thành' : 'Tasks complete'}: ${paint(t.health, `${formatFraction(t.done, t.total, lang)} (${formatPercent(t.completionRate, lang)})`)}` +
        `  ${vi ? 'đến hạn' : 'of due'}: ${formatFraction(t.doneOfDue, t.due, lang)}` +
        (t.overdue > 0 ? `  ${chalk.red(`${vi ? 'quá hạn' : 'overdue'}: ${t.overdue}`)}` : ''),
    );
    const width = Math.min(40, Math.max(...t.byUnit.map((u) => u.unit.length), 4));
    for (const u of t.byUnit) {
      const filled = Math.round((u.completionRate ?? 0) * barWidth);
      const bar = paint(u.health, '█'.repeat(filled)) + chalk.dim('░'.repeat(barWidth - filled));
      lines.push(`  ${truncate(u.unit, width).padEnd(width)} ${bar} ${formatFraction(u.done, u.total, lang).padStart(7)}${u.overdue > 0 ? chalk.red(`  ${vi ? 'quá hạn' : 'overdue'} ${u.overdue}`) : ''}`);
    }
    const overdue = t.open.filter((o) => o.daysOverdue > 0);
    if (overdue.length > 0) {
      lines.push('', chalk.red.bold(vi ? 'Nhiệm vụ quá hạn:' : 'Overdue tasks:'));
      for (const o of overdue) lines.push(chalk.red(`  ${o.id}  ${truncate(o.title, 70)} — ${o.lead}, ${formatDate(o.deadline, lang)} (+${o.daysOverdue} ${vi ? 'ngày' : 'days'})`));
    }
    lines.push('');
  }
  const ind = summary.indicators;
  if (ind) {
    lines.push(`${vi ? 'Chỉ tiêu đạt' : 'Indicators met'}: ${paint(ind.health, `${formatFraction(ind.met, ind.total, lang)} (${formatPercent(ind.metRate, lang)})`)}`);
    for (const i of ind.items.filter((x) => x.status !== 'met')) lines.push(chalk.yellow(`  ${L.indicatorStatus[i.status]}: ${truncate(i.title, 70)} (${i.actualText || '—'} / ${i.targetText})`));
    lines.push('');
  }
  if (summary.unitsNotReported.length > 0) lines.push(chalk.yellow(`${vi ? 'Chưa báo cáo' : 'Not reported'}: ${summary.unitsNotReported.join(', ')}`), '');
  const { errors, warnings } = summary.issues;
  lines.push(errors > 0 ? chalk.red(`${errors} ${vi ? 'lỗi' : 'errors'}, ${warnings} ${vi ? 'cảnh báo' : 'warnings'}`) : `${errors} ${vi ? 'lỗi' : 'errors'}, ${warnings} ${vi ? 'cảnh báo' : 'warnings'}`);
  return `${lines.join('\n')}\n`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
