/**
 * What `--unit` was given to (issue 18, point 4): the files that name no unit, said in one
 * information line; and an error when those files plainly come from different bodies — their
 * Decree-30 heads name different issuing bodies — since one unit cannot have issued them all.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { fold } from '../model/text.js';

export interface GivenFile {
  file: string;
  /** The last line of the file's head as written, null when it has none. */
  head: string | null;
}

export function unitOptionIssues(unit: string, given: readonly GivenFile[]): Issue[] {
  const files = [...new Map(given.map((g) => [g.file, g])).values()];
  if (files.length === 0) return [];
  const where = { file: files.length === 1 ? files[0]!.file : '(inputs)' };
  const headed = files.filter((f): f is GivenFile & { head: string } => f.head !== null);
  if (new Set(headed.map((f) => fold(f.head))).size > 1) return [issue('unit-option-mixed', where, { unit, files: headed.map((f) => ({ file: f.file, head: f.head })) })];
  return [issue('unit-option-given', where, { unit, files: files.map((f) => f.file) })];
}
