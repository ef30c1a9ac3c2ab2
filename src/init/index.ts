/**
 * What `init [DIR]` writes (SPEC §5.1): a config to fill in, the Markdown templates to adapt,
 * and the intake workbooks to send to departments. Pure: the caller writes the files.
 */
import { type Config, defaultThresholds } from '../model/config.js';
import { intakeForms } from './forms.js';
import { intakeWorkbook } from './workbook.js';
import { provincialUnits2025 } from '../interpret/vocabulary/index.js';

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
    title: 'Báo cáo tình hình thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và cải cách hành chính',
    organization: '',
    place: '',
    lang: 'vi',
    inputs: [inputsFolder],
    out: 'out',
    // Two tiers (since 1 July 2025): the departments of Decree 45/2025 at province level; the
    // province adds its communes and wards (level "commune"), and formerNames where its mergers differ.
    units: provincialUnits2025.map((u) => ({ name: u.name, code: u.code, level: 'province' as const })),
    expectedUnits: [],
    thresholds: defaultThresholds,
    nearDueDays: 3,
    leagueSize: 10,
  };
}

/** `templates` maps the shipped template names to their text. `date` stamps the workbooks. */
export async function initFiles(templates: Record<string, string>, date: Date): Promise<InitFile[]> {
  const files: InitFile[] = [{ path: 'reform-report.config.json', content: `${JSON.stringify(starterConfig(), null, 2)}\n` }];
  for (const [name, text] of Object.entries(templates)) files.push({ path: `templates/${name}`, content: text });
  for (const form of intakeForms) files.push({ path: `${formsFolder}/${form.file}`, content: await intakeWorkbook(form, date) });
  return files;
}
