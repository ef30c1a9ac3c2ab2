/**
 * `init [DIR]`: a config, the Markdown templates and the intake workbooks for departments.
 * It never overwrites: when any of its files exists, it names them, writes nothing and exits 2.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { initFiles, inputsFolder, formsFolder, type InitFile } from '../../init/index.js';
import { planIntakeFiles } from '../../init/plan.js';
import { UnitDirectory } from '../../interpret/index.js';
import { fileErrorCodes } from '../../read/inputs.js';
import { inLanguage } from '../../i18n/issues.js';
import { defaultLang } from '../../model/lang.js';
import { loadConfig } from '../config.js';
import { readPlan } from '../pipeline.js';
import { reportIssues } from '../common.js';
import { exists, writeFileAtomic, writeStdout, writeStderr } from '../io.js';
import { exitCodes, say, usageError } from '../errors.js';
import { templatesDir } from '../templates.js';
import { withDefault } from '../defaults.js';

export function initCommand(): Command {
  return new Command('init')
    .description('start a report folder: config, Markdown templates, and intake workbooks to send to departments')
    .argument('[dir]', 'folder to set up (created when missing)', '.')
    .option('--plan <file>', "instead: one intake workbook per lead unit of this plan's task list, its tasks written in")
    .option('--config <file>', withDefault('with --plan: the config whose units name the leads', 'initConfig'))
    .action(async (dir: string, flags: { plan?: string; config?: string }) => {
      // A file where the folder should be (`init notes.txt`): said in one line, not an internal EEXIST.
      if ((await stat(dir).catch(() => null))?.isDirectory() === false) throw usageError('init-not-folder', { dir });
      if (flags.plan !== undefined) return initFromPlan(flags.plan, dir, flags.config);
      const templates: Record<string, string> = {};
      for (const name of (await readdir(templatesDir)).filter((n) => n.endsWith('.md.hbs')).sort()) templates[name] = await readFile(path.join(templatesDir, name), 'utf8');
      // The workbooks carry a fixed date: init's output does not depend on the day it ran.
      const files = await initFiles(templates, new Date(Date.UTC(2024, 0, 1)));
      await writeNew(dir, files);
      await mkdir(path.join(dir, inputsFolder), { recursive: true });
      await writeStdout(
        [
          ...files.map((f) => `→ ${path.join(dir, f.path)}`),
          '',
          `1. Điền "organization", "place", "units" và "expectedUnits" trong ${path.join(dir, 'reform-report.config.json')}.`,
          `2. Gửi các biểu mẫu trong ${path.join(dir, formsFolder)} cho các đơn vị; đặt các tệp đơn vị gửi lại vào ${path.join(dir, inputsFolder)}.`,
          `3. Chạy: reform-report build --config ${path.join(dir, 'reform-report.config.json')}  (mẫu báo cáo riêng: --template ${path.join(dir, 'templates', 'brief.vi.md.hbs')})`,
          '',
        ].join('\n'),
      );
    });
}

async function writeNew(dir: string, files: readonly InitFile[]): Promise<void> {
  const existing: string[] = [];
  for (const f of files) if (await exists(path.join(dir, f.path))) existing.push(path.join(dir, f.path));
  if (existing.length > 0) throw usageError('nothing-written', { why: 'files-exist', files: existing });
  for (const f of files) await writeFileAtomic(path.join(dir, f.path), f.content);
}

/** The plan is read as a build reads it; with an error in it, nothing is written (a form with a wrong task would travel). */
async function initFromPlan(plan: string, dir: string, configFile: string | undefined): Promise<void> {
  const cwd = process.cwd();
  const config = await loadConfig(configFile, cwd);
  const units = new UnitDirectory(config.units ?? []);
  const read = await readPlan(plan, { lenient: false, units, strictUnits: config.strictUnits === true });
  const lang = config.lang ?? defaultLang;
  reportIssues(read.issues.map((i) => inLanguage(i, lang)), false);
  if (read.issues.some((i) => i.severity === 'error')) {
    process.exitCode = read.issues.some((i) => fileErrorCodes.has(i.code)) ? exitCodes.usage : exitCodes.dataErrors;
    writeStderr(say('nothing-written', { why: 'plan-errors' }, lang));
    return;
  }
  const files = await planIntakeFiles(read.tasks, new Date(Date.UTC(2024, 0, 1)));
  await mkdir(dir, { recursive: true });
  await writeNew(dir, files);
  await writeStdout([...files.map((f) => `→ ${path.join(dir, f.path)}`), ''].join('\n'));
}
