import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/cli/config.js';
import { sayUsage, type UsageError } from '../../src/cli/errors.js';
import { levelOrder } from '../../src/model/records.js';

const failure = (data: unknown) => {
  try {
    validateConfig(data, 'cfg.json');
  } catch (err) {
    return (err as Error).message;
  }
  return null;
};

describe('config: former names of merged units', () => {
  const khcn = (formerNames: unknown) => ({ units: [{ name: 'Sở Khoa học và Công nghệ', formerNames }] });

  it('takes a list of former names, each with the day of the change', () => {
    const c = validateConfig(khcn([{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01', aliases: ['Sở TT&TT'], basis: 'Nghị quyết số 05/NQ-HĐND' }]), 'cfg.json');
    expect(c.units![0]!.formerNames).toEqual([{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01', aliases: ['Sở TT&TT'], basis: 'Nghị quyết số 05/NQ-HĐND' }]);
  });

  it('refuses a former name without a real date, or with an unknown key', () => {
    expect(failure(khcn(['Sở Thông tin và Truyền thông']))).toMatch(/units\[0\]\.formerNames must be a list of \{ "name"/);
    expect(failure(khcn([{ name: 'Sở TT&TT' }]))).toMatch(/units\[0\]\.formerNames\[0\]\.date must be the day of the change written yyyy-mm-dd/);
    expect(failure(khcn([{ name: 'Sở TT&TT', date: '2025-02-30' }]))).toMatch(/not "2025-02-30"/);
    expect(failure(khcn([{ name: 'Sở TT&TT', date: '2025-03-01', until: 'x' }]))).toMatch(/formerNames\[0\]: unknown key "until"/);
  });

  it('refuses a former name given to two successors', () => {
    const data = { units: [
      { name: 'Sở Nội vụ', formerNames: [{ name: 'Sở LĐTBXH', date: '2025-03-01' }] },
      { name: 'Sở Y tế', formerNames: [{ name: 'Sở LĐTBXH', date: '2025-03-01' }] },
    ] };
    expect(failure(data)).toMatch(/"Sở LĐTBXH" is a former name of two units, "Sở Nội vụ" and "Sở Y tế"/);
  });

  it('lets a former unit stay listed as a unit for the files of its time', () => {
    const data = { units: [{ name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT'] }, { name: 'Sở Khoa học và Công nghệ', formerNames: [{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01' }] }] };
    expect(failure(data)).toBeNull();
  });
});

describe('config: leagueSize', () => {
  it('takes a whole number of units, at least 1', () => {
    expect(validateConfig({ leagueSize: 5 }, 'cfg.json').leagueSize).toBe(5);
    expect(failure({ leagueSize: 0 })).toMatch(/"leagueSize" must be a whole number of units, at least 1/);
    expect(failure({ leagueSize: '10' })).toMatch(/"leagueSize" must be a whole number/);
  });
});

describe('config: tasksPerUnit', () => {
  it('takes a whole number of tasks, at least 1', () => {
    expect(validateConfig({ tasksPerUnit: 3 }, 'cfg.json').tasksPerUnit).toBe(3);
    expect(failure({ tasksPerUnit: 0 })).toMatch(/"tasksPerUnit" must be a whole number of tasks, at least 1/);
    expect(failure({ tasksPerUnit: 2.5 })).toMatch(/"tasksPerUnit" must be a whole number/);
  });
});

describe('config: levels (issue 14: a row for the public-service centre)', () => {
  const centre = { id: 'centre', vi: 'Trung tâm Phục vụ hành chính công', en: 'Public-service centre' };
  const refusal = (data: unknown) => {
    try {
      validateConfig(data, 'cfg.json');
    } catch (err) {
      return err as UsageError;
    }
    throw new Error('the config was taken');
  };

  it('takes the rows in order, a tier with or without labels and an added level with both', () => {
    const c = validateConfig({ levels: [{ id: 'province' }, centre, { id: 'commune', vi: 'Cấp xã, phường' }], units: [{ name: 'Trung tâm PVHCC tỉnh', level: 'centre' }] }, 'cfg.json');
    expect(c.levels).toEqual([{ id: 'province' }, centre, { id: 'commune', vi: 'Cấp xã, phường' }]);
    expect(c.units![0]!.level).toBe('centre');
    expect(levelOrder(c.levels)).toEqual(['province', 'centre', 'commune', 'district']);
    expect(levelOrder()).toEqual(['province', 'district', 'commune']);
  });

  it('refuses a bad entry with a catalogue message, in Vietnamese and in English', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ levels: { centre } }, 'not-a-list', /cfg\.json: levels: "levels" must be the list of levels/],
      [{ levels: [] }, 'not-a-list', /must be the list of levels/],
      [{ levels: ['centre'] }, 'not-an-entry', /levels\[0\]: each level must be \{ "id"/],
      [{ levels: [{ ...centre, label: 'x' }] }, 'unknown-key', /levels\[0\]: unknown key "label"; known keys: id, vi, en/],
      [{ levels: [{ ...centre, id: 'Trung tâm' }] }, 'bad-id', /the level id "Trung tâm" is not valid/],
      [{ levels: [centre, centre] }, 'repeated', /levels\[1\]: the level "centre" is listed twice/],
      [{ levels: [{ id: 'centre', vi: 'Trung tâm' }] }, 'no-label', /the added level "centre" needs a Vietnamese \("vi"\) and an English \("en"\) label/],
      [{ levels: [{ id: 'province', en: '' }] }, 'no-label', /levels\[0\]/],
      [{ levels: [centre], units: [{ name: 'Trung tâm', level: 'center' }] }, 'unknown-level', /units\[0\]\.level: "center" is not a level; the levels: centre, province, district, commune/],
      [{ units: [{ name: 'Trung tâm', level: 'centre' }] }, 'unknown-level', /"centre" is not a level; the levels: province, district, commune/],
    ];
    for (const [data, problem, english] of cases) {
      const err = refusal(data);
      expect(err.said?.code, JSON.stringify(data)).toBe('config-levels');
      expect((err.said?.params as { problem: string }).problem, JSON.stringify(data)).toBe(problem);
      expect(err.message).toMatch(english);
      expect(sayUsage(err.said!, 'vi')).toMatch(/^cfg\.json: /);
    }
    expect(sayUsage(refusal({ levels: [centre, centre] }).said!, 'vi')).toMatch(/^cfg\.json: levels\[1\]: cấp "centre" được liệt kê hai lần — ví dụ "levels": /);
  });
});
