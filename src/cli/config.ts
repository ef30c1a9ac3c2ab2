/**
 * `reform-report.config.json` (or `.yaml`) (SPEC §5.1). Paths in it are relative to the config
 * file. Unknown keys are an error naming the key: a typo must not silently change a report.
 */
import path from 'node:path';
import { isTier, levelOrder, type LevelDef } from '../model/records.js';
import { signatureKeys, type Config, type SignatureBlock, type Thresholds, type UnitConfig } from '../model/config.js';
import { UsageError, usageError } from './errors.js';
import type { ParamsOf } from '../i18n/messages.js';
import { exists, readSideFile } from './io.js';
import { jsonErrorPlace } from './json-errors.js';
import { isoFromText } from '../model/calendar.js';
import { closest } from '../interpret/suggest.js';
import { fold } from '../model/text.js';

export const configFileNames = ['reform-report.config.json', 'reform-report.config.yaml', 'reform-report.config.yml'];
const topKeys = new Set(['title', 'organization', 'place', 'asOf', 'lang', 'inputs', 'out', 'units', 'expectedUnits', 'thresholds', 'nearDueDays', 'files', 'strictUnits', 'plan', 'signature', 'onlineRateTarget', 'leagueSize', 'tasksPerUnit', 'levels', '$schema']);
const unitKeys = new Set(['name', 'code', 'aliases', 'level', 'formerNames']);
const formerKeys = ['name', 'date', 'aliases', 'basis'];
const levelKeys = ['id', 'vi', 'en'];

/**
 * The config named by --config, else the one in the current folder, else — when the only input
 * is a folder — the one inside that folder (a folder of department files can carry its own
 * units and expected reporters), else an empty one.
 */
