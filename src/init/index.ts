/**
 * What `init [DIR]` writes (SPEC §5.1): a config to fill in, the Markdown templates to adapt,
 * and the intake workbooks to send to departments. Pure: the caller writes the files.
 */
import type { Config } from '../cli/config.js';
import { defaultThresholds } from '../compute/health.js';
import { intakeForms } from './forms.js';
import { intakeWorkbook } from './workbook.js';

export interface InitFile {
  /** Relative to the folder being initialised. */
  path: string;
  content: string | Uint8Array;
}

/** Where the filled-in forms go: the config's `inputs`. */
export const inputsFolder = 'du-lieu';
export const formsFolder = 'mau-nhap-lieu';

type ConfigFile = Omit<Config, 'baseDir' | 'file'>;

export function starterConfig(): ConfigFile {
  return {
    title: 'Báo cáo tình hình thực hiện nhiệm vụ Chuyển đổi số, Cải cách hành chính',
    organization: '',
    place: '',
    lang: 'vi',
    inputs: [inputsFolder],
    out: 'out',
    units: [],
    expectedUnits: [],
    thresholds: defaultThresholds,
    nearDueDays: 3,
  };
}

/** `templates` maps the shipped template names to their text. `date` stamps the workbooks. */
export async function initFiles(templates: Record<string, string>, date: Date): Promise<InitFile[]> {
  const files: InitFile[] = [{ path: 'reform-report.config.json', content: `${JSON.stringify(starterConfig(), null, 2)}\n` }];
  for (const [name, text] of Object.entries(templates)) files.push({ path: `templates/${name}`, content: text });
  for (const form of intakeForms) files.push({ path: `${formsFolder}/${form.file}`, content: await intakeWorkbook(form, date) });
  return files;
}
