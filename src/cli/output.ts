/**
 * Where a command's output goes and in which format (xsv's conventions): `--format`, else the
 * extension of `-o FILE`, else a table. `-o -` is stdout. Files are written atomically; colour
 * only ever reaches a terminal; a binary workbook never does.
 */
import path from 'node:path';
import { Command, Option } from 'commander';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../render/format.js';
import type { TableView } from '../render/views.js';
import { renderTableJson, type DataTable } from '../render/data-tables.js';
import { renderDelimited } from '../render/csv.js';
import { UsageError } from './errors.js';
import { writeFileAtomic, writeStdout } from './io.js';
import { chooseChalk } from './color.js';

export const outputFormats = ['table', 'json', 'csv', 'tsv', 'md', 'xlsx', 'docx', 'html'] as const;
export type OutputFormat = (typeof outputFormats)[number];
export type ListFormat = Exclude<OutputFormat, 'xlsx' | 'docx' | 'html'>;
export const listFormats: readonly ListFormat[] = ['table', 'json', 'csv', 'tsv', 'md'];

export const formatByExtension: Record<string, OutputFormat> = { '.json': 'json', '.csv': 'csv', '.tsv': 'tsv', '.md': 'md', '.txt': 'table', '.xlsx': 'xlsx', '.docx': 'docx', '.html': 'html', '.htm': 'html' };

export interface OutputFlags {
  format?: OutputFormat;
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
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: from the extension of -o, else table)').choices(formats))
    .option('-o, --output <file>', 'write to this file instead of standard output; its extension (.json .csv .tsv .md .txt .xlsx .docx .html) chooses the format')
    .option('--bom', 'start CSV/TSV with a UTF-8 byte-order mark, for Excel')
    .addOption(new Option('--lang <lang>', 'language of labels in table and md output').choices(['vi', 'en']));
}

export function chooseDestination<F extends OutputFormat>(flags: OutputFlags, formats: readonly F[]): Destination<F> {
  const file = flags.output === undefined || flags.output === '-' ? null : flags.output;
  let format: OutputFormat = flags.format ?? 'table';
  if (!flags.format && file) {
    const ext = path.extname(file).toLowerCase();
    const fromExt = formatByExtension[ext];
    if (!fromExt) throw new UsageError(`-o ${file}: cannot tell the format from "${ext || 'no extension'}"; give --format (${formats.join(', ')})`);
    format = fromExt;
  }
  if (!formats.includes(format as F)) throw new UsageError(`${flags.format ? '--format' : `-o ${file}`}: this command does not write ${format} here (it writes ${formats.join(', ')})`);
  if ((format === 'xlsx' || format === 'docx') && file === null && process.stdout.isTTY) {
    const what = format === 'xlsx' ? 'workbook' : 'Word document';
    throw new UsageError(`refusing to write a binary ${what} to the terminal: give -o FILE.${format}, or redirect standard output to a file`);
  }
  return { format: format as F, file };
}

/** Colour for table output: never in a file, else decided once in color.ts. */
export function chalkFor(dest: Destination, flags: OutputFlags): Promise<ChalkInstance> {
  return chooseChalk(dest.file === null ? flags : { color: false }, process.stdout);
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
 * Renderers for people are loaded only when asked for: a CSV pipe does not pay for Handlebars,
 * Intl number formats or chalk (bench/RESULTS-startup.md).
 */
export async function renderList(dest: Destination<ListFormat>, flags: OutputFlags, lang: Lang, table: DataTable, view: () => Promise<TableView>): Promise<string> {
  switch (dest.format) {
    case 'csv':
    case 'tsv':
      return renderDelimited(table, dest.format, { bom: flags.bom === true });
    case 'json':
      return renderTableJson(table);
    case 'md': {
      const { markdownTable } = await import('../render/markdown.js');
      return `${markdownTable(await view(), lang)}\n`;
    }
    case 'table': {
      const { renderTextTable } = await import('../render/table.js');
      return renderTextTable(await view(), lang, await chalkFor(dest, flags));
    }
  }
}
