/**
 * render: Summary → string | Uint8Array. One renderer per output format, all with one
 * signature, in one registry; each is loaded only when asked for (a CSV pipe does not pay for
 * exceljs, Handlebars or chalk: bench/RESULTS-startup.md). Renderers lay out what compute
 * decided; they return, and the CLI writes.
 *
 * To add a format: one module that renders, and one line below. The registry is typed with
 * `satisfies Record<FormatName, Renderer>`, so a format named but not rendered fails to compile;
 * `build` writes every format marked `report` as `reform-report-<asOf>.<extension>`, `-o FILE`
 * picks a format by its extension, and a `binary` format never goes to a terminal.
 */
import type { ChalkInstance } from 'chalk';
import type { Summary } from '../model/summary.js';
import type { Lang } from '../model/lang.js';
import type { Thresholds, SignatureBlock } from '../model/config.js';
import type { DataTable } from './data-tables.js';
import type { TableView } from './views.js';

export interface RenderOptions {
  lang: Lang;
  /** Colour thresholds of the config (xlsx fills). */
  thresholds?: Thresholds | undefined;
  /** md: the Handlebars template's text (the CLI reads it: cli/templates.ts). */
  template?: string | undefined;
  /** md: file name of the chart picture written beside the brief, or null for none. */
  chart?: string | null | undefined;
  /** table: the colours, decided once at the edge (cli/color.ts); none when absent. */
  chalk?: ChalkInstance | undefined;
  /** table: the terminal's width in characters, to fit; none for a pipe or a file. */
  width?: number | undefined;
  /** csv, tsv: start with a UTF-8 byte-order mark, so that Excel reads Vietnamese letters. */
  bom?: boolean | undefined;
  /** docx: the full report, or the chairman's one-page version. */
  brief?: BriefKind | undefined;
  /** docx: the signature block of the config. */
  signature?: SignatureBlock | undefined;
  /** html: the online-rate target of the config, drawn on the gauge. */
  onlineRateTarget?: number | null | undefined;
}

export const briefKinds = ['full', 'short'] as const;
export type BriefKind = (typeof briefKinds)[number];

export type Rendered = string | Uint8Array;

export interface Renderer {
  /** File name extension, without the dot. */
  extension: string;
  /** What the file is, in the CLI's words (`refusing to write a binary workbook to the terminal`). */
  what: string;
  /** Bytes, not text: never written to a terminal. */
  binary: boolean;
  /** One of the files `build` writes. */
  report: boolean;
  render(summary: Summary, options: RenderOptions): Promise<Rendered>;
}

export type FormatName = 'xlsx' | 'md' | 'json' | 'docx' | 'html' | 'csv' | 'tsv' | 'table';

async function plainChalk(options: RenderOptions): Promise<ChalkInstance> {
  return options.chalk ?? new (await import('chalk')).Chalk({ level: 0 });
}

async function delimited(summary: Summary, format: 'csv' | 'tsv', options: RenderOptions): Promise<string> {
  const [{ renderDelimited }, { headlineTable }] = await Promise.all([import('./csv.js'), import('./data-tables.js')]);
  return renderDelimited(headlineTable(summary), format, { bom: options.bom === true });
}

const registry = {
  xlsx: { extension: 'xlsx', what: 'workbook', binary: true, report: true, render: async (s, o) => (await import('./xlsx/index.js')).renderXlsx(s, { lang: o.lang, ...(o.thresholds ? { thresholds: o.thresholds } : {}) }) },
  md: {
    extension: 'md',
    what: 'Markdown brief',
    binary: false,
    report: true,
    render: async (s, o) => {
      if (o.template === undefined) throw new Error('the md renderer needs the template text (cli/templates.ts)');
      return (await import('./markdown.js')).renderMarkdown(s, { lang: o.lang, template: o.template, chart: o.chart ?? null });
    },
  },
  json: { extension: 'json', what: 'summary JSON', binary: false, report: true, render: async (s) => (await import('./json.js')).renderJson(s) },
  docx: {
    extension: 'docx',
    what: 'Word document',
    binary: true,
    report: true,
    render: async (s, o) => (await import('./docx/index.js')).renderDocx(s, { lang: o.lang, brief: o.brief ?? 'full', ...(o.signature ? { signature: o.signature } : {}) }),
  },
  html: { extension: 'html', what: 'HTML dashboard', binary: false, report: true, render: async (s, o) => (await import('./html/index.js')).renderHtml(s, { lang: o.lang, onlineRateTarget: o.onlineRateTarget ?? null }) },
  csv: { extension: 'csv', what: 'CSV file', binary: false, report: false, render: (s, o) => delimited(s, 'csv', o) },
  tsv: { extension: 'tsv', what: 'TSV file', binary: false, report: false, render: (s, o) => delimited(s, 'tsv', o) },
  table: { extension: 'txt', what: 'terminal summary', binary: false, report: false, render: async (s, o) => (await import('./terminal.js')).renderTerminal(s, o.lang, await plainChalk(o), o.width) },
} satisfies Record<FormatName, Renderer>;

/** Every renderer with the one signature, whatever its module takes. */
export const renderers: Readonly<Record<FormatName, Renderer>> = registry;

export const formatNames = Object.keys(renderers) as FormatName[];

/** The formats `build` writes, in the registry's order. */
export const reportFormats = formatNames.filter((f) => renderers[f].report);

/** A list (tasks, indicators, the tables --by unit…) in one format: machines get the data table, people a labelled view. */
export interface ListRenderer {
  render(table: DataTable, view: () => Promise<TableView>, options: RenderOptions): Promise<string>;
}

export type ListFormatName = 'table' | 'json' | 'csv' | 'tsv' | 'md';

export const listRenderers = {
  table: { render: async (_t, view, o) => (await import('./table.js')).renderTextTable(await view(), o.lang, await plainChalk(o), o.width) },
  json: { render: async (t) => (await import('./data-tables.js')).renderTableJson(t) },
  csv: { render: async (t, _v, o) => (await import('./csv.js')).renderDelimited(t, 'csv', { bom: o.bom === true }) },
  tsv: { render: async (t, _v, o) => (await import('./csv.js')).renderDelimited(t, 'tsv', { bom: o.bom === true }) },
  md: { render: async (_t, view, o) => `${(await import('./markdown.js')).markdownTable(await view(), o.lang)}\n` },
} satisfies Record<ListFormatName, ListRenderer>;

export const listFormatNames = Object.keys(listRenderers) as ListFormatName[];
