/**
 * What the listing commands (summary, tasks, indicators, dossiers) say on stderr: every error
 * and announced information line, and the warnings as one line counting them — a list read in a terminal should not scroll
 * away under forty warnings that `validate` lists with their cells. `--verbose` prints them all;
 * `--quiet` keeps its rules (shown-issues.ts: information lines hidden, and notes about
 * tables without data).
 */
import type { Command } from 'commander';
import type { Issue } from '../model/issue.js';
import { formatIssue } from '../model/issue.js';
import type { Lang } from '../model/lang.js';
import { labels } from '../i18n/index.js';
import { formatInteger } from '../i18n/words.js';
import { shownIssues } from './shown-issues.js';
import { writeStderr } from './io.js';

export function withVerbose(cmd: Command): Command {
  return cmd.option('--verbose', 'print every warning on stderr, not only how many there are');
}

export function reportListingIssues(issues: readonly Issue[], flags: { quiet?: boolean; verbose?: boolean }, lang: Lang): void {
  const shown = shownIssues(issues, flags.quiet === true);
  const warnings = shown.filter((i) => i.severity === 'warning');
  for (const issue of shown) if (issue.severity !== 'warning' || flags.verbose === true) writeStderr(formatIssue(issue));
  if (warnings.length > 0 && flags.verbose !== true) writeStderr(`reform-report: ${labels[lang].words.warningsElsewhere(warnings.length, formatInteger(warnings.length, lang))}`);
}
