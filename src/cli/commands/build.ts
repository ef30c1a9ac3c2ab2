/** `build`: the meeting reports (xlsx, md, json) written atomically into --out. */
import path from 'node:path';
import { Command, Option } from 'commander';
import { runPipeline } from '../pipeline.js';
import { withInputOptions, pipelineOptions, reportIssues, exitCodeFor, type InputFlags } from '../common.js';
import { writeFileAtomic, writeStdout, writeStderr } from '../io.js';
import { UsageError } from '../errors.js';
import { chooseChalk } from '../color.js';
import { renderJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderTerminal } from '../../render/terminal.js';
import { loadTemplate } from '../templates.js';
import type { Lang } from '../../render/format.js';

const buildFormats = ['xlsx', 'md', 'json'] as const;
type BuildFormat = (typeof buildFormats)[number];

interface BuildFlags extends InputFlags {
  out?: string;
  lang?: Lang;
  format?: string;
  template?: string;
}

export function buildCommand(): Command {
  const cmd = new Command('build').description('build the meeting reports: Excel workbook, Markdown brief and JSON snapshot');
  withInputOptions(cmd)
    .option('-o, --out <dir>', 'output folder (default: ./out, or "out" of the config)')
    .addOption(new Option('--lang <lang>', 'report language').choices(['vi', 'en']))
    .option('--format <list>', 'which files to write, comma-separated', buildFormats.join(','))
    .option('--template <file>', 'Markdown template to use instead of the shipped one')
    .action(async (inputs: string[], flags: BuildFlags) => {
      const formats = parseFormats(flags.format ?? buildFormats.join(','));
      const result = await runPipeline(pipelineOptions(inputs, flags));
      reportIssues(result.summary.issues.items, flags.quiet === true);
      const code = exitCodeFor(result, flags.lenient === true);
      if (code !== 0) {
        writeStderr(code === 2 ? 'reform-report: nothing written: a file could not be read (see above)' : 'reform-report: nothing written: the data has errors (see above); fix them, or use --lenient to write the reports anyway');
        process.exitCode = code;
        return;
      }
      const lang: Lang = flags.lang ?? result.config.lang ?? 'vi';
      const outDir = flags.out ?? (result.config.out ? path.resolve(result.config.baseDir, result.config.out) : 'out');
      const base = path.join(outDir, `reform-report-${result.summary.asOf}`);
      const written: string[] = [];
      for (const format of formats) {
        const file = `${base}.${format}`;
        try {
          await writeFileAtomic(file, await renderFormat(format, result.summary, lang, flags.template));
        } catch (err) {
          if (err instanceof UsageError) throw err;
          throw new UsageError(`${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check that the folder exists and may be written`);
        }
        written.push(file);
      }
      if (!flags.quiet) {
        await writeStdout(renderTerminal(result.summary, lang, chooseChalk(flags, process.stdout)));
        await writeStdout(written.map((f) => `→ ${f}\n`).join(''));
      }
    });
  return cmd;
}

async function renderFormat(format: BuildFormat, summary: Parameters<typeof renderJson>[0], lang: Lang, template: string | undefined): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return renderJson(summary);
    case 'md':
      return renderMarkdown(summary, { lang, template: await loadTemplate(lang, template) });
    case 'xlsx': {
      const { renderXlsx } = await import('../../render/xlsx/index.js');
      return renderXlsx(summary, { lang });
    }
  }
}

function parseFormats(list: string): BuildFormat[] {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (!buildFormats.includes(f as BuildFormat)) throw new UsageError(`--format: unknown format "${f}" (choose from ${buildFormats.join(', ')})`);
  return formats as BuildFormat[];
}

