/**
 * Record exports counted by the streaming reader (read/stream/, counted by this folder) join the other tables' records:
 * their stats, their issues, and a line in the table report that `validate` prints.
 */
import type { IsoDate } from '../../model/records.js';
import type { StreamedRecords } from '../../model/record-counts.js';
import type { Interpretation } from '../index.js';

/** `asOf`: the day the records were counted up to. */
export function adoptStreamedRecords(into: Interpretation, streamed: readonly StreamedRecords[], asOf: IsoDate): void {
  if (streamed.length === 0) return;
  const { records } = into;
  for (const s of streamed) {
    records.dossiers.push(...s.stats);
    into.issues.push(...s.issues);
    const report: Interpretation['tables'][number] = {
      file: s.file,
      hidden: false,
      kind: 'dossiers',
      rowsRead: s.rowsRead,
      rowsCounted: s.rowsCounted,
      rowsRejected: s.rowsRejected,
      // Records outside the reporting window are recognised as such (and summed up in a note).
      rowsRecognised: s.rowsOutside,
      recognised: { title: 0, header: 0, numbering: 0, section: 0, total: 0, footer: 0, blank: 0, outside: s.rowsOutside },
    };
    if (s.sheet !== undefined) report.sheet = s.sheet;
    into.tables.push(report);
  }
  // A record export states no date of its own: its section takes the report's as-of (SPEC §3).
  records.kindsSeen.add('dossiers');
}
