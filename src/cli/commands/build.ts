/** `build`: the meeting reports (xlsx, md, json, docx, html) written atomically into --out. */
import path from 'node:path';
import { Command, Option } from 'commander';
import { runPipeline, type PipelineResult } from '../pipeline.js';
import { loadConfig } from '../config.js';
import { type Config } from '../../model/config.js';
import { withInputOptions, pipelineOptions, reportIssues, exitCodeFor, withFailOn, parseFailOn, failOnReason, type InputFlags } from '../common.js';
import { writeStdout, writeStderr } from '../io.js';
import { mixedSetIssue, runIdOf, writeSet } from '../output-set.js';
import { exitCodes, say, usageError } from '../errors.js';
import { chooseChalk } from '../color.js';
import { receiptsLine } from '../../render/receipts.js';
import { renderers, reportFormats, briefKinds, type BriefKind, type FormatName } from '../../render/index.js';
import { renderOptionsFor, terminalWidth } from '../output.js';
import { flagDefaults, withDefault } from '../defaults.js';
import { inLanguage } from '../../i18n/issues.js';
import { findPrevious, mergeSnapshotFiles, snapshotsIn } from '../snapshots.js';
import { compareSnapshots } from '../../compute/compare.js';
import { renderCompletionSvg } from '../../render/svg.js';
import type { Summary } from '../../model/summary.js';
import { formatIssue } from '../../model/issue.js';
import type { Lang } from '../../model/lang.js';

const buildFormats = reportFormats;

interface BuildFlags extends InputFlags {
  out?: string;
  lang?: Lang;
  format?: string;
  template?: string;
  failOn?: string;
  previous?: string;
  brief?: BriefKind;
  fromSnapshots?: string;
}

export function buildCommand(): Command {
  const cmd = new Command('build').description('build the meeting reports: Excel workbook, Markdown brief, JSON snapshot, Word report and HTML dashboard');
  withFailOn(withInputOptions(cmd))
    .option('-o, --out <dir>', withDefault('output folder', 'out'))
    .addOption(new Option('--lang <lang>', withDefault('report language', 'lang')).choices(['vi', 'en']))
    .option('--format <list>', withDefault('which files to write, comma-separated', 'buildFormats'))
    .option('--template <file>', 'Markdown template to use instead of the shipped one')
    .addOption(new Option('--brief <kind>', "the Word report in full, or the chairman's one-page version").choices(briefKinds).default('full'))
    .option('--previous <snapshot>', withDefault('compare with this earlier JSON snapshot', 'previous'))
    .option('--from-snapshots <dir>', 'render the merged report of the JSON snapshots in this folder (one per province or commune, of one date) instead of reading inputs')
    .action(async (inputs: string[], flags: BuildFlags) => {
      const formats = parseFormats(flags.format ?? flagDefaults.buildFormats.value.join(','));
      const failOn = parseFailOn(flags.failOn);
      const result = flags.fromSnapshots !== undefined ? await fromSnapshots(flags.fromSnapshots, inputs, flags) : await runPipeline(pipelineOptions(inputs, flags));
      const lang: Lang = flags.lang ?? result.config.lang ?? flagDefaults.lang.value;
      const reason = failOnReason(result.summary, failOn, lang);
      if (flags.fromSnapshots === undefined) {
        reportIssues(result.summary.issues.items, flags.quiet === true, { line: receiptsLine(result.summary, flags.lang ?? result.config.lang ?? flagDefaults.lang.value), force: reason !== null });
        const code = exitCodeFor(result as PipelineResult, flags.lenient === true);
        if (code !== 0) {
          writeStderr(say('nothing-written', { why: code === exitCodes.usage ? 'unreadable' : 'data-errors' }, lang));
          process.exitCode = code;
          return;
        }
      }
      const outDir = flags.out ?? (result.config.out ? path.resolve(result.config.baseDir, result.config.out) : flagDefaults.out.value);
      // The merged snapshot written beside the provinces' would be merged in again on the next run.
      if (flags.fromSnapshots !== undefined && path.resolve(outDir) === path.resolve(flags.fromSnapshots)) throw usageError('snapshots-folder', { dir: outDir, problem: 'is-out' });
      const base = path.join(outDir, `reform-report-${result.summary.asOf}`);
      const previous = await findPrevious(flags.previous, outDir, result.summary.asOf);
      if (previous && 'warning' in previous && !flags.quiet) writeStderr(formatIssue(inLanguage(previous.warning, lang)));
      const compared: Summary = previous && 'snapshot' in previous ? { ...result.summary, comparison: compareSnapshots(result.summary, previous.snapshot) } : result.summary;
      // One run id in every file of the set: a hash of the snapshot, so reruns stay byte-identical.
      const summary: Summary = { ...compared, runId: await runIdOf(String(await renderers.json.render(compared, { lang }))) };
      // The brief's chart is a picture beside it, so that any Markdown viewer shows it.
      const svg = formats.includes('md') ? renderCompletionSvg(summary, lang) : null;
      const chart = svg ? `${path.basename(base)}.svg` : null;
      const outputs: { file: string; data: string | Uint8Array }[] = [];
      for (const format of [...formats, ...(svg ? (['svg'] as const) : [])]) {
        const file = `${base}.${format === 'svg' ? 'svg' : renderers[format].extension}`;
        const data = format === 'svg' ? svg! : await renderers[format].render(summary, await renderOptionsFor(format, {}, { lang, config: result.config, template: flags.template, chart, brief: flags.brief }));
        outputs.push({ file, data });
      }
      const mixed = await mixedSetIssue(outputs.map((o) => o.file));
      if (mixed) writeStderr(formatIssue(inLanguage(mixed, lang)));
      try {
        await writeSet(outputs);
      } catch (err) {
        throw usageError('cannot-write', { file: outDir, what: 'reports', cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
      }
      const written = outputs.map((o) => o.file);
      if (reason) process.exitCode = exitCodes.dataErrors;
      if (!flags.quiet) {
        await writeStdout(await renderers.table.render(summary, { lang, chalk: await chooseChalk(flags, process.stdout), width: terminalWidth({ format: 'table', file: null }) }));
        await writeStdout(written.map((f) => `→ ${f}\n`).join(''));
      }
      // The reports are written either way: the alert is about the plan, not the files.
      if (reason) writeStderr(reason);
    });
  return cmd;
}

/** The merged report of a folder of snapshots; the config (if any) gives its title, language and output folder. */
async function fromSnapshots(dir: string, inputs: readonly string[], flags: BuildFlags): Promise<{ summary: Summary; config: Config }> {
  if (inputs.length > 0) throw usageError('snapshots-folder', { dir, problem: 'with-inputs', inputs });
  const config = await loadConfig(flags.config, process.cwd());
  const summary = await mergeSnapshotFiles(await snapshotsIn(dir), {
    ...(config.title ? { title: config.title } : {}),
    ...(config.organization ? { organization: config.organization } : {}),
    ...(config.place ? { place: config.place } : {}),
    ...(config.thresholds ? { thresholds: config.thresholds } : {}),
  });
  return { summary, config };
}

function parseFormats(list: string): FormatName[] {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (!buildFormats.includes(f as FormatName)) throw usageError('usage-flag', { kind: 'invalid-choice', name: '--format', value: f, choices: [...buildFormats] });
  return formats as FormatName[];
}

