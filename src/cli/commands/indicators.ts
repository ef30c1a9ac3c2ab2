/** `indicators`: the indicators with target, actual and status, filtered by status or area. */
import { Command, Option } from 'commander';
import { withColumnsOption, parseColumns } from '../columns.js';
import { withVerbose } from '../listing-issues.js';
import { withInputOptions, runForSection, type InputFlags } from '../common.js';
import { withOutputOptions, chooseDestination, emit, renderList, listFormats, type OutputFlags } from '../output.js';
import { filterIndicators, indicatorStatusFilters, type IndicatorStatusFilter } from '../filters.js';
import { indicatorTable, indicatorColumns } from '../../render/data-tables.js';

interface IndicatorsFlags extends InputFlags, OutputFlags {
  status?: IndicatorStatusFilter;
  area?: string;
}

export function indicatorsCommand(): Command {
  const cmd = new Command('indicators').description('list the indicators: target, actual and whether each is met');
  withVerbose(withColumnsOption(withOutputOptions(withInputOptions(cmd), listFormats)))
    .addOption(new Option('--status <status>', 'only indicators that are met, not_met or not_reported').choices(indicatorStatusFilters))
    .option('--area <area>', 'only the indicators of this area (diacritics optional)')
    .action(async (inputs: string[], flags: IndicatorsFlags) => {
      const dest = chooseDestination(flags, listFormats);
      const columns = parseColumns(flags.columns, indicatorColumns);
      const run = await runForSection(inputs, flags, 'indicators');
      if (!run) return;
      const { result, section, lang } = run;
      const items = filterIndicators(section.items, { status: flags.status, area: flags.area });
      // People get the report's own indicators view (as on the workbook's sheet), of the same rows.
      const view = async () => (await import('../../render/views.js')).buildView({ ...result.summary, indicators: { ...section, items } }, 'indicators', lang)!;
      await emit(dest, await renderList(dest, flags, lang, indicatorTable(items), view, columns));
    });
  return cmd;
}
