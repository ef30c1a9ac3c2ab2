/**
 * `init [DIR]`: a config, the Markdown templates and the intake workbooks for departments.
 * It never overwrites: when any of its files exists, it names them, writes nothing and exits 2.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { initFiles, inputsFolder, formsFolder } from '../../init/index.js';
import { exists, writeFileAtomic, writeStdout } from '../io.js';
import { UsageError } from '../errors.js';
import { templatesDir } from '../templates.js';

export function initCommand(): Command {
  return new Command('init')
    .description('start a report folder: config, Markdown templates, and intake workbooks to send to departments')
    .argument('[dir]', 'folder to set up (created when missing)', '.')
    .action(async (dir: string) => {
      // A file where the folder should be (`init notes.txt`): said in one line, not an internal EEXIST.
      if ((await stat(dir).catch(() => null))?.isDirectory() === false) throw new UsageError(`${dir}: this is a file, not a folder; name a folder for init to set up (it is created when missing)`);
      const templates: Record<string, string> = {};
      for (const name of (await readdir(templatesDir)).filter((n) => n.endsWith('.md.hbs')).sort()) templates[name] = await readFile(path.join(templatesDir, name), 'utf8');
      // The workbooks carry a fixed date: init's output does not depend on the day it ran.
      const files = await initFiles(templates, new Date(Date.UTC(2024, 0, 1)));
      const existing: string[] = [];
      for (const f of files) if (await exists(path.join(dir, f.path))) existing.push(path.join(dir, f.path));
      if (existing.length > 0) throw new UsageError(`nothing written: these files exist already and are never overwritten: ${existing.join(', ')}`);
      for (const f of files) await writeFileAtomic(path.join(dir, f.path), f.content);
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
