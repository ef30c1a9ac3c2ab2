/**
 * `reform-report.config.json` (or `.yaml`) (SPEC §5.1). Paths in it are relative to the config
 * file. Unknown keys are an error naming the key: a typo must not silently change a report.
 */
import { readFile, access } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import type { Level } from '../model/records.js';
import type { UnitConfig } from '../interpret/index.js';
import type { Thresholds } from '../compute/health.js';
import { UsageError } from './errors.js';

export interface Config {
  title?: string;
  organization?: string;
  asOf?: string;
  lang?: 'vi' | 'en';
  inputs?: string[];
  out?: string;
  units?: UnitConfig[];
  expectedUnits?: string[];
  thresholds?: Thresholds;
  nearDueDays?: number;
  /** Folder of the config file; inputs and out are relative to it. */
  baseDir: string;
  file: string | null;
}

export const configFileNames = ['reform-report.config.json', 'reform-report.config.yaml', 'reform-report.config.yml'];
const topKeys = new Set(['title', 'organization', 'asOf', 'lang', 'inputs', 'out', 'units', 'expectedUnits', 'thresholds', 'nearDueDays', '$schema']);
const unitKeys = new Set(['name', 'code', 'aliases', 'level']);
const levels: Level[] = ['province', 'district', 'commune'];

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
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`${explicit ?? file}: cannot read the config file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? YAML.parse(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`${file}: the config file is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(err as Error).message}`);
  }
  return validateConfig(data, file);
}

export function validateConfig(data: unknown, file: string): Config {
  const fail = (msg: string): never => {
    throw new UsageError(`${file}: ${msg}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('the config must be an object ({ … })');
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!topKeys.has(key)) fail(`unknown key "${key}" (known keys: ${[...topKeys].filter((k) => k !== '$schema').join(', ')})`);
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
  const asOf = str('asOf');
  if (asOf !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail(`"asOf" must be a date yyyy-mm-dd, not "${asOf}"`);
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
  if (out !== undefined) config.out = out;
  const expected = strList('expectedUnits');
  if (expected) config.expectedUnits = expected;
  if (obj.nearDueDays !== undefined) {
    if (typeof obj.nearDueDays !== 'number' || !Number.isInteger(obj.nearDueDays) || obj.nearDueDays < 0) fail('"nearDueDays" must be a whole number of days');
    config.nearDueDays = obj.nearDueDays as number;
  }
  if (obj.thresholds !== undefined) {
    const t = obj.thresholds as Record<string, unknown>;
    if (typeof t !== 'object' || t === null || typeof t.good !== 'number' || typeof t.warn !== 'number' || Object.keys(t).some((k) => k !== 'good' && k !== 'warn')) {
      fail('"thresholds" must be { "good": 0.9, "warn": 0.7 } (fractions)');
    }
    config.thresholds = { good: t.good as number, warn: t.warn as number };
  }
  if (obj.units !== undefined) {
    if (!Array.isArray(obj.units)) fail('"units" must be a list');
    config.units = (obj.units as unknown[]).map((u, i) => {
      if (typeof u !== 'object' || u === null) return fail(`units[${i}] must be an object with a "name"`);
      const unit = u as Record<string, unknown>;
      for (const key of Object.keys(unit)) if (!unitKeys.has(key)) fail(`unknown key "${key}" in units[${i}] (known keys: ${[...unitKeys].join(', ')})`);
      if (typeof unit.name !== 'string' || unit.name.trim() === '') fail(`units[${i}] needs a "name"`);
      if (unit.code !== undefined && typeof unit.code !== 'string') fail(`units[${i}].code must be text`);
      if (unit.aliases !== undefined && (!Array.isArray(unit.aliases) || unit.aliases.some((a) => typeof a !== 'string'))) fail(`units[${i}].aliases must be a list of texts`);
      if (unit.level !== undefined && !levels.includes(unit.level as Level)) fail(`units[${i}].level must be one of ${levels.join(', ')}`);
      return unit as unknown as UnitConfig;
    });
  }
  return config;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
