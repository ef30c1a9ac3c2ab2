/**
 * The chairman's one-page version (`--brief short`): the headline figures, the five units with
 * the lowest completion, the overdue tasks, and what the chairman is asked to decide. It must
 * fit one A4 page whatever the data, so lists are capped and long titles shortened; the full
 * report carries the rest.
 */
import type { Paragraph, Table } from 'docx';
import type { Summary } from '../../model/summary.js';
import { labels } from '../../i18n/index.js';
import { leagueFor, unitsAt } from '../../compute/league.js';
import { formatDate, formatInteger, formatPercent } from '../format.js';
import { type Lang } from '../../model/lang.js';
import { bodyParagraph, roman, sectionHeading, size } from './layout.js';
import { gridTable } from './tables.js';
import { headlineSentences, overdueByLead } from './sentences.js';

type Block = Paragraph | Table;

const worstCount = 5;
const overdueShown = 3;
const leadsNamed = 3;
/** Titles are shortened to fit three to a page, or two at most three lines each. */
const titleLength = { many: 90, few: 240 };
const few = 2;
const unitsNamed = 3;

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, text.lastIndexOf(' ', limit - 1)).replace(/[,;:.\s]+$/u, '')}…`;
}

export function shortBody(summary: Summary, lang: Lang): Block[] {
  const L = labels[lang];
  const R = L.report;
  const B = R.brief;
  const c = L.columns;
  const int = (n: number) => formatInteger(n, lang);
  const text = (s: string) => bodyParagraph(s, { size: size.head, compact: true });
  let section = 0;
  const out: Block[] = [];
  const heading = (title: string) => out.push(sectionHeading(roman(++section), title, { size: size.head, compact: true }));

  heading(B.headline);
  for (const s of headlineSentences(summary, lang)) out.push(text(`- ${s}`));

  const t = summary.tasks;
  const groups = overdueByLead(summary);
  if (t && t.byUnit.length > 0) {
    heading(B.worst);
    const worst = unitsAt(t, leagueFor(t).order).reverse().slice(0, worstCount);
    out.push(
      gridTable(
        [{ label: c.stt, kind: 'integer' }, { label: c.unit, kind: 'text' }, { label: c.total, kind: 'integer' }, { label: c.done, kind: 'integer' }, { label: c.overdue, kind: 'integer' }, { label: c.completionRate, kind: 'percent' }],
        worst.map((u, i) => ({ cells: [int(i + 1), u.unit, int(u.total), int(u.done), int(u.overdue), formatPercent(u.completionRate, lang)] })),
      ),
    );

    heading(B.overdue);
    const overdue = groups.flatMap(([, tasks]) => tasks);
    if (overdue.length === 0) out.push(text(R.noOverdue));
    for (const task of overdue.slice(0, overdueShown)) {
      out.push(text(`- ${task.lead}: ${R.overdueItem(shorten(task.title, overdue.length > few ? titleLength.many : titleLength.few), formatDate(task.deadline, lang), int(task.daysOverdue))}`));
    }
    if (overdue.length > overdueShown) out.push(text(B.more(int(overdue.length - overdueShown))));
  }

  heading(B.decide);
  let n = 0;
  const item = (s: string) => out.push(text(`${++n}. ${s}`));
  if (groups.length > 0) {
    const named = groups.slice(0, leadsNamed).map(([lead, tasks]) => `${lead} (${int(tasks.length)})`).join(', ');
    item(B.pushLeads(groups.length <= leadsNamed ? named : B.andOthers(named, int(groups.length - leadsNamed))));
  }
  const unmet = summary.indicators?.notMet ?? 0;
  if (unmet > 0) item(B.fixIndicators(int(unmet)));
  const silent = summary.unitsNotReported;
  if (silent.length > 0) item(B.chaseReports(silent.length <= unitsNamed ? silent.join(', ') : B.andOthers(silent.slice(0, unitsNamed).join(', '), int(silent.length - unitsNamed))));
  item(B.other);
  return out;
}
