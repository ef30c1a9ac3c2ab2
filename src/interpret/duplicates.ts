/**
 * The same task (or indicator) in two tables: a workbook whose summary sheet repeats its
 * department sheets, or a department that sent its file twice under two names. Both are
 * counted — which one is right is for the clerk to say — but the second is a warning that
 * names the first, so the totals are not doubled unnoticed.
 */
import type { Issue } from '../model/issue.js';
import { formatLocation } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { SourceRef } from '../model/issue.js';
import type { Records } from '../model/records.js';
import { fold, shorten } from '../model/text.js';

interface Listed {
  title: string;
  lead?: string;
  source: SourceRef;
}

export function duplicateRecordIssues(records: Pick<Records, 'tasks' | 'indicators'>): Issue[] {
  return [...repeated(records.tasks, 'duplicate-task'), ...repeated(records.indicators, 'duplicate-indicator')];
}

/** One warning per pair of tables, at the later one's first repeated row: a summary sheet can repeat forty tasks. */
function repeated(list: readonly Listed[], code: 'duplicate-task' | 'duplicate-indicator'): Issue[] {
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
    const params = { title: shorten(item.title), count, first: formatLocation(seen.source) };
    return issue(code, item.source, item.lead ? { ...params, lead: item.lead } : params);
  });
}

function tableOf(source: SourceRef): string {
  return `${source.file}\u0000${source.sheet ?? ''}`;
}
