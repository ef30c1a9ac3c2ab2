/**
 * A problem found in a user's file. Issues are data: readers and interpreters collect them and
 * go on; only bugs and I/O failures throw. The location is kept in fields (never baked into
 * `message`) so every output can render it its own way.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. `bad-status`, `no-kind`, `total-mismatch`. */
  code: string;
  /** Path of the input as the user named it (relative where possible). */
  file: string;
  /** Worksheet name; absent for CSV/TSV. */
  sheet?: string;
  /** 1-based row as Excel shows it (for CSV: the record number). */
  row?: number;
  /** Column letter as Excel shows it (A, B, …, AA). */
  column?: string;
  message: string;
  /** The offending cell text, when there is one. */
  value?: string;
  /** What to change. */
  hint?: string;
  /** The message's parameters (see src/i18n/messages.ts), as data: the message is written from them. */
  params?: object;
}

/** Why a value or a table could not be read, as data; src/i18n/reasons.ts writes it in a language. */
export interface ReasonData {
  key: string;
  params: object;
}

/** Where a value came from; every record carries one. */
export interface SourceRef {
  file: string;
  sheet?: string;
  row: number;
}

/** `file:sheet!F14` (xlsx) or `file:F14` (CSV), the address a clerk can type into Excel. */
export function formatLocation(issue: Pick<Issue, 'file' | 'sheet' | 'row' | 'column'>): string {
  if (issue.row === undefined) return issue.sheet !== undefined ? `${issue.file}:${issue.sheet}` : issue.file;
  if (issue.sheet === undefined) return `${issue.file}:${issue.column ?? ''}${issue.row}`;
  // A whole row of a workbook is `14:14`, as Excel writes it (its Name Box goes there); `Sheet!14` is no address.
  return `${issue.file}:${issue.sheet}!${issue.column !== undefined ? `${issue.column}${issue.row}` : `${issue.row}:${issue.row}`}`;
}

/** One line per issue: `file:sheet!F14: error bad-status: message (hint)`. */
export function formatIssue(issue: Issue): string {
  const hint = issue.hint ? ` — ${issue.hint}` : '';
  return `${formatLocation(issue)}: ${issue.severity} ${issue.code}: ${issue.message}${hint}`;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by file, sheet, row, column, then severity. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.sheet ?? '', b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? '').length - (b.column ?? '').length ||
    cmp(a.column ?? '', b.column ?? '') ||
    severityRank[a.severity] - severityRank[b.severity] ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
