/**
 * Where a command's output goes and in which format (xsv's conventions): `--format`, else the
 * extension of `-o FILE`, else a table. `-o -` is stdout. Files are written atomically; colour
 * only ever reaches a terminal; a binary format never does. The formats are render/index.ts's.
 */
import path from 'node:path';
import { Command, Option } from 'commander';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../model/lang.js';
import type { Summary } from '../model/summary.js';
import type { LevelDef } from '../model/records.js';
import type { TableView } from '../render/views.js';
import type { DataTable } from '../render/data-tables.js';
import { formatNames, listFormatNames, listRenderers, renderers, type BriefKind, type FormatName, type ListFormatName, type RenderOptions } from '../render/index.js';
import { UsageError } from './errors.js';
import { writeFileAtomic, writeStdout } from './io.js';
import { chooseChalk } from './color.js';
import { loadTemplate } from './templates.js';
import type { Config } from '../model/config.js';
import { pickColumns } from './columns.js';
import { flagDefaults, withDefault } from './defaults.js';

export const outputFormats: readonly FormatName[] = formatNames;
export type OutputFormat = FormatName;
export type ListFormat = ListFormatName;
export const listFormats: readonly ListFormat[] = listFormatNames;

/** `-o FILE`: the format its extension names (`.txt` is the terminal table). */
export const formatByExtension: Record<string, OutputFormat> = { ...Object.fromEntries(formatNames.map((f) => [`.${renderers[f].extension}`, f])), '.htm': 'html' };

export interface OutputFlags {
  format?: OutputFormat;
  /** `--columns a,b,c` (list outputs only: cli/columns.ts). */
  columns?: string;
  output?: string;
  bom?: boolean;
  lang?: Lang;
  color?: boolean;
}

export interface Destination<F extends OutputFormat = OutputFormat> {
  format: F;
  /** null = standard output. */
  file: string | null;
}

export function withOutputOptions(cmd: Command, formats: readonly OutputFormat[]): Command {
  const extensions = formats.map((f) => `.${renderers[f].extension}`).join(' ');
  return cmd
    .addOption(new Option('-f, --format <format>', withDefault('output format', 'format')).choices(formats))
    .option('-o, --output <file>', `write to this file instead of standard output; its extension (${extensions}) chooses the format`)
    .option('--bom', 'start CSV/TSV with a UTF-8 byte-order mark, for Excel')
    .addOption(new Option('--lang <lang>', withDefault('language of labels in table and md output', 'lang')).choices(['vi', 'en']));
}

export function chooseDestination<F extends OutputFormat>(flags: OutputFlags, formats: readonly F[]): Destination<F> {
  const file = flags.output === undefined || flags.output === '-' ? null : flags.output;
  let format: OutputFormat = flags.format ?? flagDefaults.format.value;
  if (!flags.format && file) {
    const ext = path.extname(file).toLowerCase();
    const fromExt = formatByExtension[ext];
    if (!fromExt) throw new UsageError(`-o ${file}: cannot tell the format from "${ext || 'no extension'}"; give --format (${formats.join(', ')})`);
    format = fromExt;
  }
  if (!formats.includes(format as F)) throw new UsageError(`${flags.format ? '--format' : `-o ${file}`}: this command does not write ${format} here (it writes ${formats.join(', ')})`);
  if (renderers[format].binary && file === null && process.stdout.isTTY) {
    throw new UsageError(`refusing to write a binary ${renderers[format].what} to the terminal: give -o FILE.${renderers[format].extension}, or redirect standard output to a file`);
  }
  return { format: format as F, file };
}

/** Colour for table output: never in a file, else decided once in color.ts. */
export function chalkFor(dest: Destination, flags: OutputFlags): Promise<ChalkInstance> {
  return chooseChalk(dest.file === null ? flags : { color: false }, process.stdout);
}

/** The width to fit a table to: the terminal's, when it is shown on one; a pipe or a file gets the plain table. */
export function terminalWidth(dest: Destination): number | undefined {
  return dest.file === null && process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined;
}

/** What the renderers take from the config, the flags and the files beside: everything but the colours and the template. */
export interface RenderBase {
  lang: Lang;
  config: Pick<Config, 'thresholds' | 'signature' | 'onlineRateTarget'>;
  /** `--template FILE` (md). */
  template?: string | undefined;
  /** The chart beside the brief (md). */
  chart?: string | null;
  brief?: BriefKind | undefined;
  dest?: Destination;
}

/** What a renderer of `format` needs that only the CLI can give: the template's text, the colours. */
export async function renderOptionsFor(format: OutputFormat, flags: OutputFlags, base: RenderBase): Promise<RenderOptions> {
  const { config } = base;
  const options: RenderOptions = {
    lang: base.lang,
    thresholds: config.thresholds,
    signature: config.signature,
    onlineRateTarget: config.onlineRateTarget ?? null,
    brief: base.brief,
    bom: flags.bom === true,
    chart: base.chart ?? null,
  };
  if (format === 'md') options.template = await loadTemplate(base.lang, base.template);
  if (format === 'table') {
    options.chalk = await (base.dest ? chalkFor(base.dest, flags) : chooseChalk(flags, process.stdout));
    options.width = terminalWidth(base.dest ?? { format, file: null });
  }
  return options;
}

/** The summary in the destination's format. */
export async function renderSummaryTo(dest: Destination, flags: OutputFlags, summary: Summary, base: RenderBase): Promise<string | Uint8Array> {
  return renderers[dest.format].render(summary, await renderOptionsFor(dest.format, flags, { ...base, dest }));
}

export async function emit(dest: Destination, content: string | Uint8Array): Promise<void> {
  if (dest.file === null) return writeStdout(content);
  try {
    await writeFileAtomic(dest.file, content);
  } catch (err) {
    throw new UsageError(`${dest.file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/**
 * A list in any list format: machines get the data table (CSV, TSV, JSON), people get a view
 * with labels in the report language (Markdown, terminal). Both come from the same rows.
 */
export async function renderList(dest: Destination<ListFormat>, flags: OutputFlags, lang: Lang, table: DataTable, view: () => Promise<TableView>, columns?: readonly string[], levels?: readonly LevelDef[]): Promise<string> {
  const options: RenderOptions = { lang, bom: flags.bom === true };
  if (dest.format === 'table') {
    options.chalk = await chalkFor(dest, flags);
    options.width = terminalWidth(dest);
  }
  if (columns === undefined) return listRenderers[dest.format].render(table, view, options);
  // Columns picked by name: people get exactly those, labelled, not the report's own view.
  const picked = pickColumns(table, columns);
  return listRenderers[dest.format].render(picked, async () => (await import('../render/data-tables.js')).labelledView(picked, 'list', lang, levels), options);
}
