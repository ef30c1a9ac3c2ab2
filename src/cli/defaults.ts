/**
 * The default of every flag whose default is not a plain value commander can print: said once
 * here, so that the code that falls back and the `--help` that tells it cannot disagree (issue
 * 18: `build --help` said `xlsx,md,json` while build also wrote an SVG). The code takes `value`;
 * `--help` prints `help`, made from the same value. test/cli/help-defaults.test.ts checks every
 * command's help against this table and the behaviour against the values.
 */
import { defaultLang } from '../model/lang.js';
import { reportFormats, type FormatName } from '../render/index.js';
import { configFileNames } from './config.js';

export interface FlagDefault<T> {
  value: T;
  help: string;
}

const formats = [...reportFormats];

export const flagDefaults = {
  config: { value: configFileNames, help: `${configFileNames.join(' or ')} in the current folder, else in the one folder given as input` },
  initConfig: { value: configFileNames, help: `${configFileNames.join(' or ')} in the current folder` },
  out: { value: 'out', help: '"out" of the config, else ./out' },
  buildFormats: { value: formats, help: `${formats.join(',')}; with md, its chart as .svg` },
  format: { value: 'table' as FormatName, help: 'from the extension of -o, else table' },
  lang: { value: defaultLang, help: `"lang" of the config, else ${defaultLang}` },
  asOf: { value: null, help: '"asOf" of the config, else the date each table states, else today' },
  previous: { value: null, help: 'the newest earlier reform-report-*.json in the output folder' },
  mergeOutput: { value: '-', help: 'standard output' },
  mergeTitle: { value: null, help: "the first snapshot's" },
} satisfies Record<string, FlagDefault<unknown>>;

/** An option's description with its default, as commander would print a plain one. */
export function withDefault(description: string, key: keyof typeof flagDefaults): string {
  return `${description} (default: ${flagDefaults[key].help})`;
}
