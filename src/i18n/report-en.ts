/** English wording of the Word report and the HTML dashboard (`--lang en`). */
import type { reportVi } from './report-vi.js';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const reportEn: typeof reportVi = {
  docType: 'REPORT',
  number: (symbol: string) => `No.:        /${symbol}`,
  defaultSymbol: 'BC-BCĐ',
  summaryLine(title: string): string {
    const rest = title.replace(/^\s*report( on)?\s*/iu, '').trim();
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  },
  asOf: (line: string) => `(${line})`,
  intro: 'On the basis of the figures reported by the departments and units, the results are as follows:',
  sections: {
    overview: 'OVERALL RESULTS',
    units: 'TASKS BY LEAD UNIT',
    overdue: 'OVERDUE TASKS BY LEAD UNIT',
    indicators: 'DIGITAL TRANSFORMATION INDICATORS NOT MET',
    dossiers: 'ADMINISTRATIVE PROCEDURE DOSSIERS',
    feedback: 'CITIZEN FEEDBACK',
    data: 'REPORTING BY THE UNITS',
    directions: 'TASKS AHEAD AND DIRECTIONS TO EACH UNIT',
  },
  table: (n: number, title: string) => `Table ${n}. ${title}`,
  figure: (n: number, title: string) => `Figure ${n}. ${title}`,
  unitsTable: 'Tasks by lead unit',
  overdueTable: 'Overdue tasks',
  indicatorsTable: 'Indicators not met',
  dossiersTable: 'Administrative procedure dossiers by level',
  feedbackTable: 'Citizen feedback by sector',
  receiptsTable: 'Reports received from the units',
  absent: 'not reported',
  tasks: (f) =>
    `Administrative reform tasks: the plan has **${f.total}** tasks; **${f.fraction}** are done, **${f.rate}**${f.late ? ` (${f.late} done late)` : ''}; of the ${f.due} tasks due, ${f.dueFraction} are done (${f.dueRate}); **${f.overdue}** ${f.overdue === '1' ? 'task is' : 'tasks are'} overdue.`,
  indicators: (f) => `Digital transformation indicators: **${f.fraction}** met (${f.rate})${f.notReported ? `; ${f.notReported} not reported` : ''}.`,
  dossiers: (f) =>
    `Administrative procedure dossiers: ${lowerFirst(f.when)}, **${f.received}** received${f.receivedNote} (${f.byLevel}); **${f.resolved}** resolved${f.resolvedNote}, of which ${f.onTime} early or on time (**${f.onTimeRate}**); ${f.pending} pending${f.pendingNote}; ${f.online} received online (${f.onlineRate}).`,
  feedback: (f) => `Citizen feedback: ${lowerFirst(f.when)}, **${f.total}** received, ${f.resolved} resolved (${f.rate}).`,
  noOverdue: 'No task is overdue.',
  noUnmet: 'Every indicator with a reported result is met.',
  notReportedIndicators: (n: string) => `${n} ${n === '1' ? 'indicator has' : 'indicators have'} no reported result and cannot be judged yet.`,
  overdueLead: (lead: string, n: string) => `${lead}: ${n} overdue`,
  overdueItem: (title: string, deadline: string, days: string) => `${title} (due ${deadline}, ${days} days overdue).`,
  unitsNotReported: (list: string) => `Units that have not reported: ${list}.`,
  allReported: 'Every unit expected to report has reported.',
  dataIssues: (errors: string, warnings: string) =>
    errors === '0' && warnings === '0'
      ? 'Input checks: no errors or warnings.'
      : `Input checks: ${errors} error${errors === '1' ? '' : 's'}, ${warnings} warning${warnings === '1' ? '' : 's'} (details on the "Data checks" sheet of the accompanying workbook).`,
  direction: (unit: string, standing: string) => `${unit} (${standing}): `,
  partly: (blank: string, total: string) => `no status given for ${blank} of ${total} tasks`,
  standing: (rate: string, overdue: string) => `${rate} done, ${overdue} overdue`,
  noTasks: 'leads no task',
  recipients: 'Recipients:',
  defaultRecipients: ['Standing Board of the Provincial Party Committee (for reporting);', 'Chairman and Vice Chairmen of the Provincial People’s Committee;', 'Members of the Steering Committee;', 'Departments and agencies; district People’s Committees;', 'Filed: Archives.'],
  defaultAuthority: 'ON BEHALF OF THE STEERING COMMITTEE',
  defaultSignerTitle: 'HEAD',
  brief: {
    docType: 'SUMMARY REPORT',
    headline: 'KEY FIGURES',
    worst: 'THE FIVE UNITS WITH THE LOWEST COMPLETION',
    overdue: 'OVERDUE TASKS',
    decide: 'FOR THE CHAIRMAN’S DECISION',
    more: (n: string) => `… and ${n} more overdue tasks (see the full report).`,
    pushLeads: (leads: string) => `Require the overdue tasks to be finished by ……/……/………: ${leads}.`,
    fixIndicators: (n: string) => `Ask the lead units to propose measures for the ${n} ${n === '1' ? 'indicator' : 'indicators'} not met.`,
    chaseReports: (list: string) => `Remind the units that have not reported: ${list}.`,
    andOthers: (list: string, n: string) => `${list} and ${n} more`,
    other: 'Other instructions: ……………………………………………………………',
  },
  dashboard: {
    lang: 'en',
    filters: 'Filter',
    all: 'All',
    sortHint: 'Click a column heading to sort',
    onlineTarget: 'Target',
    onlineRateChart: 'Online dossiers by level',
    onlineRateAgainstTarget: 'Online dossiers by level against the target',
    dossiersChart: 'Dossiers received by level',
    shown: (n: string, total: string) => `Showing ${n} of ${total} rows`,
    generated: (date: string) => `Figures as of ${date}. This page needs no network connection.`,
  },
};
