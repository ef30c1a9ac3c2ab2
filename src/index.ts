/**
 * The library: the four stages of the command line, for a program that wants the figures
 * without the command. `runPipeline` runs them all as `reform-report` does (config, inputs,
 * as-of, period); the stages can also be called one by one:
 *
 *   const read = await readInputs(['bao-cao/']);
 *   const { records, issues } = interpret(read.tables, { lenient: false, units: new UnitDirectory() });
 *   const summary = summarize(records, [...read.issues, ...issues], { title: 'Báo cáo', today: '2024-10-25' });
 *   const xlsx = await render('xlsx', summary, { lang: 'vi' });
 *
 * The Summary is plain data; its JSON is SPEC §4.1. Issues are data too (`Issue`), with their
 * message in the report language and their parameters in `params`.
 */
import { renderers, type FormatName, type Rendered, type RenderOptions } from './render/index.js';
import type { Summary } from './model/summary.js';

export { readInputs, type ReadResult } from './read/inputs.js';
export { interpret, UnitDirectory, type Interpretation, type InterpretOptions } from './interpret/index.js';
export { summarize, type SummaryOptions } from './compute/index.js';
export { renderers, listRenderers, formatNames, reportFormats, type FormatName, type Renderer, type RenderOptions, type Rendered } from './render/index.js';
export { runPipeline, type PipelineOptions, type PipelineResult } from './cli/pipeline.js';
export { loadTemplate } from './cli/templates.js';
export { issue, inLanguage } from './i18n/issues.js';
export { catalogue, type Code } from './i18n/messages.js';
export { formatIssue, formatLocation, type Issue, type Severity } from './model/issue.js';
export type { Summary } from './model/summary.js';
export type { Records, DataKind, Level } from './model/records.js';
export type { Lang } from './model/lang.js';
export type { Config, SignatureBlock, Thresholds, UnitConfig } from './model/config.js';

/** The summary in one output format (the md format needs `template`: see `loadTemplate`). */
export function render(format: FormatName, summary: Summary, options: RenderOptions): Promise<Rendered> {
  return renderers[format].render(summary, options);
}
