/**
 * Issues from the catalogue: `issue(code, where, params)` makes the Issue a stage collects, its
 * message and fix written in the default language (Vietnamese); `inLanguage` writes them again in
 * the report's language at the end of the pipeline. The parameters stay on the issue (`params`),
 * so any output can say it again, and machines can read them.
 */
import type { Issue, Severity } from '../model/issue.js';
import { defaultLang, type Lang } from '../model/lang.js';
import { shorten } from '../model/text.js';
import { catalogue, repeatedRows, type Code, type MessageEntry, type ParamsOf } from './messages.js';
import { words } from './words.js';

/** Where an issue points: the file, and as much of sheet, row and column as is known. */
export interface Where {
  file: string;
  sheet?: string | undefined;
  row?: number | undefined;
  column?: string | undefined;
}

export interface IssueOptions {
  /** Another severity than the catalogue's usual one (a bad count under --lenient is a warning). */
  severity?: Severity;
  /** The offending cell text. */
  value?: string | undefined;
}

export function issue<C extends Code>(code: C, where: Where, params: ParamsOf<C>, opts: IssueOptions = {}): Issue {
  const made: Issue = { severity: opts.severity ?? catalogue[code].severity, code, file: where.file, message: '' };
  if (where.sheet !== undefined) made.sheet = where.sheet;
  if (where.row !== undefined) made.row = where.row;
  if (where.column !== undefined) made.column = where.column;
  if (opts.value !== undefined) made.value = shorten(opts.value, quotedLength);
  made.params = quoted(params) as object;
  return write(made, defaultLang);
}

/**
 * The most of one text an issue quotes. A cell may hold megabytes (a stray quote in an export
 * joins lines into one field); an issue says which cell and how it begins, and every output
 * (terminal, JSON, workbook) stays the size of the problems, not of the file.
 */
export const quotedLength = 300;

function quoted(value: unknown): unknown {
  if (typeof value === 'string') return shorten(value, quotedLength);
  if (Array.isArray(value)) return value.map(quoted);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, quoted(v)]));
  return value;
}

/**
 * The summary line of an export's rows that have the same problem as the ones listed before it:
 * it keeps the problem's code and severity, and says how many more there are.
 */
export function repeatedIssue(code: string, severity: Severity, where: Where, more: number, listed: number): Issue {
  const made: Issue = { severity, code, file: where.file, message: '', params: { repeated: { more, listed } } };
  if (where.sheet !== undefined) made.sheet = where.sheet;
  return write(made, defaultLang);
}

/** The issue with its message and fix written in `lang`. */
export function inLanguage(issue: Issue, lang: Lang): Issue {
  return write({ ...issue }, lang);
}

function write(issue: Issue, lang: Lang): Issue {
  const w = words[lang];
  const params = (issue.params ?? {}) as Record<string, unknown>;
  const repeated = params.repeated as { more: number; listed: number } | undefined;
  if (repeated) {
    issue.message = repeatedRows[lang](repeated, w);
    return issue;
  }
  const entry = catalogue[issue.code as Code] as MessageEntry<object> | undefined;
  // An issue from an older snapshot may carry a code this version no longer has: its message stays.
  if (!entry) return issue;
  issue.message = entry[lang](params, w);
  if (entry.fix) issue.hint = entry.fix[lang](params, w);
  return issue;
}
