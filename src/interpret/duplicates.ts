/**
 * The same task (or indicator) in two tables: a workbook whose summary sheet repeats its
 * department sheets, or a department that sent its file twice under two names. Both are
 * counted — which one is right is for the clerk to say — but the second is a warning that
 * names the first, so the totals are not doubled unnoticed.
 */
import type { Issue } from '../model/issue.js';
import { issueAt, formatLocation } from '../model/issue.js';
import type { SourceRef } from '../model/issue.js';
import type { Records } from '../model/records.js';
import { fold, shorten } from './fold.js';

interface Listed {
  title: string;
  lead?: string;
  source: SourceRef;
}

export function duplicateRecordIssues(records: Pick<Records, 'tasks' | 'indicators'>): Issue[] {
  return [...repeated(records.tasks, 'task', 'duplicate-task'), ...repeated(records.indicators, 'indicator', 'duplicate-indicator')];
}

/** One warning per pair of tables, at the later one's first repeated row: a summary sheet can repeat forty tasks. */
function repeated(list: readonly Listed[], noun: string, code: string): Issue[] {
  const first = new Map<string, Listed>();
  const pairs = new Map<string, { item: Listed; seen: Listed; count: number }>();
  for (const item of list) {
    const key = `${fold(item.title)}\u0000${fold(item.lead ?? '')}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, item);
      continue;
    }
    if (tableOf(seen.source) === tableOf(item.source)) continue;
    const pair = `${tableOf(item.source)}\u0000${tableOf(seen.source)}`;
    const known = pairs.get(pair);
    if (known) known.count++;
    else pairs.set(pair, { item, seen, count: 1 });
  }
  return [...pairs.values()].map(({ item, seen, count }) => {
    const what = count === 1 ? `the ${noun} "${shorten(item.title)}"${item.lead ? ` (${item.lead})` : ''} is` : `${count} ${noun}s, from "${shorten(item.title)}" on, are`;
    return issueAt(item.source, 'warning', code, `${what} also at ${formatLocation(seen.source)}${count === 1 ? '' : ' and below'}; both are counted`, {
      hint: 'if one sheet or file repeats another (a summary sheet over the departments\' sheets, a file sent twice), give only one of them [số liệu bị trùng: chỉ giữ một bảng]',
    });
  });
}

function tableOf(source: SourceRef): string {
  return `${source.file}\u0000${source.sheet ?? ''}`;
}