export async function loadConfig(explicit: string | undefined, cwd: string, inputs: readonly string[] = []): Promise<Config> {
  let file: string | null = explicit ? path.resolve(cwd, explicit) : null;
  const folders = [cwd, ...(inputs.length === 1 && inputs[0] !== '-' ? [path.resolve(cwd, inputs[0]!)] : [])];
  for (const folder of explicit ? [] : folders) {
    for (const name of configFileNames) {
      const candidate = path.join(folder, name);
      if (await exists(candidate)) {
        file = candidate;
        break;
      }
    }
    if (file) break;
  }
  if (!file) return { baseDir: cwd, file: null };
  let text: string;
  try {
    text = await readSideFile(file, explicit ?? file, 'config file');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${explicit ?? file}: cannot read the config file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    // yaml is loaded only for a YAML config: it costs ~35 ms of start-up (bench/RESULTS-startup.md).
    data = /\.ya?ml$/i.test(file) ? (await import('yaml')).parse(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    // The place only, never the parser's message: it quotes the file's bytes.
    const yaml = /\.ya?ml$/i.test(file);
    const at = yaml ? yamlErrorPlace(err) : jsonErrorPlace(text);
    throw new UsageError(`${file}: the config file is not valid ${yaml ? 'YAML' : 'JSON'}: ${at}`);
  }
  return validateConfig(data, file);
}

export function validateConfig(data: unknown, file: string): Config {
  const fail = (msg: string): never => {
    throw new UsageError(`${file}: ${msg}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('the config must be an object ({ … })');
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!topKeys.has(key)) fail(unknownKey(key, [...topKeys].filter((k) => k !== '$schema')));
  const str = (key: string) => {
    const v = obj[key];
    if (v !== undefined && typeof v !== 'string') fail(`"${key}" must be text`);
    return v as string | undefined;
  };
  const strList = (key: string) => {
    const v = obj[key];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) fail(`"${key}" must be a list of texts`);
    return v as string[] | undefined;
  };
  const config: Config = { baseDir: path.dirname(file), file };
  const title = str('title');
  if (title !== undefined) config.title = title;
  const organization = str('organization');
  if (organization !== undefined) config.organization = organization;
  const place = str('place');
  if (place !== undefined) config.place = place;
  const asOf = str('asOf');
  if (asOf !== undefined) {
    if (!isoFromText(asOf)) fail(`"asOf" must be a real date written yyyy-mm-dd (e.g. 2024-10-25), not "${asOf}"`);
    config.asOf = asOf;
  }
  const lang = str('lang');
  if (lang !== undefined) {
    if (lang !== 'vi' && lang !== 'en') fail(`"lang" must be "vi" or "en", not "${lang}"`);
    config.lang = lang as 'vi' | 'en';
  }
  const inputs = strList('inputs');
  if (inputs) config.inputs = inputs;
  const out = str('out');
  if (out !== undefined) {
    // A config can arrive inside a folder of department files (it is then found there): it may
    // choose a folder for the reports under its own, never a place elsewhere on the machine.
    const inside = path.relative(config.baseDir, path.resolve(config.baseDir, out));
    if (out.trim() === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) fail(`"out" must be a folder inside the config's folder ${config.baseDir}, not "${out}"; to write the reports elsewhere, give --out`);
    config.out = out;
  }
  const expected = strList('expectedUnits');
  if (expected) config.expectedUnits = expected;
  if (obj.nearDueDays !== undefined) {
    // A year at most: a larger window makes every open task "near due" and says nothing.
    if (typeof obj.nearDueDays !== 'number' || !Number.isInteger(obj.nearDueDays) || obj.nearDueDays < 0 || obj.nearDueDays > 366) fail('"nearDueDays" must be a whole number of days from 0 to 366');
    config.nearDueDays = obj.nearDueDays as number;
  }
  if (obj.leagueSize !== undefined) {
    if (typeof obj.leagueSize !== 'number' || !Number.isInteger(obj.leagueSize) || obj.leagueSize < 1) fail('"leagueSize" must be a whole number of units, at least 1 (e.g. 10: the top 10 and the bottom 10)');
    config.leagueSize = obj.leagueSize as number;
  }
  if (obj.tasksPerUnit !== undefined) {
    if (typeof obj.tasksPerUnit !== 'number' || !Number.isInteger(obj.tasksPerUnit) || obj.tasksPerUnit < 1) fail('"tasksPerUnit" must be a whole number of tasks, at least 1 (e.g. 5: the brief lists 5 unfinished tasks of each unit, the workbook all of them)');
    config.tasksPerUnit = obj.tasksPerUnit as number;
  }
  if (obj.files !== undefined) {
    const files = obj.files;
    if (typeof files !== 'object' || files === null || Array.isArray(files) || Object.values(files).some((v) => typeof v !== 'string' || v.trim() === '')) {
      fail('"files" must map file names or globs to units: { "bao-cao-huyen-*.xlsx": "UBND huyện Gò Dầu" }');
    }
    config.files = files as Record<string, string>;
  }
  if (obj.strictUnits !== undefined) {
    if (typeof obj.strictUnits !== 'boolean') fail('"strictUnits" must be true or false');
    config.strictUnits = obj.strictUnits as boolean;
  }
  const plan = str('plan');
  if (plan !== undefined) {
    if (plan.trim() === '') fail('"plan" must name the file of the plan\'s task list, e.g. "ke-hoach/phu-luc-nhiem-vu.xlsx"');
    config.plan = plan;
  }
  if (obj.thresholds !== undefined) {
    const t = obj.thresholds as Record<string, unknown>;
    if (typeof t !== 'object' || t === null) fail('"thresholds" must be { "good": 0.9, "warn": 0.7 } (fractions)');
    for (const key of Object.keys(t)) if (key !== 'good' && key !== 'warn') fail(`thresholds: ${unknownKey(key, ['good', 'warn'])}`);
    const fraction = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
    if (!fraction(t.good) || !fraction(t.warn) || (t.warn as number) > (t.good as number)) {
      fail('"thresholds" must be { "good": 0.9, "warn": 0.7 }: fractions from 0 to 1, warn not above good');
    }
    config.thresholds = { good: t.good as number, warn: t.warn as number };
  }
  if (obj.signature !== undefined) config.signature = validateSignature(obj.signature, fail);
  if (obj.onlineRateTarget !== undefined) {
    const t = obj.onlineRateTarget;
    if (typeof t !== 'number' || t < 0 || t > 1) fail('"onlineRateTarget" must be a fraction from 0 to 1 (0.5 for 50%)');
    config.onlineRateTarget = t as number;
  }
  if (obj.levels !== undefined) config.levels = validateLevels(obj.levels, file);
  const levels = levelOrder(config.levels);
  if (obj.units !== undefined) {
    if (!Array.isArray(obj.units)) fail('"units" must be a list');
    config.units = (obj.units as unknown[]).map((u, i) => {
      if (typeof u !== 'object' || u === null) return fail(`units[${i}] must be an object with a "name"`);
      const unit = u as Record<string, unknown>;
      for (const key of Object.keys(unit)) if (!unitKeys.has(key)) fail(`units[${i}]: ${unknownKey(key, [...unitKeys])}`);
      if (typeof unit.name !== 'string' || unit.name.trim() === '') fail(`units[${i}] needs a "name"`);
      if (unit.code !== undefined && typeof unit.code !== 'string') fail(`units[${i}].code must be text`);
      if (unit.aliases !== undefined && (!Array.isArray(unit.aliases) || unit.aliases.some((a) => typeof a !== 'string'))) fail(`units[${i}].aliases must be a list of texts`);
      if (unit.level !== undefined && !levels.includes(unit.level as string)) throw usageError('config-levels', { file, at: `units[${i}].level`, problem: 'unknown-level', value: String(unit.level), known: levels });
      if (unit.formerNames !== undefined) validateFormerNames(unit.formerNames, `units[${i}].formerNames`, fail);
      return unit as unknown as UnitConfig;
    });
    const owner = new Map<string, string>();
    for (const u of config.units) {
      for (const alias of [u.name, u.code, ...(u.aliases ?? [])]) {
        if (!alias) continue;
        const other = owner.get(fold(alias));
        if (other !== undefined && other !== u.name) fail(`"${alias}" names two units, "${other}" and "${u.name}"; a name, code or alias must belong to one unit only`);
        owner.set(fold(alias), u.name);
      }
    }
    // A former unit may still be listed as a unit (for the files of its time); it has one successor only.
    const successor = new Map<string, string>();
    for (const u of config.units) {
      for (const former of (u.formerNames ?? []).flatMap((f) => [f.name, ...(f.aliases ?? [])])) {
        const other = successor.get(fold(former));
        if (other !== undefined && other !== u.name) fail(`"${former}" is a former name of two units, "${other}" and "${u.name}"; give it to the one that took over its work`);
        successor.set(fold(former), u.name);
      }
    }
  }
  return config;
}

/**
 * `levels`: the level rows in order (SPEC §5.1). A tier (province, district, commune) may be
 * relabelled; another id adds a row (the public-service centre) that needs both labels, since no
 * form names it. Errors come from the catalogue: a secretariat writes this list by hand.
 */
function validateLevels(value: unknown, file: string): LevelDef[] {
  const refuse = (at: string, problem: ParamsOf<'config-levels'>['problem'], more: { value?: string; known?: string[] } = {}): never => {
    throw usageError('config-levels', { file, at, problem, ...more });
  };
  if (!Array.isArray(value) || value.length === 0) return refuse('levels', 'not-a-list');
  const seen = new Set<string>();
  return (value as unknown[]).map((v, i) => {
    const at = `levels[${i}]`;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return refuse(at, 'not-an-entry');
    const entry = v as Record<string, unknown>;
    for (const key of Object.keys(entry)) if (!levelKeys.includes(key)) refuse(at, 'unknown-key', { value: key, known: levelKeys });
    if (typeof entry.id !== 'string') return refuse(at, 'not-an-entry');
    // An id is a JSON key and a CSV code: plain ASCII, like the tiers' own.
    if (!/^[a-z][a-z0-9-]*$/.test(entry.id)) refuse(at, 'bad-id', { value: entry.id });
    if (seen.has(entry.id)) refuse(at, 'repeated', { value: entry.id });
    seen.add(entry.id);
    const label = (lang: 'vi' | 'en') => (typeof entry[lang] === 'string' && (entry[lang] as string).trim() !== '' ? (entry[lang] as string).trim() : undefined);
    if ((entry.vi !== undefined && label('vi') === undefined) || (entry.en !== undefined && label('en') === undefined)) refuse(at, 'no-label', { value: entry.id });
    if (!isTier(entry.id) && (label('vi') === undefined || label('en') === undefined)) refuse(at, 'no-label', { value: entry.id });
    const vi = label('vi');
    const en = label('en');
    return { id: entry.id, ...(vi !== undefined ? { vi } : {}), ...(en !== undefined ? { en } : {}) };
  });
}

function validateSignature(value: unknown, fail: (msg: string) => never): SignatureBlock {
  const example = '{ "authority": "TM. BAN CHỈ ĐẠO", "title": "TRƯỞNG BAN", "name": "…", "recipients": ["Như trên;", "Lưu: VT."], "symbol": "BC-BCĐ" }';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`"signature" must be ${example}`);
  const sig = value as Record<string, unknown>;
  for (const key of Object.keys(sig)) if (!(signatureKeys as readonly string[]).includes(key)) fail(`signature: ${unknownKey(key, signatureKeys)}`);
  for (const key of ['authority', 'title', 'name', 'symbol'] as const) if (sig[key] !== undefined && typeof sig[key] !== 'string') fail(`signature.${key} must be text`);
  if (sig.recipients !== undefined && (!Array.isArray(sig.recipients) || sig.recipients.some((r) => typeof r !== 'string'))) fail('signature.recipients must be a list of texts');
  return sig as SignatureBlock;
}

/** `formerNames`: [{ "name": "Sở Thông tin và Truyền thông", "date": "2025-03-01", "aliases"?: […], "basis"?: "…" }]. */
function validateFormerNames(value: unknown, where: string, fail: (msg: string) => never): void {
  const shape = `${where} must be a list of { "name": "Sở Thông tin và Truyền thông", "date": "2025-03-01" } (the first day under the new name)`;
  if (!Array.isArray(value)) fail(shape);
  (value as unknown[]).forEach((f, j) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) fail(shape);
    const entry = f as Record<string, unknown>;
    for (const key of Object.keys(entry)) if (!formerKeys.includes(key)) fail(`${where}[${j}]: ${unknownKey(key, formerKeys)}`);
    if (typeof entry.name !== 'string' || entry.name.trim() === '') fail(`${where}[${j}] needs a "name"`);
    const date = typeof entry.date === 'string' ? entry.date : '';
    if (!isoFromText(date)) fail(`${where}[${j}].date must be the day of the change written yyyy-mm-dd (e.g. 2025-03-01), not ${JSON.stringify(entry.date ?? null)}`);
    if (entry.aliases !== undefined && (!Array.isArray(entry.aliases) || entry.aliases.some((a) => typeof a !== 'string'))) fail(`${where}[${j}].aliases must be a list of texts`);
    if (entry.basis !== undefined && typeof entry.basis !== 'string') fail(`${where}[${j}].basis must be text`);
  });
}

function unknownKey(key: string, known: readonly string[]): string {
  const suggestion = closest(key, known);
  return `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known keys: ${known.join(', ')}`;
}

/** JSON.parse says `at position 123`; a person needs the line and column. */
function yamlErrorPlace(err: unknown): string {
  const pos = (err as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  return pos ? `line ${pos.line}, column ${pos.col}` : 'its structure cannot be read';
}
