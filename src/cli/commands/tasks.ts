/** `tasks`: the task list, filtered by status, unit or area, in any list format. */
import { Command, Option } from 'commander';
import { withColumnsOption, parseColumns } from '../columns.js';
import { withVerbose } from '../listing-issues.js';
import { withInputOptions, runForSection, type InputFlags } from '../common.js';
import { withOutputOptions, chooseDestination, emit, renderList, listFormats, type OutputFlags } from '../output.js';
import { filterTasks, taskStatusFilters, type TaskStatusFilter } from '../filters.js';
import { taskTable, taskColumns } from '../../render/data-tables.js';

interface TasksFlags extends InputFlags, OutputFlags {
  status?: TaskStatusFilter;
  area?: string;
}

export function tasksCommand(): Command {
  const cmd = new Command('tasks').description('list the tasks: every field in CSV/TSV/JSON, the report columns in table and md');
  withVerbose(withColumnsOption(withOutputOptions(withInputOptions(cmd, 'only the tasks this unit leads (a name, code or alias); also the lead of files that have no lead column'), listFormats)))
    .addOption(new Option('--status <status>', 'only tasks that are overdue, open (not done, not cancelled), done, late (done after the deadline) or not_reported').choices(taskStatusFilters))
    .option('--area <area>', 'only the tasks of this area (section number and diacritics optional)')
    .action(async (inputs: string[], flags: TasksFlags) => {
      const dest = chooseDestination(flags, listFormats);
      const columns = parseColumns(flags.columns, taskColumns);
      const run = await runForSection(inputs, flags, 'tasks');
      if (!run) return;
      const { result, section, lang } = run;
      const items = filterTasks(section.items, { status: flags.status, unit: flags.unit, area: flags.area }, result.units);
      // People get the report's own tasks view (as on the workbook's sheet), of the same rows.
      const view = async () => (await import('../../render/views.js')).buildView({ ...result.summary, tasks: { ...section, items } }, 'tasks', lang)!;
      await emit(dest, await renderList(dest, flags, lang, taskTable(items), view, columns));
    });
  return cmd;
}
