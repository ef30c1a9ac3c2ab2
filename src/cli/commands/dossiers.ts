/** `dossiers`: administrative-procedure dossier counts per unit, filtered by unit or level. */
import { Command, Option } from 'commander';
import { withColumnsOption, parseColumns } from '../columns.js';
import { withVerbose } from '../listing-issues.js';
import { withInputOptions, runForSection, type InputFlags } from '../common.js';
import { withOutputOptions, chooseDestination, emit, renderList, listFormats, type OutputFlags } from '../output.js';
import { filterDossierUnits } from '../filters.js';
import { dossierUnitTable, dossierUnitColumns, labelledView } from '../../render/data-tables.js';
import { levelOrder, type LevelId } from '../../model/records.js';

interface DossiersFlags extends InputFlags, OutputFlags {
  level?: LevelId;
}

export function dossiersCommand(): Command {
  const cmd = new Command('dossiers').description('list the dossier counts per unit: received, resolved (on time, late), pending, online, paid online');
  withVerbose(withColumnsOption(withOutputOptions(withInputOptions(cmd, 'only this unit (a name, code or alias); also the unit of files that have no unit column'), listFormats)))
    // Checked once the config is read: it may add levels (the public-service centre).
    .addOption(new Option('--level <level>', 'only the units of this level: province, district, commune, or one the config adds'))
    .action(async (inputs: string[], flags: DossiersFlags) => {
      const dest = chooseDestination(flags, listFormats);
      const columns = parseColumns(flags.columns, dossierUnitColumns);
      const run = await runForSection(inputs, flags, 'dossiers');
      if (!run) return;
      const { result, section, lang } = run;
      const rows = filterDossierUnits(section.byUnit, { unit: flags.unit, level: flags.level }, result.units, levelOrder(section.levels));
      const table = dossierUnitTable(rows);
      await emit(dest, await renderList(dest, flags, lang, table, async () => labelledView(table, 'dossiers', lang, section.levels), columns, section.levels));
    });
  return cmd;
}
