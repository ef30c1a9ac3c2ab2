/** Which issues a command shows on stderr, under --quiet or not (SPEC §4.6). */
import type { Issue } from '../model/issue.js';

/**
 * Warnings that say data was not counted, or counted under another name or date: `--quiet`
 * never hides them (SPEC §4.6); it hides the notes about tables that hold no data.
 */
const uncountedDataWarnings = new Set(['unit-unknown', 'stale-data', 'asof-differs', 'missing-lead', 'duplicate-unit', 'period-mismatch', 'lost-letters']);

/** Information lines worth a line on stderr: what --unit was given to (the others are for `validate` and the receipts). */
const announcedInfo = new Set(['unit-option-given']);

/** The issues a command shows on stderr: the announced information lines unless --quiet; under --quiet, errors and warnings about data not counted. */
export function shownIssues(issues: readonly Issue[], quiet: boolean): Issue[] {
  return issues.filter((i) => (i.severity === 'info' ? !quiet && announcedInfo.has(i.code) : !quiet || i.severity === 'error' || uncountedDataWarnings.has(i.code)));
}
