/** Matching reports to the plan (interpret/plan.ts): by id, else by folded title under the same lead; near is never merged. */
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/model/records.js';
import { matchPlan } from '../../src/interpret/plan.js';

const plan = (id: string, title: string, lead: string, date?: string): Task => ({
  id, writtenId: id, title, lead, status: 'not_reported', statusText: '', area: 'Cải cách thể chế', source: { file: 'ke-hoach.xlsx', sheet: 'PL', row: 10 + Number(id.slice(-1)) },
  ...(date ? { deadline: { kind: 'date' as const, date, text: date.split('-').reverse().join('/') } } : {}),
});
const report = (title: string, lead: string, status: Task['status'], extra: Partial<Task> = {}): Task => ({
  id: 'R2', title, lead, status, statusText: status, statusColumn: 'D', source: { file: `${lead}.xlsx`, sheet: 'BC', row: 2 }, ...extra,
});
const P = [plan('I.1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', '2024-06-30'), plan('I.2', 'Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', '2024-10-31')];

describe('matchPlan', () => {
  it('puts a report on its plan task by id, whatever its title, and keeps the plan\'s id, title, deadline and area', () => {
    const m = matchPlan(P, [report('Rà soát VB QPPL', 'Sở Tư pháp', 'done', { writtenId: 'i.1' })]);
    expect(m.tasks[0]).toMatchObject({ id: 'I.1', title: 'Rà soát văn bản quy phạm pháp luật', status: 'done', deadline: { date: '2024-06-30' }, area: 'Cải cách thể chế', source: { file: 'Sở Tư pháp.xlsx' } });
    expect(m.tasks[1]!.status).toBe('not_reported');
    expect(m.outside).toEqual([]);
    expect(m.issues).toEqual([]);
  });

  it('matches a title that folds the same under the same lead, and only under it', () => {
    const m = matchPlan(P, [report('RÀ SOÁT VĂN BẢN  QUY PHẠM PHÁP LUẬT.', 'Sở Tư pháp', 'done'), report('Kiểm tra công tác cải cách hành chính', 'Sở Tư pháp', 'done')]);
    expect(m.tasks.map((t) => t.status)).toEqual(['done', 'not_reported']);
    expect(m.outside.map((t) => t.lead)).toEqual(['Sở Tư pháp']);
  });

  it('warns of a near title and does not merge it', () => {
    const m = matchPlan(P, [report('Kiểm tra công tác cải cách hành chánh', 'Sở Nội vụ', 'done')]);
    expect(m.tasks[1]!.status).toBe('not_reported');
    expect(m.outside).toHaveLength(1);
    expect(m.issues.map((i) => [i.code, i.severity, i.row])).toEqual([['plan-near-match', 'warning', 2]]);
  });

  it('counts a task reported twice once; with two statuses, an error names both cells', () => {
    const same = matchPlan(P, [report('Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'done'), report('Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'done')]);
    expect([same.tasks[0]!.status, same.repeated.length, same.issues]).toEqual(['done', 1, []]);
    const two = matchPlan(P, [report('Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'done'), report('Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'in_progress', { source: { file: 'tong-hop.xlsx', sheet: 'TH', row: 7 } })]);
    expect(two.tasks[0]!.status).toBe('done');
    expect(two.issues.map((i) => [i.code, i.severity, `${i.file}:${i.sheet}!${i.column}${i.row}`, (i.params as { first: string }).first])).toEqual([['plan-task-conflict', 'error', 'tong-hop.xlsx:TH!D7', 'Sở Tư pháp.xlsx:BC!D2']]);
  });

  it('uses the plan\'s deadline, and warns when the report writes another', () => {
    const m = matchPlan(P, [report('Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'in_progress', { deadline: { kind: 'date', date: '2024-07-31', text: '31/07/2024' } })]);
    expect(m.tasks[0]!.deadline).toMatchObject({ date: '2024-06-30' });
    expect(m.issues.map((i) => i.code)).toEqual(['plan-deadline-differs']);
    expect(matchPlan(P, [report('Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'in_progress', { deadline: { kind: 'date', date: '2024-06-30', text: '30/6/2024' } })]).issues).toEqual([]);
  });
});
