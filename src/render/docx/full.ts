/**
 * The body of the full Word report: headline figures, tasks by unit (table and chart), overdue
 * tasks by lead, unmet indicators, dossiers by level, feedback, who reported (the receipts), and a paragraph
 * per unit for the chairman's directions, left for the secretariat to fill in. Sections whose
 * data was not given are left out, and the numbering closes up.
 */
import type { Paragraph, Table } from 'docx';
import type { Summary } from '../../model/summary.js';
import { labels } from '../../i18n/index.js';
import { buildView } from '../views.js';
import { standingsFor } from '../../compute/standings.js';
import { receiptUnitsView, receiptsLine } from '../receipts.js';
import { formatDate, formatInteger, formatMeasure, formatPercent } from '../format.js';
import { type Lang } from '../../model/lang.js';
import { bodyParagraph, centred, fillInParagraph, roman, sectionHeading, size } from './layout.js';
import { caption, gridTable, viewTable, type GridRow } from './tables.js';
import { chartParagraph } from './chart.js';
import { headlineSentences, overdueByLead } from './sentences.js';

type Block = Paragraph | Table;

export function fullBody(summary: Summary, lang: Lang, chartSvg: string | null): Block[] {
  const L = labels[lang];
  const R = L.report;
  const c = L.columns;
  const int = (n: number) => formatInteger(n, lang);
  let section = 0;
  let tableNo = 0;
  const out: Block[] = [];
  const heading = (text: string) => out.push(sectionHeading(roman(++section), text));
  const table = (title: string, t: Table) => out.push(caption(R.table(++tableNo, title)), t);

  heading(R.sections.overview);
  out.push(bodyParagraph(R.intro));
  for (const s of headlineSentences(summary, lang)) out.push(bodyParagraph(`- ${s}`));

  const t = summary.tasks;
  if (t) {
    heading(R.sections.units);
    const league = buildView(summary, 'league', lang);
    if (league && league.rows.length > 0) table(R.unitsTable, viewTable(league, lang, L.words.total));
    out.push(bodyParagraph(L.document.leagueNote, { size: size.table }));
    if (chartSvg) out.push(chartParagraph(chartSvg), centred(R.figure(1, L.titles.chart), { italics: true, size: size.table, after: 120 }));

    heading(R.sections.overdue);
    const groups = overdueByLead(summary);
    if (groups.length === 0) out.push(bodyParagraph(R.noOverdue));
    else {
      let n = 0;
      const rows: GridRow[] = groups.flatMap(([lead, tasks]) => [
        { group: R.overdueLead(lead, int(tasks.length)) },
        ...tasks.map((task) => ({ cells: [int(++n), task.title, formatDate(task.deadline, lang), int(task.daysOverdue), L.taskStatus[task.status]] })),
      ]);
      table(R.overdueTable, gridTable([{ label: c.stt, kind: 'integer' }, { label: c.title, kind: 'text' }, { label: c.deadline, kind: 'date' }, { label: c.daysOverdue, kind: 'integer' }, { label: c.status, kind: 'text' }], rows));
    }
  }

  const ind = summary.indicators;
  if (ind) {
    heading(R.sections.indicators);
    const unmet = ind.items.filter((i) => i.status === 'not_met');
    if (unmet.length === 0) out.push(bodyParagraph(R.noUnmet));
    else {
      const withLead = unmet.some((i) => i.lead);
      const rows: GridRow[] = unmet.map((i, k) => ({
        cells: [int(k + 1), i.title, i.targetText, formatMeasure(i.actual, i.percent, i.actualText, lang), ...(withLead ? [i.lead ?? ''] : [])],
      }));
      table(R.indicatorsTable, gridTable([{ label: c.stt, kind: 'integer' }, { label: c.indicator, kind: 'text' }, { label: c.target, kind: 'percent' }, { label: c.actual, kind: 'percent' }, ...(withLead ? [{ label: c.lead, kind: 'text' as const }] : [])], rows));
    }
    if (ind.notReported > 0) out.push(bodyParagraph(R.notReportedIndicators(int(ind.notReported))));
  }

  const levels = buildView(summary, 'dossierLevels', lang);
  if (summary.dossiers && levels) {
    heading(R.sections.dossiers);
    table(R.dossiersTable, viewTable(levels, lang, L.words.total));
  }

  const feedback = buildView(summary, 'feedback', lang);
  if (summary.feedback && feedback) {
    heading(R.sections.feedback);
    if (feedback.rows.length > 0) table(R.feedbackTable, viewTable(feedback, lang, L.words.total));
  }

  heading(R.sections.data);
  const received = receiptsLine(summary, lang);
  if (received) out.push(bodyParagraph(`${received}.`));
  const receipts = receiptUnitsView(summary, lang);
  if (receipts && receipts.rows.length > 0) table(R.receiptsTable, viewTable(receipts, lang, L.words.total));
  out.push(bodyParagraph(summary.unitsNotReported.length > 0 ? R.unitsNotReported(summary.unitsNotReported.join(', ')) : R.allReported));
  out.push(bodyParagraph(R.dataIssues(int(summary.issues.errors), int(summary.issues.warnings))));

  heading(R.sections.directions);
  // Worst first, each unit told as compute decided: not reported, partly reported, to push, on track.
  const units = t ? standingsFor(summary).filter((u) => u.standing !== 'reported') : [];
  units.forEach((u, k) => {
    const standing =
      u.standing === 'not_reported' ? L.standing.not_reported
      : u.standing === 'partly_reported' ? R.partly(int(u.tasksBlank), int(u.tasks))
      // A unit that reports only indicators or dossiers: no rate to give ("hoàn thành N/A").
      : u.tasks === 0 ? R.noTasks
      : R.standing(formatPercent(u.completionRate, lang), int(u.overdue));
    out.push(fillInParagraph(`${k + 1}. ${R.direction(u.unit, standing)}`));
  });
  out.push(fillInParagraph(`${units.length + 1}. `));
  return out;
}
