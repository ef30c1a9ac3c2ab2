/**
 * `init --plan FILE DIR`: one intake workbook per lead unit of the plan, its tasks written in (id,
 * title, area, lead and deadline locked; status, completion date, evidence and note to fill). The
 * filled workbooks come back with the plan's ids, so a build with the plan matches every row by
 * id (interpret/plan.ts) and nothing by guesswork. Pure: the caller writes the files.
 */
import type { Task } from '../model/records.js';
import { fold } from '../model/text.js';
import type { InitFile } from './index.js';
import { intakeForms, taskFormHeaders as h } from './forms.js';
import { intakeWorkbook } from './workbook.js';

const taskForm = intakeForms.find((f) => f.kind === 'tasks')!;
/** What the plan fixes; the unit fills in the rest. */
const lockedHeaders = Object.values(h);

/** The file of a unit's workbook: `nhiem-vu-so-noi-vu.xlsx`. */
export function planIntakeName(unit: string): string {
  return `nhiem-vu-${fold(unit).replace(/\s+/g, '-')}.xlsx`;
}

export async function planIntakeFiles(tasks: readonly Task[], date: Date): Promise<InitFile[]> {
  const byUnit = new Map<string, Task[]>();
  for (const t of tasks) byUnit.set(t.lead, [...(byUnit.get(t.lead) ?? []), t]);
  const files: InitFile[] = [];
  for (const [unit, list] of byUnit) {
    const rows = list.map((t, i) => taskForm.columns.map((c) => cellFor(c.header, t, i)));
    files.push({ path: planIntakeName(unit), content: await intakeWorkbook({ ...taskForm, title: `${taskForm.title}: ${unit.toUpperCase()}` }, date, { rows, locked: lockedHeaders }) });
  }
  return files;
}

function cellFor(header: string, t: Task, index: number): string | number | Date | null {
  switch (header) {
    case h.stt:
      return index + 1;
    case h.id:
      return t.writtenId ?? t.id;
    case h.title:
      return t.title;
    case h.area:
      return t.area ?? null;
    case h.lead:
      return t.lead;
    case h.deadline:
      // A day is a date cell, as the column expects; a period (Quý IV/2024) is kept as the plan words it.
      if (t.deadline?.kind === 'date' && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t.deadline.text)) return new Date(`${t.deadline.date}T00:00:00Z`);
      return t.deadline?.text ?? null;
    default:
      return null;
  }
}
