/** `merge`: snapshots of several provinces (or communes) into one snapshot (counts added, rates recomputed). */
import { Command } from 'commander';
import { mergeSnapshotFiles } from '../snapshots.js';
import { writeFileAtomic, writeStdout } from '../io.js';
import { renderJson } from '../../render/json.js';
import { usageError } from '../errors.js';
import { flagDefaults, withDefault } from '../defaults.js';

interface MergeFlags {
  output?: string;
  title?: string;
  organization?: string;
}

export function mergeCommand(): Command {
  return new Command('merge')
    .description('merge JSON snapshots (of provinces, or of communes) into one: counts add, rates are recomputed, each unit keeps its province')
    .argument('<snapshots...>', 'JSON snapshots written by build (reform-report-<date>.json), all of one date and period')
    .option('-o, --output <file>', withDefault('write the merged snapshot here; - for standard output', 'mergeOutput'))
    .option('--title <text>', withDefault('title of the merged report', 'mergeTitle'))
    .option('--organization <text>', 'the body the merged report is from (e.g. a region)')
    .action(async (files: string[], flags: MergeFlags) => {
      const summary = await mergeSnapshotFiles(files, { ...(flags.title ? { title: flags.title } : {}), ...(flags.organization ? { organization: flags.organization } : {}) });
      const json = renderJson(summary);
      const output = flags.output ?? flagDefaults.mergeOutput.value;
      if (output === '-') {
        await writeStdout(json);
        return;
      }
      try {
        await writeFileAtomic(output, json);
      } catch (err) {
        throw usageError('cannot-write', { file: output, what: 'file', cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
      }
    });
}
