import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, validateConfig } from '../../src/cli/config.js';
import { UnitDirectory } from '../../src/interpret/index.js';

const failure = (data: unknown) => {
  try {
    validateConfig(data, 'cfg.json');
  } catch (err) {
    return (err as Error).message;
  }
  return null;
};

describe('config', () => {
  it('names an unknown key, suggests the one meant and lists the known ones', () => {
    expect(failure({ title: 'x', expectedUnit: [] })).toMatch(/^cfg\.json: unknown key "expectedUnit" \(did you mean "expectedUnits"\?\); known keys: title, organization, .*expectedUnits/);
    expect(failure({ units: [{ name: 'Sở Nội vụ', alias: ['SNV'] }] })).toMatch(/^cfg\.json: units\[0\]: unknown key "alias" \(did you mean "aliases"\?\)/);
    expect(failure({ thresholds: { good: 0.9, warning: 0.7 } })).toMatch(/thresholds: unknown key "warning" \(did you mean "warn"\?\)/);
  });

  it('refuses a date that does not exist, a name given to two units, and thresholds that are not fractions', () => {
    expect(failure({ asOf: '2024-02-30' })).toBe('cfg.json: "asOf" must be a real date written yyyy-mm-dd (e.g. 2024-10-25), not "2024-02-30" — correct the value in the config file and run again; the README section «Configuration» lists the keys and the values they take');
    expect(failure({ units: [{ name: 'Sở Nội vụ', code: 'SNV' }, { name: 'Sở Ngoại vụ', aliases: ['snv'] }] })).toBe(
      'cfg.json: "snv" names two units, "Sở Nội vụ" and "Sở Ngoại vụ" — a name, code or alias must belong to one unit only',
    );
    expect(failure({ thresholds: { good: 90, warn: 70 } })).toMatch(/fractions from 0 to 1/);
  });

  it('reads YAML, and merges a unit written by its code, an alias or its name', async () => {
    const config = await loadConfig('fixtures/messy/config/reform-report.config.yaml', process.cwd());
    expect(config).toMatchObject({ asOf: '2024-10-25', expectedUnits: ['SNV', 'Sở Tư pháp', 'Sở Kế hoạch và Đầu tư'] });
    const units = new UnitDirectory(config.units);
    expect(['SNV', 'Sở NV', 'sở nội vụ', 'Sở Nội vụ'].map((u) => units.canonical(u))).toEqual(Array(4).fill('Sở Nội vụ'));
    expect(units.level('Sở Tư pháp')).toBe('province');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfg-'));
    writeFileSync(path.join(dir, 'reform-report.config.json'), '{\n  "title": "x"\n  "asOf": "2024-10-25"\n}\n');
    await expect(loadConfig(undefined, dir)).rejects.toThrow(/not valid JSON: line 3, column 3: Expected ',' or '}' after property value/);
  });
});
